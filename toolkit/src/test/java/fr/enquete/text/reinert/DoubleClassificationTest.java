package fr.enquete.text.reinert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.stats.AdjustedRandIndex;
import fr.enquete.text.StopWords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DoubleClassificationTest {

    /** The ARI between the themes and the classes of the classified segments only (class 0 left out). */
    static double ariOfClassified(int[] theme, int[] classes) {
        int[] in = IntStream.range(0, classes.length).filter(i -> classes[i] > 0).toArray();
        return AdjustedRandIndex.of(Arrays.stream(in).map(i -> theme[i]).toArray(), Arrays.stream(in).map(i -> classes[i]).toArray());
    }

    /** Segments whose active lemmas are given, one text per source. */
    static SegmentMatrix table(String[] sources, List<List<String>> lemmas) {
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            segments.add(new TextSegment(sources[i], i + 1, String.join(" ", lemmas.get(i))));
        }
        return SegmentMatrix.of(segments, lemmas, 1);
    }

    @Test
    void unitsGroupConsecutiveSegmentsOfOneTextUntilTheyHoldEnoughActiveForms() {
        // active forms per segment: 3, 0 (no active lemma: left out), 4, 6, 2, 5 | 2, 2 (second text)
        List<List<String>> l = List.of(List.of("a", "b", "c"), List.of(), List.of("a", "b", "c", "d"), List.of("a", "b", "c", "d", "e", "f"),
                List.of("a", "b"), List.of("a", "b", "c", "d", "e"), List.of("a", "b"), List.of("c", "d"));
        String[] sources = {"x", "x", "x", "x", "x", "x", "y", "y"};
        SegmentMatrix m = table(sources, l);
        int[] active = {0, 2, 3, 4, 5, 6, 7};
        // by hand, units of at least 7 forms: 0+2 (3+4), 3+4 (6+2), 5 (5, end of text x), 6+7 (2+2, end of text y)
        List<int[]> seven = DoubleClassification.units(m, active, 7, DoubleClassification.SAME_SOURCE);
        assertEquals("[[0, 2], [3, 4], [5], [6, 7]]", seven.stream().map(Arrays::toString).toList().toString());
        // at least 5 forms: 0+2, 3, 4+5, 6+7
        List<int[]> five = DoubleClassification.units(m, active, 5, DoubleClassification.SAME_SOURCE);
        assertEquals("[[0, 2], [3], [4, 5], [6, 7]]", five.stream().map(Arrays::toString).toList().toString());
        // answers: a unit never groups two answers (rows), whatever their size
        List<int[]> answers = DoubleClassification.units(m, active, 7, DoubleClassification.SAME_ANSWER);
        assertEquals(7, answers.size());
    }

    /**
     * Five themes of 30 segments, each segment 6 words of its theme's 20 and 4 of 30 words every theme shares, each
     * theme a text of its own (as interviews on one subject each). Units of 12 and of 20 active forms (two and three
     * segments): both classifications find the themes, so the crossed classes are the themes, every segment classified.
     */
    @Test
    void doubleClassificationFindsPlantedThemes() {
        Random random = new Random(20261202L);
        List<List<String>> lemmas = new ArrayList<>();
        String[] sources = new String[150];
        int[] theme = new int[150];
        for (int i = 0; i < 150; i++) {
            theme[i] = i / 30;
            sources[i] = "theme" + theme[i];
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                words.add("t" + theme[i] + "w" + random.nextInt(20));
            }
            for (int w = 0; w < 4; w++) {
                words.add("shared" + random.nextInt(30));
            }
            lemmas.add(words);
        }
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            segments.add(new TextSegment(sources[i], i + 1, String.join(" ", lemmas.get(i))));
        }
        SegmentMatrix m = SegmentMatrix.of(segments, lemmas, 3);
        for (int[] sizes : new int[][] {{12, 14}, {12, 20}}) {
            ReinertResult r = DoubleClassification.classify(m, ReinertOptions.defaults().withClasses(5), sizes[0], sizes[1],
                    DoubleClassification.SAME_SOURCE);
            assertEquals(5, r.classes().size(), Arrays.toString(sizes));
            assertEquals(100.0, r.percentClassified(), 1e-9);
            assertEquals(1.0, AdjustedRandIndex.of(theme, r.assignment()), 1e-12);
            assertTrue(r.isDouble());
            // five themes of 30 segments agreeing perfectly: each crossed class's chi-square is n = 150
            r.crossing().kept().forEach(c -> assertEquals(150.0, c.chi2(), 1e-9));
            assertEquals(750.0, r.crossing().chi2(), 1e-9);
        }
    }

    /**
     * The chapters of the Lomme plan (as in {@link PlantedThemesTest}): simple against double classification, the ARI
     * on the classified segments, with IRaMuTeQ's unit sizes (12 and 14 active forms) and with 20-word segments in
     * units of 30 and 36 forms, where the double classification recovers the chapters much better than the simple
     * one. The figures, when this test was written (docs/reinert.md):
     * 40 words: simple 0,400 (100 % classified), double 12/14 0,314 on 88,5 % classified;
     * 20 words: simple 0,142, double 30/36 0,693 on 81,7 % classified.
     */
    @Test
    void onTheChaptersOfARealPlanDoubleClassificationIsMeasuredAgainstSimple() throws IOException {
        PlantedThemesTest.Planted p40 = PlantedThemesTest.chapters(40);
        SegmentMatrix m40 = SegmentMatrix.build(p40.segments(), StopWords.french(), 3);
        ReinertOptions five = ReinertOptions.defaults().withClasses(5);
        ReinertResult d40 = DoubleClassification.classify(m40, five, 12, 14, DoubleClassification.SAME_SOURCE);
        double ari40 = ariOfClassified(p40.theme(), d40.assignment());
        // R (mclust): t40 <- rep(1:5, c(10,14,13,15,9)); k <- d40 > 0; adjustedRandIndex(t40[k], d40[k]) 0.3142824 (54 segments)
        assertTrue(ari40 > 0.25, "ARI " + ari40);
        assertTrue(d40.percentClassified() > 80, "classified " + d40.percentClassified());

        PlantedThemesTest.Planted p20 = PlantedThemesTest.chapters(20);
        SegmentMatrix m20 = SegmentMatrix.build(p20.segments(), StopWords.french(), 3);
        ReinertResult s20 = ReinertClassification.classify(m20, five);
        ReinertResult d20 = DoubleClassification.classify(m20, five, 30, 36, DoubleClassification.SAME_SOURCE);
        double simple = AdjustedRandIndex.of(p20.theme(), s20.assignment());
        double dbl = ariOfClassified(p20.theme(), d20.assignment());
        // R (mclust), the vectors of this run: t20 <- rep(1:5, c(18,26,25,26,25)); k <- d20 > 0;
        // adjustedRandIndex(t20[k], d20[k]) 0.6930213, adjustedRandIndex(t20, d20) 0.4956948, adjustedRandIndex(t20, s20) 0.142438
        assertTrue(simple < 0.25, "simple " + simple);
        assertTrue(dbl > 0.6, "double " + dbl);
        assertTrue(d20.percentClassified() > 75, "classified " + d20.percentClassified());
        // the ARI on all the segments, unclassified ones as a class of their own, stays above the simple one's too
        assertTrue(AdjustedRandIndex.of(p20.theme(), d20.assignment()) > simple + 0.2);
        // each crossed class kept carries the chi-square of its 2 x 2 table over the 120 segments
        for (Crossing.CrossedClass c : d20.crossing().kept()) {
            assertEquals(ReinertClassification.signedChi2(c.segments(), c.first(), c.second(), 120), c.chi2(), 1e-9);
            assertTrue(c.segments() >= d20.crossing().minSize());
        }
        assertEquals(d20.classified(), d20.crossing().kept().stream().mapToInt(Crossing.CrossedClass::segments).sum());
    }

    @Test
    void chiSquareOfACrossedClassIsRs() {
        // the crossed classes kept on the 20-word chapters when this test was written (segments of both, of the first
        // class, of the second, of the 120): R: f <- function(k,a,b,n) chisq.test(matrix(c(k, a-k, b-k, n-a-b+k), 2),
        // correct=FALSE)$statistic; f(13,14,20,120) 66.2425876011, f(29,33,29,120) 100.8191808192, f(21,38,22,120) 50.6546378617
        assertEquals(66.2425876011, ReinertClassification.signedChi2(13, 14, 20, 120), 1e-9);
        assertEquals(100.8191808192, ReinertClassification.signedChi2(29, 33, 29, 120), 1e-9);
        assertEquals(50.6546378617, ReinertClassification.signedChi2(21, 38, 22, 120), 1e-9);
    }

    @Test
    void bestPartitionIsTheBestOfAllSetsOfDisjointCrossedClasses() {
        Random random = new Random(7);
        for (int trial = 0; trial < 40; trial++) {
            List<DoubleClassification.Candidate> candidates = new ArrayList<>();
            int count = 6 + random.nextInt(9);
            for (int c = 0; c < count; c++) {
                BitSet s = new BitSet();
                int from = random.nextInt(30);
                int len = 1 + random.nextInt(8);
                s.set(from, from + len);
                candidates.add(new DoubleClassification.Candidate(null, null, s, len, 4 + random.nextInt(50) + random.nextDouble()));
            }
            candidates.sort((a, b) -> Double.compare(b.chi2(), a.chi2()));
            int max = 2 + random.nextInt(3);
            double found = BestPartition.of(candidates, max).stream().mapToDouble(DoubleClassification.Candidate::chi2).sum();
            // brute force over every subset
            double best = 0;
            for (int mask = 1; mask < 1 << count; mask++) {
                if (Integer.bitCount(mask) > max) {
                    continue;
                }
                BitSet union = new BitSet();
                double sum = 0;
                boolean disjoint = true;
                for (int c = 0; c < count && disjoint; c++) {
                    if ((mask >> c & 1) == 1) {
                        disjoint = !union.intersects(candidates.get(c).segments());
                        union.or(candidates.get(c).segments());
                        sum += candidates.get(c).chi2();
                    }
                }
                if (disjoint) {
                    best = Math.max(best, sum);
                }
            }
            assertEquals(best, found, 1e-9, "trial " + trial);
        }
    }

    /** Segments that all use the same words: neither classification can split them, so no class is crossed. */
    @Test
    void noStableClassWhenNeitherClassificationSplits() {
        List<List<String>> same = new ArrayList<>();
        String[] sources = new String[12];
        for (int i = 0; i < 12; i++) {
            same.add(List.of("logement", "cher", "rare"));
            sources[i] = "x";
        }
        SegmentMatrix m = table(sources, same);
        assertEquals(1, ReinertClassification.classify(m, ReinertOptions.defaults()).classes().size());
        DoubleClassification.NoStableClass e = assertThrows(DoubleClassification.NoStableClass.class,
                () -> DoubleClassification.classify(m, ReinertOptions.defaults(), 3, 5, DoubleClassification.SAME_ANSWER));
        assertEquals(3, e.minSize());
    }

    @Test
    void tooFewSegmentsAreRefused() {
        // two segments only: too few to classify
        SegmentMatrix m = table(new String[] {"x", "x"}, List.of(List.of("a", "b"), List.of("c", "d")));
        // their 4 forms make one unit of the first size: too few units, said as such (not as too few segments)
        DoubleClassification.TooFewUnits e = assertThrows(DoubleClassification.TooFewUnits.class,
                () -> DoubleClassification.classify(m, ReinertOptions.defaults(), 12, 14, DoubleClassification.SAME_SOURCE));
        assertEquals(12, e.size());
        assertEquals(1, e.units());
        assertEquals(6, e.needed());
    }
}
