package fr.enquete.report.doc;

import fr.enquete.indicator.Comparison;
import fr.enquete.indicator.IndicatorAnalysis;
import fr.enquete.indicator.IndicatorChecks;
import fr.enquete.report.IndicatorTables;
import fr.enquete.report.Lang;
import fr.enquete.report.Labels;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns indicator results into a {@link Report} (the portrait part of an ABS or a CTG diagnostic): the comparison
 * table with its reading sentences, the evolutions and ranking when asked, then the consistency checks.
 */
public final class IndicatorReportBuilder {

    private final Lang lang;
    private final IndicatorTables tables;
    private final java.util.Set<Charts> charts;
    private final List<Report.Block> maps;
    private final List<String> radar;

    public IndicatorReportBuilder(Lang lang) {
        this(lang, false, List.of());
    }

    /**
     * @param charts draw the portrait's charts: grouped bars and a radar of the shares, lines of the gaps over time
     * @param maps   maps drawn beforehand (choropleths) with their notes, put in a section of their own
     */
    public IndicatorReportBuilder(Lang lang, boolean charts, List<Report.Block> maps) {
        this(lang, charts, maps, List.of());
    }

    /** @param radar the shares of the radar, in order (empty: every whole share) */
    public IndicatorReportBuilder(Lang lang, boolean charts, List<Report.Block> maps, List<String> radar) {
        this(lang, charts ? List.of(Charts.values()) : List.of(), maps, radar);
    }

    /** @param charts the charts drawn (a study chapter may ask for some only) */
    public IndicatorReportBuilder(Lang lang, List<Charts> charts, List<Report.Block> maps, List<String> radar) {
        this(lang, charts, maps, radar, true);
    }

    private IndicatorReportBuilder(Lang lang, List<Charts> charts, List<Report.Block> maps, List<String> radar, boolean working) {
        this.lang = lang;
        this.tables = new IndicatorTables(lang);
        this.charts = java.util.Set.copyOf(charts);
        this.maps = List.copyOf(maps);
        this.radar = List.copyOf(radar);
        this.working = working;
    }

    /** Whether the reading notes (lines of the file left out or completed, with their line numbers) are printed. */
    private final boolean working;

    /**
     * The portrait as a study's readers get it: without "Lignes ignorées ou complétées", the analyst's reading notes
     * ("lens-cadrage.tsv, ligne 39 … appel retiré", "(une ventilation partielle ?)"), which a funder's document
     * printed; the checks against published figures stay. {@code enquete indicators} keeps the notes.
     */
    public IndicatorReportBuilder forStudy() {
        return new IndicatorReportBuilder(lang, List.copyOf(charts), maps, radar, false);
    }

    /** The portrait's charts: grouped bars and a radar of the shares, lines of the gaps over time. */
    public enum Charts {
        BARS, RADAR, LINES, TARGET;

        /** bars, radar, lines or target. */
        public static Charts of(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The report of {@code a}, its line under the title naming the table's source as read. */
    public Report build(IndicatorAnalysis a, String title) {
        return build(a, title, a.table().source());
    }

    /**
     * The note under the comparison naming its published figures that the consistency checks found wrong: the
     * Béthune-Bruay table's "Part de ménages non-imposés 61 %" sat under its 68 871 non-taxed households of 103 834
     * (66,33 %) with nothing to say so but the checks at the report's end.
     */
    private java.util.Optional<Report.Paragraph> flagged(IndicatorAnalysis a) {
        java.util.Set<fr.enquete.model.SourceLocation> found = new java.util.HashSet<>();
        a.checks().forEach(f -> found.add(f.where()));
        List<String> named = new ArrayList<>();
        for (Comparison.Line line : a.comparison().lines()) {
            for (List<fr.enquete.indicator.Indicator> figures : List.of(line.values(), line.variations())) {
                for (fr.enquete.indicator.Indicator i : figures) {
                    if (i != null && found.contains(i.where())) {
                        named.add(i.name() + " (" + i.territory() + ", " + i.period() + ")");
                    }
                }
            }
        }
        if (named.isEmpty()) {
            return java.util.Optional.empty();
        }
        Labels labels = tables.labels();
        return java.util.Optional.of(new Report.Paragraph(MessageFormat.format(labels.get("ind.flagged"), named.size(),
                String.join(lang == Lang.FR ? " ; " : "; ", named), labels.get("ind.checks")), true));
    }

    /** The report of {@code a}, its line under the title naming {@code source} (a study names the file, not its path). */
    public Report build(IndicatorAnalysis a, String title, String source) {
        Labels labels = tables.labels();
        List<Report.Section> sections = new ArrayList<>();
        Comparison c = a.comparison();
        fr.enquete.indicator.Portrait p = a.portrait();
        if (!p.keyFigures().isEmpty()) {
            sections.add(new Report.Section(1, "key", "", labels.get("ind.key"), "",
                    List.of(new Report.Table(tables.keyFigures(c, p.keyFigures()), false))));
        }
        // The map first: the picture of the territory before its tables.
        if (!maps.isEmpty()) {
            sections.add(new Report.Section(1, "maps", "", MessageFormat.format(labels.get("ind.maps"),
                    maps.stream().filter(b -> b instanceof Report.Figure).count()), "", maps));
        }
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Table(tables.comparison(c), false));
        tables.provisionalNote(IndicatorTables.shown(c)).ifPresent(n -> blocks.add(new Report.Paragraph(n, false)));
        flagged(a).ifPresent(blocks::add);
        fr.enquete.report.chart.IndicatorCharts drawn = new fr.enquete.report.chart.IndicatorCharts(lang);
        if (charts.contains(Charts.BARS)) {
            drawn.bars(c).stream().map(Report.Chart::of).forEach(ch -> blocks.add(new Report.Figure(ch, ch.title())));
        }
        if (charts.contains(Charts.RADAR)) {
            drawn.radar(c, radar).stream().map(Report.Chart::of).forEach(ch -> blocks.add(new Report.Figure(ch, ch.title())));
        }
        if (!c.hasReference()) {
            blocks.add(new Report.Paragraph(labels.get("ind.noreference"), false));
        }
        List<String> sentences = sentences(a);
        if (!sentences.isEmpty()) {
            blocks.add(new Report.Subheading(labels.get("ind.reading")));
            sentences.forEach(s -> blocks.add(new Report.Paragraph(s, false)));
        }
        sections.add(new Report.Section(1, "comparison", "", tables.comparisonTitle(c), "", blocks));
        if (!p.gapTrends().isEmpty()) {
            List<Report.Block> gaps = new ArrayList<>();
            gaps.add(new Report.Table(tables.gapTrends(p.gapTrends()), false));
            boolean lined = charts.contains(Charts.LINES);
            List<Report.Chart> lines = lined ? drawn.lines(p.gapTrends()).stream().map(Report.Chart::of).toList() : List.of();
            for (int i = 0; i < p.gapTrends().size(); i++) {
                if (lined) {
                    gaps.add(new Report.Figure(lines.get(i), lines.get(i).title()));
                }
                gaps.add(new Report.Paragraph(tables.gapSentence(p.gapTrends().get(i)), false));
            }
            sections.add(new Report.Section(1, "gaps", "", MessageFormat.format(labels.get("ind.gaps"), c.reference()), "", gaps));
        }
        if (!p.targets().isEmpty()) {
            List<Report.Block> targets = new ArrayList<>();
            targets.add(new Report.Table(tables.targets(p.targets()), false));
            boolean drawnTargets = charts.contains(Charts.TARGET);
            List<Report.Chart> ways = drawnTargets ? drawn.targets(p.targets()).stream().map(Report.Chart::of).toList() : List.of();
            for (int i = 0; i < p.targets().size(); i++) {
                if (drawnTargets) {
                    targets.add(new Report.Figure(ways.get(i), ways.get(i).title()));
                }
                targets.add(new Report.Paragraph(tables.targetSentence(p.targets().get(i)), false));
            }
            sections.add(new Report.Section(1, "targets", "", labels.get("ind.targets"), "", targets));
        }
        if (!p.complements().isEmpty()) {
            List<Report.Block> rest = new ArrayList<>();
            for (fr.enquete.indicator.Complement k : p.complements()) {
                rest.add(new Report.Paragraph(tables.complementSentence(k), false));
                if (!k.refused().isEmpty()) {
                    rest.add(new Report.Quotes(k.refused().stream().map(m -> m.text(lang.locale())).toList()));
                }
            }
            sections.add(new Report.Section(1, "complements", "", labels.get("ind.complements"), "", rest));
        }
        if (a.changes() != null) {
            List<Report.Block> changes = new ArrayList<>(List.of(new Report.Table(tables.changes(a.changes(), a.from(), a.to()), false)));
            tables.provisionalNote(IndicatorTables.shown(a.changes())).ifPresent(n -> changes.add(new Report.Paragraph(n, false)));
            sections.add(new Report.Section(1, "changes", "", tables.changesTitle(a.changes(), a.from(), a.to()), "", changes));
        }
        if (a.ranking() != null) {
            sections.add(new Report.Section(1, "ranking", "", tables.rankingTitle(a.ranking()), "",
                    List.of(new Report.Table(tables.ranking(a.ranking()), false))));
        }
        List<Report.Block> checks = new ArrayList<>();
        // Findings and notes are the tool's sentences, one a paragraph: in guillemets they read as someone's words.
        if (a.checks().isEmpty()) {
            checks.add(new Report.Paragraph(labels.get("ind.nochecks"), false));
        } else {
            a.checks().forEach(f -> checks.add(new Report.Paragraph(f.text(lang.locale()), true)));
        }
        if (working && !a.table().notes().isEmpty()) {
            checks.add(new Report.Subheading(labels.get("ind.notes")));
            a.table().notes().forEach(n -> checks.add(new Report.Paragraph(n.text(lang.locale()), true)));
        }
        sections.add(new Report.Section(1, "checks", "", labels.get("ind.checks"), "", checks));
        // Labelled: a bare "lens-cadrage.tsv" under a study chapter's text read as a stray line.
        return new Report(title, "", MessageFormat.format(labels.get("ind.source"), source), lang, sections);
    }

    /** One reading sentence per territory and indicator with a value and a reference to compare with. */
    public List<String> sentences(IndicatorAnalysis a) {
        Comparison c = a.comparison();
        List<String> out = new ArrayList<>();
        for (Comparison.Line line : c.lines()) {
            for (int i = 0; i < c.territories().size(); i++) {
                String s = tables.sentence(c, line, i);
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
