package fr.enquete.stats;

import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Tests of change between two waves answered by the same respondents, on their square table (wave 1 in rows, wave 2
 * in columns, the same choices in the same order: {@link CrossTab#paired}).
 *
 * <ul>
 *   <li>2 x 2: McNemar's test, on the discordant pairs b (row 1, column 2) and c: X² = (|b − c| − 1)² / (b + c) with
 *       1 degree of freedom and the continuity correction, as R's {@code mcnemar.test(t)}; and its exact form, the
 *       two-sided binomial test of b among b + c at 1/2 (R's {@code binom.test(b, b + c)$p.value}), the one to read
 *       when b + c is below {@link #SMALL_DISCORDANT}.</li>
 *   <li>k x k: Bowker's test of symmetry, X² = Σ_{i&lt;j} (n_ij − n_ji)² / (n_ij + n_ji), its degrees of freedom the
 *       number of pairs of cells with at least one answer (R's {@code mcnemar.test} counts all k(k − 1)/2 pairs and
 *       gives NaN as soon as one is empty; both agree otherwise).</li>
 * </ul>
 *
 * @param test        "mcnemar" or "bowker"
 * @param chiSquare   the statistic
 * @param df          its degrees of freedom
 * @param p           its p-value (upper chi-square tail)
 * @param discordant  the respondents whose answer changed (off the diagonal)
 * @param exactP      for 2 x 2, the exact binomial p-value (NaN otherwise)
 */
public record PairedTests(String test, double chiSquare, int df, double p, long discordant, double exactP) {

    /** Below this many discordant pairs, the exact binomial p-value is the one to read. */
    public static final int SMALL_DISCORDANT = 25;

    /** Whether the exact p-value is the one to read (2 x 2 with few discordant pairs). */
    public boolean exactPreferred() {
        return !Double.isNaN(exactP) && discordant < SMALL_DISCORDANT;
    }

    /** The tests of an aligned square table; null when it is not square, has fewer than 2 choices, or nobody changed. */
    public static PairedTests of(CrossTab t) {
        List<String> rows = t.rowLabels();
        if (!rows.equals(t.columnLabels()) || rows.size() < 2) {
            return null;
        }
        int k = rows.size();
        long discordant = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                discordant += i == j ? 0 : t.count(i, j);
            }
        }
        if (discordant == 0) {
            return null;
        }
        if (k == 2) {
            long b = t.count(0, 1);
            long c = t.count(1, 0);
            double d = Math.abs(b - c) - 1;
            double chi = d * d / (b + c);
            return new PairedTests("mcnemar", chi, 1, CrossTab.chiSquareTail(chi, 1), b + c, exact(b, b + c));
        }
        double chi = 0;
        int df = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                long sum = t.count(i, j) + t.count(j, i);
                if (sum > 0) {
                    double diff = t.count(i, j) - t.count(j, i);
                    chi += diff * diff / sum;
                    df++;
                }
            }
        }
        return new PairedTests("bowker", chi, df, CrossTab.chiSquareTail(chi, df), discordant, Double.NaN);
    }

    /**
     * The two-sided exact binomial p-value of b successes in n at 1/2: twice the smaller tail, at most 1 (the
     * distribution being symmetric, R's sum of the outcomes no more likely than b gives the same).
     */
    static double exact(long b, long n) {
        BinomialDistribution d = new BinomialDistribution(null, (int) n, 0.5);
        long low = Math.min(b, n - b);
        return Math.min(1, 2 * d.cumulativeProbability((int) low));
    }
}
