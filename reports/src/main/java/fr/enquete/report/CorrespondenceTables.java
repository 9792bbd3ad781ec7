package fr.enquete.report;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.enquete.report.ResultTable.Cell;
import fr.enquete.report.ResultTable.Kind;
import fr.enquete.stats.CorrespondenceAnalysis;
import fr.enquete.text.TermGroupTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The correspondence analysis of terms x groups as {@code enquete terms --ca} prints it: the eigenvalues, then the
 * groups' and the terms' masses, principal coordinates, contributions (ctr) and squared cosines (cos²) on the first
 * axes (text), on every axis (JSON, CSV).
 */
public final class CorrespondenceTables {

    /** Axes shown in the text tables; JSON and CSV give them all. */
    static final int TEXT_AXES = 3;

    /**
     * What was analysed.
     *
     * @param variable the question whose answers define the groups ({@code --by})
     * @param table    the terms x groups counts
     * @param analysis their correspondence analysis (terms as rows, groups as columns)
     */
    public record Result(String variable, TermGroupTable table, CorrespondenceAnalysis analysis) {
    }

    private final Labels labels;
    private final TextUnit unit;
    private final NumberFormats numbers;

    public CorrespondenceTables(Lang lang) {
        this(lang, TextUnit.ANSWERS);
    }

    /** Notes that name the {@code unit} the terms were counted in (answers, or the interventions of transcripts). */
    public CorrespondenceTables(Lang lang, TextUnit unit) {
        this.unit = unit;
        this.labels = new Labels(lang);
        this.numbers = new NumberFormats(lang);
    }

    /** {@code Axe 1 (37,61 %)}: an axis's title on the map and in the tables. */
    public String axisTitle(CorrespondenceAnalysis ca, int k) {
        return MessageFormat.format(labels.get("ca.axis.title"), k + 1, numbers.percent(ca.percent(k)));
    }

    /** The eigenvalues: axis, eigenvalue, % of inertia, cumulative %. */
    public ResultTable eigenvalues(CorrespondenceAnalysis ca) {
        ResultTable.Builder t = new ResultTable.Builder(List.of(labels.get("ca.axis"), labels.get("ca.eigenvalue"),
                labels.get("ca.percent"), labels.get("ca.cumulative")), List.of(Kind.INTEGER, Kind.DECIMAL, Kind.PERCENT, Kind.PERCENT));
        for (int k = 0; k < ca.axes(); k++) {
            t.row(List.of(new Cell(String.valueOf(k + 1), k + 1), new Cell(numbers.fixed(ca.eigenvalue(k), 4, false), ca.eigenvalue(k)),
                    new Cell(numbers.percent(ca.percent(k)), NumberFormats.round2(ca.percent(k))),
                    new Cell(numbers.percent(ca.cumulativePercent(k)), NumberFormats.round2(ca.cumulativePercent(k)))), Double.NaN, false);
        }
        return t.build();
    }

    /** The points of one side: label, mass, then coordinate, ctr and cos² per axis (the first {@code axes}). */
    public ResultTable points(List<CorrespondenceAnalysis.Point> points, String labelHeader, int axes) {
        List<String> header = new ArrayList<>(List.of(labelHeader, labels.get("ca.mass")));
        List<Kind> kinds = new ArrayList<>(List.of(Kind.TEXT, Kind.PERCENT));
        for (int k = 1; k <= axes; k++) {
            header.addAll(List.of(MessageFormat.format(labels.get("ca.coordinate"), k), MessageFormat.format(labels.get("ca.ctr"), k),
                    MessageFormat.format(labels.get("ca.cos2"), k)));
            kinds.addAll(List.of(Kind.DECIMAL, Kind.PERCENT, Kind.DECIMAL));
        }
        ResultTable.Builder t = new ResultTable.Builder(header, kinds);
        for (CorrespondenceAnalysis.Point p : points) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(p.label()), new Cell(numbers.percent(100 * p.mass()), 100 * p.mass())));
            for (int k = 0; k < axes; k++) {
                row.add(new Cell(numbers.fixed(p.coordinate(k), 3, true), p.coordinate(k)));
                row.add(new Cell(numbers.percent(100 * p.contribution(k)), 100 * p.contribution(k)));
                row.add(new Cell(numbers.fixed(p.cos2(k), 2, false), p.cos2(k)));
            }
            t.row(row, Double.NaN, false);
        }
        return t.build();
    }

    /** The text section: a title, a summary line, the three tables and how to read them. */
    public void text(Result r, PrintWriter w) {
        CorrespondenceAnalysis ca = r.analysis();
        int axes = Math.min(TEXT_AXES, ca.axes());
        w.println();
        w.println(MessageFormat.format(labels.get("ca.title"), r.variable()));
        w.println("  " + MessageFormat.format(labels.get("ca.summary"), numbers.integer(ca.rows().size()),
                numbers.integer(ca.columns().size()), numbers.integer(Math.round(ca.total())), numbers.fixed(ca.totalInertia(), 4, false),
                numbers.fixed(ca.chiSquare(), 2, false)));
        if (!r.table().droppedGroups().isEmpty()) {
            w.println("  " + MessageFormat.format(labels.get("ca.dropped.groups"), String.join(", ", r.table().droppedGroups())));
        }
        if (!r.table().droppedTerms().isEmpty()) {
            w.println("  " + MessageFormat.format(labels.get(unit.key("ca.dropped.terms")), String.join(", ", r.table().droppedTerms())));
        }
        TextStatsWriter.print(w, eigenvalues(ca));
        w.println();
        w.println("  " + MessageFormat.format(labels.get("ca.groups"), r.variable()));
        TextStatsWriter.print(w, points(ca.columns(), labels.get("ca.group"), axes));
        w.println();
        w.println("  " + labels.get("ca.terms"));
        TextStatsWriter.print(w, points(ca.rows(), labels.get("terms.term"), axes));
        w.println("  " + labels.get("ca.note"));
    }

    /** The {@code "correspondence"} field of the JSON output: every axis, numbers at full precision. */
    public void json(Result r, JsonGenerator g) throws IOException {
        CorrespondenceAnalysis ca = r.analysis();
        g.writeObjectFieldStart("correspondence");
        g.writeStringField("by", r.variable());
        g.writeNumberField("total", ca.total());
        g.writeNumberField("totalInertia", ca.totalInertia());
        g.writeNumberField("chiSquare", ca.chiSquare());
        strings(g, "droppedTerms", r.table().droppedTerms());
        strings(g, "droppedGroups", r.table().droppedGroups());
        g.writeArrayFieldStart("axes");
        for (int k = 0; k < ca.axes(); k++) {
            g.writeStartObject();
            g.writeNumberField("axis", k + 1);
            g.writeNumberField("eigenvalue", ca.eigenvalue(k));
            g.writeNumberField("percent", ca.percent(k));
            g.writeNumberField("cumulativePercent", ca.cumulativePercent(k));
            g.writeEndObject();
        }
        g.writeEndArray();
        points(g, "groups", ca.columns(), ca.axes());
        points(g, "terms", ca.rows(), ca.axes());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void points(JsonGenerator g, String field, List<CorrespondenceAnalysis.Point> points, int axes) throws IOException {
        g.writeArrayFieldStart(field);
        for (CorrespondenceAnalysis.Point p : points) {
            g.writeStartObject();
            g.writeStringField("label", p.label());
            g.writeNumberField("mass", p.mass());
            g.writeNumberField("inertia", p.inertia());
            double[][] values = new double[3][axes];
            for (int k = 0; k < axes; k++) {
                values[0][k] = p.coordinate(k);
                values[1][k] = p.contribution(k);
                values[2][k] = p.cos2(k);
            }
            String[] names = {"coordinates", "contributions", "cos2"};
            for (int i = 0; i < 3; i++) {
                g.writeFieldName(names[i]);
                g.writeArray(values[i], 0, axes);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The CSV columns the correspondence rows add to the term table's. */
    public static final List<String> CSV_COLUMNS = List.of("axis", "eigenvalue", "inertiaPercent", "cumulativePercent", "mass",
            "coordinate", "contribution", "cos2");

    /**
     * The CSV rows, in long form after the term tables' columns ({@code method,rank,term,occurrences,answers,percent,
     * forms}): {@code ca-axis} rows carry an axis's eigenvalue and shares, {@code ca-group} and {@code ca-term} rows
     * a point's label (in {@code term}), mass, coordinate, contribution and cos² on one axis.
     */
    public static void csv(Result r, CSVPrinter p) throws IOException {
        CorrespondenceAnalysis ca = r.analysis();
        for (int k = 0; k < ca.axes(); k++) {
            p.printRecord("ca-axis", "", "", "", "", "", "", k + 1, plain(ca.eigenvalue(k)), plain(ca.percent(k)),
                    plain(ca.cumulativePercent(k)), "", "", "", "");
        }
        for (String side : List.of("ca-group", "ca-term")) {
            for (CorrespondenceAnalysis.Point pt : side.equals("ca-group") ? ca.columns() : ca.rows()) {
                for (int k = 0; k < ca.axes(); k++) {
                    p.printRecord(side, "", CsvStatsWriter.safe(pt.label()), "", "", "", "", k + 1, "", "", "", plain(pt.mass()),
                            plain(pt.coordinate(k)), plain(pt.contribution(k)), plain(pt.cos2(k)));
                }
            }
        }
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).toPlainString();
    }
}
