package fr.enquete.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.report.Lang;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Times of day and durations get a histogram, as numbers do, whose classes and ticks are whole hours or their parts
 * ("08:00", "10:00"; "6 h", "12 h"), not minutes since midnight. Before, they had their table only.
 */
class ClockHistogramTest {

    private static SurveyResult result;
    private static final Charts CHARTS = new Charts(Lang.FR);

    @BeforeAll
    static void analyse() {
        Path csv = Fixtures.home().resolve("fixtures/durations/benevoles.csv");
        var source = Importers.open(csv, ImportOptions.DEFAULTS);
        result = SurveyAnalyzer.analyze(Importers.open(csv, ImportOptions.DEFAULTS),
                fr.enquete.spec.SchemaInference.infer(source).survey(), AnalysisOptions.DEFAULTS);
    }

    /** The histogram of a question: its classes' limits and counts, and its axis's labels at each limit. */
    private static List<Object> drawn(String id) {
        return drawn(result, id);
    }

    private static List<Object> drawn(SurveyResult result, String id) {
        QuestionResult r = Fixtures.question(result, id);
        List<Drawing> charts = CHARTS.of(r, "q");
        assertEquals(List.of("q-histogram", "q-box"), charts.stream().map(Drawing::name).toList(), id);
        JFreeChart chart = CHARTS.histogram((QuestionResult.Numeric) r);
        IntervalXYDataset data = (IntervalXYDataset) ((XYPlot) chart.getPlot()).getDataset();
        NumberAxis x = (NumberAxis) ((XYPlot) chart.getPlot()).getDomainAxis();
        List<String> ticks = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < data.getItemCount(0); i++) {
            ticks.add(x.getTickUnit().valueToString(data.getStartXValue(0, i)));
            counts.add((int) data.getYValue(0, i));
        }
        ticks.add(x.getTickUnit().valueToString(data.getEndXValue(0, data.getItemCount(0) - 1)));
        return List.of(ticks, counts, ((TextTitle) chart.getSubtitle(0)).getText());
    }

    @Test
    void aTimeOfDayIsBinnedOnHours() {
        // pandas: m = pd.to_timedelta(col).dt.total_seconds() / 60 (510 to 1050); Sturges' 7 classes at most, so 2 h
        // wide: pd.cut(m, range(480, 1081, 120), right=False) (1050 under 18:00) -> 20, 0, 5, 12, 3.
        assertEquals(List.of(List.of("08:00", "10:00", "12:00", "14:00", "16:00", "18:00"), List.of(20, 0, 5, 12, 3),
                "Pointillés\u00A0: 1er quartile 09:00, médiane 11:38, 3ème quartile 14:00"), drawn("Heure d'arrivée habituelle"));
    }

    @Test
    void aDurationIsBinnedOnHoursOrTheirParts() {
        // pandas, as above: 120 to 2475 minutes in classes of 6 h, pd.cut(m, range(0, 2521, 360), right=False) ->
        // 13, 10, 5, 2, 2, 6, 2; travel times 5 to 90 minutes in classes of 15 min -> 9, 9, 4, 8, 0, 7 (90 in the last).
        String nb = "\u00A0";
        assertEquals(List.of(List.of("0", "6" + nb + "h", "12" + nb + "h", "18" + nb + "h", "24" + nb + "h", "30" + nb + "h",
                "36" + nb + "h", "42" + nb + "h"), List.of(13, 10, 5, 2, 2, 6, 2),
                "Pointillés\u00A0: 1er quartile 3" + nb + "h" + nb + "30, médiane 8" + nb + "h" + nb + "15, 3ème quartile 21" + nb + "h" + nb + "38"),
                drawn("Temps consacré à l'association le mois dernier"));
        List<Object> trip = drawn("Temps de trajet pour venir à l'association");
        assertEquals(List.of("0", "15" + nb + "min", "30" + nb + "min", "45" + nb + "min", "1" + nb + "h", "1" + nb + "h" + nb + "15",
                "1" + nb + "h" + nb + "30"), trip.get(0));
        assertEquals(List.of(9, 9, 4, 8, 0, 7), trip.get(1));
        assertTrue(trip.get(2).toString().contains("médiane 30" + nb + "min"), trip.get(2).toString());
    }

    /**
     * Short durations (LimeSurvey's time on a question, under a minute) are binned on seconds and ticked "5 s", "10 s".
     * Before, one class from 0 to 1 min held them all, its quartiles "0 min".
     */
    @Test
    void aDurationUnderAMinuteIsBinnedOnSeconds() {
        Path csv = Fixtures.home().resolve("fixtures/durations/limesurvey-timings-codes.csv");
        SurveyResult timings = SurveyAnalyzer.analyze(Importers.open(csv, ImportOptions.DEFAULTS),
                fr.enquete.spec.SchemaInference.infer(Importers.open(csv, ImportOptions.DEFAULTS)).survey(), AnalysisOptions.DEFAULTS);
        // pandas: x = d[d.submitdate.notna()]['Q02Time'] (the 26 complete responses, 5.51 to 28.22 s), Sturges' 6
        // classes at most, so 5 s wide: pd.cut(x, range(5, 31, 5), right=False) -> 5, 7, 3, 7, 4; q1 10.4525 s,
        // median 18.14 s, q3 23.6825 s.
        String nb = "\u00A0";
        List<Object> q02 = drawn(timings, "Q02Time");
        assertEquals(List.of("5" + nb + "s", "10" + nb + "s", "15" + nb + "s", "20" + nb + "s", "25" + nb + "s", "30" + nb + "s"), q02.get(0));
        assertEquals(List.of(5, 7, 3, 7, 4), q02.get(1));
        assertEquals("Pointillés\u00A0: 1er quartile 10" + nb + "s, médiane 18" + nb + "s, 3ème quartile 24" + nb + "s", q02.get(2));
    }
}
