package fr.enquete.stats;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The chi-square test of independence of a weighted two-way table with Rao and Scott's second-order correction,
 * as R's {@code survey::svychisq(~a + b, svydesign(ids = ~1, weights = ~w, data = d))} computes it (statistic "F"):
 * Pearson's X² of the weighted table rescaled to the n respondents, divided by the trace of the design effect
 * matrix Δ of the interaction contrasts, referred to an F distribution with d0 = tr(Δ)² / tr(Δ²) and d0 (n − 1)
 * degrees of freedom.
 *
 * <p>With weights and no clusters or strata, the covariance of the estimated cell shares p̂ is, by linearisation,
 * V = n / (n − 1) / W² Σᵢ wᵢ² (zᵢ − p̂)(zᵢ − p̂)ᵀ (zᵢ the respondent's cell indicator), which needs per cell only
 * the sums of the weights and of their squares.
 *
 * @param chiSquare Pearson's X² of the rescaled weighted table
 * @param f         X² / tr(Δ)
 * @param ndf       d0
 * @param ddf       d0 (n − 1)
 * @param p         the F test's p-value
 */
record RaoScott(double chiSquare, double f, double ndf, double ddf, double p) {

    /**
     * @param w  [row][column] the sum of the weights in each cell (non-empty rows and columns only)
     * @param w2 [row][column] the sum of the squared weights
     * @param n  the respondents of the table
     */
    static RaoScott of(double[][] w, double[][] w2, long n) {
        int nr = w.length;
        int nc = w[0].length;
        int k = nr * nc;
        double total = 0;
        double squares = 0;
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc; j++) {
                total += w[i][j];
                squares += w2[i][j];
            }
        }
        // Cells in R's interaction order: rows vary fastest.
        double[] p = new double[k];
        double[] s = new double[k];
        for (int j = 0; j < nc; j++) {
            for (int i = 0; i < nr; i++) {
                p[i + nr * j] = w[i][j] / total;
                s[i + nr * j] = w2[i][j];
            }
        }
        double chi = pearson(w, n / total);
        double[][] v = new double[k][k];
        double factor = n / (n - 1.0) / (total * total);
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                v[a][b] = factor * ((a == b ? s[a] : 0) - s[a] * p[b] - p[a] * s[b] + squares * p[a] * p[b]);
            }
        }
        RealMatrix c = contrasts(nr, nc);
        double[][] inv = new double[k][k];
        for (int a = 0; a < k; a++) {
            inv[a][a] = p[a] == 0 ? 0 : 1 / p[a];
        }
        RealMatrix iD = new Array2DRowRealMatrix(inv);
        RealMatrix denom = c.transpose().multiply(iD.scalarMultiply(1.0 / n)).multiply(c);
        RealMatrix numr = c.transpose().multiply(iD).multiply(new Array2DRowRealMatrix(v)).multiply(iD).multiply(c);
        RealMatrix delta = new LUDecomposition(denom).getSolver().solve(numr);
        double trace = delta.getTrace();
        double trace2 = delta.multiply(delta).getTrace();
        double d0 = trace * trace / trace2;
        double f = chi / trace;
        double ddf = d0 * (n - 1);
        double pValue = CrossTab.fTail(f, d0, ddf);
        return new RaoScott(chi, f, d0, ddf, pValue);
    }

    /** Pearson's X² of the table {@code w} scaled by {@code scale}. */
    static double pearson(double[][] w, double scale) {
        int nr = w.length;
        int nc = w[0].length;
        double[] rows = new double[nr];
        double[] cols = new double[nc];
        double total = 0;
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc; j++) {
                double x = w[i][j] * scale;
                rows[i] += x;
                cols[j] += x;
                total += x;
            }
        }
        double chi = 0;
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc; j++) {
                double e = rows[i] * cols[j] / total;
                double d = w[i][j] * scale - e;
                chi += d * d / e;
            }
        }
        return chi;
    }

    /**
     * The interaction contrasts made orthogonal to the main effects: the residuals of the row x column
     * interaction columns regressed on the intercept, row and column dummies (R's qr.resid(qr(X1), X12)).
     */
    private static RealMatrix contrasts(int nr, int nc) {
        int k = nr * nc;
        double[][] x1 = new double[k][nr + nc - 1];
        double[][] x12 = new double[k][(nr - 1) * (nc - 1)];
        for (int j = 0; j < nc; j++) {
            for (int i = 0; i < nr; i++) {
                int cell = i + nr * j;
                x1[cell][0] = 1;
                if (i > 0) {
                    x1[cell][i] = 1;
                }
                if (j > 0) {
                    x1[cell][nr - 1 + j] = 1;
                }
                if (i > 0 && j > 0) {
                    x12[cell][(i - 1) + (nr - 1) * (j - 1)] = 1;
                }
            }
        }
        RealMatrix a = new Array2DRowRealMatrix(x1);
        RealMatrix b = new Array2DRowRealMatrix(x12);
        RealMatrix coefficients = new QRDecomposition(a).getSolver().solve(b);
        return b.subtract(a.multiply(coefficients));
    }
}
