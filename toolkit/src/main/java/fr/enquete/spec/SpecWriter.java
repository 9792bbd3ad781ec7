package fr.enquete.spec;

import fr.enquete.model.OptionColumn;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Survey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a survey as a spec file that {@link SpecReader} reads back to the same survey. Each question
 * may be preceded by a comment (what the inference saw), for the user who edits the file.
 */
public final class SpecWriter {

    private SpecWriter() {
    }

    public static String write(Survey survey, List<String> header, Map<String, String> comments) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(10_000);
        // Keys up to YAML's limit as plain "key: value": past SnakeYAML's default of 128, a SurveyMonkey option's
        // column name was written as a "? key" / ": value" pair, which users editing the spec do not recognise.
        options.setMaxSimpleKeyLength(1024);
        options.setIndent(2);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        Yaml yaml = new Yaml(new QuotedOddStrings(options), options);
        StringBuilder sb = new StringBuilder();
        header.forEach(line -> sb.append("# ").append(commentText(line)).append('\n'));
        sb.append(yaml.dump(Map.of("survey", survey.title())));
        sb.append("questions:\n");
        for (Question q : survey.questions()) {
            String comment = comments.get(q.id());
            if (comment != null) {
                sb.append("  # ").append(commentText(comment)).append('\n');
            }
            String body = yaml.dump(toMap(q));
            boolean first = true;
            for (String line : body.split("\n")) {
                sb.append(first ? "  - " : "    ").append(line).append('\n');
                first = false;
            }
        }
        return sb.toString();
    }

    /**
     * A comment stays on its line: YAML also ends lines at U+0085, U+2028 and U+2029, which a header may hold,
     * and a control character would make the file unreadable.
     */
    static String commentText(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF ? ' ' : c));
        return sb.toString();
    }

    /**
     * Strings with a line break of any kind or a character YAML cannot print are written double-quoted, where they
     * are escaped ({@code \N}, {@code \L}, {@code \x01}): SnakeYAML would otherwise write a literal block (whose
     * U+0085 breaks the indentation this writer adds) or a !!binary value, and the spec would not read back.
     */
    private static final class QuotedOddStrings extends org.yaml.snakeyaml.representer.Representer {
        QuotedOddStrings(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> {
                String s = (String) data;
                boolean odd = s.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                        || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE);
                return representScalar(org.yaml.snakeyaml.nodes.Tag.STR, s, odd ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : null);
            });
        }
    }

    private static Map<String, Object> toMap(Question q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("label", q.label());
        m.put("type", q.type().code());
        if ((q.type() != QuestionType.MULTIPLE || q.joined()) && !q.column().equals(q.id())) {
            m.put("column", q.column());
        }
        if (q.joined()) {
            m.put("separator", q.separator());
        }
        if (!q.choices().isEmpty()) {
            m.put("choices", q.choices());
        }
        if (!q.codes().isEmpty()) {
            m.put("codes", new LinkedHashMap<>(q.codes()));
        }
        if (!q.options().isEmpty()) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (OptionColumn o : q.options()) {
                columns.put(o.column(), o.label());
            }
            m.put("columns", columns);
        }
        if (q.unit() != null) {
            m.put("unit", q.unit().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!q.filter().expression().isEmpty()) {
            m.put("filter", q.filter().expression());
        }
        return m;
    }
}
