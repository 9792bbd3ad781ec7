package fr.enquete.text.reinert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static String words(int n, String w) {
        return String.join(" ", java.util.Collections.nCopies(n, w));
    }

    @Test
    void aShortAnswerIsItsOwnSegment() {
        List<TextSegment> s = new Segmenter(40).cutTexts(List.of(new TextSegment("r", 3, " " + words(55, "mot") + ". "),
                new TextSegment("r", 4, "   ")));
        assertEquals(1, s.size());
        assertEquals(55, s.get(0).words());
        assertEquals(3, s.get(0).line());
    }

    @Test
    void sentencesArePackedUpToTheSize() {
        // five sentences of 15 words: 15+15+15 = 45 reach 40, then 15+15 = 30 left as a second segment
        String text = String.join(" ", java.util.Collections.nCopies(5, words(14, "mot") + " fin."));
        List<TextSegment> s = new Segmenter(40).cutTexts(List.of(new TextSegment("r", 1, text)));
        assertEquals(List.of(45, 30), s.stream().map(TextSegment::words).toList());
    }

    @Test
    void aShortTailJoinsThePreviousSegment() {
        List<TextSegment> sentences = List.of(new TextSegment("a", 1, words(40, "x") + "."), new TextSegment("a", 2, "Oui."));
        List<TextSegment> s = new Segmenter(40).pack(sentences);
        assertEquals(1, s.size());
        assertEquals(41, s.get(0).words());
    }

    @Test
    void aSegmentNeverSpansTwoSources() {
        List<TextSegment> sentences = List.of(new TextSegment("a", 1, words(10, "x")), new TextSegment("b", 1, words(10, "y")),
                new TextSegment("b", 2, words(10, "y")));
        List<TextSegment> s = new Segmenter(40).pack(sentences);
        assertEquals(List.of("a", "b"), s.stream().map(TextSegment::source).toList());
        assertEquals(20, s.get(1).words());
    }

    @Test
    void aLongSentenceWithoutPunctuationIsCutBetweenWords() {
        List<TextSegment> s = new Segmenter(40).pack(List.of(new TextSegment("a", 1, words(130, "x"))));
        assertEquals(List.of(40, 40, 50), s.stream().map(TextSegment::words).toList());
        assertTrue(s.stream().allMatch(t -> t.line() == 1));
    }
}
