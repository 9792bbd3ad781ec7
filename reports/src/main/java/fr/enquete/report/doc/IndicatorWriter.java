package fr.enquete.report.doc;

import fr.enquete.model.SourceLocation;

import fr.enquete.report.*;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import fr.enquete.indicator.Change;
import fr.enquete.indicator.Comparison;
import fr.enquete.indicator.Gap;
import fr.enquete.indicator.Indicator;
import fr.enquete.indicator.IndicatorAnalysis;
import fr.enquete.indicator.IndicatorChecks;
import fr.enquete.indicator.Measure;
import fr.enquete.indicator.Ranking;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Indicator results for terminals (text) and pipelines (JSON, CSV). */
public final class IndicatorWriter {

    private final Lang lang;
    private final IndicatorTables tables;

    public IndicatorWriter(Lang lang) {
        this.lang = lang;
        this.tables = new IndicatorTables(lang);
    }

    public void text(IndicatorAnalysis a, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Labels labels = tables.labels();
        Comparison c = a.comparison();
        fr.enquete.indicator.Portrait portrait = a.portrait();
        if (!portrait.keyFigures().isEmpty()) {
            w.println(labels.get("ind.key"));
            TextStatsWriter.print(w, tables.keyFigures(c, portrait.keyFigures()));
            w.println();
        }
        w.println(tables.comparisonTitle(c));
        TextStatsWriter.print(w, tables.comparison(c));
        tables.provisionalNote(IndicatorTables.shown(c)).ifPresent(w::println);
        w.println();
        if (!c.hasReference()) {
            w.println(labels.get("ind.noreference"));
        }
        for (String s : new IndicatorReportBuilder(lang).sentences(a)) {
            w.println("- " + s);
        }
        if (!portrait.gapTrends().isEmpty()) {
            w.println();
            w.println(MessageFormat.format(labels.get("ind.gaps"), c.reference()));
            TextStatsWriter.print(w, tables.gapTrends(portrait.gapTrends()));
            portrait.gapTrends().forEach(g -> w.println("- " + tables.gapSentence(g)));
        }
        if (!portrait.targets().isEmpty()) {
            w.println();
            w.println(labels.get("ind.targets"));
            TextStatsWriter.print(w, tables.targets(portrait.targets()));
            portrait.targets().forEach(t -> w.println("- " + tables.targetSentence(t)));
        }
        for (fr.enquete.indicator.Complement k : portrait.complements()) {
            w.println();
            w.println(tables.complementSentence(k));
            k.refused().forEach(m -> w.println("- " + m.text(lang.locale())));
        }
        if (a.changes() != null) {
            w.println();
            w.println(tables.changesTitle(a.changes(), a.from(), a.to()));
            TextStatsWriter.print(w, tables.changes(a.changes(), a.from(), a.to()));
            tables.provisionalNote(IndicatorTables.shown(a.changes())).ifPresent(w::println);
        }
        if (a.ranking() != null) {
            w.println();
            w.println(tables.rankingTitle(a.ranking()));
            TextStatsWriter.print(w, tables.ranking(a.ranking()));
        }
        w.println();
        checks(a, w);
        w.flush();
    }

    /** The consistency checks, one a line, and the rows skipped. */
    public void checks(IndicatorAnalysis a, PrintWriter w) {
        Labels labels = tables.labels();
        w.println(labels.get("ind.checks"));
        if (a.checks().isEmpty()) {
            w.println("  " + labels.get("ind.nochecks"));
        }
        a.checks().forEach(f -> w.println("- " + f.text(lang.locale())));
        if (!a.table().notes().isEmpty()) {
            w.println(labels.get("ind.notes"));
            a.table().notes().forEach(n -> w.println("- " + n.text(lang.locale())));
        }
    }

    /**
     * {@code {"source", "territories", "reference", "comparison": [{"indicator", "year", "parent", "values": {T: {"value",
     * "unit", "decimals", "provisional"}}, "gaps": {T: {"points" | "per_1000", "reference_per_1000" | "ratio", "relative", "direction"}}, "variations": {T: {"from", "to", "change": {...}}}}], "changes", "ranking",
     * "checks": [{"where", "code", "message"}], "notes": [{"where", "code", "message"}]}}; values unrounded.
     */
    public void json(IndicatorAnalysis a, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            Comparison c = a.comparison();
            g.writeStartObject();
            // The file's name, as every other output gives it: the path as typed made the bytes depend on the working folder.
            g.writeStringField("source", fileName(a.table().source()));
            g.writeArrayFieldStart("territories");
            for (String t : c.territories()) {
                g.writeString(t);
            }
            g.writeEndArray();
            g.writeStringField("reference", c.reference());
            portrait(g, a);
            g.writeArrayFieldStart("comparison");
            for (Comparison.Line line : c.lines()) {
                g.writeStartObject();
                g.writeStringField("indicator", line.indicator());
                g.writeNumberField("year", line.year());
                schoolYear(g, "period", line.period());
                if (line.parent() != null) {
                    g.writeStringField("parent", line.parent());
                }
                g.writeObjectFieldStart("values");
                for (int i = 0; i < c.territories().size(); i++) {
                    Indicator v = line.values().get(i);
                    if (v != null) {
                        g.writeFieldName(c.territories().get(i));
                        measure(g, v.measure());
                    }
                }
                g.writeEndObject();
                g.writeObjectFieldStart("gaps");
                for (int i = 0; i < c.territories().size(); i++) {
                    Gap gap = line.gaps().get(i);
                    if (gap != null) {
                        g.writeObjectFieldStart(c.territories().get(i));
                        if (gap.inPoints()) {
                            number(g, "points", gap.points());
                        } else if (gap.perInhabitants()) {
                            // per_1000 for counts, per_inhabitant for euros
                            String per = gap.per() == 1 ? "inhabitant" : String.valueOf(gap.per());
                            number(g, "per_" + per, gap.rate());
                            number(g, "reference_per_" + per, gap.referenceRate());
                            // Which years' inhabitants the rates divide by (the value's, the reference's).
                            g.writeArrayFieldStart("population_years");
                            for (int year : gap.populationYears()) {
                                g.writeNumber(year);
                            }
                            g.writeEndArray();
                        } else {
                            number(g, "ratio", gap.ratio());
                        }
                        if (!Double.isNaN(gap.relative())) {
                            number(g, "relative", gap.relative());
                        }
                        g.writeNumberField("direction", gap.direction());
                        g.writeEndObject();
                    }
                }
                g.writeEndObject();
                if (line.variations().stream().anyMatch(java.util.Objects::nonNull)) {
                    g.writeObjectFieldStart("variations");
                    for (int i = 0; i < c.territories().size(); i++) {
                        Indicator v = line.variations().get(i);
                        if (v != null) {
                            g.writeObjectFieldStart(c.territories().get(i));
                            g.writeNumberField("from", v.period().from());
                            g.writeNumberField("to", v.period().to());
                            // Over school years, as the changes: "2015-2016" to "2019-2020" (printed "2015-2020").
                            schoolYear(g, "from_period", v.period().start());
                            schoolYear(g, "to_period", v.period().end());
                            g.writeFieldName("change");
                            measure(g, v.measure());
                            g.writeEndObject();
                        }
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            if (a.changes() != null) {
                g.writeArrayFieldStart("changes");
                for (Change ch : a.changes()) {
                    g.writeStartObject();
                    g.writeStringField("indicator", ch.indicator());
                    g.writeStringField("territory", ch.territory());
                    g.writeNumberField("from", ch.from());
                    g.writeNumberField("to", ch.to());
                    schoolYear(g, "from_period", ch.start().period());
                    schoolYear(g, "to_period", ch.end().period());
                    g.writeFieldName("start");
                    measure(g, ch.start().measure());
                    g.writeFieldName("end");
                    measure(g, ch.end().measure());
                    number(g, "difference", ch.difference());
                    number(g, "relative", ch.relative());
                    number(g, "annual", ch.annual());
                    number(g, "per_year", ch.perYear());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (a.ranking() != null) {
                Ranking r = a.ranking();
                g.writeObjectFieldStart("ranking");
                g.writeStringField("indicator", r.indicator());
                g.writeNumberField("year", r.year());
                if (!r.entries().isEmpty()) {
                    schoolYear(g, "period", r.entries().get(0).value().period());
                }
                if (r.level() != null) {
                    g.writeStringField("level", r.level());
                }
                g.writeBooleanField("ascending", r.ascending());
                g.writeArrayFieldStart("entries");
                for (Ranking.Entry e : r.entries()) {
                    g.writeStartObject();
                    g.writeNumberField("rank", e.rank());
                    g.writeStringField("territory", e.value().territory());
                    g.writeFieldName("value");
                    measure(g, e.value().measure());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeArrayFieldStart("checks");
            for (IndicatorChecks.Finding f : a.checks()) {
                g.writeStartObject();
                SourceLocation w = f.where();
                g.writeStringField("where", new SourceLocation(fileName(w.file()), w.row(), w.line(), w.column()).toString());
                // The wording in the report's language, and the kind of finding as a code that does not change with it.
                g.writeStringField("code", f.message().key());
                g.writeStringField("message", f.message().text(lang.locale()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notes");
            for (fr.enquete.model.Message n : a.table().notes()) {
                // As the checks: a code that does not change with the language (the message's key), for a pipeline to act
                // on without parsing the sentence, where it was read, and the note as printed.
                g.writeStartObject();
                if (!n.args().isEmpty() && n.args().get(0) instanceof SourceLocation w) {
                    g.writeStringField("where", new SourceLocation(fileName(w.file()), w.row(), w.line(), w.column()).toString());
                }
                g.writeStringField("code", n.key());
                g.writeStringField("message", n.text(lang.locale()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /**
     * {@code "key_figures": [{"indicator", "year", "values": {T: measure}}], "gap_trends": [{"indicator", "territory", "reference",
     * "trend", "change", "change_per_year", "points": [{"year", "value", "reference_value", "gap"}]}], "targets": [{"indicator",
     * "territory", "reference", "kind": "gap"|"value", "factor", "year", "baseline", "current", "start", "now", "goal", "distance",
     * "reached"}], "complements": [{"name", "whole", "part", "computed", "refused": [...]}]}: only those the portrait has.
     */
    private void portrait(JsonGenerator g, IndicatorAnalysis a) throws IOException {
        fr.enquete.indicator.Portrait p = a.portrait();
        Comparison c = a.comparison();
        if (!p.keyFigures().isEmpty()) {
            g.writeArrayFieldStart("key_figures");
            for (String key : p.keyFigures()) {
                for (Comparison.Line line : c.lines()) {
                    if (!line.indicator().equals(key)) {
                        continue;
                    }
                    g.writeStartObject();
                    g.writeStringField("indicator", key);
                    g.writeNumberField("year", line.year());
                    g.writeObjectFieldStart("values");
                    for (int i = 0; i < c.territories().size(); i++) {
                        if (line.values().get(i) != null) {
                            g.writeFieldName(c.territories().get(i));
                            measure(g, line.values().get(i).measure());
                        }
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        }
        if (!p.gapTrends().isEmpty()) {
            g.writeArrayFieldStart("gap_trends");
            for (fr.enquete.indicator.GapTrend t : p.gapTrends()) {
                g.writeStartObject();
                g.writeStringField("indicator", t.indicator());
                g.writeStringField("territory", t.territory());
                g.writeStringField("reference", t.reference());
                g.writeStringField("unit", t.inPoints() ? "points" : t.first().value().measure().unit().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("trend", t.trend().name().toLowerCase(java.util.Locale.ROOT));
                number(g, "change", t.change());
                number(g, "change_per_year", t.changePerYear());
                g.writeArrayFieldStart("points");
                for (fr.enquete.indicator.GapTrend.Point pt : t.points()) {
                    g.writeStartObject();
                    g.writeNumberField("year", pt.year());
                    schoolYear(g, "period", pt.value().period());
                    number(g, "value", pt.value().measure().value());
                    number(g, "reference_value", pt.referenceValue().measure().value());
                    number(g, "gap", pt.gap());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringField("sentence", tables.gapSentence(t));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!p.targets().isEmpty()) {
            g.writeArrayFieldStart("targets");
            for (fr.enquete.indicator.Target.Status s : p.targets()) {
                g.writeStartObject();
                g.writeStringField("indicator", s.target().indicator());
                g.writeStringField("territory", s.territory());
                if (s.reference() != null) {
                    g.writeStringField("reference", s.reference());
                }
                g.writeStringField("kind", s.target().onGap() ? "gap" : "value");
                if (s.target().onGap()) {
                    number(g, "factor", s.target().factor());
                }
                g.writeNumberField("year", s.target().year());
                if (s.target().schoolYear()) {
                    g.writeStringField("period", s.target().deadline());
                }
                g.writeNumberField("baseline", s.baseline());
                g.writeNumberField("current", s.current());
                if (s.schoolYears()) {
                    g.writeStringField("baseline_period", s.baselineLabel());
                    g.writeStringField("current_period", s.currentLabel());
                }
                number(g, "start", s.start());
                number(g, "now", s.now());
                number(g, "goal", s.goal());
                number(g, "distance", s.distance());
                g.writeBooleanField("reached", s.reached());
                g.writeStringField("sentence", tables.targetSentence(s));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!p.complements().isEmpty()) {
            g.writeArrayFieldStart("complements");
            for (fr.enquete.indicator.Complement k : p.complements()) {
                g.writeStartObject();
                g.writeStringField("name", k.name());
                g.writeStringField("whole", k.whole());
                g.writeStringField("part", k.part());
                g.writeNumberField("computed", k.table().values().stream().filter(i -> i.territory().equals(k.name())).count());
                g.writeArrayFieldStart("refused");
                for (fr.enquete.model.Message m : k.refused()) {
                    g.writeString(m.text(lang.locale()));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    /**
     * A figure as JSON and CSV give it: unrounded, as the docs promise (a rate of 0,032 per 1 000 inhabitants was written
     * 0.03, the survey reports' two decimals), to twelve significant digits so that -5,3 - (-2,6) reads -2.7 and not
     * -2.6999999999999997; null (JSON) or empty (CSV) when there is none.
     */
    static BigDecimal unrounded(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        BigDecimal d = new BigDecimal(value, new MathContext(12)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static void number(JsonGenerator g, String field, double value) throws IOException {
        BigDecimal d = unrounded(value);
        if (d == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, d);
        }
    }

    private static void measure(JsonGenerator g, Measure m) throws IOException {
        g.writeStartObject();
        g.writeNumberField("value", m.value());
        g.writeStringField("unit", m.unit().name().toLowerCase(java.util.Locale.ROOT));
        g.writeNumberField("decimals", m.decimals());
        if (m.provisional()) {
            g.writeBooleanField("provisional", true);
        }
        g.writeEndObject();
    }

    /**
     * A tidy long table for pipelines: {@code table,indicator,territory,period,measure,value} where table is
     * {@code comparison} (measures value, points, ratio, relative, and "published change" over its own period, with its
     * unit when not % and "provisional" before it when so marked), {@code change} (start, end, difference,
     * per year, relative, annual), {@code gap} ("gap to REFERENCE" at each year), {@code target} (goal, current, distance; period: latest
     * year-deadline) or {@code ranking} (rank, value); full precision, decimal point.
     */
    /**
     * The CSV's name of a published change: "published change" for a relative one in %, with its unit otherwise
     * ("published change (number)": the CAF's annual +16 places read as +16 % in a column of 5-year percentages),
     * "provisional" before it when the table says so.
     */
    static String publishedChange(Measure m) {
        String unit = switch (m.unit()) {
            case PERCENT -> "";
            case NUMBER -> " (number)";
            case EURO -> " (euros)";
            case POINTS -> " (points)";
            case PER_MILLE -> " (per mille)";
        };
        return (m.provisional() ? "provisional " : "") + "published change" + unit;
    }

    public void csv(IndicatorAnalysis a, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
        p.printRecord("table", "indicator", "territory", "period", "measure", "value");
        Comparison c = a.comparison();
        for (Comparison.Line line : c.lines()) {
            for (int i = 0; i < c.territories().size(); i++) {
                Indicator v = line.values().get(i);
                if (v == null) {
                    continue;
                }
                String t = c.territories().get(i);
                row(p, "comparison", line.named(), t, line.period().toString(), "value", v.measure().value());
                Gap gap = line.gaps().get(i);
                if (gap != null) {
                    if (gap.inPoints()) {
                        row(p, "comparison", line.named(), t, line.period().toString(), "points", gap.points());
                    } else if (gap.perInhabitants()) {
                        String per = gap.per() == 1 ? "per inhabitant" : "per " + gap.per();
                        row(p, "comparison", line.named(), t, line.period().toString(), per, gap.rate());
                        row(p, "comparison", line.named(), t, line.period().toString(), "reference " + per, gap.referenceRate());
                    } else {
                        row(p, "comparison", line.named(), t, line.period().toString(), "ratio", gap.ratio());
                    }
                    if (!Double.isNaN(gap.relative())) {
                        row(p, "comparison", line.named(), t, line.period().toString(), "relative", gap.relative());
                    }
                }
                Indicator d = line.variations().get(i);
                if (d != null) {
                    row(p, "comparison", line.named(), t, d.period().toString(), publishedChange(d.measure()), d.measure().value());
                }
            }
        }
        if (a.changes() != null) {
            for (Change ch : a.changes()) {
                // School years as an ISO 8601 interval is written, start/end: "2018-2019/2019-2020".
                String period = ch.start().period().schoolYear() ? ch.start().period() + "/" + ch.end().period() : ch.from() + "-" + ch.to();
                row(p, "change", ch.indicator(), ch.territory(), period, "start", ch.start().measure().value());
                row(p, "change", ch.indicator(), ch.territory(), period, "end", ch.end().measure().value());
                row(p, "change", ch.indicator(), ch.territory(), period, "difference", ch.difference());
                row(p, "change", ch.indicator(), ch.territory(), period, "per year", ch.perYear());
                row(p, "change", ch.indicator(), ch.territory(), period, "relative", ch.relative());
                row(p, "change", ch.indicator(), ch.territory(), period, "annual", ch.annual());
            }
        }
        for (fr.enquete.indicator.GapTrend t : a.portrait().gapTrends()) {
            for (fr.enquete.indicator.GapTrend.Point pt : t.points()) {
                row(p, "gap", t.indicator(), t.territory(), pt.value().period().toString(), "gap to " + t.reference(), pt.gap());
            }
        }
        for (fr.enquete.indicator.Target.Status s : a.portrait().targets()) {
            // From the latest figure to the deadline; school years as printed, joined as a change's are ("2019-2020/2025-2026").
            String period = s.schoolYears() || s.target().schoolYear() ? s.currentLabel() + "/" + s.target().deadline()
                    : s.current() + "-" + s.target().year();
            String what = s.target().onGap() ? "gap to " + s.reference() : "value";
            row(p, "target", s.target().indicator(), s.territory(), period, "goal " + what, s.goal());
            row(p, "target", s.target().indicator(), s.territory(), period, "current " + what, s.now());
            row(p, "target", s.target().indicator(), s.territory(), period, "distance", s.distance());
        }
        if (a.ranking() != null) {
            Ranking r = a.ranking();
            for (Ranking.Entry e : r.entries()) {
                row(p, "ranking", r.indicator(), e.value().territory(), e.value().period().toString(), "rank", e.rank());
                row(p, "ranking", r.indicator(), e.value().territory(), e.value().period().toString(), "value", e.value().measure().value());
            }
        }
        p.flush();
    }

    private static void row(CSVPrinter p, String table, String indicator, String territory, String period, String measure, double value)
            throws IOException {
        BigDecimal d = unrounded(value);
        String v = d == null ? "" : d.toPlainString();
        p.printRecord(table, CsvStatsWriter.safe(indicator), CsvStatsWriter.safe(territory), period, measure, v);
    }

    /** A school year's name beside the year it is keyed by ("2019-2020" for 2020); nothing for a year. */
    private static void schoolYear(JsonGenerator g, String field, fr.enquete.indicator.Period p) throws IOException {
        if (p.schoolYear()) {
            g.writeStringField(field, p.toString());
        }
    }

    /** The last element of a path as written ("fixtures/indicateurs/lens.tsv" gives "lens.tsv"). */
    private static String fileName(String path) {
        if (path == null) {
            return null;
        }
        java.nio.file.Path name = java.nio.file.Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }
}
