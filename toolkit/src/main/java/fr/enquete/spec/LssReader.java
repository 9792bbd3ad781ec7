package fr.enquete.spec;

import fr.enquete.model.Filter;
import fr.enquete.model.FilterParser;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.OptionColumn;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.SourceLocation;
import fr.enquete.model.Survey;
import fr.enquete.stats.QuantileMethod;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a LimeSurvey structure file (.lss) as a spec: question codes, types, texts, answer lists in order
 * (with their codes, which "question codes" exports write), sub-questions (one column each, {@code Q[SQ001]}),
 * "other" columns, and relevance equations translated into filters when they are simple comparisons
 * ({@code q1 == "A1"}, {@code actions_SQ001.NAOK == "Y"}, {@code !is_empty(q2)}, with and/or); the others are
 * listed in {@link Result#notes()} and the question counted over every respondent. Both the LimeSurvey 3
 * layout (texts in the rows) and 4 and later (texts in {@code question_l10ns}, {@code answer_l10ns}) are read.
 * XML DTDs and external entities are refused.
 */
public final class LssReader {

    /**
     * The spec, what could not be carried over (untranslated relevance, skipped question types), and which language
     * the labels come from when it is not the run's (null when it is, or when nothing needs saying).
     */
    public record Result(Spec spec, List<fr.enquete.model.Message> notes, fr.enquete.model.Message labels) {
        public Result {
            notes = List.copyOf(notes);
        }

        public Result(Spec spec, List<fr.enquete.model.Message> notes) {
            this(spec, notes, null);
        }
    }

    private LssReader() {
    }

    /** As {@link #read(Path, String)} for a French run. */
    public static Result read(Path path) {
        return read(path, LabelLanguage.FRENCH);
    }

    /**
     * @param language the run's language ({@code fr}, {@code en}): the texts read when the survey has it among its
     *                 languages, else those of its base language
     */
    public static Result read(Path path, String language) {
        String name = path.toString();
        Map<String, List<Map<String, String>>> tables;
        try (InputStream in = Files.newInputStream(path)) {
            tables = tables(in);
        } catch (IOException e) {
            throw new InputException(SourceLocation.file(name), Files.exists(path)
                    ? Message.of("input.read", fr.enquete.io.SystemErrors.reason(e)) : Message.of("spec.structure.missing"), e);
        } catch (XMLStreamException e) {
            throw new InputException(SourceLocation.file(name), Message.of("spec.lss.unreadable",
                    fr.enquete.importer.OfficeErrors.explained(e)), e);
        }
        if (!tables.containsKey("questions")) {
            throw new InputException(SourceLocation.file(name), Message.of("spec.lss.noquestions"));
        }
        return new Builder(name, tables, language).build();
    }

    /** Every {@code <table><rows><row><field>value</field>...} of the document, by table name. */
    private static Map<String, List<Map<String, String>>> tables(InputStream in) throws XMLStreamException {
        // Hardened (no DTD, no external entities) and decoded strictly: see SafeXml.
        XMLStreamReader x = fr.enquete.io.SafeXml.utf8(in);
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        List<String> path = new ArrayList<>();
        Map<String, String> row = null;
        StringBuilder text = new StringBuilder();
        try {
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    path.add(x.getLocalName());
                    text.setLength(0);
                    if (path.size() == 4 && path.get(2).equals("rows") && path.get(3).equals("row")) {
                        row = new LinkedHashMap<>();
                    } else if (path.size() == 2 && path.get(1).equals("languages")) {
                        tables.computeIfAbsent("languages", k -> new ArrayList<>());
                    }
                } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                    text.append(x.getText());
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    if (path.size() == 5 && row != null) {
                        row.put(path.get(4), text.toString());
                    } else if (path.size() == 4 && row != null) {
                        tables.computeIfAbsent(path.get(1), k -> new ArrayList<>()).add(row);
                        row = null;
                    } else if (path.size() == 3 && path.get(1).equals("languages")) {
                        tables.get("languages").add(Map.of("language", text.toString().strip()));
                    }
                    path.remove(path.size() - 1);
                    text.setLength(0);
                }
            }
        } finally {
            x.close();
        }
        return tables;
    }

    private static final class Builder {
        private final String file;
        private final Map<String, List<Map<String, String>>> t;
        private final String language;
        private final String base;
        private final fr.enquete.model.Message labelsNote;
        /** Whether the run is English: the answers LimeSurvey fixes itself ("Y" yes, "F" female...) are worded in it. */
        private final boolean english;
        private final List<fr.enquete.model.Message> notes = new ArrayList<>();
        private final Map<String, String> questionText = new HashMap<>();
        private final Map<String, String> answerText = new HashMap<>();
        /** Per question id and answer code, the answer's texts in the survey's other languages. */
        private final Map<String, List<String>> otherAnswerTexts = new HashMap<>();
        /** Per question id and answer code, the answer's text in the base language (when another is read). */
        private final Map<String, String> baseAnswerText = new HashMap<>();
        /** Per question id, the codes of answers whose label shows no text (an image only). */
        private final Map<String, java.util.Set<String>> imageOnly = new LinkedHashMap<>();
        /** Per question id, the codes of sub-questions whose text shows nothing (an image only, or empty). */
        private final Map<String, java.util.Set<String>> blankSubs = new LinkedHashMap<>();

        /** LimeSurvey's own answers in both languages: the French wording, then the English one. */
        private static final Map<String, String> FIXED = Map.of("Oui", "Yes", "Non", "No", "Femme", "Female", "Homme", "Male",
                "Incertain", "Uncertain", "Augmente", "Increase", "Stable", "Same", "Diminue", "Decrease");

        /** The fixed answers (given in French) in the run's language. */
        private List<String> fixed(String... french) {
            return java.util.Arrays.stream(french).map(f -> english ? FIXED.get(f) : f).toList();
        }

        /**
         * What the export writes for each fixed answer (code, French wording, in pairs) to its label in the run's
         * language: the code, and the wording of either language, since a "full answers" export writes the texts in
         * its own language ("Oui" in a French export read for an English report, "Yes" the other way round).
         */
        private Map<String, String> fixedCodes(String... pairs) {
            Map<String, String> codes = new LinkedHashMap<>();
            List<String> labels = new ArrayList<>();
            List<List<String>> others = new ArrayList<>();
            for (int i = 0; i < pairs.length; i += 2) {
                String french = pairs[i + 1];
                String label = english ? FIXED.get(french) : french;
                codes.put(pairs[i], label);
                labels.add(label);
                others.add(List.of(english ? french : FIXED.get(french)));
            }
            // As a structure's own labels in its other languages are added (a wording that is a code, or ambiguous, is not).
            return LabelLanguage.withOtherWordings(codes, labels, others);
        }

        Builder(String file, Map<String, List<Map<String, String>>> tables, String asked) {
            this.file = file;
            this.t = tables;
            this.english = LabelLanguage.is(asked, "en");
            List<Map<String, String>> langs = t.getOrDefault("languages", List.of());
            // The survey's base language (surveys.language); the <languages> list need not start with it.
            String first = rows("surveys").stream().map(r -> r.get("language")).filter(l -> l != null && !l.isBlank())
                    .findFirst().orElse(langs.isEmpty() ? null : langs.get(0).get("language"));
            if (first == null) {
                first = rows("questions").stream().map(r -> r.get("language")).filter(l -> l != null && !l.isBlank()).findFirst().orElse("");
            }
            this.base = first;
            java.util.Set<String> languages = languages(langs, first);
            // The run's language when the survey has it (an additional language), else the base one, as before.
            this.language = languages.stream().filter(l -> l.equalsIgnoreCase(asked)).findFirst()
                    .or(() -> languages.stream().filter(l -> LabelLanguage.is(l, asked)).findFirst()).orElse(first);
            this.labelsNote = LabelLanguage.note(asked, language.isEmpty() ? null : language, languages.size());
            Map<String, String> baseText = new HashMap<>();
            for (Map<String, String> r : rows("question_l10ns")) {
                if (language.equals(r.get("language"))) {
                    questionText.put(r.get("qid"), clean(r.get("question")));
                } else if (base.equals(r.get("language"))) {
                    baseText.put(r.get("qid"), clean(r.get("question")));
                }
            }
            // A text left blank in the language read (a translation not finished): the base language's.
            baseText.forEach((qid, text) -> {
                if (!text.isEmpty() && questionText.getOrDefault(qid, "").isEmpty()) {
                    questionText.put(qid, text);
                }
            });
            Map<String, String> keyOfAid = new HashMap<>();
            for (Map<String, String> a : rows("answers")) {
                if (a.get("aid") != null) {
                    keyOfAid.put(a.get("aid"), key(a));
                }
                // LimeSurvey 3: one answers row per language.
                String l = a.get("language");
                if (l != null && !l.isEmpty() && !l.equals(language)) {
                    other(key(a), l, clean(a.get("answer")));
                }
            }
            for (Map<String, String> r : rows("answer_l10ns")) {
                if (language.equals(r.get("language"))) {
                    answerText.put(r.get("aid"), clean(r.get("answer")));
                } else if (keyOfAid.containsKey(r.get("aid"))) {
                    other(keyOfAid.get(r.get("aid")), r.get("language"), clean(r.get("answer")));
                }
            }
        }

        /** The survey's languages: its base one, the {@code <languages>} list, and those its texts are written in. */
        private java.util.Set<String> languages(List<Map<String, String>> langs, String first) {
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            if (!first.isEmpty()) {
                out.add(first);
            }
            langs.forEach(l -> out.add(l.get("language")));
            rows("surveys").forEach(r -> java.util.Arrays.stream(r.getOrDefault("additional_languages", "").split("\\s+"))
                    .filter(l -> !l.isBlank()).forEach(out::add));
            for (String table : List.of("questions", "question_l10ns")) {
                rows(table).stream().map(r -> r.get("language")).filter(l -> l != null && !l.isBlank()).forEach(out::add);
            }
            out.removeIf(l -> l == null || l.isBlank());
            return out;
        }

        private void other(String key, String language, String text) {
            if (text.isEmpty()) {
                return;
            }
            otherAnswerTexts.computeIfAbsent(key, k -> new ArrayList<>()).add(text);
            if (base.equals(language)) {
                baseAnswerText.put(key, text);
            }
        }

        private static String key(Map<String, String> answer) {
            return answer.get("qid") + "\u0000" + answer.get("code");
        }

        private List<Map<String, String>> rows(String table) {
            return t.getOrDefault(table, List.of());
        }

        private boolean inLanguage(Map<String, String> r) {
            String l = r.get("language");
            return l == null || l.isEmpty() || l.equals(language);
        }

        Result build() {
            Map<String, Integer> groupOrder = new HashMap<>();
            for (Map<String, String> g : rows("groups")) {
                groupOrder.putIfAbsent(g.get("gid"), number(g.get("group_order")));
            }
            List<Map<String, String>> questions = new ArrayList<>(rows("questions").stream()
                    .filter(r -> "0".equals(r.getOrDefault("parent_qid", "0")) && inLanguage(r)).toList());
            questions.sort(Comparator.comparingInt((Map<String, String> r) -> groupOrder.getOrDefault(r.get("gid"), 0))
                    .thenComparingInt(r -> number(r.get("question_order"))));
            Map<String, List<Map<String, String>>> subs = new HashMap<>();
            List<Map<String, String>> allSubs = new ArrayList<>(rows("subquestions"));
            // LimeSurvey 4+ keeps sub-questions in the questions table with a parent.
            rows("questions").stream().filter(r -> !"0".equals(r.getOrDefault("parent_qid", "0"))).forEach(allSubs::add);
            for (Map<String, String> s : allSubs) {
                if (inLanguage(s)) {
                    subs.computeIfAbsent(s.get("parent_qid"), k -> new ArrayList<>()).add(s);
                }
            }
            subs.values().forEach(l -> l.sort(Comparator.comparingInt(r -> number(r.get("question_order")))));
            Map<String, List<Map<String, String>>> answers = new HashMap<>();
            for (Map<String, String> a : rows("answers")) {
                if (inLanguage(a) && "0".equals(a.getOrDefault("scale_id", "0"))) {
                    answers.computeIfAbsent(a.get("qid"), k -> new ArrayList<>()).add(a);
                }
            }
            answers.values().forEach(l -> l.sort(Comparator.comparingInt(r -> number(r.get("sortorder")))));
            Map<String, String> otherFlag = new HashMap<>();
            for (Map<String, String> q : questions) {
                otherFlag.put(q.get("qid"), q.getOrDefault("other", "N"));
            }
            // Columns known so far, to translate relevance variables (actions_SQ001 -> actions[SQ001]).
            List<Question> out = new ArrayList<>();
            java.util.Set<String> columns = new java.util.HashSet<>();
            for (Map<String, String> q : questions) {
                String code = q.get("title");
                columns.add(code);
                subs.getOrDefault(q.get("qid"), List.of()).forEach(s -> columns.add(code + "[" + s.get("title") + "]"));
                if ("Y".equals(otherFlag.get(q.get("qid")))) {
                    columns.add(code + "[other]");
                }
            }
            for (Map<String, String> q : questions) {
                out.addAll(question(q, subs.getOrDefault(q.get("qid"), List.of()), answers.getOrDefault(q.get("qid"), List.of()), columns));
                java.util.Set<String> images = imageOnly.get(q.get("qid"));
                if (images != null) {
                    notes.add(fr.enquete.model.Message.of("structure.images", q.get("title"), String.join(", ", images), images.size()));
                }
                java.util.Set<String> blank = blankSubs.get(q.get("qid"));
                if (blank != null) {
                    notes.add(fr.enquete.model.Message.of("structure.images.sub", q.get("title"), String.join(", ", blank), blank.size()));
                }
            }
            String title = rows("surveys_languagesettings").stream().filter(this::inLanguageSettings)
                    .map(r -> clean(r.get("surveyls_title"))).filter(x -> !x.isBlank()).findFirst()
                    .orElse(rows("surveys_languagesettings").stream().map(r -> clean(r.get("surveyls_title")))
                            .filter(x -> !x.isBlank()).findFirst().orElse(ReadableTitle.of(java.nio.file.Path.of(file))));
            return new Result(new Spec(new Survey(title, out), QuantileMethod.DEFAULT), notes, labelsNote);
        }

        private boolean inLanguageSettings(Map<String, String> r) {
            String l = r.get("surveyls_language");
            return l == null || l.equals(language);
        }

        private List<Question> question(Map<String, String> q, List<Map<String, String>> subs, List<Map<String, String>> answers,
                                        java.util.Set<String> columns) {
            String code = q.get("title");
            String type = q.getOrDefault("type", "");
            String label = text(q);
            Filter filter = relevance(code, q.getOrDefault("relevance", "1"), columns);
            List<Question> out = new ArrayList<>();
            switch (type) {
                case "L", "!", "O" -> {
                    List<String> choices = new ArrayList<>();
                    List<String> usual = new ArrayList<>();
                    Map<String, String> codes = new LinkedHashMap<>();
                    for (Map<String, String> a : answers) {
                        String l = answer(a);
                        choices.add(l);
                        usual.add(baseAnswerText.getOrDefault(key(a), l));
                        codes.put(a.get("code"), l);
                    }
                    // A list of a known ordered scale ("Très satisfait ... Très insatisfait") is a scale question; in the
                    // base language, it stays one (its positive end the same) whatever language is read.
                    boolean scale = scale(choices) || scale(usual);
                    Question list = q(code, label, scale ? QuestionType.SCALE : QuestionType.SINGLE, code, choices, List.of(), filter,
                            withOtherTexts(codes, answers));
                    out.add(scale && !scale(choices)
                            ? list.toBuilder().positiveFirst(!fr.enquete.model.ScaleVocabulary.negativeFirst(usual)).build() : list);
                    if ("O".equals(type)) {
                        out.add(q(code + "comment", label + (english ? ": comment" : " : commentaire"), QuestionType.TEXT, code + "[comment]",
                                List.of(), List.of(), filter, Map.of()));
                    }
                }
                case "M", "P" -> {
                    List<OptionColumn> options = new ArrayList<>();
                    for (Map<String, String> s : subs) {
                        options.add(new OptionColumn(code + "[" + s.get("title") + "]", subText(s)));
                    }
                    if ("Y".equals(q.getOrDefault("other", "N"))) {
                        options.add(new OptionColumn(code + "[other]", english ? "Other" : "Autre"));
                    }
                    out.add(q(code, label, QuestionType.MULTIPLE, code, List.of(), options, filter, Map.of()));
                }
                case "N" -> out.add(q(code, label, QuestionType.NUMERIC, code, List.of(), List.of(), filter, Map.of()));
                case "K" -> subs.forEach(s -> out.add(q(code + "_" + s.get("title"), label + " : " + subText(s), QuestionType.NUMERIC,
                        code + "[" + s.get("title") + "]", List.of(), List.of(), filter, Map.of())));
                case "S", "T", "U", "*" -> out.add(q(code, label, QuestionType.TEXT, code, List.of(), List.of(), filter, Map.of()));
                case "Q" -> subs.forEach(s -> out.add(q(code + "_" + s.get("title"), label + " : " + subText(s), QuestionType.TEXT,
                        code + "[" + s.get("title") + "]", List.of(), List.of(), filter, Map.of())));
                case "D" -> out.add(q(code, label, QuestionType.DATE, code, List.of(), List.of(), filter, Map.of()));
                case "Y" -> out.add(q(code, label, QuestionType.SINGLE, code, fixed("Oui", "Non"), List.of(), filter,
                        fixedCodes("Y", "Oui", "N", "Non")));
                case "G" -> out.add(q(code, label, QuestionType.SINGLE, code, fixed("Femme", "Homme"), List.of(), filter,
                        fixedCodes("F", "Femme", "M", "Homme")));
                case "5" -> out.add(q(code, label, QuestionType.SCALE, code, List.of("1", "2", "3", "4", "5"), List.of(), filter, Map.of()));
                case "A", "B", "C", "E", "F", "H" -> {
                    List<String> choices = new ArrayList<>();
                    Map<String, String> codes = new LinkedHashMap<>();
                    switch (type) {
                        case "A" -> choices.addAll(List.of("1", "2", "3", "4", "5"));
                        case "B" -> choices.addAll(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"));
                        case "C" -> {
                            choices.addAll(fixed("Oui", "Incertain", "Non"));
                            codes.putAll(fixedCodes("Y", "Oui", "U", "Incertain", "N", "Non"));
                        }
                        case "E" -> {
                            choices.addAll(fixed("Augmente", "Stable", "Diminue"));
                            codes.putAll(fixedCodes("I", "Augmente", "S", "Stable", "D", "Diminue"));
                        }
                        default -> {
                            answers.forEach(a -> {
                                choices.add(answer(a));
                                codes.put(a.get("code"), answer(a));
                            });
                            codes.putAll(withOtherTexts(codes, answers));
                        }
                    }
                    QuestionType rowType = type.equals("F") || type.equals("H") ? QuestionType.SINGLE : QuestionType.SCALE;
                    subs.forEach(s -> out.add(q(code + "_" + s.get("title"), label + " : " + subText(s), rowType,
                            code + "[" + s.get("title") + "]", choices, List.of(), filter, codes)));
                }
                case "X" -> { }
                default -> notes.add(fr.enquete.model.Message.of("structure.unread", code, "LimeSurvey", type));
            }
            if ("Y".equals(q.getOrDefault("other", "N")) && !type.equals("M") && !type.equals("P")) {
                out.add(q(code + "other", label + " : autre", QuestionType.TEXT, code + "[other]", List.of(), List.of(), filter, Map.of()));
            } else if ("Y".equals(q.getOrDefault("other", "N"))) {
                out.add(q(code + "other", label + " : autre (précisez)", QuestionType.TEXT, code + "[other]", List.of(), List.of(), filter, Map.of()));
                // The "other" column of a multiple choice holds the text: counted as ticked when filled.
            }
            return out;
        }

        private static boolean scale(List<String> labels) {
            return fr.enquete.model.ScaleVocabulary.match(labels).map(m -> m.equals(labels)).orElse(false);
        }

        /** The answer codes with the answers' texts in the survey's other languages, which a full-text export may write. */
        private Map<String, String> withOtherTexts(Map<String, String> codes, List<Map<String, String>> answers) {
            return LabelLanguage.withOtherWordings(codes, answers.stream().map(this::answer).toList(),
                    answers.stream().map(a -> otherAnswerTexts.getOrDefault(key(a), List.of())).toList());
        }

        private Question q(String id, String label, QuestionType type, String column, List<String> choices, List<OptionColumn> options,
                           Filter filter, Map<String, String> codes) {
            return Question.builder(id, type).label(label).column(column).choices(choices).options(options)
                    .filter(filter).origin(SourceLocation.file(file)).codes(codes).build();
        }

        private String text(Map<String, String> q) {
            String l10n = questionText.get(q.get("qid"));
            String t = l10n != null ? l10n : clean(q.getOrDefault("question", q.get("title")));
            return t.isEmpty() ? q.getOrDefault("title", "") : t;
        }

        /** A sub-question's text; its code, noted, when the text shows nothing (LimeSurvey's image select themes). */
        private String subText(Map<String, String> s) {
            String l10n = questionText.get(s.get("qid"));
            String t = l10n != null ? l10n : clean(s.getOrDefault("question", ""));
            if (t.isEmpty()) {
                blankSubs.computeIfAbsent(s.get("parent_qid"), k -> new java.util.LinkedHashSet<>()).add(s.getOrDefault("title", ""));
            }
            return text(s);
        }

        /** An answer's label; its code when the label shows no text (only an image), as LimeSurvey's own statistics do. */
        private String answer(Map<String, String> a) {
            String l10n = answerText.get(a.get("aid"));
            String t = l10n != null ? l10n : clean(a.getOrDefault("answer", a.get("code")));
            if (t.isEmpty()) {
                imageOnly.computeIfAbsent(a.get("qid"), k -> new java.util.LinkedHashSet<>()).add(a.get("code"));
                return a.getOrDefault("code", "");
            }
            return t;
        }

        /** A relevance equation as a filter, or every respondent (with a note) when it is not a simple comparison. */
        private Filter relevance(String code, String equation, java.util.Set<String> columns) {
            String e = equation == null ? "1" : equation.strip();
            if (e.isEmpty() || e.equals("1")) {
                return Filter.ALL;
            }
            int depth = nesting(e);
            if (depth > fr.enquete.model.FilterParser.MAX_DEPTH) {
                // As a spec filter that deep: a located error (exit 3), not a note that would let the question be analysed
                // over every respondent while its condition is too deep to read (or to trust).
                throw new InputException(SourceLocation.file(file), Message.of("spec.lss.relevance.deep", code,
                        (long) depth, (long) fr.enquete.model.FilterParser.MAX_DEPTH));
            }
            String translated = Relevance.translate(e, columns);
            if (translated != null) {
                try {
                    return FilterParser.parse(translated);
                } catch (IllegalArgumentException ex) {
                    // Falls through to the note.
                }
            }
            notes.add(fr.enquete.model.Message.of("structure.relevance", code, e));
            return Filter.ALL;
        }

        /** The deepest nesting of parentheses outside quoted strings. */
        private static int nesting(String equation) {
            int depth = 0;
            int max = 0;
            char quote = 0;
            for (int i = 0; i < equation.length(); i++) {
                char c = equation.charAt(i);
                if (quote != 0) {
                    quote = c == '\\' ? quote : c == quote ? 0 : quote;
                    i += c == '\\' ? 1 : 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '(') {
                    max = Math.max(max, ++depth);
                } else if (c == ')') {
                    depth = Math.max(0, depth - 1);
                }
            }
            return max;
        }

        private static int number(String s) {
            try {
                return s == null ? 0 : Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        /**
         * Question and answer texts are HTML: the visible text, as a browser shows it (entities decoded, tags,
         * scripts and styles dropped, spaces tidied).
         */
        static String clean(String html) {
            if (html == null || html.isBlank()) {
                return "";
            }
            return org.jsoup.Jsoup.parseBodyFragment(html).text().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        }
    }
}
