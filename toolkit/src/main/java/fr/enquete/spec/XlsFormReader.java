package fr.enquete.spec;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableHandler;
import fr.enquete.model.Filter;
import fr.enquete.model.FilterParser;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
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
 * Reads a KoboToolbox / ODK form definition (XLSForm: sheets {@code survey} and {@code choices}, the latter
 * optional) as a spec: {@code select_one} (also the legacy {@code select one from list}) as single choice (or
 * scale, when its labels form a known scale) with the choice names as codes, {@code or_other} adding the choice
 * "Autre" and its texts ({@code q_other}); {@code select_multiple} from its {@code question/choice} 0/1 columns;
 * integer and decimal as numbers, text, dates. Groups give the column paths ({@code group/question}, or
 * {@code group.question} when the export was asked for "."). Questions the export lacks (repeat groups, which
 * KoboToolbox exports to other sheets, or any other) are left out with one note each kind. Simple
 * {@code relevant} expressions ({@code ${q} = 'x'}, {@code ${q} != ''}, {@code selected(${q}, 'x')}, which on a
 * select_one means {@code q = x}, with and/or) become filters, the others are listed in the notes.
 */
public final class XlsFormReader {

    private static final Pattern REF = Pattern.compile("\\$\\{(\\w+)\\}");

    private XlsFormReader() {
    }

    /** As {@link #read(Path, Header, String)} for a French run. */
    public static LssReader.Result read(Path form, Header export) {
        return read(form, export, LabelLanguage.FRENCH);
    }

    /**
     * @param export   the export's header, to name columns as the export does (with or without group paths)
     * @param language the run's language ({@code fr}, {@code en}): the labels read when the form has them
     */
    public static LssReader.Result read(Path form, Header export, String language) {
        if (!java.nio.file.Files.exists(form)) {
            throw new InputException(SourceLocation.file(form.toString()), fr.enquete.model.Message.of("spec.structure.missing"));
        }
        List<Map<String, String>> survey = sheet(form, "survey");
        List<fr.enquete.model.Message> notes = new ArrayList<>();
        List<Map<String, String>> choices = choices(form, notes);
        List<Map<String, String>> settings = settings(form);
        String defaultLanguage = settings.stream().map(r -> r.getOrDefault("default_language", "").strip()).filter(t -> !t.isEmpty())
                .findFirst().orElse(null);
        LabelColumns questionLabels = LabelColumns.of(header(survey), language, defaultLanguage);
        boolean english = LabelLanguage.is(language, "en");
        LabelColumns choiceLabels = LabelColumns.of(header(choices), language, defaultLanguage);
        Map<String, List<Choice>> lists = new LinkedHashMap<>();
        for (Map<String, String> c : choices) {
            String list = c.getOrDefault("list_name", c.getOrDefault("list name", ""));
            if (!list.isBlank()) {
                lists.computeIfAbsent(list.strip(), k -> new ArrayList<>()).add(new Choice(c.getOrDefault("name", "").strip(),
                        choiceLabels.label(c), choiceLabels.usual(c), choiceLabels.all(c)));
            }
        }
        List<String> groups = new ArrayList<>();
        int repeats = 0;
        Map<String, String> columnOf = new LinkedHashMap<>();
        Map<String, String> kindOf = new LinkedHashMap<>();
        List<String> inRepeats = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        List<Object[]> pending = new ArrayList<>();
        for (Map<String, String> r : survey) {
            String[] t = XlsFormType.of(r.getOrDefault("type", ""));
            String kind = t[0];
            String name = r.getOrDefault("name", "").strip();
            if (kind.equals("begin_group") || kind.equals("begin_repeat")) {
                groups.add(name);
                repeats += kind.equals("begin_repeat") ? 1 : 0;
                continue;
            }
            if (kind.equals("end_group") || kind.equals("end_repeat")) {
                if (!groups.isEmpty()) {
                    groups.remove(groups.size() - 1);
                }
                repeats -= kind.equals("end_repeat") && repeats > 0 ? 1 : 0;
                continue;
            }
            if (name.isEmpty() || !XlsFormType.ANSWERED.contains(kind)) {
                if (!name.isEmpty() && !XlsFormType.SILENT.contains(kind)) {
                    notes.add(fr.enquete.model.Message.of("structure.unread", name, "XLSForm", kind));
                }
                continue;
            }
            // KoboToolbox joins groups with "/" (or "." when asked), or leaves them out.
            String column = column(export, groups, name, kind.equals("select_multiple") ? lists.getOrDefault(t[1], List.of()) : List.of());
            kindOf.put(name, kind);
            if (column == null) {
                // Kobo's CSV export leaves repeat groups out (they go to other sheets): no stop, one warning.
                (repeats > 0 ? inRepeats : absent).add(name);
                continue;
            }
            columnOf.put(name, column);
            pending.add(new Object[] {r, kind, t[1], name, column, t[2]});
        }
        List<Question> out = new ArrayList<>();
        for (Object[] p : pending) {
            @SuppressWarnings("unchecked")
            Map<String, String> r = (Map<String, String>) p[0];
            String kind = (String) p[1];
            String list = (String) p[2];
            String name = (String) p[3];
            String column = (String) p[4];
            boolean orOther = !((String) p[5]).isEmpty();
            String label = questionLabels.label(r).isBlank() ? name : questionLabels.label(r);
            String usualLabel = questionLabels.usual(r);
            Filter filter = relevant(name, r.getOrDefault("relevant", ""), columnOf, kindOf, export, notes);
            SourceLocation at = SourceLocation.file(form.toString());
            List<Choice> options = new ArrayList<>(lists.getOrDefault(list, List.of()));
            if (orOther && options.stream().noneMatch(c -> c.name().equals("other"))) {
                // or_other's choice, worded as the run is; an export "with labels" may write it in either language.
                options.add(new Choice("other", english ? "Other" : "Autre", "Autre", List.of("Autre", "Other")));
            }
            if (kind.startsWith("select_") && options.isEmpty()) {
                notes.add(fr.enquete.model.Message.of("structure.nochoices", name, list));
            }
            switch (kind) {
                case "select_one" -> {
                    List<String> labels = options.stream().map(Choice::label).toList();
                    List<String> usual = options.stream().map(Choice::usual).toList();
                    // A scale in the default language stays one, its positive end the same, whatever language is shown.
                    boolean scale = scale(labels) || scale(usual);
                    Boolean positiveFirst = scale && !scale(labels) ? !fr.enquete.model.ScaleVocabulary.negativeFirst(usual) : null;
                    out.add(Question.builder(name, scale ? QuestionType.SCALE : QuestionType.SINGLE).label(label).column(column)
                            .choices(labels).filter(filter).origin(at).codes(codes(options)).positiveFirst(positiveFirst).build());
                }
                case "select_multiple" -> {
                    List<OptionColumn> opts = new ArrayList<>();
                    for (Choice c : options) {
                        for (String sep : List.of("/", ".")) {
                            if (export.contains(column + sep + c.name())) {
                                opts.add(new OptionColumn(column + sep + c.name(), c.label()));
                                break;
                            }
                        }
                    }
                    if (opts.isEmpty()) {
                        // Only the joined codes were exported: one cell, the codes separated by spaces.
                        out.add(Question.builder(name, QuestionType.MULTIPLE).label(label).column(column)
                                .choices(options.stream().map(Choice::label).toList()).filter(filter).origin(at).separator(" ")
                                .codes(codes(options)).build());
                    } else {
                        out.add(Question.builder(name, QuestionType.MULTIPLE).label(label).column(column).options(opts)
                                .filter(filter).origin(at).build());
                    }
                }
                case "integer", "decimal", "range" -> out.add(Question.builder(name, QuestionType.NUMERIC).label(label).column(column)
                        .filter(filter).origin(at).build());
                // A person's name or date of birth ("EnumeratorName", "DobInterviewee") is personal data: an identifier,
                // never quoted nor summed up by its first and last dates.
                case "text" -> out.add(Question.builder(name, personal(name, label, usualLabel) ? QuestionType.ID : QuestionType.TEXT).label(label)
                        .column(column).filter(filter).origin(at).build());
                case "date", "datetime" -> out.add(Question.builder(name, personal(name, label, usualLabel) ? QuestionType.ID : QuestionType.DATE)
                        .label(label).column(column).filter(filter).origin(at).build());
                default -> throw new IllegalStateException(kind);
            }
            if (orOther) {
                // or_other: the "précisez" texts are in the column q_other, next to q.
                String text = column + "_other";
                if (export.contains(text) && !columnOf.containsKey(name + "_other")) {
                    out.add(Question.builder(name + "_other", QuestionType.TEXT).label(label + (english ? ": other (please specify)" : " : autre (précisez)")).column(text)
                            .filter(filter).origin(at).build());
                }
            }
        }
        if (!inRepeats.isEmpty()) {
            notes.add(fr.enquete.model.Message.of("structure.repeats", inRepeats.size(), String.join(", ", inRepeats)));
        }
        if (!absent.isEmpty()) {
            notes.add(fr.enquete.model.Message.of("structure.absent", absent.size(), String.join(", ", absent)));
        }
        fr.enquete.model.Message said = LabelLanguage.note(language, questionLabels.used(), questionLabels.languages());
        return new LssReader.Result(new Spec(new Survey(title(form, settings), out), QuantileMethod.DEFAULT), notes, said);
    }

    /** One choice of a list: its name (what an export with XML values writes), its label read, and its other wordings. */
    private record Choice(String name, String label, String usual, List<String> all) {
        Choice {
            all = List.copyOf(all);
        }
    }

    private static boolean scale(List<String> labels) {
        return !labels.isEmpty() && fr.enquete.model.ScaleVocabulary.match(labels).map(m -> m.equals(labels)).orElse(false);
    }

    /** Choice names to labels, with the labels of the form's other languages, which an export "with labels" may write. */
    private static Map<String, String> codes(List<Choice> options) {
        Map<String, String> codes = new LinkedHashMap<>();
        options.forEach(c -> codes.put(c.name(), c.label()));
        return LabelLanguage.withOtherWordings(codes, options.stream().map(Choice::label).toList(),
                options.stream().map(Choice::all).toList());
    }

    private static List<String> header(List<Map<String, String>> sheet) {
        return sheet.isEmpty() ? List.of() : List.copyOf(sheet.get(0).keySet());
    }

    /** The optional settings sheet's rows; none when the form has no such sheet. */
    private static List<Map<String, String>> settings(Path form) {
        try {
            return sheet(form, "settings");
        } catch (InputException e) {
            return List.of();
        }
    }

    /** The form's title from its optional settings sheet (form_title), else its file name made readable. */
    private static String title(Path form, List<Map<String, String>> settings) {
        return settings.stream().map(r -> r.getOrDefault("form_title", "").strip()).filter(t -> !t.isEmpty())
                .findFirst().orElse(ReadableTitle.of(form));
    }

    /**
     * The export column of a question: its group path joined with "/" or ".", or its bare name; for a
     * select_multiple exported only as 0/1 columns, the path those columns start with. Null when absent.
     */
    private static String column(Header export, List<String> groups, String name, List<Choice> options) {
        List<String> candidates = new ArrayList<>();
        for (String sep : List.of("/", ".")) {
            candidates.add(groups.isEmpty() ? name : String.join(sep, groups) + sep + name);
        }
        candidates.add(name);
        for (String c : candidates) {
            if (export.contains(c)) {
                return c;
            }
        }
        for (String c : candidates) {
            for (Choice o : options) {
                if (export.contains(c + "/" + o.name()) || export.contains(c + "." + o.name())) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The choices sheet; a form with no select question may have none. */
    private static List<Map<String, String>> choices(Path form, List<fr.enquete.model.Message> notes) {
        try {
            return sheet(form, "choices");
        } catch (InputException e) {
            if (e.getMessage().contains("no sheet named")) {
                notes.add(fr.enquete.model.Message.of("structure.nochoicesheet"));
                return List.of();
            }
            throw e;
        }
    }

    private static Filter relevant(String name, String expression, Map<String, String> columns, Map<String, String> kinds,
                                   Header export, List<fr.enquete.model.Message> notes) {
        String e = expression.strip();
        if (e.isEmpty()) {
            return Filter.ALL;
        }
        // selected(${q}, 'x'): on a select_one, q = x; on a select_multiple, its 0/1 column q/x = 1. ${q} = 'x' -> q = x.
        Matcher sel = Pattern.compile("selected\\(\\s*\\$\\{(\\w+)\\}\\s*,\\s*['\"]([^'\"]*)['\"]\\s*\\)").matcher(e);
        String s = sel.replaceAll(m -> {
            String col = columns.get(m.group(1));
            if (col == null) {
                return "\u0000";
            }
            if ("select_one".equals(kinds.get(m.group(1)))) {
                return Matcher.quoteReplacement("`" + col + "` = \"" + m.group(2) + "\"");
            }
            for (String sep : List.of("/", ".")) {
                if (export.contains(col + sep + m.group(2))) {
                    return Matcher.quoteReplacement("`" + col + sep + m.group(2) + "` = \"1\"");
                }
            }
            return "\u0000";
        });
        Matcher cmp = Pattern.compile("\\$\\{(\\w+)\\}\\s*(!=|=)\\s*['\"]([^'\"]*)['\"]").matcher(s);
        s = cmp.replaceAll(m -> columns.containsKey(m.group(1))
                ? Matcher.quoteReplacement("`" + columns.get(m.group(1)) + "` " + m.group(2) + " \"" + m.group(3) + "\"") : "\u0000");
        if (!s.contains("\u0000") && !REF.matcher(s).find()) {
            try {
                return FilterParser.parse(s);
            } catch (IllegalArgumentException ex) {
                // Falls through to the note.
            }
        }
        notes.add(fr.enquete.model.Message.of("structure.relevance", name, e));
        return Filter.ALL;
    }

    /** The rows of one sheet, keyed by its header. */
    private static List<Map<String, String>> sheet(Path form, String name) {
        List<Map<String, String>> rows = new ArrayList<>();
        try {
            Importers.table(form, new ImportOptions(name, null, null)).read(new TableHandler() {
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
            throw new InputException(SourceLocation.file(form.toString()), Message.of("xlsform.not", e.wording()), e);
        }
        return rows;
    }

    /** By its name ("EnumeratorName") or its wording ("UNHCR Case Number:", "Date of birth"), read or usual. */
    private static boolean personal(String name, String label, String usual) {
        // In every language read: a question is an identifier whichever wording the report shows.
        return fr.enquete.privacy.PersonalData.isIdentifyingColumn(name) || fr.enquete.privacy.PersonalData.isIdentifyingColumn(label)
                || fr.enquete.privacy.PersonalData.isIdentifyingColumn(usual);
    }
}
