package fr.enquete.text.reinert;

import fr.enquete.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts texts into segments of about {@code size} words, as IRaMuTeQ and ALCESTE do: whole sentences are packed
 * until the segment reaches the size; a sentence longer than twice the size is cut between words. A text of at
 * most one and a half sizes stays whole (an answer is its own segment). Consecutive sentences are packed together
 * only when they come from the same source.
 */
public final class Segmenter {

    private final int size;
    private final SentenceSplitter sentences = new SentenceSplitter();

    public Segmenter(int size) {
        if (size < 5) {
            throw new IllegalArgumentException("a segment size must be at least 5 words: " + size);
        }
        this.size = size;
    }

    /** Segments of each text (an answer, a document): one text's sentences are never packed with another's. */
    public List<TextSegment> cutTexts(List<TextSegment> texts) {
        List<TextSegment> out = new ArrayList<>();
        for (TextSegment t : texts) {
            if (t.words() == 0) {
                continue;
            }
            if (t.words() * 2 <= size * 3) {
                out.add(new TextSegment(t.source(), t.line(), t.text().strip()));
                continue;
            }
            List<TextSegment> parts = new ArrayList<>();
            for (SentenceSplitter.Sentence s : sentences.split(t.text())) {
                parts.add(new TextSegment(t.source(), t.line(), s.text()));
            }
            out.addAll(pack(parts));
        }
        return out;
    }

    /**
     * Packs consecutive sentences (an interview's, in order) into segments; a change of source closes a segment.
     */
    public List<TextSegment> pack(List<TextSegment> sentenceList) {
        List<TextSegment> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int words = 0;
        TextSegment first = null;
        for (TextSegment s : sentenceList) {
            if (s.words() == 0) {
                continue;
            }
            if (first != null && !first.source().equals(s.source())) {
                out.add(new TextSegment(first.source(), first.line(), current.toString()));
                current.setLength(0);
                words = 0;
                first = null;
            }
            if (s.words() > 2 * size) {
                if (first != null) {
                    out.add(new TextSegment(first.source(), first.line(), current.toString()));
                    current.setLength(0);
                    words = 0;
                    first = null;
                }
                out.addAll(cutLong(s));
                continue;
            }
            if (first == null) {
                first = s;
            } else {
                current.append(' ');
            }
            current.append(s.text().strip());
            words += s.words();
            if (words >= size) {
                out.add(new TextSegment(first.source(), first.line(), current.toString()));
                current.setLength(0);
                words = 0;
                first = null;
            }
        }
        if (first != null) {
            // a short tail joins the previous segment of its source rather than stand alone
            TextSegment last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.source().equals(first.source()) && words * 2 < size && last.words() + words <= 2 * size) {
                out.set(out.size() - 1, new TextSegment(last.source(), last.line(), last.text() + " " + current));
            } else {
                out.add(new TextSegment(first.source(), first.line(), current.toString()));
            }
        }
        return out;
    }

    /** A sentence with no punctuation for too long, cut into pieces of {@code size} words (the last one absorbing a short rest). */
    private List<TextSegment> cutLong(TextSegment s) {
        String[] w = s.text().strip().split("\\s+");
        List<TextSegment> out = new ArrayList<>();
        int from = 0;
        while (from < w.length) {
            int to = w.length - from < size + size / 2 ? w.length : from + size;
            out.add(new TextSegment(s.source(), s.line(), String.join(" ", java.util.Arrays.copyOfRange(w, from, to))));
            from = to;
        }
        return out;
    }
}
