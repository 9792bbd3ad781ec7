package fr.enquete.report;

import fr.enquete.model.Filter;
import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.NumericSummary;
import fr.enquete.stats.QuestionResult;
import java.text.MessageFormat;
import fr.enquete.report.ResultTable.Cell;
import fr.enquete.report.ResultTable.Kind;
import java.util.List;

/** Words and formats question results as {@link ResultTable}s, in one language. */
public final class ResultTables {

    private final Lang lang;
    private final Labels labels;
    private final NumberFormats numbers;

    public ResultTables(Lang lang) {
        this.lang = lang;
        this.labels = new Labels(lang);
        this.numbers = new NumberFormats(lang);
    }

    public Lang lang() {
        return lang;
    }

    public Labels labels() {
        return labels;
    }

    public NumberFormats numbers() {
        return numbers;
    }

    /** The table of a result; empty for free text and identifiers, which have none. */
    public ResultTable table(QuestionResult result) {
        return table(result, null, 0, 0, false);
    }

    /** The table of a result within its survey's result: intervals, secrecy and weights as the survey's. */
    public ResultTable table(QuestionResult result, fr.enquete.stats.SurveyResult survey) {
        return table(result, survey.precision(), survey.respondents(), survey.secret(), survey.weighted());
    }

    /**
     * With, when {@code precision} is given, each percentage's interval ("IC 95 %") over {@code respondents}; with
     * {@code weighted}, the weighted counts beside the respondents' (percentages are then weighted).
     */
    public ResultTable table(QuestionResult result, fr.enquete.stats.Precision precision, long respondents, int secret, boolean weighted) {
        if (result instanceof QuestionResult.Choices c) {
            List<String> header = new java.util.ArrayList<>(List.of(labels.get("answer"), labels.get("count")));
            List<Kind> kinds = new java.util.ArrayList<>(List.of(Kind.TEXT, Kind.INTEGER));
            if (weighted) {
                header.add(labels.get("count.weighted"));
                kinds.add(Kind.DECIMAL);
            }
            header.add(labels.get(weighted ? "percent.weighted" : "percent"));
            kinds.add(Kind.PERCENT);
            if (precision != null) {
                header.add(MessageFormat.format(labels.get("ci"), numbers.decimal(precision.confidence() * 100)));
                kinds.add(Kind.INTERVAL);
            }
            ResultTable.Builder t = new ResultTable.Builder(header, kinds);
            for (ChoiceRow r : c.rows()) {
                List<Cell> cells = new java.util.ArrayList<>(List.of(Cell.text(choiceLabel(r))));
                if (r.masked()) {
                    // Statistical secrecy: "< 5" rather than the count, and nothing derived from it.
                    cells.add(Cell.text(r.grouped() > 0 ? MessageFormat.format(labels.get("secret.each"), String.valueOf(secret))
                            : maskedCount(r.count(), secret)));
                    if (weighted) {
                        cells.add(Cell.text("–"));
                    }
                    cells.add(Cell.text("–"));
                } else {
                    cells.add(integer(r.count()));
                    if (weighted) {
                        cells.add(new Cell(numbers.fixed(r.weighted(), 2, false), NumberFormats.round2(r.weighted())));
                    }
                    cells.add(percent(r.percent()));
                }
                if (precision != null) {
                    fr.enquete.stats.Interval ci = c.interval(r, precision, respondents);
                    cells.add(Cell.text(r.masked() || !ci.defined() ? "–" : numbers.interval(ci)));
                }
                t.row(cells, r.masked() ? Double.NaN : r.percent(), r.missing());
            }
            return t.build();
        }
        ResultTable.Builder t = new ResultTable.Builder(List.of(labels.get("statistic"), labels.get("value")),
                List.of(Kind.TEXT, Kind.DECIMAL));
        if (result instanceof QuestionResult.Numeric n && n.question().type() == fr.enquete.model.QuestionType.YEAR) {
            // Years are dates, not quantities: no sum, mean or thousands separator (1991, not 1 991).
            NumericSummary s = n.summary();
            stat(t, "stat.count", integer(s.count()), false);
            stat(t, "stat.firstyear", year(s.min()), false);
            stat(t, "stat.medianyear", year(s.median()), false);
            stat(t, "stat.lastyear", year(s.max()), false);
            stat(t, "stat.missing", integer(n.base() - s.count()), true);
            return t.build();
        }
        if (result instanceof QuestionResult.Numeric n) {
            fr.enquete.model.QuestionType type = n.question().type();
            // Times of day: no sum nor standard deviation, each figure a time (14:30), not minutes. Durations in hours
            // and minutes (1 h 25), summed and spread as durations.
            boolean time = type == fr.enquete.model.QuestionType.TIME;
            java.util.function.DoubleFunction<Cell> figure = time ? ResultTables::time
                    : type == fr.enquete.model.QuestionType.DURATION ? this::durationCell : this::decimal;
            NumericSummary s = n.summary();
            stat(t, "stat.count", integer(s.count()), false);
            if (weighted && !time) {
                stat(t, "stat.weight", decimal(s.weight()), false);
            }
            if (!time) {
                stat(t, "stat.sum", s.count() == 0 ? Cell.text("–") : figure.apply(s.sum()), false);
            }
            stat(t, "stat.mean", figure.apply(s.mean()), false);
            if (!time) {
                stat(t, "stat.stddev", figure.apply(s.stddev()), false);
            }
            stat(t, "stat.min", figure.apply(s.min()), false);
            stat(t, "stat.q1", figure.apply(s.q1()), false);
            stat(t, "stat.median", figure.apply(s.median()), false);
            stat(t, "stat.q3", figure.apply(s.q3()), false);
            stat(t, "stat.max", figure.apply(s.max()), false);
            stat(t, "stat.missing", integer(n.base() - s.count()), true);
            return t.build();
        }
        if (result instanceof QuestionResult.Dates d) {
            stat(t, "stat.count", integer(d.count()), false);
            List<String> ends = d.first() == null ? List.of("–", "–") : DateFormats.text(List.of(d.first(), d.last()), lang);
            stat(t, "stat.first", Cell.text(ends.get(0)), false);
            stat(t, "stat.last", Cell.text(ends.get(1)), false);
            stat(t, "stat.missing", integer(d.base() - d.count()), true);
            return t.build();
        }
        return ResultTable.empty();
    }

    /** The line that sums up a scale ("Score moyen : 2,97 sur 4 ..."), or empty for other questions. */
    public String scaleLine(QuestionResult result) {
        fr.enquete.stats.ScaleScore s = result instanceof QuestionResult.Choices c ? c.scale() : null;
        if (s == null || s.answered() == 0) {
            return "";
        }
        List<fr.enquete.stats.ScaleScore.Scored> c = s.coding();
        List<String> top = new java.util.ArrayList<>();
        List<String> bottom = new java.util.ArrayList<>();
        for (int i = 0; i < s.box(); i++) {
            top.add(quoted(c.get(i).choice()));
            bottom.add(quoted(c.get(c.size() - 1 - i).choice()));
        }
        // The boxes name their choices and the line its base with what it leaves out, so that a reader can tell
        // them from the chart's and the table's shares, which are of every respondent.
        return MessageFormat.format(labels.get("scale.line"), numbers.fixed(s.mean(), 2, false), c.get(0).score(),
                String.join(labels.get("scale.or"), top), String.join(labels.get("scale.or"), bottom), numbers.percent(s.top2()),
                numbers.percent(s.bottom2()), numbers.fixed(s.net(), 2, true), s.answered(), numbers.integer(s.answered()),
                leftOut((QuestionResult.Choices) result), c.get(0).choice(), c.get(c.size() - 1).choice());
    }

    /** " (hors 8 « Je ne peux pas me prononcer » et 6 non-réponses)": the answers a scale's figures leave out. */
    private String leftOut(QuestionResult.Choices c) {
        List<String> parts = new java.util.ArrayList<>();
        long missing = 0;
        for (ChoiceRow r : c.rows()) {
            if (r.missing()) {
                missing += r.count();
            } else if ((!r.listed() || fr.enquete.model.ScaleVocabulary.isAside(r.label())) && r.count() > 0) {
                parts.add(MessageFormat.format(labels.get("scale.aside.choice"), numbers.integer(r.count()), quoted(r.label())));
            }
        }
        if (missing > 0) {
            parts.add(MessageFormat.format(labels.get("scale.aside.missing"), missing, numbers.integer(missing)));
        }
        if (parts.isEmpty()) {
            return "";
        }
        String last = parts.remove(parts.size() - 1);
        String all = parts.isEmpty() ? last : String.join(", ", parts) + labels.get("scale.and") + last;
        return MessageFormat.format(labels.get("scale.aside"), all);
    }

    /** A choice quoted in the report's language: « Fortement », “Strongly”. */
    private String quoted(String choice) {
        return lang == Lang.FR ? Guillemets.around(choice) : "\u201C" + choice + "\u201D";
    }

    /**
     * What a masked count prints: "&lt; 5" for a count that is itself below the threshold, "s" (secret) for one
     * masked only so that the others cannot be recomputed by difference (it is not below the threshold: saying
     * "&lt; 5" would be false).
     */
    public static String maskedCount(long count, int secret) {
        return count < secret ? "< " + secret : "s";
    }

    /** A choice's label as shown: "Sans réponse" for the missing row, grouped answers counted, unlisted answers marked. */
    public String choiceLabel(ChoiceRow r) {
        return r.missing() || r.grouped() > 0 || r.listed() ? labels.choice(r) : r.label() + " (" + labels.get("unlisted") + ")";
    }

    Cell integer(long n) {
        return new Cell(numbers.integer(n), n);
    }

    Cell percent(double p) {
        return new Cell(numbers.percent(p), NumberFormats.round2(p));
    }

    /** A year as a number (a spreadsheet computes with it), printed without a thousands separator: 1956, 1992,5. */
    private Cell year(double y) {
        return Double.isNaN(y) ? Cell.text("–") : new Cell(numbers.year(y), y);
    }

    /**
     * A duration from its minutes: under an hour, to the second ("4 min 47 s", "45 min", "38 s"), since a short
     * duration (an interview's 287 s, a question's 17 s) read to the minute says little; from an hour, rounded to the
     * minute (half up): "1 h 25", "26 h 30", "1 250 h" in French, "1 h 25 min" in English; "–" for NaN.
     */
    public String duration(double minutes) {
        if (Double.isNaN(minutes) || Double.isInfinite(minutes)) {
            return "–";
        }
        long seconds = Math.round(minutes * 60);
        if (seconds < 3600) {
            long m = seconds / 60;
            long sec = seconds % 60;
            return sec == 0 ? MessageFormat.format(labels.get("duration.minutes"), String.valueOf(m))
                    : m == 0 ? MessageFormat.format(labels.get("duration.seconds"), String.valueOf(sec))
                    : MessageFormat.format(labels.get("duration.minutes.seconds"), String.valueOf(m), String.valueOf(sec));
        }
        long m = Math.round(minutes);
        long h = m / 60;
        long rest = m % 60;
        return rest == 0 ? MessageFormat.format(labels.get("duration.hours"), numbers.integer(h))
                : MessageFormat.format(labels.get("duration.hours.minutes"), numbers.integer(h), String.format(java.util.Locale.ROOT, "%02d", rest));
    }

    /** As text, as a time of day is: a workbook would otherwise write the minutes as the cell's number. */
    private Cell durationCell(double minutes) {
        return Cell.text(duration(minutes));
    }

    /** A time of day from its minutes since midnight: 14:30. */
    private static Cell time(double minutes) {
        return Cell.text(fr.enquete.model.TimeOfDay.format(minutes));
    }

    Cell decimal(double d) {
        return new Cell(numbers.decimal(d), NumberFormats.round2(d));
    }

    /**
     * The note under the table of a question added to the questionnaire after the first respondents answered
     * ({@code question.late} among the diagnostics), saying how many of them its "Sans réponse" counts and the share
     * answering since; "" for any other question.
     */
    public String lateNote(QuestionResult result, fr.enquete.stats.SurveyResult survey) {
        for (fr.enquete.stats.Diagnostic d : survey.diagnostics()) {
            java.util.List<Object> a = d.message().args();
            String key = d.message().key();
            if ((key.equals("question.late") || key.equals("question.late.bydate")) && a.get(0).equals(result.question().id())) {
                long earlier = ((Number) a.get(3)).longValue();
                long answered = ((Number) a.get(4)).longValue();
                long from = ((Number) a.get(5)).longValue();
                fr.enquete.model.Message date = (fr.enquete.model.Message) a.get(2);
                String when = date.key().equals("question.late.date") ? " (" + date.args().get(0) + " " + date.args().get(1) + ")" : "";
                String note = MessageFormat.format(labels.get(key + ".note"), numbers.integer(earlier), Long.toString((long) ((fr.enquete.model.Message.Figure) a.get(1)).value()),
                        when, numbers.integer(answered), numbers.integer(from), numbers.percent(100.0 * answered / from), earlier);
                return key.equals("question.late.bydate") ? note + undatedSentence(a) : note;
            }
        }
        return "";
    }

    /**
     * " Lignes prises dans l’ordre de submitdate, non celui du fichier ; 1 répondant sans submitdate placé selon son
     * datestamp.": the finding's count of respondents without a submission date (placed by another date, or left out
     * of the order), which the figures above depend on; "" when every respondent had one.
     */
    private String undatedSentence(java.util.List<Object> finding) {
        String placed = ((fr.enquete.model.Message) finding.get(7)).text(lang.locale());
        String leftOut = ((fr.enquete.model.Message) finding.get(8)).text(lang.locale());
        if (placed.isEmpty() && leftOut.isEmpty()) {
            return "";
        }
        return " " + MessageFormat.format(labels.get("question.late.bydate.order"), finding.get(6), placed, leftOut);
    }

    /** The line that says who the percentages are about: "Base : 75 répondants concernés (filtre : ...)". */
    public String baseLine(QuestionResult result) {
        return baseLine(result, false);
    }

    /**
     * "Base : l'ensemble des 91 répondants" ("Base : 91 tous les répondants" read awkwardly), or "Base : 75 répondants
     * concernés (filtre : ...)"; with {@code weighted}, the base's weight too ("(poids : 238)").
     */
    public String baseLine(QuestionResult result, boolean weighted) {
        return baseLine(result, weighted, result.question().filter().expression());
    }

    /**
     * The base line of a report, its filter worded by the questions' labels ({@link FilterWording}): "(filtre :
     * « La promotion de la santé » cochée)" rather than the spec's "actions[SQ001] = Y".
     */
    public String baseLine(QuestionResult result, fr.enquete.stats.SurveyResult survey) {
        Filter f = result.question().filter();
        String worded = f.expression().isEmpty() ? "" : new FilterWording(survey.questions().stream().map(QuestionResult::question).toList(), lang).of(f);
        return baseLine(result, survey.weighted(), worded);
    }

    private String baseLine(QuestionResult result, boolean weighted, String filter) {
        // A withheld "Autre" text asked of those who chose "Autre": its base is the masked count ("s", as a crossing's).
        String n = result instanceof QuestionResult.Text t && t.baseWithheld() ? "s" : numbers.integer(result.base());
        String who = filter.isEmpty() ? MessageFormat.format(labels.get("base.all"), n, result.base()) : MessageFormat.format(labels.get("base.filtered"), n, filter, result.base());
        String weight = weighted && result instanceof QuestionResult.Choices c
                ? " " + MessageFormat.format(labels.get("base.weight"), numbers.decimal(c.weightedBase())) : "";
        return labels.get("base") + labels.get("colon") + who + weight;
    }

    /**
     * A stratum's response rate ("Nord : 38,16 % (58 sur 152)"); a stratum masked by statistical secrecy gives its
     * population alone, since its rate and respondents give each other back.
     */
    public String rateLine(fr.enquete.stats.ResponseRates.Rate rate) {
        return rate.masked()
                ? java.text.MessageFormat.format(labels.get("rate.masked"), rate.stratum(), numbers.integer(rate.population()))
                : java.text.MessageFormat.format(labels.get("rate.stratum"), rate.stratum(), numbers.percent(rate.rate()),
                        numbers.integer(rate.respondents()), numbers.integer(rate.population()));
    }

    /**
     * The response rate with the population ("Taux de participation : 38,24 % (population : 238)"); for a group's tables
     * ({@code stats --by}), whose rate is unknown, the population its intervals estimate ("Population du groupe estimée à
     * 151,69 (238 × 58 / 91 répondants)..."); empty without a population.
     */
    public String responseRateLine(fr.enquete.stats.SurveyResult survey) {
        fr.enquete.stats.Precision p = survey.precision();
        if (p == null || p.population() == 0 && p.strata() == null) {
            return "";
        }
        long n = survey.respondents();
        if (p.strata() != null) {
            double population = p.groupPopulation(n);
            if (p.strata().secretStratum().isPresent()) {
                return MessageFormat.format(labels.get("response.rate.group.secret"), p.strata().stratum(), String.valueOf(p.strata().secret()));
            }
            return Double.isNaN(population) ? MessageFormat.format(labels.get("response.rate.group.undefined"), p.strata().stratum())
                    : MessageFormat.format(labels.get("response.rate.group.strata"), numbers.decimal(population), p.strata().stratum());
        }
        if (p.group()) {
            return MessageFormat.format(labels.get("response.rate.group"), numbers.decimal(p.estimatedPopulation(n, n)),
                    numbers.integer(p.population()), numbers.integer(n), numbers.integer(p.surveyRespondents()));
        }
        return MessageFormat.format(labels.get("response.rate"), numbers.percent(p.responseRate(n)), numbers.integer(p.population()));
    }

    /**
     * The line that says how the figures are weighted ("Résultats pondérés par calage sur territoire ..."), or
     * empty without weights. Counts stay numbers of respondents; percentages, means and quartiles are weighted.
     */
    public String weightsLine(fr.enquete.stats.SurveyResult survey) {
        fr.enquete.stats.WeightSummary w = survey.weights();
        if (w == null) {
            return "";
        }
        fr.enquete.weight.Weights.Method m = w.method();
        String how = m.column() != null ? MessageFormat.format(labels.get("weights.column"), m.column())
                : m.distance() != null ? MessageFormat.format(labels.get("weights.calibration." + m.distance().code()),
                        String.join(", ", m.questions()), m.iterations(), numbers.decimal(m.lower()), numbers.decimal(m.upper()))
                : MessageFormat.format(labels.get("weights.raking"), String.join(", ", m.questions()), m.iterations());
        return how + labels.get("colon") + MessageFormat.format(labels.get("weights.summary"), numbers.integer(w.respondents()),
                numbers.decimal(w.min()), numbers.decimal(w.max()), numbers.decimal(w.total()), numbers.decimal(w.effective()),
                numbers.fixed(w.cv(), 3, false));
    }

    public String textCount(QuestionResult.Text t) {
        if (t.withheld()) {
            return labels.get("secret.text");
        }
        return MessageFormat.format(labels.get("text.count"), numbers.integer(t.answers().size()), numbers.integer(t.base()), t.answers().size());
    }

    private void stat(ResultTable.Builder t, String key, Cell value, boolean missingRow) {
        t.row(List.of(Cell.text(labels.get(key)), value), Double.NaN, missingRow);
    }
}
