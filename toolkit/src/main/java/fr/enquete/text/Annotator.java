package fr.enquete.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sentences, tokens, universal POS tags and lemmas of French text, as the term tables see them, in the shape of
 * the Universal Dependencies treebanks: a contraction the tagger reads as preposition + article ({@code du},
 * {@code aux}) becomes a multi-word token over its two syntactic words ({@code de le}, {@code à les}), so the
 * output can be scored against UD with the usual tools. Not thread-safe (one instance per thread).
 */
public final class Annotator {

    /** A syntactic word: its 1-based index in the sentence, form, lemma and universal POS tag. */
    public record Word(int id, String form, String lemma, String upos) {
    }

    /** A multi-word token: the surface form of words {@code first..last} ({@code du} over {@code de le}). */
    public record MultiwordToken(int first, int last, String form) {
    }

    /** A sentence: its text, words (ids 1..n) and multi-word tokens. */
    public record Sentence(String text, List<Word> words, List<MultiwordToken> multiwordTokens) {
        public Sentence {
            words = List.copyOf(words);
            multiwordTokens = List.copyOf(multiwordTokens);
        }
    }

    /** The syntactic words of the French contractions of à and de with le and les. */
    private static final Map<String, String[]> CONTRACTIONS = Map.of(
            "du", new String[] {"de", "le"},
            "des", new String[] {"de", "les"},
            "au", new String[] {"à", "le"},
            "aux", new String[] {"à", "les"});

    private final FrenchPipeline pipeline;

    public Annotator() {
        this(new FrenchPipeline());
    }

    /** An annotator over another pipeline (to measure a POS model before it is shipped). */
    Annotator(FrenchPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Annotates raw text: sentences are found (a line break also ends one), then tokens, tags and lemmas. */
    public List<Sentence> annotate(String text) {
        List<AnalysedToken> tokens = pipeline.analyse(text);
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).sentence() != tokens.get(from).sentence()) {
                List<AnalysedToken> s = tokens.subList(from, i);
                out.add(sentence(text.substring(s.get(0).start(), s.get(s.size() - 1).end()), s, text));
                from = i;
            }
        }
        return List.copyOf(out);
    }

    /**
     * Annotates sentences already cut into words (the FORM column of CoNLL-U, multi-word token ranges left
     * out): one word out per word in, so the output aligns with the input. A sentence's text is its words joined
     * by spaces.
     *
     * @throws IllegalArgumentException if a sentence or a word is empty
     */
    public List<Sentence> annotate(List<List<String>> sentences) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            List<String> forms = sentences.get(i);
            if (forms.isEmpty()) {
                throw new IllegalArgumentException("sentence " + (i + 1) + " has no word");
            }
            List<AnalysedToken> tokens = pipeline.analyseTokens(forms, i);
            List<Word> words = new ArrayList<>(tokens.size());
            for (AnalysedToken t : tokens) {
                words.add(new Word(words.size() + 1, t.form(), t.lemma(), ud(t.pos())));
            }
            out.add(new Sentence(String.join(" ", forms), words, List.of()));
        }
        return List.copyOf(out);
    }

    /**
     * A sentence of raw text; each form is written as in the text (the pipeline reads {@code ’} as {@code '}),
     * since scorers compare the characters of the forms with the original text.
     */
    private static Sentence sentence(String sentenceText, List<AnalysedToken> tokens, String text) {
        List<Word> words = new ArrayList<>();
        List<MultiwordToken> ranges = new ArrayList<>();
        for (AnalysedToken analysed : tokens) {
            String written = text.substring(analysed.start(), analysed.end());
            AnalysedToken t = new AnalysedToken(written, analysed.kind(), analysed.pos(), analysed.lemma(),
                    analysed.sentence(), analysed.start(), analysed.end());
            String[] parts = "ADP+DET".equals(t.pos()) ? CONTRACTIONS.get(t.form().toLowerCase(Locale.ROOT)) : null;
            if (parts != null) {
                int first = words.size() + 1;
                words.add(new Word(first, parts[0], parts[0], "ADP"));
                words.add(new Word(first + 1, parts[1], "le", "DET"));
                ranges.add(new MultiwordToken(first, first + 1, t.form()));
            } else {
                words.add(new Word(words.size() + 1, t.form(), t.lemma(), ud(t.pos())));
            }
        }
        return new Sentence(sentenceText, words, ranges);
    }

    /** A UD tag: a contraction the tagger saw but the lexicon does not split stays an adposition. */
    private static String ud(String pos) {
        return "ADP+DET".equals(pos) ? "ADP" : pos;
    }
}
