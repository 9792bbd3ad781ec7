package fr.enquete.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import fr.enquete.stats.CrossTab;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A cross-tabulation for terminals (counts, row and column percentages, tests) and pipelines (JSON, CSV). */
public final class CrossTabWriter {

    private final Labels labels;
    private final NumberFormats numbers;

    public CrossTabWriter(Lang lang) {
        this.labels = new Labels(lang);
        this.numbers = new NumberFormats(lang);
    }

    public void text(CrossTab t, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(MessageFormat.format(labels.get("crosstab.title"), t.rows().label(), t.columns().label()));
        w.println(MessageFormat.format(labels.get("crosstab.base"), numbers.integer(t.base())));
        for (String kind : List.of("counts", "rowpct", "colpct")) {
            w.println();
            w.println(labels.get("crosstab." + kind));
            TextStatsWriter.print(w, table(t, kind));
        }
        w.println();
        for (String line : tests(t)) {
            w.println(line);
        }
        w.flush();
    }

    private ResultTable table(CrossTab t, String kind) {
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(t.columnLabels());
        header.add(labels.get("crosstab.total"));
        List<ResultTable.Kind> kinds = new ArrayList<>();
        kinds.add(ResultTable.Kind.TEXT);
        for (int j = 0; j <= t.columnLabels().size(); j++) {
            kinds.add(kind.equals("counts") ? ResultTable.Kind.INTEGER : ResultTable.Kind.PERCENT);
        }
        ResultTable.Builder b = new ResultTable.Builder(header, kinds);
        for (int i = 0; i <= t.rowLabels().size(); i++) {
            boolean totalRow = i == t.rowLabels().size();
            List<ResultTable.Cell> row = new ArrayList<>();
            row.add(ResultTable.Cell.text(totalRow ? labels.get("crosstab.total") : t.rowLabels().get(i)));
            long rowTotal = totalRow ? t.base() : t.rowTotal(i);
            for (int j = 0; j <= t.columnLabels().size(); j++) {
                boolean totalCol = j == t.columnLabels().size();
                long n = totalRow ? (totalCol ? grand(t) : t.columnTotal(j)) : (totalCol ? t.rowTotal(i) : t.count(i, j));
                long colTotal = totalCol ? grand(t) : t.columnTotal(j);
                row.add(switch (kind) {
                    case "rowpct" -> cell(n, totalRow ? grand(t) : rowTotal);
                    case "colpct" -> cell(n, colTotal);
                    default -> new ResultTable.Cell(numbers.integer(n), n);
                });
            }
            b.row(row, Double.NaN, totalRow);
        }
        return b.build();
    }

    /** The sum of all cells (above the base when a multiple choice counts a respondent several times). */
    private static long grand(CrossTab t) {
        long g = 0;
        for (int i = 0; i < t.rowLabels().size(); i++) {
            g += t.rowTotal(i);
        }
        return g;
    }

    private ResultTable.Cell cell(long n, long of) {
        double p = of == 0 ? Double.NaN : 100.0 * n / of;
        return new ResultTable.Cell(numbers.percent(p), NumberFormats.round2(p));
    }

    private List<String> tests(CrossTab t) {
        List<String> out = new ArrayList<>();
        CrossTab.Tests s = t.tests();
        if (s == null) {
            out.add(labels.get("crosstab.notest"));
            return out;
        }
        out.add(MessageFormat.format(labels.get("crosstab.chi"), numbers.fixed(s.chiSquare(), 3, false), s.df(),
                numbers.fixed(s.p(), 4, false), numbers.fixed(s.cramersV(), 3, false)));
        if (!Double.isNaN(s.fisherP())) {
            out.add(MessageFormat.format(labels.get("crosstab.fisher"), numbers.fixed(s.fisherP(), 4, false)));
        }
        if (s.smallExpected() > 0) {
            out.add(MessageFormat.format(labels.get("crosstab.small"), s.smallExpected(), numbers.fixed(s.minExpected(), 2, false)));
        }
        return out;
    }

    /** {@code {"rows", "columns", "base", "rowLabels", "columnLabels", "counts": [[...]], "tests": {...}}}. */
    public void json(CrossTab t, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("rows", t.rows().id());
            g.writeStringField("columns", t.columns().id());
            g.writeNumberField("base", t.base());
            g.writeArrayFieldStart("rowLabels");
            for (String l : t.rowLabels()) {
                g.writeString(l);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("columnLabels");
            for (String l : t.columnLabels()) {
                g.writeString(l);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("counts");
            for (int i = 0; i < t.rowLabels().size(); i++) {
                g.writeStartArray();
                for (int j = 0; j < t.columnLabels().size(); j++) {
                    g.writeNumber(t.count(i, j));
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            CrossTab.Tests s = t.tests();
            if (s != null) {
                g.writeObjectFieldStart("tests");
                JsonStatsWriter.number(g, "chiSquare", s.chiSquare());
                g.writeNumberField("df", s.df());
                g.writeNumberField("p", s.p());
                g.writeNumberField("cramersV", s.cramersV());
                g.writeNumberField("minExpected", s.minExpected());
                g.writeNumberField("cellsExpectingFewerThan5", s.smallExpected());
                if (!Double.isNaN(s.fisherP())) {
                    g.writeNumberField("fisherP", s.fisherP());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Long format: {@code row,column,count,row_percent,column_percent}. */
    public void csv(CrossTab t, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
        p.printRecord("row", "column", "count", "row_percent", "column_percent");
        for (int i = 0; i < t.rowLabels().size(); i++) {
            for (int j = 0; j < t.columnLabels().size(); j++) {
                long n = t.count(i, j);
                p.printRecord(CsvStatsWriter.safe(t.rowLabels().get(i)), CsvStatsWriter.safe(t.columnLabels().get(j)), n,
                        t.rowTotal(i) == 0 ? "" : 100.0 * n / t.rowTotal(i), t.columnTotal(j) == 0 ? "" : 100.0 * n / t.columnTotal(j));
            }
        }
        p.flush();
    }
}
