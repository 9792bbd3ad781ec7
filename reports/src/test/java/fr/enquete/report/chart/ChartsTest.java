package fr.enquete.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.report.Lang;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the charts plot, read back from their datasets, against the fixture's (seed 003's) figures. */
class ChartsTest {

    private static SurveyResult result;
    private static final Charts CHARTS = new Charts(Lang.FR);

    @BeforeAll
    static void analyse() {
        result = Fixtures.analyse();
    }

    @Test
    void scaleWrittenNegativeFirstIsDrawnWithItsNegativeEndLeftOfZeroAndDontKnowApart() {
        // numevol: "Pas du tout, Faiblement, Fortement, Très fortement, Je ne peux pas me prononcer".
        QuestionResult.Choices c = (QuestionResult.Choices) Fixtures.question(result, "numevol");
        JFreeChart chart = CHARTS.diverging(c);
        CategoryDataset data = ((CategoryPlot) chart.getPlot()).getDataset();
        List<?> series = data.getRowKeys();
        assertEquals(List.of("Fortement", "Très fortement", "Faiblement", "Pas du tout"), series);
        // The legend reads in the scale's order, and the axis gives percentages without a sign on either side.
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        List<String> legend = new java.util.ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            legend.add(plot.getLegendItems().get(i).getLabel());
        }
        assertEquals(List.of("Pas du tout", "Faiblement", "Fortement", "Très fortement"), legend);
        java.text.NumberFormat ticks = ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).getNumberFormatOverride();
        assertEquals("20", ticks.format(-20.0));
        assertEquals("20", ticks.format(20.0));
        assertTrue(!plot.getDomainAxis().isTickMarksVisible(), "no stray tick beside the single bar");
        assertTrue(data.getValue("Fortement", " ").doubleValue() > 0);
        assertTrue(data.getValue("Très fortement", " ").doubleValue() > 0);
        assertTrue(data.getValue("Faiblement", " ").doubleValue() < 0);
        assertTrue(data.getValue("Pas du tout", " ").doubleValue() < 0);
        double sum = 0;
        for (int s = 0; s < data.getRowCount(); s++) {
            sum += Math.abs(data.getValue(s, 0).doubleValue());
        }
        String apart = ((TextTitle) chart.getSubtitle(1)).getText();
        assertTrue(apart.startsWith("Je ne peux pas me prononcer"), apart);
        assertTrue(apart.contains("Sans réponse"), apart);
        // What is drawn plus what is stated apart is every respondent.
        double apartPercent = c.rows().stream().filter(r -> r.missing() || r.label().startsWith("Je ne peux")).mapToDouble(r -> r.percent()).sum();
        assertEquals(100, sum + apartPercent, 1e-9);
        // The axis says whose percentages they are: every one of the 91 respondents (seed 003's base), where the
        // summary sentence above the chart counts the 77 who placed themselves on the scale.
        assertEquals("Pourcentage des 91 répondants", plot.getRangeAxis().getLabel().replace('\u00A0', ' '));
    }

    @Test
    void scaleWrittenPositiveFirstKeepsItsOrder() {
        // illect: "Oui, tout à fait. / Oui, plutôt. / Non, plutôt pas. / Non, pas du tout" (the last at 0 %).
        QuestionResult.Choices c = (QuestionResult.Choices) Fixtures.question(result, "illect");
        CategoryDataset data = ((CategoryPlot) CHARTS.diverging(c).getPlot()).getDataset();
        assertEquals(List.of("Oui, plutôt.", "Oui, tout à fait.", "Non, plutôt pas.", "Non, pas du tout"), data.getRowKeys());
        assertEquals(0.0, data.getValue("Non, pas du tout", " ").doubleValue(), 0);
    }

    @Test
    void barsShowEveryChoiceInOrderWithCountsAndPercentages() {
        QuestionResult.Choices dpt = (QuestionResult.Choices) Fixtures.question(result, "dpt");
        JFreeChart chart = CHARTS.bars(dpt);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        assertEquals(List.of("59", "62", "02", "60", "80", "Sans réponse"), plot.getDataset().getColumnKeys());
        String label = plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 0);
        assertEquals("58 (63,74\u00A0%)", label, "seed 003: 59 = 58, 63,74 %");
        assertEquals(Palette.GREY, plot.getRenderer().getItemPaint(0, 5), "no answer in grey");
    }

    @Test
    void histogramUsesRsBreaksAndTheTablesQuartiles() {
        QuestionResult.Numeric adherents = (QuestionResult.Numeric) Fixtures.question(result, "adherents");
        JFreeChart chart = CHARTS.histogram(adherents);
        IntervalXYDataset data = (IntervalXYDataset) ((XYPlot) chart.getPlot()).getDataset();
        assertEquals(6, data.getItemCount(0));
        assertEquals(0, data.getStartXValue(0, 0));
        assertEquals(500, data.getEndXValue(0, 0));
        assertEquals(34, data.getYValue(0, 0));
        String note = ((TextTitle) chart.getSubtitle(0)).getText();
        assertEquals("Pointillés\u00A0: 1er quartile 365, médiane 685,5, 3ème quartile 1\u00A0033,5", note);
        assertEquals(3, ((XYPlot) chart.getPlot()).getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
    }

    @Test
    void aFilteredQuestionNobodyWasAskedDrawsNoChartRatherThanBarsAtNaN() throws java.io.IOException {
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("base0", ".csv");
        try {
            java.nio.file.Files.writeString(csv, "id,a,b\n1,Oui,X\n2,Oui,Y\n3,Oui,X\n");
            fr.enquete.model.Question a = fr.enquete.model.Question.builder("a", fr.enquete.model.QuestionType.SINGLE)
                    .choices(List.of("Oui", "Non")).build();
            fr.enquete.model.Question b = fr.enquete.model.Question.builder("b", fr.enquete.model.QuestionType.SINGLE)
                    .choices(List.of("X", "Y")).filter(fr.enquete.model.FilterParser.parse("a = \"Non\"")).build();
            SurveyResult r = fr.enquete.stats.SurveyAnalyzer.analyze(
                    fr.enquete.importer.Importers.open(csv, fr.enquete.importer.ImportOptions.DEFAULTS),
                    new fr.enquete.model.Survey("t", List.of(a, b)), fr.enquete.stats.AnalysisOptions.DEFAULTS);
            QuestionResult asked = Fixtures.question(r, "b");
            assertEquals(0, asked.base(), "nobody answered Non: nobody was asked b");
            assertEquals(List.of(), CHARTS.of(asked, "b"));
            // The question everybody was asked still has its bars, drawn at finite coordinates.
            Drawing chart = CHARTS.of(Fixtures.question(r, "a"), "a").get(0);
            String svg = ChartFiles.svg(chart.width(), chart.height(), "a", chart.drawing());
            assertTrue(!svg.contains("NaN"), svg);
        } finally {
            java.nio.file.Files.delete(csv);
        }
    }

    @Test
    void aYearHistogramHasAYearAxisWithoutThousandsSeparators() {
        // creation (type: year): Python's statistics.quantiles(x, n=4, method='inclusive') on the 86 years: 1978, 1992.5, 2004.
        QuestionResult.Numeric creation = (QuestionResult.Numeric) Fixtures.question(result, "creation");
        JFreeChart chart = CHARTS.histogram(creation);
        org.jfree.chart.axis.NumberAxis x = (org.jfree.chart.axis.NumberAxis) ((XYPlot) chart.getPlot()).getDomainAxis();
        assertEquals("1950", x.getTickUnit().valueToString(1950), "a year, not 1 950");
        assertEquals("Pointillés\u00A0: 1er quartile 1978, médiane 1992,5, 3ème quartile 2004", ((TextTitle) chart.getSubtitle(0)).getText());
        // A quantity keeps its separator.
        QuestionResult.Numeric adherents = (QuestionResult.Numeric) Fixtures.question(result, "adherents");
        org.jfree.chart.axis.NumberAxis ax = (org.jfree.chart.axis.NumberAxis) ((XYPlot) CHARTS.histogram(adherents).getPlot()).getDomainAxis();
        assertEquals("1\u00A0500", ax.getTickUnit().valueToString(1500));
    }

    /** A box plot's axis names its quartiles' method in words: "(type 7)" alone told a reader nothing (rendered review). */
    @Test
    void aBoxPlotsAxisSaysItsQuartilesMethod() {
        QuestionResult.Numeric n = (QuestionResult.Numeric) Fixtures.question(result, "salaries");
        JFreeChart chart = CHARTS.boxPlot(n);
        assertEquals("Nombre de salariés (quartiles de type 7)", ((CategoryPlot) chart.getPlot()).getRangeAxis().getLabel());
        assertEquals("Nombre de salariés (type 7 quartiles)",
                ((CategoryPlot) new Charts(Lang.EN).boxPlot(n).getPlot()).getRangeAxis().getLabel());
    }

    /**
     * A box plot of one value (one centre's 6 employees): its axis spanned nothing, and its twenty ticks all read "6"
     * (rendered review). Each tick must read differently.
     */
    @Test
    void theAxisOfABoxPlotOfOneValueReadsDistinctTicks() {
        QuestionResult.Numeric fixture = (QuestionResult.Numeric) Fixtures.question(result, "salaries");
        QuestionResult.Numeric one = new QuestionResult.Numeric(fixture.question(), 1,
                fr.enquete.stats.NumericSummary.of(new double[] {6}, fixture.summary().method()), fixture.histogram());
        for (QuestionResult.Numeric n : List.of(one, fixture)) {
            JFreeChart chart = CHARTS.boxPlot(n);
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(720, 130, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 720, 130), info);
            org.jfree.chart.axis.ValueAxis axis = ((CategoryPlot) chart.getPlot()).getRangeAxis();
            List<?> all = axis.refreshTicks(g, new org.jfree.chart.axis.AxisState(), info.getPlotInfo().getDataArea(),
                    org.jfree.chart.ui.RectangleEdge.TOP);
            List<String> ticks = all.stream().map(t -> ((org.jfree.chart.axis.Tick) t).getText()).filter(t -> !t.isEmpty()).toList();
            g.dispose();
            assertTrue(ticks.size() >= 2, n.summary().count() + " values: " + ticks);
            assertEquals(ticks.size(), new java.util.HashSet<>(ticks).size(), n.summary().count() + " values: " + ticks);
            assertTrue(axis.getLowerBound() <= n.summary().min() && axis.getUpperBound() >= n.summary().max(), ticks.toString());
        }
    }

    /**
     * Under statistical secrecy a box plot's whiskers reached the minimum and the maximum, each one centre's own number
     * of employees (3 and 80 on the fixture, pandas): the whiskers now end on the box (Q1 9,25, Q3 24,75) and a subtitle
     * says why. The box, the median (14) and the mean stay.
     */
    @Test
    void underSecrecyABoxPlotDrawsNoWhiskerToAnExtreme() {
        QuestionResult.Numeric open = (QuestionResult.Numeric) Fixtures.question(result, "salaries");
        org.jfree.data.statistics.BoxAndWhiskerCategoryDataset drawn = (org.jfree.data.statistics.BoxAndWhiskerCategoryDataset)
                ((CategoryPlot) CHARTS.boxPlot(open).getPlot()).getDataset();
        assertEquals(3, drawn.getMinRegularValue(0, 0).doubleValue(), 1e-9);
        assertEquals(80, drawn.getMaxRegularValue(0, 0).doubleValue(), 1e-9);

        QuestionResult.Numeric secret = (QuestionResult.Numeric) Fixtures.question(result.withSecret(5), "salaries");
        JFreeChart chart = CHARTS.boxPlot(secret);
        org.jfree.data.statistics.BoxAndWhiskerCategoryDataset box = (org.jfree.data.statistics.BoxAndWhiskerCategoryDataset)
                ((CategoryPlot) chart.getPlot()).getDataset();
        assertEquals(9.25, box.getMinRegularValue(0, 0).doubleValue(), 1e-9);
        assertEquals(24.75, box.getMaxRegularValue(0, 0).doubleValue(), 1e-9);
        assertEquals(14, box.getMedianValue(0, 0).doubleValue(), 1e-9);
        org.jfree.data.Range range = ((CategoryPlot) chart.getPlot()).getRangeAxis().getRange();
        assertTrue(range.getUpperBound() < 80 && range.getLowerBound() > 3, "the axis reaches no extreme: " + range);
        assertEquals("Boîte des quartiles sans moustaches\u00A0: le minimum et le maximum ne sont pas publiés (secret statistique).",
                ((TextTitle) chart.getSubtitle(0)).getText());
    }

    /**
     * A year's axis ticks whole years. The first thirteen centres' years of agrément under --secret 5 (numpy on the
     * fixture: 2013, 2017, one blank, 2011, 2013, 2019, 2014, 2012, 2013, 2012, 2013, 2010, 2010; quartiles of type 7:
     * 2011,75 and 2013,25; twelve answers, since up to eleven secrecy withholds the quartiles too) drew a box without whiskers over an axis reading "2013,
     * 2013,5, 2014, 2014,5": half a year of agrément means nothing.
     */
    @Test
    void aYearsAxisTicksWholeYears(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path thirteen = Fixtures.firstRespondents(dir.resolve("thirteen.csv"), 13);
        SurveyResult small = Fixtures.analyse(thirteen, fr.enquete.stats.AnalysisOptions.DEFAULTS).withSecret(5);
        QuestionResult.Numeric agrement = (QuestionResult.Numeric) Fixtures.question(small, "agrement");
        assertEquals(2011.75, agrement.summary().q1(), 1e-9);
        assertEquals(2013.25, agrement.summary().q3(), 1e-9);
        JFreeChart chart = CHARTS.boxPlot(agrement);
        // Ticks are chosen when the chart is drawn.
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(720, 160, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 720, 160));
        g.dispose();
        double tick = ((org.jfree.chart.axis.NumberAxis) ((CategoryPlot) chart.getPlot()).getRangeAxis()).getTickUnit().getSize();
        assertTrue(tick >= 1 && tick == Math.rint(tick), "a tick every " + tick + " year");
    }
}
