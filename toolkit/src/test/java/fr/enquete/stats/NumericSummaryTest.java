package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericSummaryTest {

    @Test
    void quartilesOfOneToEightFollowTheNamedMethod() {
        // FORMATS.md: for 1..8, Minitab/LimeSurvey/SPSS (type 6) give Q1 2,25 and Q3 6,75; R and Excel
        // QUARTILE.INC (type 7) give 2,75 and 6,25. Also R: quantile(1:8, c(.25,.75), type=1) = 2, 6.
        double[] v = {8, 3, 1, 7, 2, 6, 5, 4};
        NumericSummary t6 = NumericSummary.of(v, QuantileMethod.TYPE_6);
        assertEquals(2.25, t6.q1(), 1e-12);
        assertEquals(6.75, t6.q3(), 1e-12);
        NumericSummary t7 = NumericSummary.of(v, QuantileMethod.TYPE_7);
        assertEquals(2.75, t7.q1(), 1e-12);
        assertEquals(6.25, t7.q3(), 1e-12);
        assertEquals(4.5, t7.median(), 1e-12);
        NumericSummary t1 = NumericSummary.of(v, QuantileMethod.TYPE_1);
        assertEquals(2, t1.q1(), 1e-12);
        assertEquals(6, t1.q3(), 1e-12);
        // R: sd(1:8) = 2.449490
        assertEquals(2.449490, t7.stddev(), 1e-6);
        assertEquals(36, t7.sum(), 1e-12);
    }

    @Test
    void limeSurveyModeShowsQuartilesFromFourValuesAndAMedianFromTwoAsLimeSurveyDoes() {
        // R: quantile(c(3,5,8,10), c(.25,.5,.75), type=6) = 3.5, 6.5, 9.5 (shown: 4 values).
        NumericSummary four = NumericSummary.of(new double[] {10, 3, 8, 5}, QuantileMethod.LIMESURVEY);
        assertEquals(3.5, four.q1(), 1e-12);
        assertEquals(6.5, four.median(), 1e-12);
        assertEquals(9.5, four.q3(), 1e-12);
        assertEquals("type 6 (LimeSurvey)", four.method().label());
        // Three values: type 6 would give Q1 = 3 and Q3 = 8; LimeSurvey's getQuartile shows none, but the median 5.
        NumericSummary three = NumericSummary.of(new double[] {3, 5, 8}, QuantileMethod.LIMESURVEY);
        assertTrue(Double.isNaN(three.q1()) && Double.isNaN(three.q3()));
        assertEquals(5, three.median(), 1e-12);
        assertEquals(3, NumericSummary.of(new double[] {3, 5, 8}, QuantileMethod.TYPE_6).q1(), 1e-12, "plain type 6 still shows it");
        NumericSummary one = NumericSummary.of(new double[] {7}, QuantileMethod.LIMESURVEY);
        assertTrue(Double.isNaN(one.median()), "no median of one value");
        assertEquals(7, one.mean(), 0);
        assertEquals(QuantileMethod.LIMESURVEY, QuantileMethod.parse("limesurvey").orElseThrow());
    }

    /**
     * The fixture's adherents column, all nine types, from R 4.2:
     * {@code d <- read.csv("fixtures/centres-sociaux/export.csv", sep=";", fileEncoding="UTF-8-BOM");
     * x <- na.omit(d$adherents); for (t in 1:9) print(quantile(x, c(.25,.5,.75), type=t))}.
     */
    @ParameterizedTest
    @CsvSource({"1, 365, 685, 1033", "2, 365, 685.5, 1034", "3, 365, 685, 1033", "4, 365, 685, 1033",
        "5, 365, 685.5, 1034", "6, 365, 685.5, 1034.5", "7, 365, 685.5, 1033.5", "8, 365, 685.5, 1034.166667",
        "9, 365, 685.5, 1034.125"})
    void allNineTypesMatchR(int type, double q1, double median, double q3) {
        QuantileMethod m = QuantileMethod.parse(String.valueOf(type)).orElseThrow();
        NumericSummary s = ((QuestionResult.Numeric) Fixtures.question(
                Fixtures.analyse(Fixtures.export(), AnalysisOptions.builder().quantiles(m).build()), "adherents")).summary();
        assertEquals(q1, s.q1(), 1e-6);
        assertEquals(median, s.median(), 1e-6);
        assertEquals(q3, s.q3(), 1e-6);
        // R: sd(x) = 593.945289, mean(x) = 785.130952
        assertEquals(593.945289, s.stddev(), 1e-6);
        assertEquals(785.130952, s.mean(), 1e-6);
    }

    @Test
    void noAnswerGivesCountZeroAndNoFigures() {
        NumericSummary s = NumericSummary.of(new double[0], QuantileMethod.DEFAULT);
        assertEquals(0, s.count());
        assertTrue(Double.isNaN(s.mean()) && Double.isNaN(s.q1()) && Double.isNaN(s.max()));
    }

    @Test
    void oneAnswerHasNoStandardDeviation() {
        NumericSummary s = NumericSummary.of(new double[] {42}, QuantileMethod.DEFAULT);
        assertEquals(42, s.median());
        assertTrue(Double.isNaN(s.stddev()));
    }

    @ParameterizedTest
    @CsvSource({"excel, 7", "R, 7", "limesurvey, 6", "Minitab, 6", "spss, 6", "sas, 3", "type7, 7", "type-2, 2",
        "R-9, 9", "5, 5"})
    void quantileMethodNames(String name, int type) {
        assertEquals(type, QuantileMethod.parse(name).orElseThrow().type());
    }

    @Test
    void unknownQuantileNamesAreRejected() {
        assertTrue(QuantileMethod.parse("10").isEmpty());
        assertTrue(QuantileMethod.parse("median").isEmpty());
        assertTrue(QuantileMethod.parse("").isEmpty());
    }
}
