package fr.enquete.text.reinert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReinertClassificationTest {

    @Test
    void chiSquareOfAClassAndALemmaIsRsWithoutCorrection() {
        // R: chisq.test(matrix(c(15,9,11,124),2), correct=FALSE)  X-squared = 44.0094394640, p = 3.267961e-11
        // (15 of the class's 24 segments have the lemma, 11 of the 135 others)
        assertEquals(44.0094394640, ReinertClassification.signedChi2(15, 24, 26, 159), 1e-9);
        // R: chisq.test(matrix(c(1,23,25,110),2), correct=FALSE)  3.0685487758: under-represented, so negative
        assertEquals(-3.0685487758, ReinertClassification.signedChi2(1, 24, 26, 159), 1e-9);
        assertEquals(0, ReinertClassification.signedChi2(3, 3, 3, 3));
    }

    /** Two vocabularies, "a" words and "b" words, and segments with no active lemma at all. */
    static SegmentMatrix twoWorlds() {
        List<TextSegment> segments = new ArrayList<>();
        List<List<String>> lemmas = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String w = i % 2 == 0 ? "a" : "b";
            List<String> l = i % 8 == 7 ? List.of() : List.of(w + (i % 3), w + ((i + 1) % 3), "commun" + (i % 4));
            segments.add(new TextSegment("s", i + 1, String.join(" ", l)));
            lemmas.add(l);
        }
        return SegmentMatrix.of(segments, lemmas, 2);
    }

    @Test
    void segmentsWithoutAnActiveLemmaStayUnclassified() {
        ReinertResult r = ReinertClassification.classify(twoWorlds(), ReinertOptions.defaults().withClasses(2));
        assertEquals(2, r.classes().size());
        for (int i = 0; i < 24; i++) {
            if (i % 8 == 7) {
                assertEquals(0, r.classOf(i), "segment " + i);
            } else {
                // the even segments speak "a", the odd ones "b": each world is a class
                assertEquals(r.classOf(i % 2 == 0 ? 0 : 1), r.classOf(i), "segment " + i);
            }
        }
        assertTrue(r.classOf(0) != r.classOf(1));
        assertEquals(21, r.classified());
        assertEquals(100.0 * 21 / 24, r.percentClassified(), 1e-12);
    }

    @Test
    void characteristicLemmasAndTypicalSegmentsOfAClass() {
        ReinertResult r = ReinertClassification.classify(twoWorlds(), ReinertOptions.defaults().withClasses(2));
        ReinertClass a = r.classes().get(r.classOf(0) - 1);
        // a0, a1, a2 are only in the "a" segments: the three strongest; "commun0" and "commun2" happen to be said
        // by even segments only (i % 4), so they are characteristic too, less strongly
        assertEquals(List.of("a0", "a1", "a2"), a.lemmas().stream().limit(3).map(CharacteristicLemma::lemma).sorted().toList());
        for (CharacteristicLemma l : a.lemmas().subList(0, 3)) {
            assertEquals(l.segments(), l.inClass());
            assertEquals(ReinertClassification.signedChi2(l.inClass(), a.size(), l.segments(), 21), l.chi2(), 1e-12);
            assertTrue(l.p() < 0.05);
        }
        // a typical segment's score is the sum of the chi-squares of the class's lemmas it has
        TypicalSegment t = a.typical().get(0);
        double expected = 0;
        for (CharacteristicLemma l : a.lemmas()) {
            if (t.segment().text().contains(l.lemma())) {
                expected += l.chi2();
            }
        }
        assertEquals(expected, t.score(), 1e-9);
        assertTrue(a.typical().size() <= 5);
    }

    @Test
    void tooFewSegmentsIsSaid() {
        List<TextSegment> segments = List.of(new TextSegment("s", 1, "x"), new TextSegment("s", 2, "y"), new TextSegment("s", 3, "z"));
        SegmentMatrix m = SegmentMatrix.of(segments, List.of(List.of("a"), List.of("a", "b"), List.of("b")), 1);
        ReinertClassification.TooFewSegments e = assertThrows(ReinertClassification.TooFewSegments.class,
                () -> ReinertClassification.classify(m, ReinertOptions.defaults()));
        assertEquals(3, e.classifiable());
    }

    @Test
    void segmentsThatAllSayTheSameAreOneClass() {
        List<TextSegment> segments = new ArrayList<>();
        List<List<String>> lemmas = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            segments.add(new TextSegment("s", i + 1, "logement cher"));
            lemmas.add(List.of("logement", "cher"));
        }
        ReinertResult r = ReinertClassification.classify(SegmentMatrix.of(segments, lemmas, 3), ReinertOptions.defaults());
        assertEquals(1, r.classes().size());
        assertTrue(r.tree().isLeaf());
        assertEquals(12, r.classified());
        assertTrue(r.classes().get(0).lemmas().isEmpty(), "nothing sets a lemma apart when there is nothing to compare");
    }

    @Test
    void theDendrogramNumbersTheClassesFromTopToBottom() {
        ReinertResult r = ReinertClassification.classify(FirstFactorTest.matrix(FirstFactorTest.TABLE),
                new ReinertOptions(3, 2, 10, 2));
        assertEquals(r.classes().size(), r.tree().classes().size());
        List<Integer> expected = new ArrayList<>();
        for (int c = 1; c <= r.classes().size(); c++) {
            expected.add(c);
        }
        assertEquals(expected, r.tree().classes());
        assertEquals(8, r.tree().segments());
        assertEquals(1, r.tree().order());
        assertArrayEquals(r.assignment(), ReinertClassification.classify(FirstFactorTest.matrix(FirstFactorTest.TABLE),
                new ReinertOptions(3, 2, 10, 2)).assignment());
    }
}
