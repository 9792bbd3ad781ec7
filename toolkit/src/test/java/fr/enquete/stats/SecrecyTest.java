package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Primary and secondary masking of small counts. */
class SecrecyTest {

    private static List<Boolean> masked(QuestionResult r) {
        return ((QuestionResult.Choices) r).rows().stream().map(ChoiceRow::masked).toList();
    }

    @Test
    void oneSmallCountHidesTheSmallestOtherTooSoTheTotalDoesNotRevealIt() {
        Question q = Question.of("q", QuestionType.SINGLE);
        // 10 + 3 + 20 + 0 no answer = base 33: with only "3" masked, 33 - 10 - 20 would give it back.
        QuestionResult.Choices c = new QuestionResult.Choices(q, 33, 33, List.of(new ChoiceRow("A", 10, 30.3, false, true),
                new ChoiceRow("B", 3, 9.1, false, true), new ChoiceRow("C", 20, 60.6, false, true), new ChoiceRow("", 0, 0, true, true)));
        assertEquals(List.of(true, true, false, false), masked(Secrecy.mask(c, 5)));
        // A zero reveals nobody and stays; with no small count nothing is masked.
        assertEquals(List.of(false, false, false, false), masked(Secrecy.mask(c, 3)));
    }

    /**
     * Two masked counts adding up to 2 (A 1, B 1; C 20, D 30, base 52) need no secondary for the rank test (neither follows
     * from the other), but each is then known to be 0, 1 or 2: an interval 2 wide where the threshold is 5. The interval
     * check masks the smallest other count too (C 20): A then lies anywhere in [0, 22].
     */
    @Test
    void twoSmallCountsWhoseSumIsBelowTheThresholdGetAThird() {
        Question q = Question.of("q", QuestionType.SINGLE);
        QuestionResult.Choices c = new QuestionResult.Choices(q, 52, 52, List.of(new ChoiceRow("A", 1, 1.9, false, true),
                new ChoiceRow("B", 1, 1.9, false, true), new ChoiceRow("C", 20, 38.5, false, true), new ChoiceRow("D", 30, 57.7, false, true),
                new ChoiceRow("", 0, 0, true, true)));
        assertEquals(List.of(true, true, true, false, false), masked(Secrecy.mask(c, 5)));
        // Their interval, as the attacker computes it: A + B + C = 22, all at least 0.
        long[] values = {1, 1, 20, 30, 0};
        boolean[] hidden = {true, true, true, false, false};
        double[] bounds = FeasibleInterval.of(0, values, hidden, List.of(Secrecy.Equation.sum(new int[] {0, 1, 2, 3, 4})), List.of());
        assertEquals(0, bounds[0], 1e-9);
        assertEquals(22, bounds[1], 1e-9);
        // Bounds narrow it: D − 2C ≥ 0 (C at most 15) and "no answer" − B ≥ 0 (B at most 0) leave A = 22 − C in [7, 22].
        double[] bounded = FeasibleInterval.of(0, values, hidden, List.of(Secrecy.Equation.sum(new int[] {0, 1, 2, 3, 4})),
                List.of(new Secrecy.Equation(new int[] {3, 2}, new int[] {1, -2}), new Secrecy.Equation(new int[] {4, 1}, new int[] {1, -1})));
        assertEquals(7, bounded[0], 1e-9);
        assertEquals(22, bounded[1], 1e-9);
    }

    @Test
    void multipleChoiceRowsDoNotAddUpSoNeedNoSecondaryMask() {
        Question q = Question.builder("m", QuestionType.MULTIPLE).label("m").column("m")
                .options(List.of(new fr.enquete.model.OptionColumn("m1", "A"),
                new fr.enquete.model.OptionColumn("m2", "B"))).build();
        QuestionResult.Choices c = new QuestionResult.Choices(q, 30, 30, List.of(new ChoiceRow("A", 25, 83.3, false, true),
                new ChoiceRow("B", 2, 6.7, false, true), new ChoiceRow("", 0, 0, true, true)));
        assertEquals(List.of(false, true, false), masked(Secrecy.mask(c, 5)));
    }

    @Test
    void fixtureUnderSecretFive() {
        SurveyResult r = Fixtures.analyse().withSecret(5);
        // dpt: 58, 14, 6, 6, 3 and 4 without answer: 3 and 4 are masked (two of them: no secondary needed).
        assertEquals(List.of(false, false, false, false, true, true), masked(Fixtures.question(r, "dpt")));
        // A scale with a masked row gets no mean: it would give the masked count back.
        assertNull(ScaleScore.of(Fixtures.question(r, "illect")));
        assertEquals(5, r.secret());
    }

    /** The extended mask (cells, then the total column; the total row last) flattened row by row. */
    private static List<Boolean> flat(boolean[][] m) {
        List<Boolean> out = new java.util.ArrayList<>();
        for (boolean[] line : m) {
            for (boolean b : line) {
                out.add(b);
            }
        }
        return out;
    }

    @Test
    void crossTabulationsAreMaskedUntilNoLineHoldsASingleMaskedFigure() {
        // Worked by hand. {{10, 3}, {20, 30}}: row totals 13, 50; column totals 30, 33; grand total 63.
        // 3 is masked; row 0 (10, 3, 13) then gives it back, so 10 is masked; column 1 (3, 30, 33) likewise, so 30;
        // then row 1 (20, 30, 50) holds one masked figure, so 20. Column 0 (10, 20, 30) holds two: done.
        boolean[][] m = Secrecy.maskTable(new long[][] {{10, 3}, {20, 30}}, 5);
        assertEquals(List.of(true, true, false, true, true, false, false, false, false), flat(m));
        // {{2, 3}, {20, 30}, {40, 0}}: row 0 holds two masked cells (and its total 5 is not small), but column 0
        // (2, 20, 40, total 62) would give 2 back: 20 is masked; column 1 (3, 30, 0, 33): 30 is masked (0 reveals nobody).
        boolean[][] n = Secrecy.maskTable(new long[][] {{2, 3}, {20, 30}, {40, 0}}, 5);
        assertEquals(List.of(true, true, false, true, true, false, false, false, false, false, false, false), flat(n));
    }

    @Test
    void aSmallTotalIsMaskedAndProtectedByAnother() {
        // {{1, 2}, {30, 40}, {25, 20}}: row 0 totals 3 (< 5): its cells 1, 2 and its total are masked. Column 0
        // (1, 30, 25, total 56) then holds one masked figure: 25, its smallest other, is masked; column 1 (2, 40, 20): 20;
        // the total column (3, 70, 45, grand 118): 45. Every line now holds zero, two or three.
        boolean[][] m = Secrecy.maskTable(new long[][] {{1, 2}, {30, 40}, {25, 20}}, 5);
        assertEquals(List.of(true, true, true, false, false, false, true, true, true, false, false, false), flat(m));
    }

    @Test
    void noPublishedLineLetsAMaskedFigureBeRecomputed() {
        // Property over a realistic 4 x 3 table of small counts: every line of the extended table holds zero or at
        // least two masked figures, and every count from 1 to 4 is masked.
        long[][] t = {{12, 4, 0}, {7, 9, 1}, {3, 15, 22}, {0, 2, 6}};
        boolean[][] m = Secrecy.maskTable(t, 5);
        for (int i = 0; i < m.length; i++) {
            int k = 0;
            for (boolean b : m[i]) {
                k += b ? 1 : 0;
            }
            assertNotEquals(1, k, "row " + i);
        }
        for (int j = 0; j < m[0].length; j++) {
            int k = 0;
            for (boolean[] line : m) {
                k += line[j] ? 1 : 0;
            }
            assertNotEquals(1, k, "column " + j);
        }
        for (int i = 0; i < t.length; i++) {
            for (int j = 0; j < t[0].length; j++) {
                assertEquals(t[i][j] > 0 && t[i][j] < 5 || m[i][j], m[i][j]);
            }
        }
        assertFalse(m[t.length][t[0].length], "the grand total is the base, always published");
    }

    /**
     * Up to 11 answers the deviation and the quartiles go with the extremes (with the sum they confine them, see
     * {@link Secrecy#FEW_ANSWERS}); from 12 only the extremes. The fixture's first 11 and 12 staff counts, in file order
     * (numpy: sums 163 and 184, medians 11 and 12,5).
     */
    @Test
    void elevenAnswersWithholdTheirDeviationAndQuartilesTwelveOnlyTheirExtremes() {
        Question q = Question.of("salaries", QuestionType.NUMERIC);
        double[] twelve = {6, 19, 3, 3, 18, 14, 7, 11, 9, 57, 16, 21};
        QuestionResult.Numeric eleven = Secrecy.withhold(new QuestionResult.Numeric(q, 11,
                NumericSummary.of(java.util.Arrays.copyOf(twelve, 11), QuantileMethod.TYPE_7), null), 5);
        assertEquals(java.util.EnumSet.of(SummaryFigure.STDDEV, SummaryFigure.MIN, SummaryFigure.Q1, SummaryFigure.MEDIAN, SummaryFigure.Q3,
                SummaryFigure.MAX), eleven.withheld());
        assertEquals(163, eleven.summary().sum(), 1e-9);
        assertEquals(Double.NaN, eleven.summary().median());
        QuestionResult.Numeric all = Secrecy.withhold(new QuestionResult.Numeric(q, 12, NumericSummary.of(twelve, QuantileMethod.TYPE_7), null), 5);
        assertEquals(java.util.EnumSet.of(SummaryFigure.MIN, SummaryFigure.MAX), all.withheld());
        assertEquals(12.5, all.summary().median(), 1e-9);
        assertEquals(Double.NaN, all.summary().max());
    }
}
