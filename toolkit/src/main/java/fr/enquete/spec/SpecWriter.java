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
        options.setIndent(2);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        Yaml yaml = new Yaml(options);
        StringBuilder sb = new StringBuilder();
        header.forEach(line -> sb.append("# ").append(line).append('\n'));
        sb.append(yaml.dump(Map.of("survey", survey.title())));
        sb.append("questions:\n");
        for (Question q : survey.questions()) {
            String comment = comments.get(q.id());
            if (comment != null) {
                sb.append("  # ").append(comment).append('\n');
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
        if (!q.filter().expression().isEmpty()) {
            m.put("filter", q.filter().expression());
        }
        return m;
    }
}
