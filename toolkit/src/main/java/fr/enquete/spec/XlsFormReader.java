package fr.enquete.spec;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableHandler;
import fr.enquete.model.Filter;
import fr.enquete.model.FilterParser;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.OptionColumn;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import fr.enquete.model.Survey;
import fr.enquete.stats.QuantileMethod;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a KoboToolbox / ODK form definition (XLSForm: sheets {@code survey} and {@code choices}) as a spec:
 * {@code select_one} as single choice (or scale, when its labels form a known scale) with the choice names
 * as codes, {@code select_multiple} from its {@code question/choice} 0/1 columns, integer and decimal as
 * numbers, text, dates; groups give the column paths ({@code group/question}) when the export has them;
 * simple {@code relevant} expressions ({@code ${q} = 'x'}, {@code ${q} != ''}, {@code selected(${q}, 'x')},
 * with and/or) become filters, the others are listed in the notes.
 */
public final class XlsFormReader {

    private static final Pattern REF = Pattern.compile("\\$\\{(\\w+)\\}");

    private XlsFormReader() {
    }

    /** @param export the export's header, to name columns as the export does (with or without group paths) */
    public static LssReader.Result read(Path form, Header export) {
        List<Map<String, String>> survey = sheet(form, "survey");
        List<Map<String, String>> choices = sheet(form, "choices");
        Map<String, List<String[]>> lists = new LinkedHashMap<>();
        for (Map<String, String> c : choices) {
            String list = c.getOrDefault("list_name", c.getOrDefault("list name", ""));
            if (!list.isBlank()) {
                lists.computeIfAbsent(list.strip(), k -> new ArrayList<>()).add(new String[] {c.getOrDefault("name", "").strip(), label(c)});
            }
        }
        List<String> notes = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        Map<String, String> columnOf = new LinkedHashMap<>();
        List<Question> out = new ArrayList<>();
        List<Object[]> pending = new ArrayList<>();
        for (Map<String, String> r : survey) {
            String type = r.getOrDefault("type", "").strip();
            String name = r.getOrDefault("name", "").strip();
            String[] t = type.split("\\s+");
            String kind = t[0].toLowerCase(Locale.ROOT).replace(' ', '_');
            if (kind.equals("begin_group") || kind.equals("begin_repeat") || type.equalsIgnoreCase("begin group")) {
                groups.add(name);
                continue;
            }
            if (kind.equals("end_group") || kind.equals("end_repeat") || type.equalsIgnoreCase("end group")) {
                if (!groups.isEmpty()) {
                    groups.remove(groups.size() - 1);
                }
                continue;
            }
            if (name.isEmpty()) {
                continue;
            }
            String path = groups.isEmpty() ? name : String.join("/", groups) + "/" + name;
            String column = export.contains(path) ? path : name;
            columnOf.put(name, column);
            pending.add(new Object[] {r, kind, t.length > 1 ? t[1] : "", name, column});
        }
        for (Object[] p : pending) {
            @SuppressWarnings("unchecked")
            Map<String, String> r = (Map<String, String>) p[0];
            String kind = (String) p[1];
            String list = (String) p[2];
            String name = (String) p[3];
            String column = (String) p[4];
            String label = label(r).isBlank() ? name : label(r);
            Filter filter = relevant(name, r.getOrDefault("relevant", ""), columnOf, notes);
            SourceLocation at = SourceLocation.file(form.toString());
            switch (kind) {
                case "select_one" -> {
                    List<String> labels = new ArrayList<>();
                    Map<String, String> codes = new LinkedHashMap<>();
                    for (String[] c : lists.getOrDefault(list, List.of())) {
                        labels.add(c[1]);
                        codes.put(c[0], c[1]);
                    }
                    boolean scale = ScaleVocabulary.match(labels).map(m -> m.equals(labels)).orElse(false);
                    out.add(new Question(name, label, scale ? QuestionType.SCALE : QuestionType.SINGLE, column, labels, List.of(), filter, at, null, codes));
                }
                case "select_multiple" -> {
                    List<OptionColumn> options = new ArrayList<>();
                    for (String[] c : lists.getOrDefault(list, List.of())) {
                        options.add(new OptionColumn(column + "/" + c[0], c[1]));
                    }
                    out.add(new Question(name, label, QuestionType.MULTIPLE, column, List.of(), options, filter, at));
                }
                case "integer", "decimal", "range" -> out.add(new Question(name, label, QuestionType.NUMERIC, column, List.of(), List.of(), filter, at));
                case "text" -> out.add(new Question(name, label, QuestionType.TEXT, column, List.of(), List.of(), filter, at));
                case "date", "datetime" -> out.add(new Question(name, label, QuestionType.DATE, column, List.of(), List.of(), filter, at));
                case "start", "end", "today", "deviceid", "username", "phonenumber", "simserial", "subscriberid", "calculate",
                     "note", "audit", "hidden" -> { }
                default -> notes.add("question " + name + " (XLSForm type " + kind + ") is not read: declare it in a spec if needed");
            }
        }
        return new LssReader.Result(new Spec(new Survey(title(form), out), QuantileMethod.DEFAULT), notes);
    }

    /** The form's title from its optional settings sheet (form_title), else its file name made readable. */
    private static String title(Path form) {
        List<Map<String, String>> settings;
        try {
            settings = sheet(form, "settings");
        } catch (InputException e) {
            return ReadableTitle.of(form);
        }
        return settings.stream().map(r -> r.getOrDefault("form_title", "").strip()).filter(t -> !t.isEmpty())
                .findFirst().orElse(ReadableTitle.of(form));
    }

    /** The label in French when there is one, else the first label column. */
    private static String label(Map<String, String> r) {
        String first = null;
        for (Map.Entry<String, String> e : r.entrySet()) {
            String k = e.getKey().toLowerCase(Locale.ROOT);
            if (k.equals("label") || k.startsWith("label::")) {
                if (k.contains("fr")) {
                    return e.getValue().strip();
                }
                if (first == null) {
                    first = e.getValue().strip();
                }
            }
        }
        return first == null ? "" : first;
    }

    private static Filter relevant(String name, String expression, Map<String, String> columns, List<String> notes) {
        String e = expression.strip();
        if (e.isEmpty()) {
            return Filter.ALL;
        }
        // selected(${q}, 'x') -> the 0/1 column q/x = 1; ${q} = 'x' -> q = x; and/or kept.
        StringBuilder out = new StringBuilder();
        Matcher sel = Pattern.compile("selected\\(\\s*\\$\\{(\\w+)\\}\\s*,\\s*'([^']*)'\\s*\\)").matcher(e);
        String s = sel.replaceAll(m -> columns.containsKey(m.group(1))
                ? Matcher.quoteReplacement("`" + columns.get(m.group(1)) + "/" + m.group(2) + "` = \"1\"") : "\u0000");
        Matcher cmp = Pattern.compile("\\$\\{(\\w+)\\}\\s*(!=|=)\\s*'([^']*)'").matcher(s);
        s = cmp.replaceAll(m -> columns.containsKey(m.group(1))
                ? Matcher.quoteReplacement("`" + columns.get(m.group(1)) + "` " + m.group(2) + " \"" + m.group(3) + "\"") : "\u0000");
        if (!s.contains("\u0000") && !REF.matcher(s).find()) {
            try {
                return FilterParser.parse(s);
            } catch (IllegalArgumentException ex) {
                // Falls through to the note.
            }
        }
        notes.add("question " + name + ": relevant \"" + e + "\" not translated; its base is every respondent (write a filter in a spec)");
        return Filter.ALL;
    }

    /** The rows of one sheet, keyed by its header. */
    private static List<Map<String, String>> sheet(Path form, String name) {
        List<Map<String, String>> rows = new ArrayList<>();
        try {
            Importers.open(form, new ImportOptions(name, null, null)).read(new TableHandler() {
                private Header header;

                @Override
                public void header(Header h) {
                    header = h;
                }

                @Override
                public void row(Row row) {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        m.put(header.names().get(i).strip().toLowerCase(Locale.ROOT), row.get(i));
                    }
                    rows.add(m);
                }
            });
        } catch (InputException e) {
            throw new InputException(SourceLocation.file(form.toString()), "not an XLSForm (sheets 'survey' and 'choices'): " + e.getMessage(), e);
        }
        return rows;
    }
}
