package fr.enquete.report.doc;

import fr.enquete.report.Labels;
import fr.enquete.report.Lang;
import fr.enquete.report.NumberFormats;
import fr.enquete.report.QuoteAttribution;
import fr.enquete.report.CsvStatsWriter;
import fr.enquete.report.TextStatsWriter;
import fr.enquete.report.ResultTable;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import fr.enquete.qual.ActionPlan;
import fr.enquete.qual.CodedSegment;
import fr.enquete.qual.Matrix;
import fr.enquete.qual.Quadrant;
import fr.enquete.qual.Segment;
import fr.enquete.qual.SwotAnalysis;
import fr.enquete.qual.SwotGrid;
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

/**
 * The SWOT analysis for terminals and pipelines: the grids as text or JSON, and the coded segments (for
 * review) as text, CSV or JSON. The documents (HTML, Word, Excel) come from {@code SwotReportBuilder}.
 */
public final class SwotWriter {

    private final Labels labels;
    private final Lang lang;
    private final NumberFormats numbers;
    private final PlanWriter planWriter;

    public SwotWriter(Lang lang) {
        this.lang = lang;
        this.planWriter = new PlanWriter(lang);
        this.labels = new Labels(lang);
        this.numbers = new NumberFormats(lang);
    }

    /** The grids of {@code theme} (or of all themes, then each), the quadrant matrix and the uncoded expressions. */
    public void text(SwotAnalysis a, String theme, int quotes, OutputStream out) {
        text(a, theme, quotes, null, out);
    }

    /**
     * As {@link #text(SwotAnalysis, String, int, OutputStream)}, with the theme x role matrix, then the action plan
     * when there is one ({@code plan} may be null): what the HTML, Word and Markdown reports hold, the text has too.
     */
    public void text(SwotAnalysis a, String theme, int quotes, ActionPlan plan, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        QuoteAttribution credit = QuoteAttribution.of(a.sources(), lang);
        SwotScope scope = new SwotScope(a, theme);
        w.println(labels.get(titleKey(a)));
        w.println(subtitle(scope));
        String totals = scope.totals() ? totals(a) : "";
        if (!totals.isEmpty()) {
            w.println(totals);
        }
        for (SwotGrid g : scope.grids(quotes)) {
            w.println();
            w.println("== " + (g.theme().isEmpty() ? labels.get("swot.all") : MessageFormat.format(labels.get("swot.theme"), g.theme())));
            for (Quadrant q : g.shown()) {
                w.println();
                w.println("  " + labels.get("swot." + q.code()).toUpperCase(java.util.Locale.ROOT));
                if (g.entries(q).isEmpty()) {
                    w.println("    " + labels.get("swot.empty"));
                }
                int n = 1;
                for (SwotGrid.Entry e : g.entries(q)) {
                    w.println(String.format("  %2d. %s (%s%s)", n++, e.item(), labels.count("swot.sources",
                            e.sources().size()), g.theme().isEmpty() ? ", " + e.theme() : ""));
                    for (SwotGrid.Quote quote : e.quotes()) {
                        w.println("        " + credit.quoted(quote.text(), quote.source()));
                    }
                }
            }
        }
        w.println();
        w.println(labels.get("swot.matrix.quadrants"));
        matrix(w, scope.byQuadrant(), c -> labels.get("swot." + c));
        w.println();
        w.println(labels.get("swot.matrix.roles"));
        matrix(w, scope.byRole(), c -> c.isEmpty() ? labels.get("swot.role.unknown") : c);
        List<Segment> uncoded = a.uncaught(theme);
        if (!uncoded.isEmpty()) {
            w.println();
            w.println(labels.get("swot.uncoded") + " (" + numbers.integer(uncoded.size()) + ")");
            uncoded.forEach(s -> w.println("  - " + s.text() + " — " + credit.of(s.source())));
        }
        ActionPlan shown = scope.plan(plan);
        if (shown != null) {
            plan(w, shown);
        }
        w.flush();
    }

    /** "N sources, M expressions codées": the scope's own counts. */
    public String subtitle(SwotScope scope) {
        return MessageFormat.format(labels.get("swot.subtitle"), numbers.integer(scope.sources()), numbers.integer(scope.expressions()),
                scope.sources(), scope.expressions());
    }

    /** The questionnaire's totals line ("Questionnaire : 20 répondants, ..."), or empty without a questionnaire. */
    public String totals(SwotAnalysis a) {
        SwotAnalysis.Totals t = a.totals();
        return t.respondents() == 0 ? "" : MessageFormat.format(labels.get("swot.totals"), numbers.integer(t.respondents()),
                numbers.integer(t.themes()), numbers.integer(t.questions()), numbers.integer(t.expressions()));
    }

    /** The title's label: the SWOT (AFOM) grid's, or the CTG diagnosis's. */
    public static String titleKey(SwotAnalysis a) {
        return a.codebook().grid() == fr.enquete.qual.Grid.CTG ? "swot.title.ctg" : "swot.title";
    }

    /** A matrix as an aligned table, its columns named by {@code column}. */
    private void matrix(PrintWriter w, Matrix m, java.util.function.Function<String, String> column) {
        List<String> header = new ArrayList<>();
        header.add("");
        m.columns().forEach(c -> header.add(column.apply(c)));
        ResultTable.Builder t = new ResultTable.Builder(header, kinds(header.size()));
        for (int r = 0; r < m.rows().size(); r++) {
            List<ResultTable.Cell> row = new ArrayList<>(List.of(ResultTable.Cell.text(m.rows().get(r))));
            for (int c = 0; c < m.columns().size(); c++) {
                row.add(ResultTable.Cell.text(numbers.integer(m.count(r, c))));
            }
            t.row(row, Double.NaN, false);
        }
        TextStatsWriter.print(w, t.build());
    }

    /** The action plan under the grids: its title, then its outline. */
    private void plan(PrintWriter w, ActionPlan plan) {
        w.println();
        w.println(labels.get("plan.title"));
        planWriter.outline(w, plan);
    }

    private static List<ResultTable.Kind> kinds(int n) {
        List<ResultTable.Kind> k = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            k.add(i == 0 ? ResultTable.Kind.TEXT : ResultTable.Kind.INTEGER);
        }
        return k;
    }

    /** The same as JSON: {@code {"sources", "coded", "grids": [{"theme", "force": [...], ...}], "matrix", "uncoded"}}. */
    public void json(SwotAnalysis a, String theme, int quotes, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            SwotScope scope = new SwotScope(a, theme);
            g.writeStringField("grid", a.codebook().grid().code());
            // One theme's sources and expressions under --theme, as the other formats give them; the questionnaire's
            // totals below stay the whole questionnaire's, as their name says.
            g.writeStringField("theme", theme);
            g.writeNumberField("sources", scope.sources());
            g.writeNumberField("coded", scope.expressions());
            SwotAnalysis.Totals totals = a.totals();
            g.writeObjectFieldStart("questionnaire");
            g.writeNumberField("respondents", totals.respondents());
            g.writeNumberField("themes", totals.themes());
            g.writeNumberField("questions", totals.questions());
            g.writeNumberField("expressions", totals.expressions());
            g.writeEndObject();
            g.writeArrayFieldStart("grids");
            for (SwotGrid grid : scope.grids(quotes)) {
                g.writeStartObject();
                g.writeStringField("theme", grid.theme());
                for (Quadrant q : grid.shown()) {
                    g.writeArrayFieldStart(q.code());
                    for (SwotGrid.Entry e : grid.entries(q)) {
                        g.writeStartObject();
                        g.writeStringField("item", e.item());
                        g.writeStringField("theme", e.theme());
                        g.writeArrayFieldStart("sources");
                        for (String s : e.sources()) {
                            g.writeString(s);
                        }
                        g.writeEndArray();
                        g.writeNumberField("segments", e.segments());
                        g.writeArrayFieldStart("quotes");
                        for (SwotGrid.Quote quote : e.quotes()) {
                            g.writeStartObject();
                            g.writeStringField("source", quote.source());
                            g.writeStringField("speaker", quote.speaker());
                            g.writeNumberField("line", quote.line());
                            g.writeStringField("text", quote.text());
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            matrix(g, "byQuadrant", scope.byQuadrant());
            matrix(g, "byRole", scope.byRole());
            g.writeArrayFieldStart("uncoded");
            for (Segment s : a.uncaught(theme)) {
                segment(g, s);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void matrix(JsonGenerator g, String name, Matrix m) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeArrayFieldStart("columns");
        for (String c : m.columns()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (int r = 0; r < m.rows().size(); r++) {
            g.writeStartObject();
            g.writeStringField("theme", m.rows().get(r));
            g.writeArrayFieldStart("counts");
            for (int c = 0; c < m.columns().size(); c++) {
                g.writeNumber(m.count(r, c));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Opens a segment object (the caller adds fields and closes it). */
    private static void segment(JsonGenerator g, Segment s) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", s.source());
        g.writeStringField("speaker", s.speaker());
        g.writeNumberField("line", s.line());
        g.writeStringField("text", s.text());
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
        return g;
    }

    /** Coded segments for review: {@code source,speaker,line,theme,quadrant,item,origin,text}; uncoded ones last with empty codes. */
    public void codedCsv(SwotAnalysis a, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
        p.printRecord("source", "speaker", "line", "theme", "quadrant", "item", "origin", "text");
        for (CodedSegment c : sorted(a.coded())) {
            Segment s = c.segment();
            p.printRecord(CsvStatsWriter.safe(s.source()), CsvStatsWriter.safe(s.speaker()), s.line(), CsvStatsWriter.safe(c.code().theme()),
                    c.code().quadrant().code(), CsvStatsWriter.safe(c.code().item()), c.code().origin().name().toLowerCase(java.util.Locale.ROOT),
                    CsvStatsWriter.safe(s.text()));
        }
        for (Segment s : a.uncaught()) {
            p.printRecord(CsvStatsWriter.safe(s.source()), CsvStatsWriter.safe(s.speaker()), s.line(), CsvStatsWriter.safe(s.theme()), "", "", "",
                    CsvStatsWriter.safe(s.text()));
        }
        p.flush();
    }

    /** Coded segments for review in a terminal, grouped by source. */
    public void codedText(SwotAnalysis a, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        String current = null;
        for (CodedSegment c : sorted(a.coded())) {
            if (!c.segment().source().equals(current)) {
                current = c.segment().source();
                w.println();
                w.println("== " + current);
            }
            w.println(String.format("  %4d  %-10s %s > %s  [%s]", c.segment().line(), c.code().quadrant().code(), c.code().theme(),
                    c.code().item(), c.code().origin().name().toLowerCase(java.util.Locale.ROOT)));
            w.println("        « " + c.segment().text() + " »");
        }
        w.println();
        w.println(labels.get("swot.uncoded") + " (" + numbers.integer(a.uncaught().size()) + ")");
        for (Segment s : a.uncaught()) {
            w.println(String.format("  %-24s %4d  %s", s.source(), s.line(), s.text()));
        }
        w.flush();
    }

    /** Coded segments as JSON: {@code {"coded": [...], "uncoded": [...]}}. */
    public void codedJson(SwotAnalysis a, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("coded");
            for (CodedSegment c : sorted(a.coded())) {
                segment(g, c.segment());
                g.writeStringField("theme", c.code().theme());
                g.writeStringField("quadrant", c.code().quadrant().code());
                g.writeStringField("item", c.code().item());
                g.writeStringField("origin", c.code().origin().name().toLowerCase(java.util.Locale.ROOT));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("uncoded");
            for (Segment s : a.uncaught()) {
                segment(g, s);
                g.writeStringField("theme", s.theme());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** By source (in the order sources were given), then line. */
    private static List<CodedSegment> sorted(List<CodedSegment> coded) {
        java.util.Map<String, Integer> order = new java.util.HashMap<>();
        coded.forEach(c -> order.putIfAbsent(c.segment().source(), order.size()));
        List<CodedSegment> out = new ArrayList<>(coded);
        out.sort(java.util.Comparator.comparingInt((CodedSegment c) -> order.get(c.segment().source()))
                .thenComparingLong(c -> c.segment().line()));
        return out;
    }
}
