package fr.enquete.spec;

import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.CellValues;
import fr.enquete.model.Header;
import fr.enquete.model.Message;
import fr.enquete.model.OptionColumn;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Row;
import fr.enquete.model.Survey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a survey from an export without a spec: question types from the cells, multiple-choice groups
 * from {@code Q2[SQ001]}-style column names whose cells are ticks, scales from known answer lists.
 * One streaming pass; memory is bounded per column.
 */
public final class SchemaInference {

    /**
     * The question and option parts of a sub-column name, or null: LimeSurvey {@code Q2[SQ001]}, SurveyMonkey
     * merged headers {@code Q [choice]} (the first bracket, the option running to the final one), KoboToolbox XML
     * paths {@code group/question/choice} (segments of letters, digits, {@code _ . -}). Scanned by hand: the
     * regular expressions {@code (.+?) ?\[(.+)]} and {@code ([\w.-]+(?:/[\w.-]+)*)/([\w.-]+)} they replace
     * backtracked quadratically on a header of many brackets or slashes (a 60 000-character name never ended).
     */
    static String[] subColumn(String name) {
        if (name.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')) {
            return null;
        }
        int n = name.length();
        String[] coded = codeAndText(name);
        if (coded != null) {
            return new String[] {coded[0], coded[3]};
        }
        if (n >= 4 && name.charAt(n - 1) == ']') {
            int open = name.indexOf('[', 1);
            if (open > 0 && open < n - 2) {
                String question = name.charAt(open - 1) == ' ' && open > 1 ? name.substring(0, open - 1) : name.substring(0, open);
                return new String[] {question, name.substring(open + 1, n - 1)};
            }
        }
        return path(name);
    }

    /**
     * The parts of a LimeSurvey heading written with "Question code &amp; question text", {@code domaines[SQ001]. Vos
     * domaines d'action [Logement]}: the question code, the sub-question code, the question text and the sub-question
     * text ({@code domaines}, {@code SQ001}, {@code Vos domaines d'action}, {@code Logement}); null for any other name.
     * Read as a SurveyMonkey heading, its option was "SQ001]. Vos domaines d'action [Logement".
     */
    static String[] codeAndText(String name) {
        int n = name.length();
        if (n < 10 || name.charAt(n - 1) != ']') {
            return null;
        }
        int open = name.indexOf('[', 1);
        int close = open < 0 ? -1 : name.indexOf(']', open);
        if (close < open + 2 || !name.startsWith("]. ", close)) {
            return null;
        }
        String code = name.substring(0, open);
        String sub = name.substring(open + 1, close);
        if (!LIME_CODE.matcher(code).matches() || !LIME_CODE.matcher(sub).matches()) {
            return null;
        }
        int textOpen = name.lastIndexOf(" [");
        if (textOpen <= close + 3) {
            return null;
        }
        String option = name.substring(textOpen + 2, n - 1).strip();
        return option.isEmpty() ? null : new String[] {code, sub, name.substring(close + 3, textOpen).strip(), option};
    }

    /** A LimeSurvey question or sub-question code: letters, digits and underscores, a letter first. */
    private static final Pattern LIME_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,49}");

    /**
     * A KoboToolbox export with labels for headers names a select_multiple's 0/1 columns by the question's label and
     * the choice's ({@code Activités pratiquées/Loisirs créatifs}), which {@link #path} does not read as a path (spaces,
     * accents): a column {@code Q/C} whose {@code Q} is another column of the export (the joined answers) is Q's
     * sub-column C, the shortest such Q taken (a choice's label may hold a slash:
     * {@code Activités/Sport/danse} beside the 0/1 column {@code Activités/Sport}). Before, each 0/1 column was a numeric question of its own and the joined
     * labels ("Sport Culture") a text, unless a spec listed the choices.
     */
    static Map<String, String[]> labelPaths(List<String> names) {
        java.util.Set<String> all = new java.util.HashSet<>(names);
        Map<String, String[]> out = new HashMap<>();
        for (String name : names) {
            if (subColumn(name) != null) {
                continue;
            }
            for (int slash = name.indexOf('/', 1); slash > 0; slash = name.indexOf('/', slash + 1)) {
                String question = name.substring(0, slash);
                if (slash < name.length() - 1 && all.contains(question)) {
                    out.put(name, new String[] {question, name.substring(slash + 1)});
                    break;
                }
            }
        }
        return out;
    }

    /** The parts of a KoboToolbox path {@code group/question/choice} before and after its last slash, or null. */
    private static String[] path(String name) {
        int n = name.length();
        int slash = name.lastIndexOf('/');
        if (slash <= 0 || slash == n - 1) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            boolean word = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-');
            if (!word && !(c == '/' && i > 0 && name.charAt(i - 1) != '/')) {
                return null;
            }
        }
        return new String[] {name.substring(0, slash), name.substring(slash + 1)};
    }

    private static final Set<String> ID_COLUMNS = Set.of("id", "token", "seed", "lastpage", "startlanguage", "ipaddr",
            // ODK/KoboToolbox's submission and device ids.
            "instanceid", "meta/instanceid", "meta.instanceid", "uuid",
            "refurl", "_id", "_uuid", "_index", "respondent id", "collector id", "ip address", "response id",
            // Microsoft Forms' times are written month/day/year: kept as metadata rather than misread as dates.
            "heure de début", "heure de fin", "start time", "completion time", "last modified time",
            "heure de la dernière modification", "_validation_status", "_notes", "_status", "_submitted_by", "__version__",
            "_tags", "deviceid", "id du répondant", "id du collecteur", "adresse ip",
            // A spreadsheet's own numbering, as French teams head it.
            "identifiant", "id répondant", "identifiant du répondant", "identifiant répondant", "n°", "nº", "no", "no.",
            "num", "num.", "numéro", "numero", "n° de réponse", "numéro de réponse", "numéro du répondant", "#");
    private static final Set<String> DATE_COLUMNS = Set.of("submitdate", "startdate", "datestamp", "horodateur",
            "timestamp", "_submission_time", "start date", "end date");
    /** An option heading that asks for "other" answers: "Autre", "Autres", "Autre (précisez)", "Other: specify". */
    private static final java.util.regex.Pattern OTHER_WORDING =
            java.util.regex.Pattern.compile("(other|autres?)(\\s*[(:,\\-–].*)?");

    private static final Set<String> TICK_TOKENS = Set.of("y", "yes", "oui", "x", "1", "n", "no", "non", "0", "true",
            "false", "vrai", "faux");

    private static final List<List<String>> YES_NO = List.of(List.of("Oui", "Non", "Ne sait pas"),
            List.of("oui", "non"), List.of("OUI", "NON"), List.of("Yes", "No"), List.of("Y", "N"));

    /** A choice question has at most this many distinct answers. */
    static final int MAX_CHOICES = 30;

    private SchemaInference() {
    }

    public static Inference infer(TableSource source) {
        Profiler p = new Profiler(source.file() == null ? "" : source.file().toString());
        source.read(p);
        return build(source.file(), p);
    }

    private static Inference build(Path file, Profiler p) {
        List<String> names = p.header.names();
        Map<String, Message> reasons = new LinkedHashMap<>();
        List<Question> questions = new ArrayList<>();
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        boolean kobo = fr.enquete.importer.Platform.detect(p.header).platform() == fr.enquete.importer.Platform.KOBOTOOLBOX;
        if (kobo) {
            p.labelPaths.putAll(labelPaths(names));
        }
        for (int i = 0; i < names.size(); i++) {
            String[] sub = p.sub(names.get(i));
            if (sub != null) {
                groups.computeIfAbsent(sub[0], k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Integer> standIns = tickCopies(groups, p);
        Map<String, List<Question>> multiples = new LinkedHashMap<>();
        groups.forEach((base, columns) -> multiple(base, columns, standIns, p, reasons).ifPresent(q -> multiples.put(base, q)));
        boolean[] used = new boolean[names.size()];
        for (int i = 0; i < names.size(); i++) {
            if (used[i]) {
                continue;
            }
            String[] sub = p.sub(names.get(i));
            if (sub != null && multiples.containsKey(sub[0])) {
                for (int c : groups.get(sub[0])) {
                    // A column and the copy that stood in for it (tickCopies) are both the question's.
                    used[c] = true;
                    used[standIns.getOrDefault(c, c)] = true;
                }
                questions.addAll(multiples.get(sub[0]));
                continue;
            }
            used[i] = true;
            String otherOf = otherTextOf(names.get(i), names, kobo);
            if (otherOf != null) {
                Question text = Question.builder(names.get(i), QuestionType.TEXT).label(label(otherOf) + " : autre (précisez)")
                        .column(names.get(i)).build();
                questions.add(text);
                reasons.put(text.id(), Message.of("inference.other.kobo", otherOf, names.get(i)));
                continue;
            }
            if (multiples.containsKey(names.get(i))) {
                // KoboToolbox writes a select_multiple twice: the codes joined in one column, and one 0/1
                // column per choice; the 0/1 columns make the question, the joined one is redundant.
                String id = names.get(i) + " (codes)";
                questions.add(Question.builder(id, QuestionType.ID).label(id).column(names.get(i)).build());
                reasons.put(id, Message.of("inference.codes.joined", names.get(i)));
                continue;
            }
            questions.add(single(p.profiles[i], reasons, p.header));
        }
        submissionBlanks(p, reasons);
        Map<String, FilterInference.Found> filters = FilterInference.infer(questions, names, p.cells);
        List<Question> routed = questions.stream().map(q -> {
            FilterInference.Found found = filters.get(q.id());
            if (found == null) {
                return q;
            }
            reasons.merge(q.id(), found.reason(), SchemaInference::joined);
            return q.toBuilder().filter(found.filter()).build();
        }).toList();
        String title = ReadableTitle.of(file);
        return new Inference(p.header.source(), names, p.rows, new Survey(title, routed), reasons, p.leftOut);
    }

    /**
     * The question whose "other" texts a KoboToolbox column {@code q_other} holds: q, when the export also has
     * q's "other" choice ({@code q/other}), or q itself in a KoboToolbox export; else null.
     */
    private static String otherTextOf(String name, List<String> names, boolean kobo) {
        if (!name.endsWith("_other") || name.length() == "_other".length()) {
            return null;
        }
        String base = name.substring(0, name.length() - "_other".length());
        return names.contains(base + "/other") || names.contains(base) && kobo ? base : null;
    }

    /**
     * Option columns that are empty in every row while a later column of the same name ("Q [Other] (2)") holds
     * the ticks: that copy stands in for the empty column, by index. The TODO Group's SurveyMonkey export repeats
     * "Q [Other (please specify)]" three times: an empty column, the ticks, then the texts; reading the empty one
     * as the option counted no "Other" and made the ticks a question of their own.
     */
    private static Map<Integer, Integer> tickCopies(Map<String, List<Integer>> groups, Profiler p) {
        Map<Integer, Integer> out = new HashMap<>();
        for (List<Integer> columns : groups.values()) {
            for (int c : columns) {
                ColumnProfile prof = p.profiles[c];
                if (prof.filled > 0 || p.header.copies(prof.name) < 2) {
                    continue;
                }
                String sub = p.sub(prof.name)[1];
                for (int k = 2; ; k++) {
                    java.util.OptionalInt copy = p.header.indexOf(prof.name + " (" + k + ")");
                    if (copy.isEmpty()) {
                        break;
                    }
                    ColumnProfile cp = p.profiles[copy.getAsInt()];
                    if (cp.filled > 0 && !cp.tooManyDistinct && cp.distinct.keySet().stream()
                            .allMatch(v -> v.equals(sub) || TICK_TOKENS.contains(v.toLowerCase(Locale.ROOT)))) {
                        out.put(c, copy.getAsInt());
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** A group of sub-columns is one multiple-choice question when every option column holds ticks. */
    private static Optional<List<Question>> multiple(String base, List<Integer> columns, Map<Integer, Integer> standIns,
                                                     Profiler p, Map<String, Message> reasons) {
        List<OptionColumn> options = new ArrayList<>();
        List<Question> extras = new ArrayList<>();
        for (int c : columns) {
            ColumnProfile prof = p.profiles[standIns.getOrDefault(c, c)];
            String sub = p.sub(p.profiles[c].name)[1];
            // A "code & text" heading's sub-question code says what the column is (other, SQ001comment).
            String[] coded = codeAndText(p.profiles[c].name);
            String subLower = (coded != null ? coded[1] : sub).toLowerCase(Locale.ROOT);
            boolean ticks = !prof.tooManyDistinct && prof.distinct.keySet().stream().allMatch(v -> TICK_TOKENS.contains(v.toLowerCase(Locale.ROOT)));
            if (subLower.equals("other") && ticks && path(prof.name) != null) {
                // KoboToolbox's q/other holds 0/1 like every choice of q; the texts are in q_other.
                options.add(new OptionColumn(prof.name, "Autre"));
                continue;
            }
            // A French full-text heading names it "[Autre]" ("[Autre (précisez)]"): typed texts there are the
            // "other" answers, not the option's label in a "full answers" export, nor a reason to drop the question.
            // ... unless its cells are the option's own label, as a "full answers" tick writes it (SurveyMonkey's copy
            // of "Other (please specify)" holding the ticks).
            boolean ownLabel = !prof.tooManyDistinct && prof.distinct.keySet().stream().allMatch(v -> v.equalsIgnoreCase(sub.strip()));
            if (subLower.equals("other") || !ticks && !ownLabel && OTHER_WORDING.matcher(subLower).matches()) {
                options.add(new OptionColumn(prof.name, "Autre"));
                Question text = Question.builder(prof.name, QuestionType.TEXT).label(base + " : autre").column(prof.name).build();
                extras.add(text);
                reasons.put(text.id(), Message.of("inference.other", base));
                continue;
            }
            if (subLower.endsWith("comment")) {
                extras.add(Question.builder(prof.name, QuestionType.TEXT).label(base + " : commentaire").column(prof.name).build());
                reasons.put(prof.name, Message.of("inference.comment", base));
                continue;
            }
            Optional<String> label = tickLabel(prof, sub);
            if (label.isEmpty()) {
                return Optional.empty();
            }
            options.add(new OptionColumn(prof.name, label.get()));
        }
        if (options.size() < 2) {
            return Optional.empty();
        }
        List<Question> out = new ArrayList<>();
        String[] coded = codeAndText(p.profiles[columns.get(0)].name);
        String text = coded != null && !coded[2].isEmpty() ? coded[2] : label(base);
        out.add(Question.builder(base, QuestionType.MULTIPLE).label(text).column(base).options(options).build());
        reasons.put(base, Message.of("inference.multiple.columns", (long) options.size(), base));
        out.addAll(extras);
        return Optional.of(out);
    }

    /**
     * The option label of a tick column: its sub-code when cells are Y/1/Oui/X..., the answer text itself
     * when the export wrote the option in the cell ("full answers"); empty when the column is not ticks.
     */
    private static Optional<String> tickLabel(ColumnProfile prof, String sub) {
        if (prof.tooManyDistinct) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>(prof.distinct.keySet());
        if (values.isEmpty()) {
            return Optional.of(sub);
        }
        if (values.stream().allMatch(v -> TICK_TOKENS.contains(v.toLowerCase(Locale.ROOT)))) {
            return Optional.of(sub);
        }
        List<String> ticked = values.stream().filter(CellValues::isTick).toList();
        if (ticked.size() == 1 && values.stream().allMatch(v -> v.equals(ticked.get(0)) || !CellValues.isTick(v))) {
            return Optional.of(ticked.get(0));
        }
        return Optional.empty();
    }

    /**
     * Says on the submission column how many rows have no date there: LimeSurvey leaves an incomplete response's
     * submitdate blank, and stats leaves those rows out unless --include-incomplete, so the respondents counted above
     * are not the figures' base.
     */
    private static void submissionBlanks(Profiler p, Map<String, Message> reasons) {
        int column = fr.enquete.model.SubmissionColumns.of(p.header.names());
        if (column < 0) {
            return;
        }
        ColumnProfile prof = p.profiles[column];
        // Blank cells only: LimeSurvey's 1980-01-01 stand-in marks a completed response, said by the reason itself.
        long blank = p.rows - prof.filled;
        if (blank <= 0) {
            return;
        }
        boolean incomplete = fr.enquete.model.LimeSurveyHeadings.code(prof.name).equals("submitdate")
                && fr.enquete.importer.Platform.detect(p.header).platform() == fr.enquete.importer.Platform.LIMESURVEY;
        Message said = Message.of(incomplete ? "inference.submission.incomplete" : "inference.submission.blank", blank, prof.name);
        reasons.computeIfPresent(prof.name, (id, was) -> joined(was, said));
    }

    private static String abbreviated(String cell) {
        return cell.length() <= 40 ? cell : cell.substring(0, 37) + "...";
    }

    /** A header naming a year: "Année de création", "annee", "year_founded", "an_agrement". */
    private static final java.util.regex.Pattern YEAR_NAME =
            java.util.regex.Pattern.compile("(^|[^\\p{L}])(ann[ée]es?|years?|an|millésime)([^\\p{L}]|$)");

    /** A header naming a duration: "Durée", "Temps passé", "Temps d'attente", "time spent", "how long", "délai". */
    private static final java.util.regex.Pattern DURATION_NAME = java.util.regex.Pattern.compile(
            "(^|[^\\p{L}])(dur[ée]es?|durations?|temps|time spent|waiting time|how long|combien de temps|d[ée]lais?|elapsed)([^\\p{L}]|$)");

    private static Question single(ColumnProfile prof, Map<String, Message> reasons, Header header) {
        String name = prof.name;
        String lower = name.toLowerCase(Locale.ROOT);
        QuestionType type;
        List<String> choices = List.of();
        Message reason;
        String separator = null;
        java.time.temporal.ChronoUnit unit = null;
        Optional<Map.Entry<String, List<String>>> joined;
        Optional<List<String>> codes;
        int distinct = prof.distinctCount();
        // LimeSurvey's full-text headings ("Dernière page", "Date de soumission") are its technical columns too.
        String limeCode = fr.enquete.model.LimeSurveyHeadings.code(name);
        if (ID_COLUMNS.contains(lower) || ID_COLUMNS.contains(limeCode)) {
            type = QuestionType.ID;
            reason = Message.of("inference.id.name");
        } else if (fr.enquete.privacy.PersonalData.isIdentifyingColumn(name, prof.contactLike > 0 || prof.filled == 0)) {
            type = QuestionType.ID;
            reason = Message.of("inference.id.personal");
        } else if ((codes = SpaceJoinedCodes.in(prof)).isPresent()) {
            // Before the phones: five two-digit codes ("02 59 60 62 80") read as a phone number.
            type = QuestionType.MULTIPLE;
            separator = " ";
            choices = codes.get();
            reason = Message.of("inference.multiple.spaces", (long) choices.size());
        } else if (prof.contacts * 2 > prof.filled) {
            type = QuestionType.ID;
            reason = Message.of("inference.id.contacts", (long) prof.contacts, (long) prof.filled);
        } else if (prof.filled > 0 && prof.json == prof.filled) {
            type = QuestionType.ID;
            reason = Message.of("inference.id.json", (long) prof.filled);
        } else if (prof.filled == 0) {
            type = QuestionType.ID;
            reason = Message.of("inference.id.empty");
        } else if (prof.numbersRows()) {
            type = QuestionType.ID;
            reason = Message.of("inference.id.rows", prof.smallestInteger(), prof.largestInteger());
        } else if (prof.numbers == prof.filled && LimeSurveyTimings.is(name, header.names())) {
            // LimeSurvey's "Save timings": seconds spent in the survey, a group or a question.
            type = QuestionType.DURATION;
            unit = java.time.temporal.ChronoUnit.SECONDS;
            reason = Message.of("inference.duration.seconds", (long) prof.numbers);
        } else if (prof.durations == prof.filled && (prof.times < prof.filled || DURATION_NAME.matcher(lower).find())) {
            // Before the times of day: "26:30" or "45 min" is no clock time, nor is "1:30" under "Durée" or "Temps passé".
            type = QuestionType.DURATION;
            reason = Message.of("inference.duration", (long) prof.durations, prof.times < prof.filled
                    ? Message.of("inference.duration.clockless", (long) (prof.filled - prof.times)) : Message.of("inference.duration.named"));
        } else if (prof.times == prof.filled) {
            // Before the codes: all different, "14:30" would read as an identifier, or as a word's frequencies.
            type = QuestionType.TIME;
            reason = Message.of("inference.time", (long) prof.times);
        } else if (prof.filled >= 10 && prof.codeLike == prof.filled && prof.dates == 0
                && (prof.tooManyDistinct || distinct == prof.filled)) {
            type = QuestionType.ID;
            reason = Message.of("inference.id.codes", (long) prof.filled);
        } else if (prof.filled > 0 && prof.undated == prof.filled) {
            type = QuestionType.ID;
            reason = Message.of("inference.id.undated", (long) prof.filled);
        } else if ((DATE_COLUMNS.contains(lower) || DATE_COLUMNS.contains(limeCode)) && prof.dates == 0) {
            // Named as a date, yet no cell reads as one: a date question would stop `stats` at its first cell.
            type = QuestionType.ID;
            reason = Message.of("inference.id.undatable", (long) prof.filled,
                    abbreviated(prof.distinct.keySet().stream().findFirst().orElse("")));
        } else if (DATE_COLUMNS.contains(lower) || DATE_COLUMNS.contains(limeCode) || (prof.filled > 0 && prof.dates == prof.filled && !prof.dateOrder.mixed())) {
            type = QuestionType.DATE;
            reason = Message.of("inference.date", (long) prof.dates, (long) prof.filled,
                    prof.dates == 0 ? Message.plain("") : Message.of("inference.date.order", prof.dateOrder.explain(
                            fr.enquete.model.DateOrder.defaultFor(header), fr.enquete.model.DateOrder.defaultReason(header))),
                    prof.undated == 0 ? Message.plain("") : Message.of("inference.date.undated", (long) prof.undated));
        } else if (prof.numbers == prof.filled && !prof.leadingZero
                && !(prof.integers == prof.filled && !prof.tooManyDistinct && distinct <= 7 && prof.filled >= 3L * distinct)) {
            if (prof.yearLike == prof.filled && YEAR_NAME.matcher(lower).find()) {
                type = QuestionType.YEAR;
                reason = Message.of("inference.year", (long) prof.numbers);
            } else {
                type = QuestionType.NUMERIC;
                reason = Message.of("inference.numeric", (long) prof.numbers,
                        prof.tooManyDistinct ? Message.plain("") : Message.of("inference.numeric.distinct", (long) distinct));
            }
        } else if (!prof.tooManyDistinct && distinct <= MAX_CHOICES && fr.enquete.model.ScaleVocabulary.match(prof.distinct.keySet()).isPresent()) {
            type = QuestionType.SCALE;
            choices = fr.enquete.model.ScaleVocabulary.match(prof.distinct.keySet()).get();
            reason = Message.of("inference.scale");
        } else if ((joined = joinedChoices(prof)).isPresent()) {
            type = QuestionType.MULTIPLE;
            separator = joined.get().getKey();
            choices = joined.get().getValue();
            reason = Message.of("inference.multiple.joined", (long) choices.size(), separator);
        } else if (!prof.tooManyDistinct && distinct <= MAX_CHOICES && prof.maxLength <= 150
                && (distinct * 2L <= prof.filled || distinct <= 2)) {
            if (peopleOnly(prof.distinct.keySet())) {
                // A column of people's names under a neutral heading ("Suivi par"): its table would be "[personne 1]",
                // "[personne 2]"... once masked, nothing a reader can use, the names themselves never publishable.
                type = QuestionType.ID;
                reason = Message.of("inference.id.people", (long) distinct);
            } else {
                type = QuestionType.SINGLE;
                choices = singleOrder(prof);
                reason = Message.of("inference.single", (long) distinct, (long) prof.filled);
            }
        } else {
            type = QuestionType.TEXT;
            reason = prof.tooManyDistinct ? Message.of("inference.text.many", (long) prof.filled)
                    : Message.of("inference.text", (long) distinct, (long) prof.filled);
        }
        if (prof.numbers > 0 && prof.numbers < prof.filled && prof.numbers * 10 >= prof.filled * 9L) {
            reason = doubtful(reason, Optional.of(Message.of("inference.doubtful.numbers", (long) (prof.filled - prof.numbers),
                    (long) prof.filled, type.code())));
        }
        if (type == QuestionType.SINGLE || type == QuestionType.SCALE) {
            reason = doubtful(reason, typos(prof));
        }
        if (type == QuestionType.SINGLE || type == QuestionType.SCALE || type == QuestionType.TEXT) {
            reason = doubtful(reason, wrongCharset(prof));
        }
        if (type == QuestionType.ID && !prof.tooManyDistinct && prof.filled > 0
                && (lower.equals("id") || lower.equals("_id") || lower.equals("respondent id") || lower.equals("response id"))) {
            long repeated = prof.distinct.values().stream().filter(n -> n > 1).count();
            if (repeated > 0) {
                reason = doubtful(reason, Optional.of(Message.of("inference.doubtful.duplicates", repeated)));
            }
        }
        reasons.put(name, reason);
        return Question.builder(name, type).label(label(name)).column(name).choices(choices).separator(separator)
                .choicesFromAnswers(type == QuestionType.SINGLE || type == QuestionType.MULTIPLE).unit(unit).build();
    }

    /**
     * " (doubtful: ...)" when answers show text a spreadsheet decoded with the wrong character set ("TrÃ¨s" for
     * "Très"), with how many of the distinct answers do.
     */
    private static Optional<Message> wrongCharset(ColumnProfile prof) {
        String example = null;
        String original = null;
        int found = 0;
        for (String answer : prof.distinct.keySet()) {
            String was = WrongCharset.original(answer);
            if (was != null) {
                found++;
                if (example == null) {
                    example = answer;
                    original = was;
                }
            }
        }
        return found == 0 ? Optional.empty() : Optional.of(Message.of("inference.doubtful.charset", (long) found, example, original));
    }

    /** " (doubtful: ...)" for answers seen once that look like a typo of a frequent one ("Oiu" for "Oui"). */
    private static Optional<Message> typos(ColumnProfile prof) {
        List<Message> doubts = new ArrayList<>();
        for (Map.Entry<String, Long> rare : prof.distinct.entrySet()) {
            // Codes and numbers ("59", "62") are not typos of each other.
            if (rare.getValue() != 1 || rare.getKey().length() < 3 || rare.getKey().matches("[\\d\\s.,+-]+")) {
                continue;
            }
            for (Map.Entry<String, Long> common : prof.distinct.entrySet()) {
                if (common.getValue() >= 3 && !common.getKey().equals(rare.getKey())
                        && TypoSuspect.likelyTypo(rare.getKey(), common.getKey())) {
                    doubts.add(Message.of("inference.doubtful.typo", rare.getKey(), common.getKey()));
                    break;
                }
            }
        }
        return doubts.isEmpty() ? Optional.empty() : Optional.of(Message.of("plain", new Message.Listed(doubts, false)));
    }

    /** {@code reason} followed by " (doubtful: ...)" when there is a doubt. */
    private static Message doubtful(Message reason, Optional<Message> doubt) {
        return doubt.map(d -> Message.of("inference.doubtful", reason, d)).orElse(reason);
    }

    /** Two reasons for one question, one after the other ("...; filter inferred ..."). */
    private static Message joined(Message first, Message then) {
        return Message.of("inference.joined", first, then);
    }

    /** The label of an inferred question: a KoboToolbox path {@code group/question} shows as its last part. */
    private static String label(String name) {
        String[] parts = path(name);
        return parts != null ? parts[1] : name;
    }

    /**
     * A multiple-choice column whose ticked choices are joined in one cell ("Santé;Emploi;" by Microsoft
     * Forms, "Santé, Emploi" by Google Forms): the separator and the choices, by decreasing count, when
     * the parts recombine (a part appears in several different cells) and repeat (most part occurrences
     * belong to parts seen at least twice), form a closed set (at least half of them are also whole answers,
     * ticked alone) and cells hold several (some cell has three, or a part moves from one place to another).
     * A single-choice label that merely holds a comma ("Oui, tout à fait") fails these, and free text rarely repeats.
     */
    private static Optional<Map.Entry<String, List<String>>> joinedChoices(ColumnProfile prof) {
        if (prof.tooManyDistinct || prof.distinct.size() < 2) {
            return Optional.empty();
        }
        for (String sep : List.of(";", ", ")) {
            Map<String, Long> partCount = new LinkedHashMap<>();
            Map<String, Integer> partCells = new HashMap<>();
            Map<String, Set<Integer>> positions = new HashMap<>();
            Set<String> alone = new HashSet<>();
            long cellsWithSep = 0;
            int maxParts = 0;
            for (Map.Entry<String, Long> cell : prof.distinct.entrySet()) {
                if (cell.getKey().contains(sep)) {
                    cellsWithSep += cell.getValue();
                }
                Set<String> seen = new HashSet<>();
                int position = 0;
                for (String part : cell.getKey().split(java.util.regex.Pattern.quote(sep))) {
                    String p = part.strip();
                    if (!p.isEmpty() && seen.add(p)) {
                        partCount.merge(p, cell.getValue(), Long::sum);
                        partCells.merge(p, 1, Integer::sum);
                        positions.computeIfAbsent(p, k -> new HashSet<>()).add(position++);
                    }
                }
                maxParts = Math.max(maxParts, seen.size());
                if (seen.size() == 1) {
                    alone.addAll(seen);
                }
            }
            // "Yes, definitely" / "Yes, probably" / "No, not at all": every cell holds two pieces, each always in
            // its place, and the pieces are never an answer alone; ticked choices of a closed set are, and move.
            boolean closedSet = alone.size() * 2 >= partCount.size();
            boolean several = maxParts >= 3 || positions.values().stream().anyMatch(ps -> ps.size() > 1);
            long occurrences = partCount.values().stream().mapToLong(Long::longValue).sum();
            long repeated = partCount.values().stream().filter(n -> n >= 2).mapToLong(Long::longValue).sum();
            boolean recombine = partCells.values().stream().anyMatch(n -> n >= 2);
            if (cellsWithSep >= 2 && recombine && closedSet && several && partCount.size() <= MAX_CHOICES && repeated * 10 >= occurrences * 8
                    && partCount.keySet().stream().allMatch(p -> p.length() <= 150)) {
                List<String> choices = new ArrayList<>(partCount.keySet());
                choices.sort(Comparator.comparingLong((String c) -> partCount.get(c)).reversed());
                return Optional.of(Map.entry(sep, choices));
            }
        }
        return Optional.empty();
    }

    /**
     * Codes in numeric order; yes/no with yes first; otherwise by decreasing count (ties in order of first
     * appearance), the order of most published tables when the questionnaire's own order is unknown.
     */
    /** One of the masking's placeholders for a person ({@link fr.enquete.privacy.PersonalData#PLACEHOLDER}'s first form). */
    private static final Pattern ONE_PERSON = Pattern.compile("\\[(?:personne|person) \\d+\\]");

    /**
     * Whether every answer, two different ones at least, is a person's name and nothing else: each masked whole into one
     * placeholder ("Nadia Haddad" into "[personne 1]"). An answer naming a role as well ("Coordinatrice Nadia Haddad")
     * is not, nor is a single name: such columns stay choices, their names masked.
     */
    static boolean peopleOnly(java.util.Collection<String> answers) {
        if (answers.size() < 2) {
            return false;
        }
        fr.enquete.privacy.Pseudonymiser masker = new fr.enquete.privacy.Pseudonymiser(true, List.of(), java.util.Set.of());
        for (String answer : answers) {
            if (!ONE_PERSON.matcher(masker.mask(answer.strip())).matches()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> singleOrder(ColumnProfile prof) {
        List<String> values = new ArrayList<>(prof.distinct.keySet());
        if (prof.numbers == prof.filled) {
            values.sort(Comparator.comparingDouble(CellValues::parseNumber));
            return values;
        }
        for (List<String> yesNo : YES_NO) {
            if (values.size() <= yesNo.size() && yesNo.containsAll(values)) {
                return yesNo.stream().filter(values::contains).toList();
            }
        }
        values.sort(Comparator.comparingLong((String v) -> prof.distinct.get(v)).reversed());
        return ordered(values);
    }

    /**
     * A number in an answer, the first: "1 – Pas du tout", "81-100%", "Entre 25 et 100", "+ de 100", and a number
     * written in groups of three ("1 000 à 4 999 €", SurveyMonkey's "1,001-10,000"), whose separator is no decimal
     * point: read as 1.001, "1,001-10,000" came before "2-50".
     */
    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d{1,3}(?:[ ,.\u00A0\u202F]\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?)");
    /** Answers that say none of what the others count ("Aucun", "Jamais", "Pas d'enfant", "None"): before them. */
    private static final Pattern NONE = Pattern.compile("^(?:(?:aucune?|none|no|non|z[ée]ro|jamais|never|sans)(?:\\s|$|[,.])|pas d(?:e\\s|['’]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Openings that put an answer before the others of its number ("Moins de 25" before "Entre 25 et 100"). */
    private static final Pattern BELOW = Pattern.compile("^(moins|less|under|inf|avant|before|<|jusqu)", Pattern.CASE_INSENSITIVE);
    /** Openings that put it after them ("Plus de 100", "+ de 100", "100 et plus"). */
    private static final Pattern ABOVE = Pattern.compile("^(plus|more|over|sup|après|after|>|\\+)|(et plus|et \\+|and over|or more|\\+)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Answers that each hold a number (classes, grades, ranges: "1 – Extremely critical", "81-100%", "18-25 ans",
     * "Moins de 25 demandes") in the order of their numbers, "Moins de" before and "Plus de" after the others of the
     * same number; other answers as given (by decreasing count). In both, "Autre" ("Other", "Autre (précisez)") and
     * then "don't know" or refusals ("NoAnswer") come last. By count, an init spec listed "1 – | 3 – | 2 – | 4 | 5" and
     * "81-100% | 61-80% | 1-20%" (SurveyMonkey's real export), and KoboToolbox's "other" and "NoAnswer" among the others.
     */
    static List<String> ordered(List<String> byCount) {
        List<String> asides = byCount.stream().filter(fr.enquete.model.ScaleVocabulary::isAside).toList();
        // "Autre" after the answers it completes, before "don't know", as published tables list it.
        List<String> others = byCount.stream().filter(v -> !asides.contains(v) && fr.enquete.model.OtherAnswers.looksLikeOther(v)).toList();
        List<String> graded = byCount.stream().filter(v -> !asides.contains(v) && !others.contains(v)).toList();
        List<String> numbered = graded.stream().filter(v -> FIRST_NUMBER.matcher(v).find()).toList();
        List<String> none = graded.stream().filter(v -> !numbered.contains(v) && NONE.matcher(v.strip()).find()).toList();
        List<String> rest = graded.stream().filter(v -> !numbered.contains(v) && !none.contains(v)).toList();
        // One answer outside the numbers ("Self-employed or not working" among company sizes) goes after them; more
        // than one, and the answers are no ranges.
        List<String> out = new ArrayList<>();
        if (numbered.size() < 2 || rest.size() > 1) {
            out.addAll(graded);
        } else {
            List<String> sorted = new ArrayList<>(numbered);
            sorted.sort(Comparator.comparingDouble(SchemaInference::firstNumber)
                    .thenComparingInt(v -> BELOW.matcher(v.strip()).find() ? -1 : ABOVE.matcher(v.strip()).find() ? 1 : 0));
            out.addAll(none);
            out.addAll(sorted);
            out.addAll(rest);
        }
        out.addAll(others);
        out.addAll(asides);
        return out;
    }

    /** The first number of an answer that holds one ({@link #FIRST_NUMBER}). */
    private static double firstNumber(String v) {
        Matcher m = FIRST_NUMBER.matcher(v);
        m.find();
        String n = m.group(1);
        // Groups of three: every separator goes. Otherwise a decimal comma or point.
        return Double.parseDouble(n.matches("\\d{1,3}([ ,.\u00A0\u202F]\\d{3})+")
                ? n.replaceAll("[ ,.\u00A0\u202F]", "") : n.replace(',', '.'));
    }

    private static final class Profiler implements TableHandler {
        Header header;
        ColumnProfile[] profiles;
        FilterInference.Cells cells;
        long rows;
        /** The rows the reader left out as no respondent's, each a message. */
        final List<Message> leftOut = new ArrayList<>();
        /** KoboToolbox's sub-columns named by labels ({@link #labelPaths}), found once the header is known. */
        final Map<String, String[]> labelPaths = new HashMap<>();

        /** The question and option a column name gives ({@link #subColumn}, or a KoboToolbox label path), or null. */
        String[] sub(String name) {
            String[] sub = subColumn(name);
            return sub != null ? sub : labelPaths.get(name);
        }
        /** The export's name: its dates' evidence depends on whether it is a workbook. */
        private final String file;

        Profiler(String file) {
            this.file = file;
        }

        @Override
        public void header(Header h) {
            header = h;
            cells = new FilterInference.Cells(h.size());
            profiles = new ColumnProfile[h.size()];
            for (int i = 0; i < h.size(); i++) {
                profiles[i] = new ColumnProfile(h.names().get(i));
                profiles[i].dateOrder.fromFile(file);
            }
        }

        @Override
        public void leftOut(Row row, fr.enquete.model.Message why) {
            leftOut.add(Message.of("inference.row.left", String.valueOf(row.number()), why));
        }

        @Override
        public void row(Row row) {
            rows++;
            for (int i = 0; i < profiles.length; i++) {
                profiles[i].add(row.get(i), row.number());
            }
            cells.add(row);
        }
    }
}
