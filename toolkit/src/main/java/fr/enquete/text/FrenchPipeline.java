package fr.enquete.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentences ({@link SentenceSplitter}, OpenNLP's French model; a line break also ends a sentence, since answers are often lists),
 * tokens ({@link FrenchTokenizer}), universal POS tags ({@link FrenchTagger}) and lemmas
 * ({@link Lemmatizer}). One instance per thread: the OpenNLP taggers are not thread-safe, the models
 * behind them are shared.
 */
public final class FrenchPipeline {

    private final SentenceSplitter sentences = new SentenceSplitter();
    private final FrenchTagger tagger;
    private final FrenchTokenizer tokenizer = new FrenchTokenizer();
    private final Lemmatizer lemmatizer = new Lemmatizer();

    public FrenchPipeline() {
        this(new FrenchTagger());
    }

    /** A pipeline with another tagger (to measure a POS model before it is shipped). */
    FrenchPipeline(FrenchTagger tagger) {
        this.tagger = tagger;
    }

    /**
     * Loads the French models, dictionary and usage lemma tables on a background thread, so that a command that will
     * analyse text reads its export meanwhile (loading takes a second or two on a cold JVM). Safe to call more than once.
     */
    public static void preload() {
        Thread t = new Thread(() -> {
            Models.pos();
            Models.udPosMembers();
            // The domain-augmented models folded once for all the taggers, before the first is made.
            FrenchTagger.prepare();
            Models.sentences();
            Models.dictionary();
            // The treebanks' lemma tables (about 0,1 s), else read by the first lemmatizer on the analysing thread.
            UsageLemmas.shared();
        }, "enquete-models");
        t.setDaemon(true);
        // A failure here (no memory left) surfaces again, and is reported, in the thread that needs the models.
        t.setUncaughtExceptionHandler((thread, e) -> { });
        t.start();
    }

    /**
     * Lets go of the French models, dictionary and usage lemma tables (about 40 MB of heap) once the text that needs
     * them is analysed, so that what a command does next (a report's writers) has that memory: the next pipeline made
     * loads them again, and pipelines made before keep theirs and work on. A {@link #preload} still running when this
     * is called keeps what it loads. Loads nothing when nothing was loaded (a survey without free text).
     */
    public static void release() {
        Models.release();
    }

    /**
     * Pipelines lent to the threads of one parallel task, each to one thread at a time, made as the threads need them
     * (as many as work at once). They go when the lender goes, where a {@code ThreadLocal}'s pipeline would stay in
     * every pool thread that made one, with the models it holds, long after the task.
     */
    public static final class Lender {
        private final java.util.concurrent.ConcurrentLinkedQueue<FrenchPipeline> idle = new java.util.concurrent.ConcurrentLinkedQueue<>();

        /** {@code work} done with a pipeline no other thread uses meanwhile. */
        public <T> T apply(java.util.function.Function<FrenchPipeline, T> work) {
            FrenchPipeline p = idle.poll();
            if (p == null) {
                p = new FrenchPipeline();
            }
            try {
                return work.apply(p);
            } finally {
                idle.offer(p);
            }
        }
    }

    public List<AnalysedToken> analyse(String text) {
        List<AnalysedToken> out = new ArrayList<>();
        int sentence = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (SentenceSplitter.Sentence s : sentences.split(line)) {
                    int offset = lineStart + s.start();
                    sentence = sentence(text.substring(offset, lineStart + s.end()), offset, sentence, out);
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static final java.util.regex.Pattern ELIDED = java.util.regex.Pattern.compile("\\p{L}+['’]");

    /**
     * Tags and lemmatises one sentence already cut into tokens (a CoNLL-U FORM column, say): each form keeps its
     * boundaries and is classed as the tokenizer would class it alone (number, year, punctuation, word). Offsets
     * count in the forms joined by single spaces; every token has sentence index {@code index}.
     */
    public List<AnalysedToken> analyseTokens(List<String> forms, int index) {
        List<Token> tokens = new ArrayList<>(forms.size());
        int at = 0;
        for (String form : forms) {
            if (form.isBlank()) {
                throw new IllegalArgumentException("a token is empty");
            }
            List<Token> alone = tokenizer.tokenize(form + " ");
            TokenKind kind = alone.size() == 1 ? alone.get(0).kind()
                    : ELIDED.matcher(form).matches() ? TokenKind.ELISION
                    : form.codePoints().anyMatch(Character::isLetterOrDigit) ? TokenKind.WORD : TokenKind.PUNCT;
            tokens.add(new Token(form, at, at + form.length(), kind));
            at += form.length() + 1;
        }
        List<AnalysedToken> out = new ArrayList<>();
        for (int from = 0; from < tokens.size(); from += MAX_SENTENCE_TOKENS) {
            piece(tokens.subList(from, Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS)), 0, index, out);
        }
        return out;
    }

    /**
     * Sentences longer than this many tokens (an answer with no punctuation at all) are tagged in pieces:
     * the tagger's cost grows faster than the length of what it is given, and no French sentence needs more.
     */
    static final int MAX_SENTENCE_TOKENS = 120;

    /** Analyses one sentence (in pieces when too long); returns the next sentence index. */
    private int sentence(String text, int offset, int index, List<AnalysedToken> out) {
        List<Token> all = tokenizer.tokenize(text);
        int next = index;
        for (int from = 0; from < all.size(); from += MAX_SENTENCE_TOKENS) {
            piece(all.subList(from, Math.min(all.size(), from + MAX_SENTENCE_TOKENS)), offset, next++, out);
        }
        return next;
    }

    /** An ordinal written with digits ("18e", "1ère"), an adjective in UD French; a number or a time is not. */
    private static boolean isOrdinal(String text) {
        char last = text.charAt(text.length() - 1);
        return Character.isDigit(text.charAt(0)) && Character.isLetter(last) && last != 'h' && last != 'H';
    }

    /** The lemma of an ordinal: itself, the feminine of the first as its masculine ("1ère", "1re": "1er"). */
    private static String ordinalLemma(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("1ère") || lower.equals("1re") ? "1er" : lower;
    }

    private void piece(List<Token> tokens, int offset, int index, List<AnalysedToken> out) {
        if (tokens.isEmpty()) {
            return;
        }
        String[] forms = new String[tokens.size()];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = FrenchTokenizer.withoutMark(tokens.get(i).text());
        }
        boolean[] capitals = FrenchTagger.inCapitals(forms);
        String[] tags = tagger.tag(forms, capitals);
        boolean first = true;
        for (int i = 0; i < forms.length; i++) {
            Token t = tokens.get(i);
            String pos = switch (t.kind()) {
                case URL, EMAIL, PHONE, MASK -> "X";
                case NUMBER -> isOrdinal(t.text()) ? "ADJ" : "NUM";
                case YEAR -> "NUM";
                // a symbol, or a sign read as a word as UD does: "/" for "ou" (CCONJ) or "per" (ADP), "%" a noun in Sequoia
                case PUNCT -> switch (tags[i]) {
                    case "SYM", "ADP", "CCONJ", "NOUN" -> tags[i];
                    default -> "PUNCT";
                };
                // a word the tagger took for punctuation (hyphenated compounds: "post-commercialisation") is read as a
                // noun, which the lexicon corrects when it knows the word as something else
                default -> tags[i].equals("PUNCT") || tags[i].equals("SYM") ? "NOUN" : tags[i];
            };
            String lemma = "ADJ".equals(pos) && t.kind() == TokenKind.NUMBER ? ordinalLemma(t.text()) : t.text();
            if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.ELISION) {
                // an inverted clitic ("-vous", "-t-il") is read as the pronoun it is
                String word = t.text().startsWith("-") ? t.text().replaceFirst("^-(?:t-)?", "") : forms[i];
                // a word of a stretch in capitals that the lexicon knows in lower case is read so, as the tagger read it
                // (not as an acronym); an acronym of the stretch ("CCAS") stays one
                if (capitals[i] && lemmatizer.knows(word.toLowerCase(java.util.Locale.ROOT))) {
                    word = word.toLowerCase(java.util.Locale.ROOT);
                }
                // an unaccented capital ("Eviter le décrochage", "Etat"): the word with its accent, which the tagger,
                // not knowing it, took for a name; inside a sentence a name stays one ("L'Equipe", the newspaper)
                String accented = capitals[i] ? null : lemmatizer.accentedInitial(word);
                if (accented != null && (first || !"PROPN".equals(pos))) {
                    word = accented;
                    pos = "PROPN".equals(pos) ? "NOUN" : pos;
                }
                // a verb takes no capital inside a sentence: a capitalised word there that the tagger read as a verb
                // but the lexicon also knows as a noun names something ("Fondation Vinci, Ligue contre le cancer":
                // the league, not the verb "liguer")
                if (!first && !capitals[i] && "VERB".equals(pos) && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                        && lemmatizer.knowsAsNoun(word.toLowerCase(java.util.Locale.ROOT))) {
                    pos = "NOUN";
                }
                Lemmatizer.Reading r = lemmatizer.read(word.isEmpty() ? t.text() : word, pos, first);
                pos = r.pos();
                lemma = r.lemma();
                first = false;
            }
            out.add(new AnalysedToken(t.text(), t.kind(), pos, lemma, index, offset + t.start(), offset + t.end()));
        }
    }
}
