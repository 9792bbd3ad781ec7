package fr.enquete.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Terms over- or under-used by a group of respondents (e.g. a département) compared with the others,
 * scored with Dunning's log-likelihood G² on the 2x2 table (term / other terms) x (group / rest). A
 * positive score is an over-use; p comes from the chi-square distribution with one degree of freedom.
 */
public final class Specificity {

    /**
     * @param group    the group
     * @param term     the term (as in the term table)
     * @param inGroup  occurrences in the group
     * @param elsewhere occurrences in the other groups
     * @param g2       signed log-likelihood: positive when over-used by the group
     * @param p        the p-value of |G²|
     */
    public record Score(String group, String term, long inGroup, long elsewhere, double g2, double p) {
    }

    private static final ChiSquaredDistribution CHI2 = new ChiSquaredDistribution(1);

    /**
     * A term seen fewer times is not scored: a term seen n times, all in one group, reaches G² ≥ 3,84 as soon as the
     * group holds less than e^(−1,92/n) of the words (15 % for n = 1, 38 % for n = 2), an effect of the group's size
     * rather than of its usage. Textometry tools set such a floor (T-LAB fixes its own at 4).
     */
    public static final int MIN_OCCURRENCES = 3;

    private Specificity() {
    }

    /** {@link #byGroup(TermIndex, double, int)} for the terms seen at least {@link #MIN_OCCURRENCES} times. */
    public static Map<String, List<Score>> byGroup(TermIndex index, double minG2) {
        return byGroup(index, minG2, MIN_OCCURRENCES);
    }

    /**
     * For every group (documents whose {@link TextDocument#group()} is set), the terms seen at least
     * {@code minOccurrences} times in the grouped documents whose |G²| reaches {@code minG2} (3.84 is p &lt; 0.05),
     * strongest over-uses first, then under-uses. Words and multi-word terms are scored against the groups' sizes in
     * words (every content word of the group counts, however rare).
     */
    public static Map<String, List<Score>> byGroup(TermIndex index, double minG2, int minOccurrences) {
        Map<String, Map<String, Long>> perGroup = new TreeMap<>();
        Map<String, Long> overall = new HashMap<>();
        Map<String, Long> groupWords = new HashMap<>();
        Map<String, Map<String, Long>> labels = new HashMap<>();
        for (int d = 0; d < index.size(); d++) {
            String g = index.documents().get(d).group();
            if (g == null || g.isBlank()) {
                continue;
            }
            groupWords.merge(g, (long) index.words(d).size(), Long::sum);
            // The lemma table's words and the multi-word table's terms, each against the words of the group.
            for (List<TermOccurrence> list : List.of(index.words(d), index.multiwords(d))) {
                for (TermOccurrence o : list) {
                    perGroup.computeIfAbsent(g, k -> new HashMap<>()).merge(o.key(), 1L, Long::sum);
                    overall.merge(o.key(), 1L, Long::sum);
                    labels.computeIfAbsent(o.key(), k -> new HashMap<>()).merge(o.label(), 1L, Long::sum);
                }
            }
        }
        long total = groupWords.values().stream().mapToLong(Long::longValue).sum();
        Map<String, List<Score>> out = new TreeMap<>(TermCounter.collator());
        for (Map.Entry<String, Map<String, Long>> e : perGroup.entrySet()) {
            long groupTotal = groupWords.get(e.getKey());
            List<Score> scores = new ArrayList<>();
            for (Map.Entry<String, Long> t : overall.entrySet()) {
                if (t.getValue() < minOccurrences) {
                    continue;
                }
                long a = e.getValue().getOrDefault(t.getKey(), 0L);
                long b = t.getValue() - a;
                double g2 = g2(a, b, groupTotal - a, total - groupTotal - b);
                boolean over = (double) a / groupTotal > (double) b / Math.max(1, total - groupTotal);
                if (g2 >= minG2) {
                    String label = labels.get(t.getKey()).entrySet().stream()
                            .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry::getKey)).orElseThrow().getKey();
                    scores.add(new Score(e.getKey(), label, a, b, over ? g2 : -g2, 1 - CHI2.cumulativeProbability(g2)));
                }
            }
            scores.sort((x, y) -> {
                int c = Double.compare(y.g2(), x.g2());
                return c != 0 ? c : x.term().compareTo(y.term());
            });
            out.put(e.getKey(), scores);
        }
        return out;
    }

    /** G² of the 2x2 table [[a, b], [c, d]]: 2 Σ O ln(O / E). */
    public static double g2(long a, long b, long c, long d) {
        double n = a + b + c + d;
        if (n == 0) {
            return 0;
        }
        double[] o = {a, b, c, d};
        double[] e = {(a + b) * (a + c) / n, (a + b) * (b + d) / n, (c + d) * (a + c) / n, (c + d) * (b + d) / n};
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            if (o[i] > 0) {
                sum += o[i] * Math.log(o[i] / e[i]);
            }
        }
        return 2 * sum;
    }
}
