package fr.enquete.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.Interval;
import fr.enquete.stats.Precision;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The intervals of {@code stats --by} with a population: a group is a part of the respondents, its population
 * estimated as N × group / respondents, as a filtered question's base is (docs/statistics.md, Precision).
 */
class GroupPrecisionTest {

    /**
     * Nord (dpt 59) in the fixture: 58 of the 91 respondents; qpv Oui 27, Non 23, no answer 8 (pandas:
     * d[d.dpt == '59'].qpv.value_counts(dropna=False)). 238 centres surveyed, so Nord's population is estimated as
     * 238 × 58 / 91. R, the documented formula: z <- qnorm(.975); n <- 58; N <- 238*n/91; p <- 27/n;
     * f <- (N-n)/(N-1); ne <- n/f; c <- (p+z^2/(2*ne))/(1+z^2/ne); h <- z*sqrt(p*(1-p)/ne+z^2/(4*ne^2))/(1+z^2/ne);
     * 100*c(c-h, c+h) -> 36.76715 56.60906 (Non: 30.32718 49.80146; no answer: 8.219477 22.230755). Before, the
     * group was taken for the whole population of 238 (35.80 to 57.63).
     */
    @Test
    void aGroupsIntervalsEstimateItsPopulationAsAFilteredBaseDoes() {
        GroupedResult grouped = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).precision(new Precision(238, 0.95))
                .runByGroup("territoire");
        SurveyResult nord = grouped.groups().get("Nord");
        assertEquals(58, nord.respondents());
        QuestionResult.Choices qpv = (QuestionResult.Choices) nord.questions().stream()
                .filter(q -> q.question().id().equals("qpv")).findFirst().orElseThrow();
        double[][] expected = {{36.76715, 56.60906}, {30.32718, 49.80146}, {8.219477, 22.230755}};
        long[] counts = {27, 23, 8};
        for (int i = 0; i < 3; i++) {
            ChoiceRow row = qpv.rows().get(i);
            assertEquals(counts[i], row.count(), row.label());
            Interval ci = qpv.interval(row, nord.precision(), nord.respondents());
            assertEquals(expected[i][0], ci.low(), 1e-4, row.label());
            assertEquals(expected[i][1], ci.high(), 1e-4, row.label());
        }
    }

    /** 58 / 238 = 24.37 % was printed as Nord's response rate: Nord has 152 centres, not 238; a group's rate is unknown. */
    @Test
    void aGroupHasNoResponseRateOfTheWholePopulation() {
        GroupedResult grouped = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).precision(new Precision(238, 0.95))
                .runByGroup("territoire");
        Precision nord = grouped.groups().get("Nord").precision();
        assertTrue(Double.isNaN(nord.responseRate(58)), "rate " + nord.responseRate(58));
        // 238 × 58 / 91 = 151.69 (R: 238*58/91).
        assertEquals(151.6923, nord.estimatedPopulation(58, 58), 1e-4);
    }
}
