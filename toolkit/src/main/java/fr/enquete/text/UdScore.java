package fr.enquete.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores an annotation against a Universal Dependencies reference the way the CoNLL 2018 scorer
 * ({@code conll18_ud_eval.py}) does: tokens are matched by their characters (whitespace removed), so a system
 * that cut the text differently is scored on what it cut; the words of two matched tokens are aligned one to one
 * (in order, or by their lower-cased forms when one token is a contraction the other did not split).
 *
 * <p>Besides the scorer's UPOS and lemma F1, the <em>content-word lemma accuracy</em> is the share of the
 * reference's content words (NOUN, PROPN, VERB, ADJ, ADV: what term tables count) whose lemma was found,
 * ignoring case ("France" for "france" is right).
 */
public final class UdScore {

    /** The reference's universal tags counted as content words. */
    public static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV");

    /** A reference word whose tag or lemma the system got wrong (for error lists); system fields null when unaligned. */
    public record Mismatch(String form, String upos, String lemma, String systemUpos, String systemLemma) {
    }

    /**
     * The counts of one measurement.
     *
     * @param goldTokens       surface tokens of the reference
     * @param systemTokens     surface tokens of the system
     * @param matchedTokens    tokens with the same characters in both
     * @param goldWords        words of the reference
     * @param systemWords      words of the system
     * @param alignedWords     words aligned one to one
     * @param uposCorrect      aligned words with the reference's UPOS
     * @param lemmasCorrect    aligned words with the reference's lemma (exact, as the CoNLL 2018 scorer)
     * @param contentWords     content words of the reference ({@link #CONTENT})
     * @param contentCorrect   content words of the reference aligned to a word with its lemma, ignoring case
     * @param mismatches       the reference's words given a wrong tag, or (content words) a wrong lemma
     */
    public record Result(long goldTokens, long systemTokens, long matchedTokens, long goldWords, long systemWords,
            long alignedWords, long uposCorrect, long lemmasCorrect, long contentWords, long contentCorrect,
            List<Mismatch> mismatches) {

        public Result {
            mismatches = List.copyOf(mismatches);
        }

        /** Token boundary F1 (the scorer's "Tokens"). */
        public double tokenF1() {
            return f1(matchedTokens, goldTokens, systemTokens);
        }

        /** UPOS F1 (the scorer's "UPOS"): right tags over the words of both sides. */
        public double uposF1() {
            return f1(uposCorrect, goldWords, systemWords);
        }

        /** Lemma F1 over all words, exact (the scorer's "Lemmas"). */
        public double lemmaF1() {
            return f1(lemmasCorrect, goldWords, systemWords);
        }

        /** Content-word lemma accuracy, case-insensitive: right lemmas over the reference's content words. */
        public double contentLemmaAccuracy() {
            return contentWords == 0 ? 0 : (double) contentCorrect / contentWords;
        }

        private static double f1(long correct, long gold, long system) {
            return gold + system == 0 ? 0 : 2.0 * correct / (gold + system);
        }
    }

    private UdScore() {
    }

    /** Scores {@code system} (any sentence split) against {@code gold}; their texts must have the same characters. */
    public static Result score(List<UdTreebank.Sentence> gold, List<Annotator.Sentence> system) {
        List<Span> g = spans(gold.stream().flatMap(s -> s.tokens().stream()).toList());
        List<Span> s = spans(system.stream().flatMap(x -> tokens(x).stream()).toList());
        long goldWords = g.stream().mapToLong(t -> t.token.words().size()).sum();
        long systemWords = s.stream().mapToLong(t -> t.token.words().size()).sum();
        long matched = 0;
        long aligned = 0;
        long upos = 0;
        long lemmas = 0;
        long content = 0;
        long contentRight = 0;
        List<Mismatch> mismatches = new ArrayList<>();
        int j = 0;
        for (Span gt : g) {
            while (j < s.size() && s.get(j).start < gt.start) {
                j++;
            }
            Span st = j < s.size() && s.get(j).start == gt.start && s.get(j).end == gt.end ? s.get(j) : null;
            List<UdTreebank.Word> gw = gt.token.words();
            UdTreebank.Word[] pairs = new UdTreebank.Word[gw.size()];
            if (st != null) {
                matched++;
                align(gw, st.token.words(), pairs);
            }
            for (int k = 0; k < gw.size(); k++) {
                UdTreebank.Word w = gw.get(k);
                UdTreebank.Word p = pairs[k];
                boolean isContent = CONTENT.contains(w.upos());
                content += isContent ? 1 : 0;
                if (p == null) {
                    mismatches.add(new Mismatch(w.form(), w.upos(), w.lemma(), null, null));
                    continue;
                }
                aligned++;
                boolean tagRight = w.upos().equals(p.upos());
                upos += tagRight ? 1 : 0;
                lemmas += w.lemma().equals(p.lemma()) || "_".equals(w.lemma()) ? 1 : 0;
                boolean lemmaRight = w.lemma().toLowerCase(Locale.ROOT).equals(p.lemma().toLowerCase(Locale.ROOT));
                contentRight += isContent && lemmaRight ? 1 : 0;
                if (!tagRight || isContent && !lemmaRight) {
                    mismatches.add(new Mismatch(w.form(), w.upos(), w.lemma(), p.upos(), p.lemma()));
                }
            }
        }
        return new Result(g.size(), s.size(), matched, goldWords, systemWords, aligned, upos, lemmas, content,
                contentRight, mismatches);
    }

    /** Scores an annotation of the reference's own words (one system word per reference word, in order). */
    public static Result scoreWords(List<UdTreebank.Sentence> gold, List<Annotator.Sentence> system) {
        List<UdTreebank.Sentence> flat = new ArrayList<>(gold.size());
        for (UdTreebank.Sentence s : gold) {
            flat.add(new UdTreebank.Sentence(s.id(), s.text(), s.words().stream()
                    .map(w -> new UdTreebank.Token(w.form(), List.of(w))).toList()));
        }
        List<Annotator.Sentence> words = system.stream()
                .map(x -> new Annotator.Sentence(x.text(), x.words(), List.of())).toList();
        return score(flat, words);
    }

    private record Span(UdTreebank.Token token, long start, long end) {
    }

    /** Each token's place in the text with every whitespace character removed. */
    private static List<Span> spans(List<UdTreebank.Token> tokens) {
        List<Span> out = new ArrayList<>(tokens.size());
        long at = 0;
        for (UdTreebank.Token t : tokens) {
            long length = t.form().codePoints().filter(c -> !Character.isWhitespace(c)).count();
            out.add(new Span(t, at, at + length));
            at += length;
        }
        return out;
    }

    /** The surface tokens of a system sentence: a multi-word token over its words, every other word alone. */
    private static List<UdTreebank.Token> tokens(Annotator.Sentence s) {
        List<UdTreebank.Token> out = new ArrayList<>();
        List<Annotator.Word> words = s.words();
        int r = 0;
        for (int i = 0; i < words.size(); i++) {
            Annotator.Word w = words.get(i);
            if (r < s.multiwordTokens().size() && s.multiwordTokens().get(r).first() == w.id()) {
                Annotator.MultiwordToken m = s.multiwordTokens().get(r++);
                List<UdTreebank.Word> parts = new ArrayList<>();
                for (int k = m.first(); k <= m.last(); k++) {
                    Annotator.Word x = words.get(i + k - m.first());
                    parts.add(new UdTreebank.Word(x.form(), x.lemma(), x.upos()));
                }
                out.add(new UdTreebank.Token(m.form(), parts));
                i += m.last() - m.first();
            } else {
                out.add(new UdTreebank.Token(w.form(), List.of(new UdTreebank.Word(w.form(), w.lemma(), w.upos()))));
            }
        }
        return out;
    }

    /** Pairs the words of two matched tokens: in order when as many, else by lower-cased form (longest common subsequence). */
    private static void align(List<UdTreebank.Word> gold, List<UdTreebank.Word> system, UdTreebank.Word[] pairs) {
        if (gold.size() == system.size()) {
            for (int k = 0; k < gold.size(); k++) {
                pairs[k] = system.get(k);
            }
            return;
        }
        int n = gold.size();
        int m = system.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int a = n - 1; a >= 0; a--) {
            for (int b = m - 1; b >= 0; b--) {
                lcs[a][b] = same(gold.get(a), system.get(b)) ? 1 + lcs[a + 1][b + 1] : Math.max(lcs[a + 1][b], lcs[a][b + 1]);
            }
        }
        int a = 0;
        int b = 0;
        while (a < n && b < m) {
            if (same(gold.get(a), system.get(b))) {
                pairs[a++] = system.get(b++);
            } else if (lcs[a + 1][b] >= lcs[a][b + 1]) {
                a++;
            } else {
                b++;
            }
        }
    }

    private static boolean same(UdTreebank.Word g, UdTreebank.Word s) {
        return g.form().toLowerCase(Locale.ROOT).equals(s.form().toLowerCase(Locale.ROOT));
    }
}
