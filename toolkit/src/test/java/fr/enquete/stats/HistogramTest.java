package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Breaks and counts against R 4.2's {@code hist(x, right = FALSE, plot = FALSE)} ({@code h$breaks}, {@code h$counts});
 * the fixture vectors were read from fixtures/centres-sociaux/export.csv by R's {@code read.csv(file, sep = ";")}.
 */
class HistogramTest {

    private static void check(double[] x, double[] breaks, long[] counts) {
        Histogram h = Histogram.of(x);
        assertArrayEquals(breaks, h.breaks(), 1e-9);
        assertArrayEquals(counts, h.counts());
    }

    @Test
    void smallAwkwardAndDegenerateSamples() {
        // x <- c(0.12, 0.5, 0.51, 0.9, 1.3, 1.31, 2.0); h <- hist(x, right=FALSE, plot=FALSE)
        check(new double[] {0.12, 0.5, 0.51, 0.9, 1.3, 1.31, 2.0}, new double[] {0, 0.5, 1, 1.5, 2}, new long[] {1, 3, 2, 1});
        // x <- c(-3.5, -1, 0, 0, 2, 7.25, 8, 12)
        check(new double[] {-3.5, -1, 0, 0, 2, 7.25, 8, 12}, new double[] {-5, 0, 5, 10, 15}, new long[] {2, 3, 2, 1});
        // x <- c(5, 5, 5)
        check(new double[] {5, 5, 5}, new double[] {0, 5}, new long[] {3});
        assertEquals(0, Histogram.of(new double[0]).counts().length);
    }

    @Test
    void fixtureNumericQuestionsAsRBinsThem() {
        SurveyResult r = Fixtures.analyse();
        // d <- read.csv("export.csv", sep = ";"); hist(as.numeric(d$adherents), right = FALSE, plot = FALSE):
        // breaks 0 500 ... 3000, counts 34 28 9 10 2 1 (84 answers)
        Histogram adherents = ((QuestionResult.Numeric) Fixtures.question(r, "adherents")).histogram();
        assertArrayEquals(new double[] {0, 500, 1000, 1500, 2000, 2500, 3000}, adherents.breaks(), 0);
        assertArrayEquals(new long[] {34, 28, 9, 10, 2, 1}, adherents.counts());
        // salaries: 0 10 ... 80, counts 22 38 12 4 6 3 0 1 (86 answers; 10 and 20 fall in [10, 20) and [20, 30))
        Histogram salaries = ((QuestionResult.Numeric) Fixtures.question(r, "salaries")).histogram();
        assertArrayEquals(new double[] {0, 10, 20, 30, 40, 50, 60, 70, 80}, salaries.breaks(), 0);
        assertArrayEquals(new long[] {22, 38, 12, 4, 6, 3, 0, 1}, salaries.counts());
        // creation: 1950 ... 2020, counts 2 4 19 14 18 15 14: the decades of seed 003's table ("Inf 1960 2, 1960 à 1969
        // 4, 1970 à 1979 19, ... 2010 et + 14"); right-closed (R's default) gave 3 6 17 14 19 17 10.
        Histogram creation = ((QuestionResult.Numeric) Fixtures.question(r, "creation")).histogram();
        assertArrayEquals(new double[] {1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020}, creation.breaks(), 0);
        assertArrayEquals(new long[] {2, 4, 19, 14, 18, 15, 14}, creation.counts());
        // agrement: 1970 ... 2020 by 5, counts 1 0 1 1 2 1 3 5 39 32; 39 + 32 = 71, the table's "2010 et +"
        // (right-closed: 40 + 23 = 63).
        Histogram agrement = ((QuestionResult.Numeric) Fixtures.question(r, "agrement")).histogram();
        assertArrayEquals(new long[] {1, 0, 1, 1, 2, 1, 3, 5, 39, 32}, agrement.counts());
    }
}
