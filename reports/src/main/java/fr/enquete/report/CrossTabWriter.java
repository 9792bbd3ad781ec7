package fr.enquete.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import fr.enquete.analysis.CrossTabResult;
import fr.enquete.model.QuestionType;
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
    private final fr.enquete.stats.Precision precision;
    private final Lang lang;
    private final boolean ofResponses;

    /**
     * A table of the cross-tabulation and its title ("Effectifs", "Pourcentages en ligne"...), its row labels first and
     * the rows' margin ("Total", "Répondants") last.
     */
    public record Titled(String title, ResultTable table) {
    }

    public CrossTabWriter(Lang lang) {
        this(lang, null);
    }

    /**
     * Statistical secrecy is the table's own: the writer prints the cells the toolkit masked ({@link CrossTab#mask()},
     * {@code < 5}) and withholds the tests that would reveal them; it computes no mask.
     *
     * @param precision the intervals of the row percentages (--ci, --population), or null for none
     */
    public CrossTabWriter(Lang lang, fr.enquete.stats.Precision precision) {
        this(lang, precision, false);
    }

    /**
     * @param ofResponses with a multiple choice, percentages of the options ticked (SPSS's "percent of responses", each
     *                    line adding up to 100 %) rather than of the respondents (the default, a line adding up to more)
     */
    public CrossTabWriter(Lang lang, fr.enquete.stats.Precision precision, boolean ofResponses) {
        this.ofResponses = ofResponses;
        this.labels = new Labels(lang);
        this.numbers = new NumberFormats(lang);
        this.precision = precision;
        this.lang = lang;
    }

    public String title(CrossTab t) {
        String title = MessageFormat.format(labels.get("crosstab.title"), t.rows().label(), t.columns().label());
        return lang == Lang.FR ? Guillemets.frenchSpaces(title) : title;
    }

    /**
     * The corner cell of the tables: the rows' question (down) and the columns' (across) by their wordings cut short
     * ({@link CornerLabel}), the id when the spec gives none: "Localisation (département) ↓ · Hormis vos partenaires
     * habituels… →", where "dpt \ partenaires" was printed.
     */
    public String corner(CrossTab t) {
        String corner = MessageFormat.format(labels.get("crosstab.corner"), CornerLabel.of(t.rows().label()), CornerLabel.of(t.columns().label()));
        return lang == Lang.FR ? Guillemets.frenchSpaces(corner) : corner;
    }

    public String baseLine(CrossTab t) {
        CrossTab.Mask mask = t.mask();
        boolean masked = mask.hidden(t.rowLabels().size(), t.columnLabels().size());
        // The base is masked only when the single tables published beside the table would otherwise give a masked count back.
        return MessageFormat.format(labels.get("crosstab.base"), masked ? ResultTables.maskedCount(t.base(), mask.threshold())
                : numbers.integer(t.base()));
    }

    /** The tables in reading order: counts, weighted counts (with weights), row and column percentages, intervals. */
    public List<Titled> tables(CrossTab t) {
        List<Titled> out = new ArrayList<>();
        for (String kind : t.weights() == null ? List.of("counts", "rowpct", "colpct") : List.of("counts", "weighted", "rowpct", "colpct")) {
            out.add(new Titled(labels.get("crosstab." + kind), table(t, kind)));
        }
        if (precision != null && intervalsApply(t)) {
            out.add(new Titled(MessageFormat.format(labels.get("crosstab.ci"), numbers.decimal(precision.confidence() * 100)), intervals(t)));
        }
        return out;
    }

    /** Whether the row percentages are shares of respondents, each counted once, and so have intervals. */
    private boolean intervalsApply(CrossTab t) {
        return !(ofResponses && t.multipleColumns());
    }

    /** Whether the margins are the respondents of the lines (each once) rather than the sums of their cells. */
    private boolean overRespondents(CrossTab t) {
        return !ofResponses || (!t.multipleRows() && !t.multipleColumns());
    }

    /** The lines under the tables: secrecy, the tests or why there are none, small expected counts. */
    public List<String> notes(CrossTab t) {
        return tests(CrossTabResult.of(t));
    }

    public void text(CrossTab t, OutputStream out) {
        text(CrossTabResult.of(t), out);
    }

    /** The table, then its tests as the toolkit computed them (the paired test of two waves included). */
    public void text(CrossTabResult r, OutputStream out) {
        CrossTab t = r.table();
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(title(t));
        w.println(baseLine(t));
        for (Titled table : tables(t)) {
            w.println();
            w.println(table.title());
            TextStatsWriter.print(w, table.table());
        }
        w.println();
        for (String line : tests(r)) {
            w.println(line);
        }
        w.flush();
    }

    /**
     * Each row percentage's interval: within a row (its respondents, a sub-population of the survey), Wilson's with
     * the row's effective size and the finite population correction of its estimated population. The corner and the
     * margin (the row's respondents, on whom its width depends) are the other tables': without them, a wide one could
     * be neither kept in view on screen nor cut into parts for Word and print.
     */
    private ResultTable intervals(CrossTab t) {
        List<String> header = new ArrayList<>();
        header.add(corner(t));
        header.addAll(t.columnLabels());
        header.add(labels.get("crosstab.respondents"));
        List<ResultTable.Kind> kinds = new ArrayList<>();
        kinds.add(ResultTable.Kind.TEXT);
        t.columnLabels().forEach(c -> kinds.add(ResultTable.Kind.INTERVAL));
        kinds.add(ResultTable.Kind.INTEGER);
        ResultTable.Builder b = new ResultTable.Builder(header, kinds);
        boolean[][] hidden = t.mask().cells();
        int nc = t.columnLabels().size();
        for (int i = 0; i < t.rowLabels().size(); i++) {
            List<ResultTable.Cell> row = new ArrayList<>();
            row.add(ResultTable.Cell.text(t.rowLabels().get(i)));
            for (int j = 0; j < nc; j++) {
                long n = t.rowBase(i);
                if (hidden[i][j] || hidden[i][nc] || n == 0) {
                    row.add(ResultTable.Cell.text("–"));
                    continue;
                }
                fr.enquete.stats.Interval ci = t.interval(i, j, precision);
                row.add(ResultTable.Cell.text(numbers.interval(ci)));
            }
            long n = t.rowBase(i);
            row.add(hidden[i][nc] ? ResultTable.Cell.text(ResultTables.maskedCount(n, t.mask().threshold())) : new ResultTable.Cell(numbers.integer(n), n));
            b.row(row, Double.NaN, false);
        }
        return b.build();
    }

    private ResultTable table(CrossTab t, String kind) {
        List<String> header = new ArrayList<>();
        // The corner says which question is in the rows and which in the columns: with "Oui" and "Non" on both
        // sides the rendered study's tables could not be read.
        header.add(corner(t));
        header.addAll(t.columnLabels());
        // A margin that is not the sum of its line's cells (a multiple choice across it) says what it counts.
        boolean respondents = overRespondents(t);
        header.add(labels.get(respondents && t.multipleColumns() ? "crosstab.respondents" : "crosstab.total"));
        List<ResultTable.Kind> kinds = new ArrayList<>();
        kinds.add(ResultTable.Kind.TEXT);
        for (int j = 0; j <= t.columnLabels().size(); j++) {
            kinds.add(kind.equals("counts") ? ResultTable.Kind.INTEGER : kind.equals("weighted") ? ResultTable.Kind.DECIMAL : ResultTable.Kind.PERCENT);
        }
        ResultTable.Builder b = new ResultTable.Builder(header, kinds);
        CrossTab.Mask mask = t.mask();
        boolean[][] hidden = mask.cells();
        int nr = t.rowLabels().size();
        int nc = t.columnLabels().size();
        for (int i = 0; i <= nr; i++) {
            List<ResultTable.Cell> row = new ArrayList<>();
            row.add(ResultTable.Cell.text(i < nr ? t.rowLabels().get(i)
                    : labels.get(respondents && t.multipleRows() ? "crosstab.respondents" : "crosstab.total")));
            for (int j = 0; j <= nc; j++) {
                boolean percent = kind.endsWith("pct");
                // A percentage n / d is shown only when neither is masked: either would give the other back.
                int di = kind.equals("rowpct") ? i : nr;
                int dj = kind.equals("rowpct") ? nc : j;
                boolean masked = hidden[i][j] || (percent && hidden[di][dj]);
                if (masked) {
                    row.add(ResultTable.Cell.text(kind.equals("counts") && hidden[i][j] ? ResultTables.maskedCount(figure(t, i, j), mask.threshold()) : "–"));
                    continue;
                }
                if (kind.equals("counts")) {
                    long n = figure(t, i, j);
                    row.add(new ResultTable.Cell(numbers.integer(n), n));
                } else if (kind.equals("weighted")) {
                    double w = weight(t, i, j);
                    row.add(new ResultTable.Cell(numbers.fixed(w, 2, false), NumberFormats.round2(w)));
                } else {
                    row.add(cell(weight(t, i, j), weight(t, di, dj)));
                }
            }
            if (i == nr) {
                b.total(row);
            } else {
                b.row(row, Double.NaN, false);
            }
        }
        return b.build();
    }

    /**
     * A figure of the table with its margins: a cell, a row or column margin ([i][c], [r][j]), or the grand total. The
     * margins are the respondents of the line (each once), the sums of the cells only for shares of the options ticked.
     */
    private long figure(CrossTab t, int i, int j) {
        int nr = t.rowLabels().size();
        int nc = t.columnLabels().size();
        if (i < nr && j < nc) {
            return t.count(i, j);
        }
        if (overRespondents(t)) {
            return i < nr ? t.rowBase(i) : j < nc ? t.columnBase(j) : t.base();
        }
        if (i < nr) {
            return t.rowTotal(i);
        }
        return j < nc ? t.columnTotal(j) : grand(t);
    }

    /** A weighted figure of the table with its margins (the count without weights), as {@link #figure}. */
    private double weight(CrossTab t, int i, int j) {
        int nr = t.rowLabels().size();
        int nc = t.columnLabels().size();
        if (i < nr && j < nc) {
            return t.weight(i, j);
        }
        if (overRespondents(t)) {
            return i < nr ? t.rowBaseWeight(i) : j < nc ? t.columnBaseWeight(j) : t.baseWeight();
        }
        if (i < nr) {
            return t.rowWeight(i);
        }
        if (j < nc) {
            return t.columnWeight(j);
        }
        double g = 0;
        for (int k = 0; k < nr; k++) {
            g += t.rowWeight(k);
        }
        return g;
    }

    /** The sum of all cells (above the base when a multiple choice counts a respondent several times). */
    private static long grand(CrossTab t) {
        long g = 0;
        for (int i = 0; i < t.rowLabels().size(); i++) {
            g += t.rowTotal(i);
        }
        return g;
    }

    private ResultTable.Cell cell(double n, double of) {
        double p = of == 0 ? Double.NaN : 100.0 * n / of;
        return new ResultTable.Cell(numbers.percent(p), NumberFormats.round2(p));
    }

    private List<String> tests(CrossTabResult r) {
        CrossTab t = r.table();
        List<String> out = new ArrayList<>();
        // Which percentages add up to more than 100 %, or that they are shares of ticks: read before any figure.
        if (t.multipleColumns() || t.multipleRows()) {
            out.add(note(ofResponses ? "crosstab.multiple.responses"
                    : t.multipleColumns() && t.multipleRows() ? "crosstab.multiple.both"
                    : t.multipleColumns() ? "crosstab.multiple.columns" : "crosstab.multiple.rows"));
        }
        if (t.mask().any()) {
            out.add(MessageFormat.format(labels.get("secret.note"), t.mask().threshold()));
            if (r.testsWithheld()) {
                out.add(labels.get("crosstab.withheld"));
            }
            return out;
        }
        if (r.paired()) {
            fr.enquete.stats.PairedTests pt = r.pairedTests();
            if (pt == null) {
                out.add(note("crosstab.paired.none"));
            } else if (pt.test().equals("mcnemar")) {
                out.add(MessageFormat.format(labels.get("crosstab.mcnemar"), numbers.fixed(pt.chiSquare(), 3, false), p(pt.p()),
                        numbers.integer(pt.discordant()), p(pt.exactP())));
                if (pt.exactPreferred()) {
                    out.add(labels.get("crosstab.mcnemar.exact"));
                }
            } else {
                out.add(MessageFormat.format(labels.get("crosstab.bowker"), numbers.fixed(pt.chiSquare(), 3, false), pt.df(), p(pt.p()),
                        numbers.integer(pt.discordant())));
            }
        }
        if (weightless(t)) {
            // The one rule for undefined figures: "–" in print, with this note saying why.
            out.add(note("crosstab.undefined"));
        }
        CrossTab.Tests s = t.tests();
        if (s == null) {
            boolean multiple = t.rows().type() == QuestionType.MULTIPLE || t.columns().type() == QuestionType.MULTIPLE;
            out.add(note(multiple ? "crosstab.notest" : "crosstab.notest.empty"));
            if (precision != null && !intervalsApply(t)) {
                out.add(note("crosstab.noci"));
            }
            return out;
        }
        if (Double.isNaN(s.p())) {
            out.add(note("crosstab.undefined.test"));
            return out;
        }
        if (s.raoScott() != null) {
            CrossTab.RaoScottF rs = s.raoScott();
            out.add(MessageFormat.format(labels.get("crosstab.raoscott"), numbers.fixed(rs.f(), 3, false), numbers.fixed(rs.ndf(), 2, false),
                    numbers.fixed(rs.ddf(), 2, false), p(rs.p()), numbers.fixed(s.cramersV(), 3, false)));
        } else {
            out.add(MessageFormat.format(labels.get("crosstab.chi"), numbers.fixed(s.chiSquare(), 3, false), s.df(),
                    p(s.p()), numbers.fixed(s.cramersV(), 3, false)));
        }
        if (!Double.isNaN(s.fisherP())) {
            out.add(MessageFormat.format(labels.get("crosstab.fisher"), p(s.fisherP())));
        }
        if (s.smallExpected() > 0) {
            out.add(MessageFormat.format(labels.get("crosstab.small"), String.valueOf(s.smallExpected()), numbers.fixed(s.minExpected(), 2, false),
                    s.smallExpected()));
        }
        return out;
    }

    /** A note without figures, its doubled apostrophes read as every label's are ("n''a" prints "n'a"). */
    private String note(String key) {
        return MessageFormat.format(labels.get(key), new Object[0]);
    }

    /** Whether a row or column with respondents weighs nothing (its percentages are undefined). */
    private static boolean weightless(CrossTab t) {
        for (int i = 0; i < t.rowLabels().size(); i++) {
            if (t.rowTotal(i) > 0 && t.rowWeight(i) == 0) {
                return true;
            }
        }
        for (int j = 0; j < t.columnLabels().size(); j++) {
            if (t.columnTotal(j) > 0 && t.columnWeight(j) == 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code {"rows", "columns", "base", "rowLabels", "columnLabels", "counts": [[...]], "tests": {...}}}. */
    public void json(CrossTab t, OutputStream out) throws IOException {
        json(CrossTabResult.of(t), out);
    }

    /** The table and the tests as the toolkit computed them ({@code "paired"} for two waves). */
    public void json(CrossTabResult r, OutputStream out) throws IOException {
        CrossTab t = r.table();
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("rows", t.rows().id());
            g.writeStringField("columns", t.columns().id());
            boolean[][] hidden = t.mask().cells();
            int nr = t.rowLabels().size();
            int nc = t.columnLabels().size();
            g.writeFieldName("base");
            maskable(g, hidden[nr][nc], t.base());
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
            if (t.mask().threshold() > 0) {
                g.writeNumberField("secret", t.mask().threshold());
            }
            g.writeArrayFieldStart("counts");
            for (int i = 0; i < nr; i++) {
                g.writeStartArray();
                for (int j = 0; j < nc; j++) {
                    maskable(g, hidden[i][j], t.count(i, j));
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            if (t.weights() != null) {
                g.writeStringField("weights", t.weights().method());
                g.writeArrayFieldStart("weighted");
                for (int i = 0; i < nr; i++) {
                    g.writeStartArray();
                    for (int j = 0; j < nc; j++) {
                        if (hidden[i][j]) {
                            g.writeNull();
                        } else {
                            g.writeNumber(NumberFormats.round2(t.weight(i, j)));
                        }
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
            }
            if (t.multipleRows() || t.multipleColumns()) {
                // The respondents of each line, each once: the bases of the percentages (the totals add up the ticks).
                g.writeArrayFieldStart("rowBases");
                for (int i = 0; i < nr; i++) {
                    maskable(g, hidden[i][nc], t.rowBase(i));
                }
                g.writeEndArray();
                g.writeArrayFieldStart("columnBases");
                for (int j = 0; j < nc; j++) {
                    maskable(g, hidden[nr][j], t.columnBase(j));
                }
                g.writeEndArray();
            }
            if (precision != null && intervalsApply(t)) {
                // The interval of each row percentage (null where masked).
                g.writeArrayFieldStart("rowIntervals");
                for (int i = 0; i < nr; i++) {
                    g.writeStartArray();
                    for (int j = 0; j < nc; j++) {
                        if (hidden[i][j] || hidden[i][nc] || t.rowBase(i) == 0) {
                            g.writeNull();
                            continue;
                        }
                        interval(g, t.interval(i, j, precision));
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("rowTotals");
            for (int i = 0; i < nr; i++) {
                maskable(g, hidden[i][nc], t.rowTotal(i));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("columnTotals");
            for (int j = 0; j < nc; j++) {
                maskable(g, hidden[nr][j], t.columnTotal(j));
            }
            g.writeEndArray();
            if (r.paired() && !t.mask().any()) {
                fr.enquete.stats.PairedTests pt = r.pairedTests();
                if (pt == null) {
                    g.writeNullField("paired");
                } else {
                    g.writeObjectFieldStart("paired");
                    g.writeStringField("test", pt.test());
                    exact(g, "chiSquare", pt.chiSquare());
                    g.writeNumberField("df", pt.df());
                    pValue(g, "p", pt.p());
                    g.writeNumberField("discordant", pt.discordant());
                    if (!Double.isNaN(pt.exactP())) {
                        pValue(g, "exactP", pt.exactP());
                        g.writeBooleanField("exactPreferred", pt.exactPreferred());
                    }
                    g.writeEndObject();
                }
            }
            CrossTab.Tests s = t.tests();
            if (r.testsWithheld()) {
                // With the margins published, a test statistic of a masked table can give the masked cells back.
                g.writeNullField("tests");
                g.writeBooleanField("testsWithheld", true);
            } else if (s != null) {
                g.writeObjectFieldStart("tests");
                exact(g, "chiSquare", s.chiSquare());
                g.writeNumberField("df", s.df());
                pValue(g, "p", s.p());
                exact(g, "cramersV", s.cramersV());
                exact(g, "minExpected", s.minExpected());
                g.writeNumberField("cellsExpectingFewerThan5", s.smallExpected());
                if (!Double.isNaN(s.fisherP())) {
                    pValue(g, "fisherP", s.fisherP());
                }
                if (s.raoScott() != null) {
                    exact(g, "raoScottF", s.raoScott().f());
                    exact(g, "ndf", s.raoScott().ndf());
                    exact(g, "ddf", s.raoScott().ddf());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** A figure at full precision; undefined (NaN, infinite) as null, never the string "NaN". */
    static void exact(JsonGenerator g, String field, double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }

    /**
     * A p-value; below {@link CrossTab#P_FLOOR} (where a double nears 0) the floor itself with {@code "<field>Below": true},
     * so that no consumer ever reads a p-value of 0.
     */
    static void pValue(JsonGenerator g, String field, double p) throws IOException {
        if (p < CrossTab.P_FLOOR) {
            g.writeNumberField(field, CrossTab.P_FLOOR);
            g.writeBooleanField(field + "Below", true);
        } else {
            exact(g, field, p);
        }
    }

    /** An interval as [low, high], null when undefined (no weight in its row). */
    static void interval(JsonGenerator g, fr.enquete.stats.Interval ci) throws IOException {
        if (!ci.defined()) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        g.writeNumber(NumberFormats.round2(ci.low()));
        g.writeNumber(NumberFormats.round2(ci.high()));
        g.writeEndArray();
    }

    /** A p-value in print with its relation: "= 0,0123", "&lt; 0,0001" below (never "= 0,0000"), "= –" when undefined. */
    private String p(double p) {
        if (Double.isNaN(p)) {
            return "= –";
        }
        return p < 0.0001 ? "< " + numbers.fixed(0.0001, 4, false) : "= " + numbers.fixed(p, 4, false);
    }

    private static void maskable(JsonGenerator g, boolean masked, long n) throws IOException {
        if (masked) {
            g.writeNull();
        } else {
            g.writeNumber(n);
        }
    }

    /** Long format: {@code row,column,count,row_percent,column_percent}; masked figures are empty, "secret" in count. */
    public void csv(CrossTab t, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
        boolean weighted = t.weights() != null;
        List<String> header = new ArrayList<>(List.of("row", "column", "count", "row_percent", "column_percent"));
        if (weighted) {
            header.add("weighted");
        }
        p.printRecord(header);
        boolean[][] hidden = t.mask().cells();
        int nr = t.rowLabels().size();
        int nc = t.columnLabels().size();
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc; j++) {
                List<Object> record = new ArrayList<>();
                record.add(CsvStatsWriter.safe(t.rowLabels().get(i)));
                record.add(CsvStatsWriter.safe(t.columnLabels().get(j)));
                if (hidden[i][j]) {
                    record.addAll(List.of("secret", "", ""));
                    if (weighted) {
                        record.add("");
                    }
                    p.printRecord(record);
                    continue;
                }
                double cell = t.weight(i, j);
                record.add(t.count(i, j));
                double row = weight(t, i, nc);
                double column = weight(t, nr, j);
                record.add(row == 0 || hidden[i][nc] ? "" : 100.0 * cell / row);
                record.add(column == 0 || hidden[nr][j] ? "" : 100.0 * cell / column);
                if (weighted) {
                    record.add(cell);
                }
                p.printRecord(record);
            }
        }
        p.flush();
    }
}
