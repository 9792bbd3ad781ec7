package fr.enquete.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Sentences of a French text with OpenNLP's French model, as character ranges, with a name's initial kept inside its
 * sentence ({@link #joinInitials}) and inclusive writing's periods ({@code élu.e.s}) ending none. Not thread-safe.
 */
public final class SentenceSplitter {

    /** A sentence: its text and where it starts and ends (exclusive) in the text given. */
    public record Sentence(String text, int start, int end) {
    }

    private final SentenceDetectorME detector = new SentenceDetectorME(Models.sentences());

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Span s : joinInitials(text, detector.sentPosDetect(FrenchTokenizer.inclusivePeriodsAsDots(text)))) {
            String t = text.substring(s.getStart(), s.getEnd()).strip();
            if (!t.isEmpty()) {
                out.add(new Sentence(t, s.getStart(), s.getEnd()));
            }
        }
        return out;
    }

    /**
     * The model's sentences with a cut after a name's initial undone: a sentence ending on a capitalised word then a
     * single capital letter and its period ("George W.") goes on into the next when that one opens on a capital ("Bush
     * est-il arrivé ?"). The model cut "Quand George W. Bush est-il arrivé à Washington ?" after "W.", which left "Bush"
     * opening a sentence and "Quand" out of its question. A sentence that ends on a lone capital after a lower-case word
     * ("en catégorie B.") is left as the model cut it.
     */
    private static Span[] joinInitials(CharSequence text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            if (!out.isEmpty() && endsOnInitial(text, out.get(out.size() - 1)) && opensOnCapital(text, s)) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out.size() == spans.length ? spans : out.toArray(new Span[0]);
    }

    private static boolean endsOnInitial(CharSequence text, Span s) {
        int end = s.getEnd();
        while (end > s.getStart() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // "... George W." : a period, one capital letter, a space, then a capitalised word
        if (end - s.getStart() < 5 || text.charAt(end - 1) != '.' || !Character.isUpperCase(text.charAt(end - 2))
                || !Character.isWhitespace(text.charAt(end - 3))) {
            return false;
        }
        int word = end - 3;
        while (word > s.getStart() && Character.isWhitespace(text.charAt(word - 1))) {
            word--;
        }
        int start = word;
        while (start > s.getStart() && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start < word && Character.isUpperCase(text.charAt(start)) && Character.isLetter(text.charAt(word - 1))
                && text.subSequence(start, word).chars().anyMatch(Character::isLowerCase);
    }

    private static boolean opensOnCapital(CharSequence text, Span s) {
        for (int i = s.getStart(); i < s.getEnd(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.isUpperCase(c);
            }
        }
        return false;
    }
}
