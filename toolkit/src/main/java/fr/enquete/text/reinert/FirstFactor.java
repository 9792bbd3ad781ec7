package fr.enquete.text.reinert;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The first factor of the correspondence analysis of a 0/1 table of segments × lemmas, as the Reinert
 * classification needs it for each bipartition. The table is never made dense: the standardised residuals
 * {@code S = Dr^-1/2 (P - r c') Dc^-1/2} are applied as {@code Dr^-1/2 P Dc^-1/2 x - sqrt(r) (sqrt(c)' x)} on the
 * sparse rows, and the leading singular vectors are found by subspace iteration on {@code S'S} with a Rayleigh-Ritz
 * step (commons-math3's eigen decomposition of the small block), the method IRaMuTeQ's irlba call stands for.
 * The start block is fixed, so the result is the same on every run.
 *
 * @param inertia            the first eigenvalue (principal inertia of the first axis)
 * @param rowCoordinates     principal coordinates of the rows given, in their order
 * @param columnCoordinates  principal coordinates of the table's columns (0 for a column absent from these rows)
 */
public record FirstFactor(double inertia, double[] rowCoordinates, double[] columnCoordinates) {

    private static final int BLOCK = 6;
    private static final int MAX_ITERATIONS = 3000;
    private static final double TOLERANCE = 1e-13;

    /**
     * The first factor of the table restricted to {@code rowIds}; every one of these rows must have at least one
     * column. The sign is fixed: the column farthest from the origin has a positive coordinate.
     */
    public static FirstFactor of(SegmentMatrix m, int[] rowIds) {
        int[][] rows = new int[rowIds.length][];
        for (int i = 0; i < rowIds.length; i++) {
            rows[i] = m.rowView(rowIds[i]);
            if (rows[i].length == 0) {
                throw new IllegalArgumentException("segment " + rowIds[i] + " has no active lemma");
            }
        }
        return of(rows, m.lemmaCount());
    }

    static FirstFactor of(int[][] rows, int columns) {
        // local columns: those present in these rows
        int[] colTotals = new int[columns];
        long n = 0;
        for (int[] r : rows) {
            for (int j : r) {
                colTotals[j]++;
            }
            n += r.length;
        }
        int[] local = new int[columns];
        Arrays.fill(local, -1);
        int k = 0;
        for (int j = 0; j < columns; j++) {
            if (colTotals[j] > 0) {
                local[j] = k++;
            }
        }
        int[] global = new int[k];
        for (int j = 0; j < columns; j++) {
            if (local[j] >= 0) {
                global[local[j]] = j;
            }
        }
        int[][] lr = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            lr[i] = new int[rows[i].length];
            for (int t = 0; t < rows[i].length; t++) {
                lr[i][t] = local[rows[i][t]];
            }
        }
        double[] sr = new double[rows.length];
        double[] sc = new double[k];
        for (int i = 0; i < rows.length; i++) {
            sr[i] = Math.sqrt(rows[i].length / (double) n);
        }
        for (int j = 0; j < k; j++) {
            sc[j] = Math.sqrt(colTotals[global[j]] / (double) n);
        }
        Residuals s = new Residuals(lr, sr, sc, n);
        if (rows.length < 2 || k < 2) {
            return new FirstFactor(0, new double[rows.length], new double[columns]);
        }
        double[] v = leadingRightVector(s, k, Math.min(BLOCK, Math.min(k, rows.length)));
        double[] u = s.times(v);
        double sigma = Math.sqrt(dot(u, u));
        double[] rowCoord = new double[rows.length];
        double[] colCoord = new double[columns];
        if (sigma > 0) {
            for (int i = 0; i < rows.length; i++) {
                rowCoord[i] = u[i] / sr[i];
            }
            for (int j = 0; j < k; j++) {
                colCoord[global[j]] = sigma * v[j] / sc[j];
            }
        }
        // the sign: the column farthest from the origin is on the positive side
        int far = 0;
        for (int j = 1; j < columns; j++) {
            if (Math.abs(colCoord[j]) > Math.abs(colCoord[far]) + 1e-12) {
                far = j;
            }
        }
        if (colCoord[far] < 0) {
            for (int i = 0; i < rowCoord.length; i++) {
                rowCoord[i] = -rowCoord[i];
            }
            for (int j = 0; j < columns; j++) {
                colCoord[j] = -colCoord[j];
            }
        }
        return new FirstFactor(sigma * sigma, rowCoord, colCoord);
    }

    /** Subspace iteration on S'S with Rayleigh-Ritz; returns the unit leading right singular vector. */
    private static double[] leadingRightVector(Residuals s, int k, int block) {
        double[][] v = new double[block][k];
        for (int b = 0; b < block; b++) {
            for (int j = 0; j < k; j++) {
                // a fixed, non-degenerate start: no randomness
                v[b][j] = Math.sin(1.0 + (j + 1) * (b + 1) * 0.7548776662466927) + (b == 0 ? 1 : 0);
            }
        }
        orthonormalise(v);
        double previous = -1;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[][] w = new double[block][];
            for (int b = 0; b < block; b++) {
                w[b] = s.transposeTimes(s.times(v[b]));
            }
            // Rayleigh-Ritz on span(v): H = V' S'S V
            double[][] h = new double[block][block];
            for (int a = 0; a < block; a++) {
                for (int b = 0; b < block; b++) {
                    h[a][b] = dot(v[a], w[b]);
                }
            }
            for (int a = 0; a < block; a++) {
                for (int b = 0; b < a; b++) {
                    double mean = (h[a][b] + h[b][a]) / 2;
                    h[a][b] = mean;
                    h[b][a] = mean;
                }
            }
            EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(h, false));
            double[] values = e.getRealEigenvalues();
            Integer[] order = new Integer[block];
            for (int b = 0; b < block; b++) {
                order[b] = b;
            }
            Arrays.sort(order, (x, y) -> Double.compare(values[y], values[x]));
            RealMatrix q = e.getV();
            double[] top = new double[k];
            for (int a = 0; a < block; a++) {
                double coef = q.getEntry(a, order[0]);
                for (int j = 0; j < k; j++) {
                    top[j] += coef * v[a][j];
                }
            }
            double lambda = values[order[0]];
            if (it > 2 && Math.abs(lambda - previous) <= TOLERANCE * Math.max(lambda, 1e-300)) {
                double norm = Math.sqrt(dot(top, top));
                for (int j = 0; j < k; j++) {
                    top[j] /= norm;
                }
                return top;
            }
            previous = lambda;
            orthonormalise(w);
            v = w;
        }
        double[] top = v[0];
        double norm = Math.sqrt(dot(top, top));
        return Arrays.stream(top).map(x -> x / norm).toArray();
    }

    private static void orthonormalise(double[][] v) {
        for (int a = 0; a < v.length; a++) {
            for (int pass = 0; pass < 2; pass++) {
                for (int b = 0; b < a; b++) {
                    double d = dot(v[a], v[b]);
                    for (int j = 0; j < v[a].length; j++) {
                        v[a][j] -= d * v[b][j];
                    }
                }
            }
            double norm = Math.sqrt(dot(v[a], v[a]));
            if (norm < 1e-300) {
                // a collapsed vector: replaced by a unit vector on one coordinate, made orthogonal on the next pass
                Arrays.fill(v[a], 0);
                v[a][a % v[a].length] = 1;
                norm = 1;
            }
            for (int j = 0; j < v[a].length; j++) {
                v[a][j] /= norm;
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The standardised residuals of a sparse 0/1 table, as an operator. */
    private record Residuals(int[][] rows, double[] sr, double[] sc, long n) {

        /** S x (rows). */
        double[] times(double[] x) {
            double dotc = 0;
            for (int j = 0; j < sc.length; j++) {
                dotc += sc[j] * x[j];
            }
            double[] out = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                double acc = 0;
                for (int j : rows[i]) {
                    acc += x[j] / sc[j];
                }
                out[i] = acc / (n * sr[i]) - sr[i] * dotc;
            }
            return out;
        }

        /** S' y (columns). */
        double[] transposeTimes(double[] y) {
            double dotr = 0;
            double[] out = new double[sc.length];
            for (int i = 0; i < rows.length; i++) {
                dotr += sr[i] * y[i];
                double w = y[i] / (n * sr[i]);
                for (int j : rows[i]) {
                    out[j] += w;
                }
            }
            for (int j = 0; j < sc.length; j++) {
                out[j] = out[j] / sc[j] - sc[j] * dotr;
            }
            return out;
        }
    }

    @Override
    public double[] rowCoordinates() {
        return rowCoordinates.clone();
    }

    @Override
    public double[] columnCoordinates() {
        return columnCoordinates.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FirstFactor f && f.inertia == inertia && Arrays.equals(f.rowCoordinates, rowCoordinates)
                && Arrays.equals(f.columnCoordinates, columnCoordinates);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(inertia) * 31 + Arrays.hashCode(rowCoordinates);
    }

    @Override
    public String toString() {
        return "FirstFactor[inertia=" + inertia + ", rows=" + rowCoordinates.length + "]";
    }
}
