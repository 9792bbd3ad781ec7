package fr.enquete.report;

import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.NumericSummary;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import fr.enquete.text.RepeatedSegments;
import fr.enquete.text.TermTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * All tables in one long CSV for pipelines (RFC 4180, UTF-8, comma, decimal point, full precision):
 * {@code question,label,type,base,kind,row,count,percent,value}, where kind is {@code choice},
 * {@code missing}, {@code statistic} or {@code answers}. Text cells that a spreadsheet would run as a
 * formula ({@code = + - @}, tab, carriage return) are prefixed with an apostrophe. With weights a last column,
 * {@code weighted}, gives each choice row's weighted count (percentages are then weighted), and numeric questions
 * get a {@code weight} statistic, their answers' total weight.
 */
public final class CsvStatsWriter {

    static final List<String> HEADER = List.of("question", "label", "type", "base", "kind", "row", "count", "percent", "value");

    private final Labels labels;

    public CsvStatsWriter(Lang lang) {
        this.labels = new Labels(lang);
    }

    public void write(SurveyResult result, OutputStream out) throws IOException {
        write(result, Map.of(), out);
    }

    /** With the term tables of text questions, as rows of kind {@code term} (answers in {@code value}). */
    public void write(SurveyResult result, Map<String, TermTable> terms, OutputStream out) throws IOException {
        write(result, terms, Map.of(), out);
    }

    /** With the term tables and the repeated segments of text questions, the segments as rows of kind {@code segment}. */
    public void write(SurveyResult result, Map<String, TermTable> terms, Map<String, RepeatedSegments.Table> segments, OutputStream out)
            throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
        boolean weighted = result.weighted();
        List<String> header = new ArrayList<>(HEADER);
        if (weighted) {
            header.add("weighted");
        }
        p.printRecord(header);
        for (QuestionResult r : result.questions()) {
            if (r instanceof QuestionResult.Choices c) {
                for (ChoiceRow row : c.rows()) {
                    List<String> cells = cells(r, row.missing() ? "missing" : "choice", labels.choice(row),
                            row.masked() ? "" : String.valueOf(row.count()), row.masked() ? "" : num(row.percent()), row.masked() ? "secret" : "");
                    if (weighted) {
                        cells.add(row.masked() ? "" : num(row.weighted()));
                    }
                    p.printRecord(cells);
                }
            } else if (r instanceof QuestionResult.Numeric n) {
                NumericSummary s = n.summary();
                if (weighted) {
                    record(p, weighted, r, "statistic", "weight", "", "", num(s.weight()));
                }
                // Times of day as written ("14:30"), without a sum or a spread, which are no times.
                boolean time = n.question().type() == fr.enquete.model.QuestionType.TIME;
                // Durations as hours and minutes ("1:25", "26:30"), their sum and spread included.
                boolean duration = n.question().type() == fr.enquete.model.QuestionType.DURATION;
                java.util.function.DoubleFunction<String> f = time ? m -> Double.isNaN(m) ? "" : fr.enquete.model.TimeOfDay.format(m)
                        : duration ? m -> Double.isNaN(m) ? "" : fr.enquete.model.ElapsedTime.clock(m) : CsvStatsWriter::num;
                String[][] stats = {{"count", String.valueOf(s.count())}, {"sum", s.count() == 0 || time ? "" : f.apply(s.sum())},
                    {"mean", f.apply(s.mean())}, {"stddev", time ? "" : f.apply(s.stddev())}, {"min", f.apply(s.min())}, {"q1", f.apply(s.q1())},
                    {"median", f.apply(s.median())}, {"q3", f.apply(s.q3())}, {"max", f.apply(s.max())},
                    {"missing", String.valueOf(n.base() - s.count())}};
                // Withheld by statistical secrecy: "secret" where the figures would be.
                for (String[] st : stats) {
                    boolean secret = n.withheld().stream().anyMatch(withheld -> withheld.key().equals(st[0]));
                    record(p, weighted, r, "statistic", st[0], "", "", secret ? "secret" : st[1]);
                }
            } else if (r instanceof QuestionResult.Text t) {
                // Withheld (secrecy): an empty count and "secret", as a masked row.
                record(p, weighted, r, "answers", "answers", t.withheld() ? "" : String.valueOf(t.answers().size()), "", t.withheld() ? "secret" : "");
                TermTable tt = terms.get(r.question().id());
                if (tt != null) {
                    for (TermTable.TermRow row : tt.rows()) {
                        record(p, weighted, r, "term", row.term(), String.valueOf(row.occurrences()), num(row.percent()), String.valueOf(row.answers()));
                    }
                    for (TermTable.TermRow row : tt.multiwords() != null ? tt.multiwords().rows() : List.<TermTable.TermRow>of()) {
                        record(p, weighted, r, "multiword", row.term(), String.valueOf(row.occurrences()), num(row.percent()), String.valueOf(row.answers()));
                    }
                }
                RepeatedSegments.Table repeated = segments.get(r.question().id());
                for (TermTable.TermRow row : repeated != null ? repeated.table().rows() : List.<TermTable.TermRow>of()) {
                    record(p, weighted, r, "segment", row.term(), String.valueOf(row.occurrences()), num(row.percent()), String.valueOf(row.answers()));
                }
            } else if (r instanceof QuestionResult.Dates d) {
                record(p, weighted, r, "statistic", "count", "", "", String.valueOf(d.count()));
                record(p, weighted, r, "statistic", "first", "", "", d.withheld() ? "secret" : d.first() == null ? "" : DateFormats.iso(d.first()));
                record(p, weighted, r, "statistic", "last", "", "", d.withheld() ? "secret" : d.last() == null ? "" : DateFormats.iso(d.last()));
            } else if (r instanceof QuestionResult.Identifiers i) {
                record(p, weighted, r, "answers", "answers", String.valueOf(i.count()), "", "");
            }
        }
        p.flush();
    }

    private static void record(CSVPrinter p, boolean weighted, QuestionResult r, String kind, String row, String count, String percent,
                               String value) throws IOException {
        List<String> cells = cells(r, kind, row, count, percent, value);
        if (weighted) {
            cells.add("");
        }
        p.printRecord(cells);
    }

    private static List<String> cells(QuestionResult r, String kind, String row, String count, String percent, String value) {
        List<String> cells = new ArrayList<>(HEADER.size() + 1);
        cells.add(safe(r.question().id()));
        cells.add(safe(r.question().label()));
        cells.add(r.question().type().code());
        // Asked of those who chose a masked "Autre": the base is that masked count.
        cells.add(r instanceof QuestionResult.Text t && t.baseWithheld() ? "" : String.valueOf(r.base()));
        cells.add(kind);
        cells.add(safe(row));
        cells.add(count);
        cells.add(percent);
        cells.add(value);
        return cells;
    }

    private static String num(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? "" : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** OWASP's CSV-injection guidance: a cell starting with = + - @ tab or CR is made inert. */
    public static String safe(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
