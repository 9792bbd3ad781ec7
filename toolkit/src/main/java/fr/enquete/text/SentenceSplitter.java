package fr.enquete.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/** Sentences of a French text with OpenNLP's French model, as character ranges. Not thread-safe. */
public final class SentenceSplitter {

    /** A sentence: its text and where it starts and ends (exclusive) in the text given. */
    public record Sentence(String text, int start, int end) {
    }

    private final SentenceDetectorME detector = new SentenceDetectorME(Models.sentences());

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Span s : detector.sentPosDetect(text)) {
            String t = text.substring(s.getStart(), s.getEnd()).strip();
            if (!t.isEmpty()) {
                out.add(new Sentence(t, s.getStart(), s.getEnd()));
            }
        }
        return out;
    }
}
