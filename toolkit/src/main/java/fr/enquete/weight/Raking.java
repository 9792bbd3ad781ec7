package fr.enquete.weight;

/**
 * Raking (iterative proportional fitting, Deming and Stephan 1940): weights such that, for each raking variable,
 * the weighted shares of its categories among the respondents who answered it equal the population's.
 *
 * <p>The respondents are given as cells, one per distinct combination of categories, with how many fall in each:
 * a respondent's weight depends on their combination only, so memory grows with the combinations, not the rows.
 * A respondent without an answer to a variable (category -1) is left out of that variable's adjustment, as
 * anesrake does; with complete answers the weights are those of R's {@code survey::rake}. The weights are finally
 * scaled so that they add up to the population (the first variable's total): weighted counts estimate numbers
 * in the population.
 */
public final class Raking {

    /**
     * @param weights    one weight per cell
     * @param iterations the sweeps over all variables that were needed
     * @param converged  whether every margin was met within the tolerance
     */
    public record Result(double[] weights, int iterations, boolean converged) {
    }

    private Raking() {
    }

    /**
     * @param cells     [cell][variable] the category of each cell on each variable, -1 for no answer
     * @param counts    respondents per cell
     * @param targets   [variable][category] the population of each category
     * @param tolerance largest accepted gap between a weighted share and its target share
     */
    public static Result rake(int[][] cells, long[] counts, double[][] targets, int maxIterations, double tolerance) {
        int nv = targets.length;
        double[][] shares = new double[nv][];
        for (int v = 0; v < nv; v++) {
            double total = 0;
            for (double t : targets[v]) {
                total += t;
            }
            shares[v] = new double[targets[v].length];
            for (int c = 0; c < targets[v].length; c++) {
                shares[v][c] = targets[v][c] / total;
            }
        }
        double[] w = new double[cells.length];
        java.util.Arrays.fill(w, 1);
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations && !converged) {
            iteration++;
            for (int v = 0; v < nv; v++) {
                double[] weighted = margin(cells, counts, w, v, targets[v].length);
                double answered = 0;
                for (double x : weighted) {
                    answered += x;
                }
                for (int k = 0; k < cells.length; k++) {
                    int c = cells[k][v];
                    if (c >= 0 && weighted[c] > 0) {
                        w[k] *= shares[v][c] * answered / weighted[c];
                    }
                }
            }
            converged = gap(cells, counts, w, shares) <= tolerance;
        }
        double population = 0;
        for (double t : targets[0]) {
            population += t;
        }
        double sum = 0;
        for (int k = 0; k < cells.length; k++) {
            sum += counts[k] * w[k];
        }
        for (int k = 0; k < cells.length; k++) {
            w[k] *= population / sum;
        }
        return new Result(w, iteration, converged);
    }

    /** The weighted count of each category of variable {@code v}. */
    private static double[] margin(int[][] cells, long[] counts, double[] w, int v, int categories) {
        double[] out = new double[categories];
        for (int k = 0; k < cells.length; k++) {
            int c = cells[k][v];
            if (c >= 0) {
                out[c] += counts[k] * w[k];
            }
        }
        return out;
    }

    /** The largest gap between a weighted share and its target, over every variable and category. */
    static double gap(int[][] cells, long[] counts, double[] w, double[][] shares) {
        double worst = 0;
        for (int v = 0; v < shares.length; v++) {
            double[] weighted = margin(cells, counts, w, v, shares[v].length);
            double answered = 0;
            for (double x : weighted) {
                answered += x;
            }
            for (int c = 0; c < weighted.length; c++) {
                worst = Math.max(worst, Math.abs(weighted[c] / answered - shares[v][c]));
            }
        }
        return worst;
    }
}
