package fr.enquete.text.reinert;

import fr.enquete.text.AnalysedToken;
import fr.enquete.text.CapitalisedCommonWords;
import fr.enquete.text.FrenchPipeline;
import fr.enquete.text.StopWords;
import fr.enquete.text.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The presence/absence table of segments × active lemmas the Reinert classification works on. Active lemmas are
 * IRaMuTeQ's "formes actives": the lemmas of full words (nouns, proper nouns, verbs, adjectives, adverbs) that are
 * not stop words, kept when they occur in at least {@code minSegments} segments. A segment counts a lemma once,
 * however often it says it. Columns are in alphabetical order, so the table is the same for the same segments.
 */
public final class SegmentMatrix {

    /** Universal POS tags of full words. */
    static final Set<String> ACTIVE = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV");

    private final List<TextSegment> segments;
    private final List<String> lemmas;
    private final int[][] rows;

    SegmentMatrix(List<TextSegment> segments, List<String> lemmas, int[][] rows) {
        this.segments = List.copyOf(segments);
        this.lemmas = List.copyOf(lemmas);
        this.rows = rows;
    }

    /**
     * Analyses the segments with the French pipeline (lemmas and POS) and keeps the active lemmas seen in at least
     * {@code minSegments} segments.
     */
    public static SegmentMatrix build(List<TextSegment> segments, StopWords stopWords, int minSegments) {
        if (minSegments < 1) {
            throw new IllegalArgumentException("the minimum number of segments of a lemma must be at least 1: " + minSegments);
        }
        ThreadLocal<FrenchPipeline> pipelines = ThreadLocal.withInitial(FrenchPipeline::new);
        // A capitalised common word ("Seniors connectés") is one lemma with its lower-case occurrences.
        List<List<AnalysedToken>> tokens = CapitalisedCommonWords.read(IntStream.range(0, segments.size()).parallel()
                .mapToObj(i -> pipelines.get().analyse(segments.get(i).text())).toList());
        List<java.util.SortedSet<String>> present = new ArrayList<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (List<AnalysedToken> seg : tokens) {
            java.util.SortedSet<String> keys = new java.util.TreeSet<>();
            for (AnalysedToken t : seg) {
                if (isActive(t, stopWords)) {
                    String key = t.lemma().toLowerCase(Locale.ROOT);
                    keys.add(key);
                    spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(t.lemma(), 1, Integer::sum);
                }
            }
            present.add(keys);
        }
        return of(segments, present, minSegments, spellings);
    }

    /**
     * A table from lemmas already known per segment (tests, other pipelines): {@code present.get(i)} is the set of
     * lemmas of segment {@code i}.
     */
    public static SegmentMatrix of(List<TextSegment> segments, List<? extends java.util.Collection<String>> present, int minSegments) {
        return of(segments, present, minSegments, Map.of());
    }

    private static SegmentMatrix of(List<TextSegment> segments, List<? extends java.util.Collection<String>> present, int minSegments,
                                    Map<String, Map<String, Integer>> spellings) {
        if (segments.size() != present.size()) {
            throw new IllegalArgumentException("one set of lemmas per segment is expected");
        }
        Map<String, Integer> df = new TreeMap<>();
        for (java.util.Collection<String> keys : present) {
            new java.util.TreeSet<>(keys).forEach(k -> df.merge(k, 1, Integer::sum));
        }
        List<String> kept = df.entrySet().stream().filter(e -> e.getValue() >= minSegments).map(Map.Entry::getKey).toList();
        Map<String, Integer> column = new HashMap<>();
        for (int j = 0; j < kept.size(); j++) {
            column.put(kept.get(j), j);
        }
        int[][] rows = new int[segments.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new java.util.TreeSet<>(present.get(i)).stream().map(column::get).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).sorted().toArray();
        }
        List<String> display = kept.stream().map(k -> spelling(k, spellings.get(k))).toList();
        return new SegmentMatrix(segments, display, rows);
    }

    /** The most frequent written lemma ("Lens" rather than "lens"); the key when none was recorded. */
    private static String spelling(String key, Map<String, Integer> seen) {
        if (seen == null || seen.isEmpty()) {
            return key;
        }
        return seen.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    static boolean isActive(AnalysedToken t, StopWords stopWords) {
        if (t.kind() != TokenKind.WORD || !ACTIVE.contains(t.pos())) {
            return false;
        }
        String lemma = t.lemma();
        return lemma.codePoints().filter(Character::isLetter).count() >= 2
                && !stopWords.contains(lemma) && !stopWords.contains(t.form());
    }

    public List<TextSegment> segments() {
        return segments;
    }

    /** The active lemmas, the table's columns. */
    public List<String> lemmas() {
        return lemmas;
    }

    /** The columns present in segment {@code i}, in increasing order. */
    public int[] row(int i) {
        return rows[i].clone();
    }

    int[] rowView(int i) {
        return rows[i];
    }

    public int segmentCount() {
        return rows.length;
    }

    public int lemmaCount() {
        return lemmas.size();
    }

    @Override
    public String toString() {
        return "SegmentMatrix[" + rows.length + " segments x " + lemmas.size() + " lemmas, "
                + Arrays.stream(rows).mapToInt(r -> r.length).sum() + " cells]";
    }
}
