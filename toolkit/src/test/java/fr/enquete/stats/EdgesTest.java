package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.Filter;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.ScaleVocabulary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statistics at the edges (issue 21): tiny p-values, ties made by floating-point sums, short and numeric scales. */
class EdgesTest {

    @Test
    void aChiSquarePBelowTheDoubleRangeOfOneMinusTheCdfIsStillComputed() {
        // R: chisq.test(matrix(c(900, 100, 100, 900), 2), correct = FALSE)$p.value = 2.50915809676343e-280
        CrossTab.Tests t = CrossTab.tests(new long[][] {{900, 100}, {100, 900}});
        assertEquals(1280, t.chiSquare(), 1e-9);
        assertEquals(2.50915809676343e-280, t.p(), 2.50915809676343e-280 * 1e-9);
        assertTrue(t.p() > 0 && !t.pBelowFloor());
        // Further out the tail underflows: flagged so that writers print "< 1e-300", never 0.
        CrossTab.Tests far = CrossTab.tests(new long[][] {{1000, 1}, {1, 1000}});
        assertTrue(far.pBelowFloor(), String.valueOf(far.p()));
        // R: pf(150, 1.3, 2500, lower.tail = FALSE) = 2.50524035183844e-42 (1 − pf gave 0)
        assertEquals(2.50524035183844e-42, CrossTab.fTail(150, 1.3, 2500), 2.50524035183844e-42 * 1e-9);
    }

    /**
     * R, 2 000 rows weighted 1, 2, 1, 2...:
     * <pre>
     * d &lt;- data.frame(a = rep(c("x","y","x","y"), c(900,100,100,900)), b = rep(c("u","u","v","v"), c(900,100,100,900)))
     * d$w &lt;- rep(c(1, 2), 1000)
     * svychisq(~a + b, svydesign(ids = ~1, weights = ~w, data = d))  # F = 1151.42399999998, ndf 1, ddf 1999, p = 1.02857313730381e-199
     * </pre>
     */
    @Test
    void aWeightedRaoScottPFarBelow1eMinus16MatchesSvychisq() {
        CrossTab.Tests t = CrossTab.weightedTests(new long[][] {{900, 100}, {100, 900}}, new double[][] {{1350, 150}, {150, 1350}},
                new double[][] {{2250, 250}, {250, 2250}}, 2000);
        assertEquals(1151.42399999998, t.raoScott().f(), 1e-8);
        assertEquals(1.02857313730381e-199, t.p(), 1.02857313730381e-199 * 1e-8);
    }

    /** Python: sum([0.035, 0.928, 0.03, 1.545, 1.548, 0.576, 0.512, 1.331]) = 6.504999999999999; math.fsum = 6.505. */
    @Test
    void weightsSummingToATieRoundUpAsTheirDecimalSumDoes() {
        double[] w = {0.035, 0.928, 0.03, 1.545, 1.548, 0.576, 0.512, 1.331};
        double naive = 0;
        for (double x : w) {
            naive += x;
        }
        assertEquals("6.50", half(naive), "the floating-point sum lands below the tie");
        assertEquals("6.51", half(CompensatedSum.of(w)));
        // Split in two parts merged, as a file read in parallel parts is.
        CompensatedSum a = new CompensatedSum();
        CompensatedSum b = new CompensatedSum();
        for (int i = 0; i < w.length; i++) {
            (i < 3 ? a : b).add(w[i]);
        }
        a.add(b);
        assertEquals("6.51", half(a.value()));
    }

    private static String half(double d) {
        return new BigDecimal(Double.toString(d)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static QuestionResult.Choices scale(List<String> labels, long... counts) {
        Question q = Question.builder("q", QuestionType.SCALE).label("q").column("q").choices(labels)
                .filter(fr.enquete.model.FilterParser.parse("")).build();
        List<ChoiceRow> rows = new java.util.ArrayList<>();
        long n = 0;
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new ChoiceRow(labels.get(i), counts[i], 0, false, true));
            n += counts[i];
        }
        return new QuestionResult.Choices(q, n, n, rows);
    }

    @Test
    void numericScaleLabelsScoreTheHigherNumberAsThePositiveEnd() {
        // 1 x 1, 2 x 2, 5 x 5: the mean on the labels' own numbers is (1 + 4 + 25) / 8 = 3.75.
        ScaleScore s = ScaleScore.of(scale(List.of("1", "2", "3", "4", "5"), 1, 2, 0, 0, 5));
        assertEquals(3.75, s.mean(), 1e-12);
        assertEquals("5", s.coding().get(0).choice());
        assertEquals(5, s.coding().get(0).score());
        assertEquals(100.0 * 5 / 8, s.top2(), 1e-12);
        // Listed from the top, or with words after the number, the same.
        assertEquals(3.75, ScaleScore.of(scale(List.of("5 - Tout à fait", "4", "3", "2", "1 - Pas du tout"), 5, 0, 0, 2, 1)).mean(), 1e-12);
        assertTrue(ScaleVocabulary.negativeFirst(List.of("0", "5", "10")));
        assertEquals(false, ScaleVocabulary.negativeFirst(List.of("Oui, tout à fait", "Non, pas du tout")));
    }

    @Test
    void theSpecCanSayWhichEndOfAScaleIsPositive(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        // A scale where 1 is the best mark ("1 = très satisfait"): positive: first overrides the numbers.
        java.nio.file.Path spec = dir.resolve("spec.yaml");
        java.nio.file.Files.writeString(spec, """
                survey: t
                questions:
                  - id: note
                    type: scale
                    choices: ["1", "2", "3", "4", "5"]
                    positive: first
                """, java.nio.charset.StandardCharsets.UTF_8);
        Question q = fr.enquete.spec.SpecReader.read(spec).survey().question("note").orElseThrow();
        assertEquals(Boolean.TRUE, q.positiveFirst());
        List<ChoiceRow> rows = List.of(new ChoiceRow("1", 1, 0, false, true), new ChoiceRow("2", 2, 0, false, true),
                new ChoiceRow("3", 0, 0, false, true), new ChoiceRow("4", 0, 0, false, true), new ChoiceRow("5", 5, 0, false, true));
        ScaleScore s = ScaleScore.of(new QuestionResult.Choices(q, 8, 8, rows));
        assertEquals("1", s.coding().get(0).choice());
        // 1 x 5 + 2 x 4 + 5 x 1 = 18 over 8.
        assertEquals(18.0 / 8, s.mean(), 1e-12);
        java.nio.file.Files.writeString(spec, """
                survey: t
                questions:
                  - id: oui
                    type: single
                    choices: ["Oui", "Non"]
                    positive: first
                """, java.nio.charset.StandardCharsets.UTF_8);
        fr.enquete.model.InputException e = org.junit.jupiter.api.Assertions.assertThrows(fr.enquete.model.InputException.class,
                () -> fr.enquete.spec.SpecReader.read(spec));
        assertTrue(e.getMessage().contains("'positive' applies to scale questions"), e.getMessage());
    }

    @Test
    void onScalesOfTwoOrThreePointsTheBoxesAreTheEndPointsAlone() {
        // 3 points, 9 / 3 / 1 answers out of 13: the top box is 9 / 13 = 69,23 %, the bottom 1 / 13 = 7,69 %; before, the
        // top-2 and bottom-2 boxes shared the middle (69,23 + 61,54 = 130,77 %).
        ScaleScore s = ScaleScore.of(scale(List.of("Satisfait", "Moyennement", "Pas satisfait"), 9, 3, 1));
        assertEquals(1, s.box());
        assertEquals(100.0 * 9 / 13, s.top2(), 1e-12);
        assertEquals(100.0 * 1 / 13, s.bottom2(), 1e-12);
        assertTrue(s.top2() + s.bottom2() <= 100);
        ScaleScore two = ScaleScore.of(scale(List.of("Oui", "Non"), 3, 1));
        assertEquals(75, two.top2(), 1e-12);
        assertEquals(25, two.bottom2(), 1e-12);
        assertEquals(2, ScaleScore.of(scale(List.of("A", "B", "C", "D"), 1, 1, 1, 1)).box());
    }
}
