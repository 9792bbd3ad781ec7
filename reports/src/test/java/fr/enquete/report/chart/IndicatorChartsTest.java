package fr.enquete.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.indicator.Comparison;
import fr.enquete.indicator.GapTrend;
import fr.enquete.indicator.IndicatorReader;
import fr.enquete.indicator.IndicatorTable;
import fr.enquete.report.Lang;
import fr.enquete.report.doc.Report;
import fr.enquete.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the portrait's charts plot, read back from their datasets, against seed 001's Lens table and seed 000's incomes.
 * Radar indices by hand (Python): 100 * 67.7 / 53.9 = 125.603, 100 * 38.7 / 51.6 = 75.0.
 */
class IndicatorChartsTest {

    private static final IndicatorCharts CHARTS = new IndicatorCharts(Lang.FR);

    @TempDir
    Path dir;

    private static IndicatorTable table(String name) {
        return IndicatorReader.read(Fixtures.home().resolve("fixtures/indicateurs").resolve(name));
    }

    @Test
    void barsHoldTheSharesNotTheCountsNorThePublishedEvolutions() {
        Comparison c = Comparison.of(table("lens-cadrage.tsv"), List.of(), "Pas-de-Calais", null);
        List<Drawing> charts = CHARTS.bars(c);
        // 21 shares in the table once "Evolution ..." lines (changes, not shares) are left out: three charts of at most ten.
        List<Comparison.Line> shares = c.lines().stream().filter(l -> l.values().get(0) != null
                && l.values().get(0).measure().unit() == fr.enquete.indicator.Unit.PERCENT && !l.indicator().startsWith("<b>Evolution")
                && !l.indicator().startsWith("Evolution")).toList();
        assertEquals((shares.size() + 9) / 10, charts.size());
        JFreeChart chart = CHARTS.bars(c, shares.subList(0, 3));
        CategoryDataset data = ((CategoryPlot) chart.getPlot()).getDataset();
        assertEquals(List.of("Lens", "Pas-de-Calais"), data.getRowKeys());
        assertEquals("Taux de couverture Caf (2020)", data.getColumnKey(0));
        assertEquals(67.7, data.getValue("Lens", "Taux de couverture Caf (2020)").doubleValue());
        assertEquals(53.9, data.getValue("Pas-de-Calais", "Taux de couverture Caf (2020)").doubleValue());
        assertTrue(data.getColumnKeys().stream().noneMatch(k -> k.toString().startsWith("Nombre")));
    }

    @Test
    void radarIsDrawnInIndicesOfTheReference() {
        Comparison c = Comparison.of(table("lens-cadrage.tsv"), List.of(), "Pas-de-Calais", null);
        Drawing radar = CHARTS.radar(c).get(0);
        assertEquals("Parts en indice (Pas-de-Calais = 100)", radar.title());
        List<Comparison.Line> lines = c.lines().stream().filter(l -> l.indicator().equals("Taux de couverture Caf")
                || l.indicator().equals("Part des familles allocataires") || l.indicator().equals("Part de familles nombreuses")).toList();
        CategoryDataset data = ((SpiderWebPlot) CHARTS.radarChart(c, lines).getPlot()).getDataset();
        assertEquals(125.603, data.getValue("Lens", "Taux de couverture Caf").doubleValue(), 0.001);
        assertEquals(75.0, data.getValue("Lens", "Part des familles allocataires").doubleValue(), 1e-9);
        assertEquals(100.0, data.getValue("Pas-de-Calais", "Part de familles nombreuses").doubleValue(), 1e-9);
        // The shares named, in their order; a name that is no share of the comparison is refused with a suggestion.
        List<String> three = List.of("Part de familles nombreuses", "Taux de couverture Caf", "Part des familles monoparentales");
        assertThrows(IllegalArgumentException.class, () -> CHARTS.radar(c, three));
        List<String> named = List.of("Part de familles nombreuses", "Taux de couverture Caf", "dont familles monoparentales");
        Report.Chart chosen = Report.Chart.of(CHARTS.radar(c, named).get(0));
        assertTrue(chosen.png().length > 10_000);
        IllegalArgumentException two = assertThrows(IllegalArgumentException.class, () -> CHARTS.radar(c, named.subList(0, 2)));
        assertTrue(two.getMessage().contains("three shares"), two.getMessage());
        // Two shares make no radar.
        IndicatorTable mel = table("mel-contrat-de-ville.csv");
        assertEquals(1, CHARTS.radar(Comparison.of(mel, List.of(), null, null)).size());
        assertEquals(List.of(), CHARTS.radar(Comparison.of(table("bethune-reperes.csv"), List.of(), null, null)));
        // Every axis names its whole share, wrapped on lines: the names were cut in the middle, and three axes read
        // "Part des enfants … une activité", "… à moins de 6 ans", "… de l'AAEH" (seen on Lens's portrait).
        String svg = Report.Chart.of(CHARTS.radar(c).get(0)).inlineSvg("r-");
        java.util.regex.Matcher texts = java.util.regex.Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        StringBuilder drawn = new StringBuilder();
        while (texts.find()) {
            drawn.append(texts.group(1)).append(' ');
        }
        String words = drawn.toString().replace("&#39;", "'").replace("&apos;", "'").replaceAll("\\s+", " ");
        assertTrue(!words.contains("…"), words);
        for (String name : List.of("Part des enfants de moins de 3 ans Caf bénéficiaires d'un complément de mode de garde",
                "Part des enfants de moins de 3 ans dont le(s) parents(s) allocataire Caf exerce(nt) une activité",
                "Part des enfants de 3 à moins de 6 ans", "Part des enfants bénéficiaires de l'AAEH")) {
            assertTrue(words.contains(name), name + " in " + words);
        }
    }

    @Test
    void linesFollowBothTerritoriesOverTheYears() {
        IndicatorTable t = table("lomme-revenus.csv");
        GapTrend g = GapTrend.of(t, Comparison.of(t, List.of("Sud Marais 3", "Bourg Délivrance 3"), "Bourg Délivrance 3", null)).get(0);
        XYDataset data = ((XYPlot) CHARTS.line(g).getPlot()).getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(2015, data.getXValue(0, 0));
        assertEquals(1296, data.getYValue(0, 0));
        assertEquals(1996, data.getYValue(1, 3));
        Report.Chart chart = Report.Chart.of(CHARTS.lines(List.of(g)).get(0));
        String svg = chart.inlineSvg("t-");
        assertTrue(svg.contains("<title>Revenu médian des ménages par UC : Sud Marais 3 et Bourg Délivrance 3 dans le temps, l’écart en couleur</title>")
                || svg.contains("<title>Revenu médian des ménages par UC\u00A0: Sud Marais 3 et Bourg Délivrance 3 dans le temps, l'écart en couleur</title>"), svg.substring(0, 300));
        assertTrue(chart.png().length > 10_000);
    }

    /**
     * A target's chart against seed 000's incomes: the gap Sud Marais 3 minus Bourg Délivrance 3 by hand from the
     * fixture, 1296 - 1863 = -567 (2015), 1296 - 1663 = -367 (2018), 1405 - 1996 = -591 (2019 and 2020); halving the
     * 2015 gap by 2026 aims at -283,5.
     */
    @Test
    void aTargetsChartFollowsTheGapAgainstTheStraightWayToItsGoal() {
        IndicatorTable t = table("lomme-revenus.csv");
        fr.enquete.indicator.Target.Status s = fr.enquete.indicator.Target.parse("Revenu médian des ménages par UC=gap/2@2026")
                .follow(t, "Sud Marais 3", "Bourg Délivrance 3");
        XYPlot plot = (XYPlot) CHARTS.target(s).getPlot();
        XYDataset data = plot.getDataset();
        assertEquals(3, data.getSeriesCount());
        assertEquals(List.of(2015.0, 2018.0, 2019.0, 2020.0), java.util.stream.IntStream.range(0, data.getItemCount(0))
                .mapToObj(i -> data.getXValue(0, i)).toList());
        assertEquals(List.of(-567.0, -367.0, -591.0, -591.0), java.util.stream.IntStream.range(0, data.getItemCount(0))
                .mapToObj(i -> data.getYValue(0, i)).toList());
        // The way: from the 2015 gap to the goal in 2026; the goal alone as the third series.
        assertEquals(2, data.getItemCount(1));
        assertEquals(-567.0, data.getYValue(1, 0));
        assertEquals(2026.0, data.getXValue(1, 1));
        assertEquals(-283.5, data.getYValue(1, 1));
        assertEquals(-283.5, data.getYValue(2, 0));
        // 0, level with the reference, is marked and inside the axis.
        assertEquals(0.0, ((org.jfree.chart.plot.ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next()).getValue());
        assertTrue(plot.getRangeAxis().getRange().contains(0) && plot.getRangeAxis().getRange().contains(-591));
        Report.Chart chart = Report.Chart.of(CHARTS.targets(List.of(s)).get(0));
        assertEquals("Revenu médian des ménages par UC\u00A0: l'écart entre Sud Marais 3 et Bourg Délivrance 3, et l'objectif de 2026",
                chart.title());
        assertTrue(chart.png().length > 10_000);
    }

    /**
     * A table by school year drew its time axis in the years they end: 2015-2016 … 2019-2020 read 2016 … 2020, a year
     * late for a reader. The ticks name the school years as the table prints them, and shortened ("2019-20") when more
     * of them than fit side by side (the target's axis runs to 2025-2026: eleven ticks).
     */
    @Test
    void aTimeAxisOfSchoolYearsNamesThemAsTheTablePrintsThem() throws java.io.IOException {
        Path file = dir.resolve("retard-6e.csv");
        StringBuilder csv = new StringBuilder("territoire;indicateur;année;valeur;unité\n");
        double[] lens = {16.9, 16.1, 15.4, 15.0, 14.2};
        double[] pdc = {13.0, 12.6, 12.2, 11.9, 11.5};
        for (int k = 0; k < 5; k++) {
            String year = (2015 + k) + "-" + (2016 + k);
            csv.append("Lens;Part des élèves entrant en 6e avec au moins un an de retard;").append(year).append(';').append(lens[k]).append(";%\n");
            csv.append("Pas-de-Calais;Part des élèves entrant en 6e avec au moins un an de retard;").append(year).append(';').append(pdc[k]).append(";%\n");
        }
        java.nio.file.Files.writeString(file, csv.toString().replace('.', ','));
        IndicatorTable t = IndicatorReader.read(file);
        GapTrend g = GapTrend.of(t, Comparison.of(t, List.of("Lens", "Pas-de-Calais"), "Pas-de-Calais", null)).get(0);
        org.jfree.chart.axis.NumberAxis x = (org.jfree.chart.axis.NumberAxis) ((XYPlot) CHARTS.line(g).getPlot()).getDomainAxis();
        assertEquals("2015-2016", x.getTickUnit().valueToString(2016));
        assertEquals("2019-2020", x.getTickUnit().valueToString(2020));
        fr.enquete.indicator.Target.Status s = fr.enquete.indicator.Target.parse(
                "Part des élèves entrant en 6e avec au moins un an de retard=gap/2@2026").follow(t, "Lens", "Pas-de-Calais");
        org.jfree.chart.axis.NumberAxis target = (org.jfree.chart.axis.NumberAxis) ((XYPlot) CHARTS.target(s).getPlot()).getDomainAxis();
        assertEquals("2019-20", target.getTickUnit().valueToString(2020));
        assertEquals("2025-26", target.getTickUnit().valueToString(2026));
        // Years stay years.
        IndicatorTable lomme = table("lomme-revenus.csv");
        GapTrend incomes = GapTrend.of(lomme, Comparison.of(lomme, List.of("Sud Marais 3", "Bourg Délivrance 3"), "Bourg Délivrance 3", null)).get(0);
        assertEquals("2020", ((org.jfree.chart.axis.NumberAxis) ((XYPlot) CHARTS.line(incomes).getPlot()).getDomainAxis()).getTickUnit()
                .valueToString(2020));
    }

    /**
     * Shares between 11,5 % and 16,9 % (the school-year table above) put a tick every half point on the line chart's value
     * axis, all written without decimals: "12, 12, 13, 13, 14, 14 …" (seen on the rendered PNG). Each tick is now written
     * with the decimals its step needs, so no two read alike.
     */
    @Test
    void aValueAxisNeverWritesTwoTicksAlike() throws java.io.IOException {
        Path file = dir.resolve("retard-6e.csv");
        java.nio.file.Files.writeString(file, """
                territoire;indicateur;année;valeur;unité
                Lens;Part des élèves entrant en 6e avec au moins un an de retard;2015-2016;16,9;%
                Pas-de-Calais;Part des élèves entrant en 6e avec au moins un an de retard;2015-2016;13,0;%
                Lens;Part des élèves entrant en 6e avec au moins un an de retard;2019-2020;14,2;%
                Pas-de-Calais;Part des élèves entrant en 6e avec au moins un an de retard;2019-2020;11,5;%
                """);
        IndicatorTable t = IndicatorReader.read(file);
        GapTrend g = GapTrend.of(t, Comparison.of(t, List.of("Lens", "Pas-de-Calais"), "Pas-de-Calais", null)).get(0);
        JFreeChart chart = CHARTS.line(g);
        // Drawn once, so that the axis chooses its ticks for the chart's size.
        chart.createBufferedImage(720, 320);
        org.jfree.chart.axis.NumberAxis y = (org.jfree.chart.axis.NumberAxis) ((XYPlot) chart.getPlot()).getRangeAxis();
        org.jfree.chart.axis.NumberTickUnit unit = y.getTickUnit();
        List<String> ticks = new java.util.ArrayList<>();
        for (double v = Math.ceil(y.getLowerBound() / unit.getSize()) * unit.getSize(); v <= y.getUpperBound(); v += unit.getSize()) {
            // As NumberAxis writes its ticks: its format override, else the tick unit's own.
            ticks.add(y.getNumberFormatOverride() != null ? y.getNumberFormatOverride().format(v) : unit.valueToString(v));
        }
        assertTrue(ticks.size() > 3, ticks.toString());
        assertEquals(ticks.size(), ticks.stream().distinct().count(), ticks.toString());
    }
}
