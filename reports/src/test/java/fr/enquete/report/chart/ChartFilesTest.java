package fr.enquete.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.ArrayList;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/** The SVG writer (Apache Batik's generator): same layout as the PNG, same bytes on every run, ids of its own. */
class ChartFilesTest {

    private static final String LABEL = "Le partenariat avec les services et institutions à l'initiative de ces plateformes";

    /**
     * JFreeChart sizes its axes from FontMetrics.stringWidth. Batik measures on a bare image in whole-pixel advances
     * whatever the drawing's hints, which moved the plot of the centres-sociaux dpt chart from x = 100 to 106.
     */
    @Test
    void theSvgMeasuresTextAsThePngDoes() {
        assertSameInPngAndSvg(g -> {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            return g.getFontMetrics(Fonts.regular(11)).stringWidth(LABEL);
        });
    }

    @Test
    void aBarChartHasTheSamePlotAreaInSvgAsInPng() {
        assertSameInPngAndSvg(ChartFilesTest::plotArea);
    }

    /** What {@code probe} reads from a PNG's graphics and from an SVG's is the same. */
    private static void assertSameInPngAndSvg(Function<Graphics2D, Object> probe) {
        List<Object> seen = new ArrayList<>();
        ChartFiles.png(720, 246, 1, g -> seen.add(probe.apply(g)));
        ChartFiles.svg(720, 246, "t", g -> seen.add(probe.apply(g)));
        assertEquals(seen.get(0), seen.get(1));
    }

    @Test
    void theSameDrawingGivesTheSameBytesAndIdsUnderItsPrefixOnly() {
        String svg = ChartFiles.inlineSvg(720, 246, "Localisation <dpt> & co", ChartFilesTest::plotArea, "enquete7-");
        assertEquals(svg, ChartFiles.inlineSvg(720, 246, "Localisation <dpt> & co", ChartFilesTest::plotArea, "enquete7-"));
        assertTrue(svg.startsWith("<svg "), svg.substring(0, 40));
        assertFalse(svg.contains("xmlns"), "inline SVG names no external address");
        assertFalse(svg.contains("<!--"), "no generator comment");
        assertTrue(svg.contains("<title>Localisation &lt;dpt&gt; &amp; co</title>"), svg.substring(0, 600));
        List<String> ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(svg).results().map(m -> m.group(1)).toList();
        assertFalse(ids.isEmpty());
        assertTrue(ids.stream().allMatch(id -> id.startsWith("enquete7-")), ids.toString());
        List<String> refs = Pattern.compile("url\\(#([^)]+)\\)").matcher(svg).results().map(MatchResult::group).toList();
        assertFalse(refs.isEmpty(), "the chart clips");
        Pattern.compile("url\\(#([^)]+)\\)").matcher(svg).results()
                .forEach(m -> assertTrue(ids.contains(m.group(1)), m.group(1) + " is not defined in the chart"));
    }

    /** Draws a horizontal bar chart with a long label and returns its plot's area. */
    private static Rectangle2D plotArea(Graphics2D g) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(57, "n", LABEL);
        data.addValue(4, "n", "Sans réponse");
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, false, false, false);
        chart.getCategoryPlot().getDomainAxis().setTickLabelFont(Fonts.regular(9));
        chart.getCategoryPlot().getRangeAxis().setTickLabelFont(Fonts.regular(9));
        ChartRenderingInfo info = new ChartRenderingInfo();
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.draw(g, new Rectangle2D.Double(0, 0, 720, 246), info);
        return info.getPlotInfo().getDataArea();
    }

    /** A chart drawn ahead gets its title as written out: the same characters as drawing it with that title. */
    @Test
    void aTitleGivenAfterRenderingIsWrittenAsIfRenderedWithIt() {
        String title = "Êtes-vous en QPV <quartier> & \"ANRU\"\u00A0? l'an 2019\u00A0: 45,05\u00A0%";
        String ahead = ChartFiles.inlineSvg(720, 246, ChartFiles.TITLE_PLACEHOLDER, ChartFilesTest::plotArea, "enquete7-");
        assertEquals(ChartFiles.inlineSvg(720, 246, title, ChartFilesTest::plotArea, "enquete7-"), ChartFiles.titled(ahead, title));
    }
}
