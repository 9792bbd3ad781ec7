package fr.enquete.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Repeated segments (Lebart and Salem's "segments répétés", as IRaMuTeQ and Lexico list them): sequences of 2 to
 * {@code maxWords} consecutive words, any words, found at least {@code min} times in the documents, compared by their
 * written forms in lower case. A segment never crosses a punctuation mark, a sentence end or a masked piece of
 * personal data; one made only of function words (stop words, articles, prepositions, pronouns...) or numbers is left
 * out; a segment inside a longer one seen as many times is left out too (only maximal segments are listed: "des
 * financeurs" is not listed apart from "conférence des financeurs" when it never occurs without it).
 */
public final class RepeatedSegments {

    /** The words that carry meaning: a segment needs one that is not a stop word. */
    private static final Set<String> FULL = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV");
    /** Between the words of a key: no token holds it (a number such as "1 200" holds a space). */
    private static final char SEP = '\u001F';

    private RepeatedSegments() {
    }

    /**
     * How a table of repeated segments is asked for: segments of 2 to {@code maxWords} words seen at least {@code min}
     * times (the options of {@code terms} and {@code report --repeated-segments}).
     */
    public record Settings(int min, int maxWords) {
        /** Segments of 2 to 5 words seen at least 3 times. */
        public static final Settings DEFAULT = new Settings(3, 5);

        public Settings {
            if (!allows(min, maxWords)) {
                throw new IllegalArgumentException("a repeated segment has 2 to 10 words, seen at least twice: " + min + ", " + maxWords);
            }
        }

        /** Whether segments of 2 to {@code maxWords} words seen at least {@code min} times can be asked for (2 to 10 words, twice or more). */
        public static boolean allows(int min, int maxWords) {
            return min >= 2 && maxWords >= 2 && maxWords <= 10;
        }
    }

    /** A question's table of repeated segments with the settings that made it (its note says them). */
    public record Table(TermTable table, Settings settings) {
    }

    /**
     * The table of maximal repeated segments, ranked by occurrences, then documents, then alphabetically, the top
     * {@code top} plus ties; its method is {@code segments}.
     *
     * @param min      the fewest occurrences of a segment (at least 2)
     * @param maxWords the longest segment, in words (tokens: {@code l'} is one)
     */
    public static TermTable of(TermIndex index, StopWords stop, int min, int maxWords, int top) {
        if (min < 2 || maxWords < 2) {
            throw new IllegalArgumentException("a repeated segment has at least 2 words, seen at least twice: " + min + ", " + maxWords);
        }
        List<List<List<AnalysedToken>>> runs = new ArrayList<>();
        for (int d = 0; d < index.size(); d++) {
            runs.add(runs(index.tokens(d)));
        }
        // Counts by length; a sequence of length L + 1 can only be frequent when both its L-word parts are.
        List<Map<String, Integer>> frequent = new ArrayList<>();
        frequent.add(Map.of());
        frequent.add(Map.of());
        for (int length = 2; length <= maxWords; length++) {
            Map<String, Integer> counts = new HashMap<>();
            Map<String, Integer> shorter = frequent.get(length - 1);
            for (List<List<AnalysedToken>> doc : runs) {
                for (List<AnalysedToken> run : doc) {
                    for (int i = 0; i + length <= run.size(); i++) {
                        if (length > 2 && (!shorter.containsKey(key(run, i, length - 1)) || !shorter.containsKey(key(run, i + 1, length - 1)))) {
                            continue;
                        }
                        counts.merge(key(run, i, length), 1, Integer::sum);
                    }
                }
            }
            counts.values().removeIf(c -> c < min);
            frequent.add(counts);
            if (counts.isEmpty()) {
                break;
            }
        }
        // A segment inside a longer one with the same count never occurs without it.
        Set<String> inside = new HashSet<>();
        for (int length = 3; length < frequent.size(); length++) {
            for (Map.Entry<String, Integer> e : frequent.get(length).entrySet()) {
                String k = e.getKey();
                String prefix = k.substring(0, k.lastIndexOf(SEP));
                String suffix = k.substring(k.indexOf(SEP) + 1);
                if (frequent.get(length - 1).get(prefix).equals(e.getValue())) {
                    inside.add(prefix);
                }
                if (frequent.get(length - 1).get(suffix).equals(e.getValue())) {
                    inside.add(suffix);
                }
            }
        }
        TermCounter counter = new TermCounter();
        for (int d = 0; d < index.size(); d++) {
            String text = index.documents().get(d).text();
            List<String[]> found = new ArrayList<>(); // {key, label}
            for (List<AnalysedToken> run : runs.get(d)) {
                for (int length = 2; length < frequent.size(); length++) {
                    for (int i = 0; i + length <= run.size(); i++) {
                        String k = key(run, i, length);
                        if (frequent.get(length).containsKey(k) && !inside.contains(k) && hasFullWord(run, i, length, stop)) {
                            String label = text.substring(run.get(i).start(), run.get(i + length - 1).end()).replaceAll("\\s+", " ")
                                    .replace('’', '\'');
                            found.add(new String[] {k, label});
                        }
                    }
                }
            }
            counter.add(found, f -> f[0], f -> f[1], f -> f[1]);
        }
        return counter.table(top, "segments", true);
    }

    /** The document's stretches of words between punctuation marks, sentence ends and masked personal data. */
    private static List<List<AnalysedToken>> runs(List<AnalysedToken> tokens) {
        List<List<AnalysedToken>> out = new ArrayList<>();
        List<AnalysedToken> run = new ArrayList<>();
        int sentence = -1;
        for (AnalysedToken t : tokens) {
            boolean word = switch (t.kind()) {
                case WORD, ELISION, NUMBER, YEAR -> true;
                default -> false;
            };
            if (!word || t.sentence() != sentence) {
                if (run.size() >= 2) {
                    out.add(run);
                }
                run = new ArrayList<>();
                sentence = t.sentence();
            }
            if (word) {
                run.add(t);
            }
        }
        if (run.size() >= 2) {
            out.add(run);
        }
        return out;
    }

    private static String key(List<AnalysedToken> run, int from, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < from + length; i++) {
            if (i > from) {
                b.append(SEP);
            }
            b.append(run.get(i).form().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private static boolean hasFullWord(List<AnalysedToken> run, int from, int length, StopWords stop) {
        for (int i = from; i < from + length; i++) {
            AnalysedToken t = run.get(i);
            if (t.kind() == TokenKind.WORD && FULL.contains(t.pos()) && !stop.contains(t.form()) && !stop.contains(t.lemma())) {
                return true;
            }
        }
        return false;
    }
}
