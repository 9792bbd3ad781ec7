package fr.enquete.text.reinert;

import fr.enquete.qual.CodedSegment;
import fr.enquete.qual.Material;
import fr.enquete.qual.Segment;
import fr.enquete.text.Corpus;
import fr.enquete.text.TextDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The text segments of what enquete reads: the answers to a free-text question, or interview transcripts. */
public final class SegmentSources {

    private SegmentSources() {
    }

    /** Each answer is a segment; an answer longer than one and a half segments is cut ({@link Segmenter#cutTexts}). */
    public static List<TextSegment> answers(Corpus corpus, String source, int size) {
        List<TextSegment> texts = new ArrayList<>();
        for (TextDocument d : corpus.documents()) {
            texts.add(new TextSegment(source, d.row(), d.text()));
        }
        return new Segmenter(size).cutTexts(texts);
    }

    /**
     * The interviewees' words of transcripts (the interviewer's turns are not read), sentence after sentence in the
     * order of each file, packed into segments of about {@code size} words; a segment never spans two files.
     */
    public static List<TextSegment> transcripts(Material material, int size) {
        List<String> order = material.sources().stream().map(fr.enquete.qual.Source::id).toList();
        List<Segment> all = new ArrayList<>(material.uncoded());
        material.coded().stream().map(CodedSegment::segment).forEach(all::add);
        // passages coded by hand were read apart from the rest of their line: put back in the order of the file
        List<Segment> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.<Segment>comparingInt(s -> order.indexOf(s.source())).thenComparingLong(Segment::line));
        List<TextSegment> sentences = new ArrayList<>();
        for (Segment s : sorted) {
            sentences.add(new TextSegment(s.source(), s.line(), s.text()));
        }
        return new Segmenter(size).pack(sentences);
    }

    /**
     * Paragraphs of one stretch of text (one transcript's, or one speaker's within it, in order), cut into sentences
     * and packed into segments of about {@code size} words ({@link Segmenter#pack}).
     */
    public static List<TextSegment> paragraphs(List<TextSegment> paragraphs, int size) {
        fr.enquete.text.SentenceSplitter splitter = new fr.enquete.text.SentenceSplitter();
        List<TextSegment> sentences = new ArrayList<>();
        for (TextSegment p : paragraphs) {
            for (fr.enquete.text.SentenceSplitter.Sentence s : splitter.split(p.text())) {
                sentences.add(new TextSegment(p.source(), p.line(), s.text()));
            }
        }
        return new Segmenter(size).pack(sentences);
    }
}
