package fr.enquete.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import fr.enquete.model.Question;
import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.Diagnostic;
import fr.enquete.stats.NumericSummary;
import fr.enquete.stats.Precision;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import fr.enquete.text.RepeatedSegments;
import fr.enquete.text.TermTable;

/**
 * The JSON contract of {@code enquete stats --format json} (documented in the README): percentages,
 * means and quantiles rounded half-up to two decimals; whole numbers written without decimals; NaN
 * (nothing to compute) written as null. Keys always come in the same order.
 */
public final class JsonStatsWriter {


    private final Labels labels;
    private final boolean verbatims;

    /**
     * @param verbatims whether to include the free-text answers themselves (they may hold personal data)
     */
    public JsonStatsWriter(Lang lang, boolean verbatims) {
        this.labels = new Labels(lang);
        this.verbatims = verbatims;
    }

    public void write(SurveyResult result, OutputStream out) throws IOException {
        write(result, Map.of(), out);
    }

    /** With the term tables of text questions (question id to table), as {@code "terms"}. */
    public void write(SurveyResult result, Map<String, TermTable> terms, OutputStream out) throws IOException {
        write(result, terms, Map.of(), out);
    }

    /**
     * With the term tables and the repeated segments' tables of text questions (question id to table), as
     * {@code "terms"} and {@code "repeatedSegments"} (with {@code "repeatedSegmentsMin"} and {@code "repeatedSegmentsMaxWords"}).
     */
    public void write(SurveyResult result, Map<String, TermTable> terms, Map<String, RepeatedSegments.Table> segments, OutputStream out)
            throws IOException {
        try (JsonGenerator g = generator(out)) {
            document(g, result, terms, segments, null);
            g.writeRaw('\n');
        }
    }

    /** One document per group ({@code --by}): {@code {"by": id, "groups": [{"group": label, ...the group's stats}]}}. */
    public void writeGroups(String by, Map<String, SurveyResult> groups, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("by", by);
            g.writeArrayFieldStart("groups");
            for (Map.Entry<String, SurveyResult> e : groups.entrySet()) {
                document(g, e.getValue(), Map.of(), Map.of(), e.getKey());
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
        return g;
    }

    private void document(JsonGenerator g, SurveyResult result, Map<String, TermTable> terms, Map<String, RepeatedSegments.Table> segments,
                          String group) throws IOException {
        g.writeStartObject();
        if (group != null) {
            g.writeStringField("group", group);
        }
        g.writeStringField("survey", result.title());
        g.writeNumberField("respondents", result.respondents());
        Precision precision = result.precision();
        if (result.secret() > 0) {
            g.writeNumberField("secret", result.secret());
        }
        if (result.weighted()) {
            weights(g, result.weights());
        }
        if (!result.rates().isEmpty()) {
            g.writeArrayFieldStart("responseRates");
            for (fr.enquete.stats.ResponseRates.Rate rate : result.rates()) {
                g.writeStartObject();
                g.writeStringField("stratum", rate.stratum());
                g.writeNumberField("population", rate.population());
                if (rate.masked()) {
                    // Statistical secrecy: with the population, the rate gives the masked respondents back.
                    g.writeNullField("respondents");
                    g.writeNullField("rate");
                    g.writeBooleanField("masked", true);
                } else {
                    g.writeNumberField("respondents", rate.respondents());
                    number(g, "rate", rate.rate());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (precision != null) {
            if (precision.strata() != null) {
                // A group of a stratified survey: its population by strata, null when the design leaves it undefined.
                number(g, "estimatedPopulation", precision.groupPopulation(result.respondents()));
                g.writeStringField("strata", precision.strata().stratum());
            } else if (precision.population() > 0 && precision.group()) {
                // A group's population is unknown: the intervals estimate it as a filtered base's, N × group / respondents.
                number(g, "estimatedPopulation", precision.estimatedPopulation(result.respondents(), result.respondents()));
            } else if (precision.population() > 0) {
                g.writeNumberField("population", precision.population());
                number(g, "responseRate", precision.responseRate(result.respondents()));
            }
            number(g, "confidence", precision.confidence() * 100);
        }
        g.writeArrayFieldStart("questions");
        for (QuestionResult q : result.questions()) {
            question(g, q, terms.get(q.question().id()), segments.get(q.question().id()), precision, result.respondents(), result.weighted(),
                    result.secret());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : result.diagnostics()) {
            g.writeString(d.toString());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * {@code "weights": {"method", "column" | "questions", "iterations", ["distance", "bounds"], "respondents", "total", "min", "max",
     * "effectiveSize", "cv"}}.
     */
    private static void weights(JsonGenerator g, fr.enquete.stats.WeightSummary w) throws IOException {
        g.writeObjectFieldStart("weights");
        g.writeStringField("method", w.method().method());
        if (w.method().column() != null) {
            g.writeStringField("column", w.method().column());
        } else {
            g.writeArrayFieldStart("questions");
            for (String q : w.method().questions()) {
                g.writeString(q);
            }
            g.writeEndArray();
            g.writeNumberField("iterations", w.method().iterations());
            if (w.method().distance() != null) {
                g.writeStringField("distance", w.method().distance().code());
                if (Double.isFinite(w.method().lower())) {
                    g.writeArrayFieldStart("bounds");
                    g.writeNumber(w.method().lower());
                    g.writeNumber(w.method().upper());
                    g.writeEndArray();
                }
            }
        }
        g.writeNumberField("respondents", w.respondents());
        number(g, "total", w.total());
        number(g, "min", w.min());
        number(g, "max", w.max());
        number(g, "effectiveSize", w.effective());
        CrossTabWriter.exact(g, "cv", w.cv());
        g.writeEndObject();
    }

    private void question(JsonGenerator g, QuestionResult r, TermTable terms, RepeatedSegments.Table segments, Precision precision,
                          long respondents, boolean weighted, int secret)
            throws IOException {
        Question q = r.question();
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeStringField("label", q.label());
        g.writeStringField("type", q.type().code());
        if (r instanceof QuestionResult.Text t && t.baseWithheld()) {
            // Asked of those who chose a masked "Autre": the base is that masked count.
            g.writeNullField("base");
        } else {
            g.writeNumberField("base", r.base());
        }
        if (!q.filter().expression().isEmpty()) {
            g.writeStringField("filter", q.filter().expression());
        }
        if (r instanceof QuestionResult.Choices c) {
                if (fr.enquete.stats.Secrecy.answeredShown(c)) {
                    g.writeNumberField("answered", c.answered());
                } else {
                    // base − answered would give a masked "no answer", answered − the visible rows a masked answer.
                    g.writeNullField("answered");
                }
                if (weighted) {
                    number(g, "weightedBase", c.weightedBase());
                    number(g, "effectiveBase", c.effectiveBase());
                }
                g.writeArrayFieldStart("rows");
                for (ChoiceRow row : c.rows()) {
                    g.writeStartObject();
                    g.writeStringField("label", labels.choice(row));
                    if (row.masked()) {
                        // Statistical secrecy: neither the count nor anything derived from it.
                        g.writeNullField("count");
                        if (weighted) {
                            g.writeNullField("weighted");
                        }
                        g.writeNullField("percent");
                        g.writeBooleanField("masked", true);
                    } else {
                        g.writeNumberField("count", row.count());
                        if (weighted) {
                            number(g, "weighted", row.weighted());
                        }
                        number(g, "percent", row.percent());
                    }
                    if (precision != null && !row.masked()) {
                        g.writeFieldName("ci");
                        CrossTabWriter.interval(g, c.interval(row, precision, respondents));
                    }
                    if (row.missing()) {
                        g.writeBooleanField("missing", true);
                    }
                    if (!row.listed()) {
                        g.writeBooleanField("unlisted", true);
                    }
                    if (row.grouped() > 0) {
                        g.writeNumberField("grouped", row.grouped());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                fr.enquete.stats.ScaleScore score = c.scale();
                if (score != null) {
                    g.writeObjectFieldStart("scale");
                    g.writeNumberField("answered", score.answered());
                    number(g, "mean", score.mean());
                    number(g, "top2", score.top2());
                    number(g, "bottom2", score.bottom2());
                    number(g, "net", score.net());
                    // 1 on scales under 4 points: "top2"/"bottom2" are then the end choices alone.
                    g.writeNumberField("box", score.box());
                    g.writeObjectFieldStart("coding");
                    for (fr.enquete.stats.ScaleScore.Scored sc : score.coding()) {
                        g.writeNumberField(sc.choice(), sc.score());
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                }
        } else if (r instanceof QuestionResult.Numeric n) {
                NumericSummary s = n.summary();
                g.writeNumberField("missing", n.base() - s.count());
                g.writeObjectFieldStart("summary");
                g.writeNumberField("count", s.count());
                if (weighted) {
                    number(g, "weight", s.weight());
                }
                // Times of day as written ("14:30"), whose sum or spread is no time; durations as hours, minutes and
                // seconds ("1:25", "0:04:42"); numbers to two decimals. Undefined or withheld figures are null.
                fr.enquete.model.QuestionType type = n.question().type();
                boolean clock = type == fr.enquete.model.QuestionType.TIME;
                Figure figure = clock ? JsonStatsWriter::time : type == fr.enquete.model.QuestionType.DURATION
                        ? JsonStatsWriter::duration : JsonStatsWriter::number;
                figure.write(g, "sum", clock || s.count() == 0 ? Double.NaN : s.sum());
                figure.write(g, "mean", s.mean());
                figure.write(g, "stddev", clock ? Double.NaN : s.stddev());
                figure.write(g, "min", s.min());
                figure.write(g, "q1", s.q1());
                figure.write(g, "median", s.median());
                figure.write(g, "q3", s.q3());
                figure.write(g, "max", s.max());
                if (fr.enquete.stats.Secrecy.withheld(n, secret)) {
                    // Fewer answers than the secrecy threshold: the figures above are null, not undefined.
                    g.writeBooleanField("masked", true);
                } else if (!n.withheld().isEmpty()) {
                    // The figures secrecy withholds (null above), and why.
                    g.writeArrayFieldStart("masked");
                    for (fr.enquete.stats.SummaryFigure f : n.withheld()) {
                        g.writeString(f.key());
                    }
                    g.writeEndArray();
                    g.writeStringField("maskedReason", maskedReason(n));
                }
                g.writeEndObject();
                g.writeStringField("quantiles", (weighted ? s.method().label() + ", weighted (Hmisc wtd.quantile)" : s.method().label())
                        + (s.approximate() ? ", approximate (DDSketch, 0.5 % relative accuracy)" : ""));
                if (s.approximate()) {
                    g.writeBooleanField("approximate", true);
                }
        } else if (r instanceof QuestionResult.Text t) {
                if (t.withheld()) {
                    // Their number is a masked count: neither it nor the answers.
                    g.writeNullField("answers");
                    g.writeBooleanField("masked", true);
                } else {
                    g.writeNumberField("answers", t.answers().size());
                }
                if (terms != null) {
                    terms(g, terms);
                }
                if (segments != null) {
                    segments(g, segments);
                }
                if (verbatims) {
                    g.writeArrayFieldStart("verbatims");
                    for (QuestionResult.Verbatim v : t.answers()) {
                        g.writeStartObject();
                        g.writeNumberField("row", v.row());
                        g.writeStringField("text", v.text());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
        } else if (r instanceof QuestionResult.Dates d) {
                g.writeNumberField("answers", d.count());
                g.writeStringField("first", d.first() == null ? null : DateFormats.iso(d.first()));
                g.writeStringField("last", d.last() == null ? null : DateFormats.iso(d.last()));
                if (d.withheld()) {
                    g.writeArrayFieldStart("masked");
                    g.writeString("first");
                    g.writeString("last");
                    g.writeEndArray();
                }
        } else if (r instanceof QuestionResult.Identifiers i) {
            g.writeNumberField("answers", i.count());
        }
        g.writeEndObject();
    }

    /**
     * A term table as {@code "terms": [{"term", "count", "answers", "percent", "forms"}]}, and its multi-word
     * companion, when there is one, as {@code "multiwordTerms"} of the same shape.
     */
    static void terms(JsonGenerator g, TermTable terms) throws IOException {
        terms(g, terms, "terms");
        if (terms.multiwords() != null) {
            terms(g, terms.multiwords(), "multiwordTerms");
        }
    }

    /** A repeated segments' table as {@code "repeatedSegmentsMin"}, {@code "repeatedSegmentsMaxWords"} and {@code "repeatedSegments"}. */
    static void segments(JsonGenerator g, RepeatedSegments.Table segments) throws IOException {
        g.writeNumberField("repeatedSegmentsMin", segments.settings().min());
        g.writeNumberField("repeatedSegmentsMaxWords", segments.settings().maxWords());
        terms(g, segments.table(), "repeatedSegments");
    }

    /** The rows of {@code terms} as the array {@code field} (and {@code fieldExAequo} when ties extended it). */
    static void terms(JsonGenerator g, TermTable terms, String field) throws IOException {
        g.writeArrayFieldStart(field);
        for (TermTable.TermRow row : terms.rows()) {
            g.writeStartObject();
            g.writeNumberField("rank", row.rank());
            g.writeStringField("term", row.term());
            g.writeNumberField("count", row.occurrences());
            g.writeNumberField("answers", row.answers());
            number(g, "percent", row.percent());
            g.writeArrayFieldStart("forms");
            for (TermTable.Form f : row.forms()) {
                g.writeStartObject();
                g.writeStringField("form", f.text());
                g.writeNumberField("count", f.count());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (terms.exAequo() > 0) {
            g.writeNumberField(field + "ExAequo", terms.exAequo());
        }
    }

    /** How one figure of a numeric summary is written: a number, a duration or a time of day. */
    @FunctionalInterface
    private interface Figure {
        void write(JsonGenerator g, String field, double value) throws IOException;
    }

    /** A duration from its minutes, "1:25", "26:30" or "0:04:42" (to the second); null when undefined. */
    private static void duration(JsonGenerator g, String field, double minutes) throws IOException {
        String clock = fr.enquete.model.ElapsedTime.clock(minutes);
        if (clock == null || Double.isInfinite(minutes)) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, clock);
        }
    }

    /** A time of day from its minutes since midnight, "14:30"; null when undefined. */
    private static void time(JsonGenerator g, String field, double minutes) throws IOException {
        if (Double.isNaN(minutes)) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, fr.enquete.model.TimeOfDay.format(minutes));
        }
    }

    /** Two decimals, half-up; integers without a fraction; NaN as null. */
    public static void number(JsonGenerator g, String field, double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            g.writeNullField(field);
            return;
        }
        BigDecimal d = new BigDecimal(Double.toString(value)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        g.writeNumberField(field, d);
    }

    /** Why secrecy withholds these figures of a numeric summary (not all of them). */
    private static String maskedReason(QuestionResult.Numeric n) {
        java.util.Set<fr.enquete.stats.SummaryFigure> withheld = n.withheld();
        java.util.List<String> why = new java.util.ArrayList<>();
        why.add("the minimum and the maximum are each one respondent's answer");
        if (n.dominance() != null) {
            fr.enquete.stats.Dominance rule = n.dominance().rule();
            why.add("dominance rule (" + rule.label() + "): " + (rule.units() == 1 ? "one answer makes" : "the " + rule.units()
                    + " largest answers make") + " more than " + rule.label().substring(rule.label().indexOf(',') + 1) + " % of the "
                    + (n.dominance().ofSum() ? "sum, which with the mean and the standard deviation would give it back closely"
                            : "sum of squares, which the standard deviation gives with the mean"));
        }
        if (withheld.contains(fr.enquete.stats.SummaryFigure.Q1)) {
            why.add("with so few answers the standard deviation and the quartiles would give them back");
        }
        if (withheld.contains(fr.enquete.stats.SummaryFigure.SUM) && (n.dominance() == null || !n.dominance().ofSum())) {
            why.add("the sum and the mean would give another group's withheld sum back by difference with the overall sum");
        }
        if (withheld.contains(fr.enquete.stats.SummaryFigure.STDDEV) && !withheld.contains(fr.enquete.stats.SummaryFigure.Q1)
                && n.dominance() == null) {
            why.add("the standard deviation would give another group's withheld sum of squares back by difference with the overall one");
        }
        return "statistical secrecy: " + String.join("; ", why);
    }
}
