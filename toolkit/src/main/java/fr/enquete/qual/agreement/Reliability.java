package fr.enquete.qual.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Agreement statistics of several coders on nominal categories, computed as R's {@code irr} package does
 * ({@code agree}, {@code kappa2}, {@code kappam.fleiss}, {@code kripp.alpha(method = "nominal")}). Units come
 * as weighted patterns (one category per coder) so that a character-level comparison of long transcripts
 * counts runs of identical characters once rather than character by character.
 */
public final class Reliability {

    /** Units that all share one pattern of ratings: {@code values[k]} is coder k's category. */
    public record Pattern(int[] values, long weight) {
        public Pattern {
            values = values.clone();
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight");
            }
        }
    }

    /** The four figures of a comparison; NaN where undefined (e.g. kappa when every unit has one category). */
    public record Result(long units, int coders, double percent, double cohen, double fleiss, double alpha) {
    }

    private Reliability() {
    }

    public static Result of(List<Pattern> patterns) {
        if (patterns.isEmpty()) {
            return new Result(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        int m = patterns.get(0).values().length;
        for (Pattern p : patterns) {
            if (p.values().length != m) {
                throw new IllegalArgumentException("every unit needs a rating from each of the " + m + " coders");
            }
        }
        long n = patterns.stream().mapToLong(Pattern::weight).sum();
        return new Result(n, m, percent(patterns, n), m == 2 ? cohen(patterns, n) : Double.NaN, fleiss(patterns, n, m),
                alpha(patterns, m));
    }

    /** Share of units on which every coder gave the same category ({@code irr::agree} divided by 100). */
    static double percent(List<Pattern> patterns, long n) {
        if (n == 0) {
            return Double.NaN;
        }
        long same = 0;
        for (Pattern p : patterns) {
            boolean all = true;
            for (int v : p.values()) {
                all &= v == p.values()[0];
            }
            if (all) {
                same += p.weight();
            }
        }
        return (double) same / n;
    }

    /** Cohen's unweighted kappa of two coders ({@code irr::kappa2}). */
    static double cohen(List<Pattern> patterns, long n) {
        Map<Integer, Long> a = new HashMap<>();
        Map<Integer, Long> b = new HashMap<>();
        long same = 0;
        for (Pattern p : patterns) {
            a.merge(p.values()[0], p.weight(), Long::sum);
            b.merge(p.values()[1], p.weight(), Long::sum);
            if (p.values()[0] == p.values()[1]) {
                same += p.weight();
            }
        }
        double po = (double) same / n;
        double pe = 0;
        for (Map.Entry<Integer, Long> e : a.entrySet()) {
            pe += (double) e.getValue() / n * b.getOrDefault(e.getKey(), 0L) / n;
        }
        return (po - pe) / (1 - pe);
    }

    /** Fleiss' kappa for a fixed number of coders per unit ({@code irr::kappam.fleiss}, not exact). */
    static double fleiss(List<Pattern> patterns, long n, int m) {
        Map<Integer, Double> totals = new HashMap<>();
        double agreement = 0;
        for (Pattern p : patterns) {
            Map<Integer, Integer> counts = counts(p.values());
            double sq = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                sq += (double) e.getValue() * e.getValue();
                totals.merge(e.getKey(), (double) e.getValue() * p.weight(), Double::sum);
            }
            agreement += p.weight() * (sq - m) / ((double) m * (m - 1));
        }
        double pbar = agreement / n;
        double pe = 0;
        for (double t : totals.values()) {
            double pj = t / ((double) n * m);
            pe += pj * pj;
        }
        return (pbar - pe) / (1 - pe);
    }

    /** Krippendorff's alpha for nominal data, every coder rating every unit ({@code irr::kripp.alpha}). */
    static double alpha(List<Pattern> patterns, int m) {
        TreeSet<Integer> categories = new TreeSet<>();
        patterns.forEach(p -> { for (int v : p.values()) { categories.add(v); } });
        Map<Integer, Double> nc = new HashMap<>();
        double disagreeing = 0;
        for (Pattern p : patterns) {
            Map<Integer, Integer> counts = counts(p.values());
            // Each ordered pair of values within a unit adds 1/(m-1) to the coincidence matrix.
            double w = (double) p.weight() / (m - 1);
            for (Map.Entry<Integer, Integer> c : counts.entrySet()) {
                nc.merge(c.getKey(), w * c.getValue() * (m - 1), Double::sum);
                disagreeing += w * c.getValue() * (m - c.getValue());
            }
        }
        double total = nc.values().stream().mapToDouble(Double::doubleValue).sum();
        double expected = 0;
        for (int c : categories) {
            for (int k : categories) {
                if (c != k) {
                    expected += nc.getOrDefault(c, 0.0) * nc.getOrDefault(k, 0.0);
                }
            }
        }
        return 1 - (total - 1) * disagreeing / expected;
    }

    private static Map<Integer, Integer> counts(int[] values) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        return counts;
    }
}
