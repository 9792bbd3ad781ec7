package fr.enquete.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Simple correspondence analysis (Benzécri; Greenacre, <i>Correspondence Analysis in Practice</i>, 2007) of a
 * non-negative contingency table: the singular value decomposition (commons-math3) of the standardised residuals
 * {@code S = Dr^-1/2 (P - r c') Dc^-1/2}, where {@code P} is the table over its total and {@code r}, {@code c} the row
 * and column masses. The figures are those of R's {@code ca::ca} and {@code FactoMineR::CA}: eigenvalues (principal
 * inertias), their share of the total inertia ({@code chi2 / n}), principal coordinates, contributions of each point
 * to an axis ({@code ctr}, summing to 1 over the rows, and over the columns) and squared cosines ({@code cos2}, the
 * quality of a point's representation on the axis).
 *
 * <p><b>Axes</b>: at most {@code min(rows, columns) - 1}; an axis whose eigenvalue is below {@code 1e-12} times the
 * total inertia (a table of rank lower than that, e.g. two proportional rows) is dropped, since its contributions
 * would be 0/0.
 *
 * <p><b>Signs</b>: an axis's direction is arbitrary (R's LAPACK and commons-math3 may each flip it). Here the sign of
 * each axis is fixed so that the column with the largest absolute coordinate on it (the first such column on a tie)
 * has a positive coordinate: the same table always gives the same map. Comparisons with another program hold up to a
 * sign per axis.
 *
 * <p>Immutable.
 */
public final class CorrespondenceAnalysis {

    private static final double NEGLIGIBLE = 1e-12;

    private final double total;
    private final double[] eigenvalues;
    private final double totalInertia;
    private final List<Point> rows;
    private final List<Point> columns;

    private CorrespondenceAnalysis(double total, double[] eigenvalues, double totalInertia, List<Point> rows, List<Point> columns) {
        this.total = total;
        this.eigenvalues = eigenvalues;
        this.totalInertia = totalInertia;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
    }

    /**
     * Analyses a table.
     *
     * @param rowLabels    one per row of {@code counts}
     * @param columnLabels one per column
     * @param counts       non-negative finite counts (or weights), {@code counts[row][column]}
     * @throws IllegalArgumentException for fewer than 2 rows or columns, a ragged table, a negative or non-finite
     *                                  cell, or a row or column whose cells are all 0 (the message names it)
     */
    public static CorrespondenceAnalysis of(List<String> rowLabels, List<String> columnLabels, double[][] counts) {
        int nr = counts.length;
        if (rowLabels.size() != nr) {
            throw new IllegalArgumentException(rowLabels.size() + " row labels for " + nr + " rows");
        }
        if (nr < 2) {
            throw new IllegalArgumentException("a correspondence analysis needs at least 2 rows, the table has " + nr);
        }
        int nc = columnLabels.size();
        if (nc < 2) {
            throw new IllegalArgumentException("a correspondence analysis needs at least 2 columns, the table has " + nc);
        }
        double[] rowSums = new double[nr];
        double[] colSums = new double[nc];
        double n = 0;
        for (int i = 0; i < nr; i++) {
            if (counts[i].length != nc) {
                throw new IllegalArgumentException("row " + (i + 1) + " (" + rowLabels.get(i) + ") has " + counts[i].length
                        + " cells, expected " + nc + " (one per column)");
            }
            for (int j = 0; j < nc; j++) {
                double v = counts[i][j];
                if (!Double.isFinite(v) || v < 0) {
                    throw new IllegalArgumentException("cell (" + rowLabels.get(i) + ", " + columnLabels.get(j) + ") is " + v
                            + ": a contingency table holds non-negative counts");
                }
                rowSums[i] += v;
                colSums[j] += v;
                n += v;
            }
        }
        for (int i = 0; i < nr; i++) {
            if (rowSums[i] == 0) {
                throw new IllegalArgumentException("row " + (i + 1) + " (" + rowLabels.get(i) + ") is empty: every cell is 0");
            }
        }
        for (int j = 0; j < nc; j++) {
            if (colSums[j] == 0) {
                throw new IllegalArgumentException("column " + (j + 1) + " (" + columnLabels.get(j) + ") is empty: every cell is 0");
            }
        }
        double[] r = new double[nr];
        double[] c = new double[nc];
        for (int i = 0; i < nr; i++) {
            r[i] = rowSums[i] / n;
        }
        for (int j = 0; j < nc; j++) {
            c[j] = colSums[j] / n;
        }
        double[][] s = new double[nr][nc];
        double inertia = 0;
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc; j++) {
                double expected = r[i] * c[j];
                s[i][j] = (counts[i][j] / n - expected) / Math.sqrt(expected);
                inertia += s[i][j] * s[i][j];
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(s, false));
        double[] sv = svd.getSingularValues();
        int axes = 0;
        for (int k = 0; k < Math.min(nr, nc) - 1; k++) {
            if (sv[k] * sv[k] > NEGLIGIBLE * inertia) {
                axes++;
            }
        }
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        double[] lambda = new double[axes];
        double[][] f = new double[nr][axes];
        double[][] g = new double[nc][axes];
        for (int k = 0; k < axes; k++) {
            lambda[k] = sv[k] * sv[k];
            double sign = sign(v.getColumn(k), c);
            for (int i = 0; i < nr; i++) {
                f[i][k] = sign * u.getEntry(i, k) * sv[k] / Math.sqrt(r[i]);
            }
            for (int j = 0; j < nc; j++) {
                g[j][k] = sign * v.getEntry(j, k) * sv[k] / Math.sqrt(c[j]);
            }
        }
        List<Point> rowPoints = new ArrayList<>(nr);
        for (int i = 0; i < nr; i++) {
            double[] profile = new double[nc];
            for (int j = 0; j < nc; j++) {
                profile[j] = counts[i][j] / rowSums[i];
            }
            rowPoints.add(point(rowLabels.get(i), r[i], distance2(profile, c), f[i], lambda));
        }
        List<Point> columnPoints = new ArrayList<>(nc);
        for (int j = 0; j < nc; j++) {
            double[] profile = new double[nr];
            for (int i = 0; i < nr; i++) {
                profile[i] = counts[i][j] / colSums[j];
            }
            columnPoints.add(point(columnLabels.get(j), c[j], distance2(profile, r), g[j], lambda));
        }
        return new CorrespondenceAnalysis(n, lambda, inertia, rowPoints, columnPoints);
    }

    /** +1 or -1: makes the column of largest |standard coordinate| (the first on a tie) positive. */
    private static double sign(double[] vk, double[] c) {
        int best = 0;
        double max = -1;
        for (int j = 0; j < vk.length; j++) {
            double a = Math.abs(vk[j] / Math.sqrt(c[j]));
            // A relative margin keeps rounding noise from choosing between two columns of equal coordinates.
            if (a > max * (1 + 1e-9)) {
                max = a;
                best = j;
            }
        }
        return vk[best] < 0 ? -1 : 1;
    }

    /** Chi-square distance squared from a profile to the average profile. */
    private static double distance2(double[] profile, double[] average) {
        double d = 0;
        for (int j = 0; j < profile.length; j++) {
            double e = profile[j] - average[j];
            d += e * e / average[j];
        }
        return d;
    }

    private static Point point(String label, double mass, double distance2, double[] coordinates, double[] lambda) {
        double[] ctr = new double[lambda.length];
        double[] cos2 = new double[lambda.length];
        for (int k = 0; k < lambda.length; k++) {
            double x2 = coordinates[k] * coordinates[k];
            ctr[k] = mass * x2 / lambda[k];
            cos2[k] = distance2 == 0 ? 0 : x2 / distance2;
        }
        return new Point(label, mass, mass * distance2, coordinates.clone(), ctr, cos2);
    }

    /** How many axes: at most {@code min(rows, columns) - 1}, fewer when the table's rank is lower. */
    public int axes() {
        return eigenvalues.length;
    }

    /** The eigenvalue (principal inertia) of axis {@code k} (0-based), decreasing with {@code k}. */
    public double eigenvalue(int k) {
        return eigenvalues[k];
    }

    /** Axis {@code k}'s share of the total inertia, in percent. */
    public double percent(int k) {
        return 100 * eigenvalues[k] / totalInertia;
    }

    /** The share of axes 0 to {@code k} together, in percent. */
    public double cumulativePercent(int k) {
        double sum = 0;
        for (int i = 0; i <= k; i++) {
            sum += eigenvalues[i];
        }
        return 100 * sum / totalInertia;
    }

    /** The total inertia: the table's chi-square over its total, the sum of every eigenvalue. */
    public double totalInertia() {
        return totalInertia;
    }

    /** Pearson's chi-square of independence of the table: total inertia times the grand total. */
    public double chiSquare() {
        return totalInertia * total;
    }

    /** The grand total of the table. */
    public double total() {
        return total;
    }

    /** The rows, in the table's order. */
    public List<Point> rows() {
        return rows;
    }

    /** The columns, in the table's order. */
    public List<Point> columns() {
        return columns;
    }

    /**
     * A row or a column of the table as a point of the map. Immutable; axes are 0-based.
     */
    public static final class Point {
        private final String label;
        private final double mass;
        private final double inertia;
        private final double[] coordinates;
        private final double[] contributions;
        private final double[] cos2;

        private Point(String label, double mass, double inertia, double[] coordinates, double[] contributions, double[] cos2) {
            this.label = label;
            this.mass = mass;
            this.inertia = inertia;
            this.coordinates = coordinates;
            this.contributions = contributions;
            this.cos2 = cos2;
        }

        public String label() {
            return label;
        }

        /** Its share of the grand total. */
        public double mass() {
            return mass;
        }

        /** Its share of the total inertia's numerator: mass times squared chi-square distance to the centroid. */
        public double inertia() {
            return inertia;
        }

        /** Principal coordinate on axis {@code k}. */
        public double coordinate(int k) {
            return coordinates[k];
        }

        /** Contribution to axis {@code k}, from 0 to 1 (the points of one side sum to 1 on each axis). */
        public double contribution(int k) {
            return contributions[k];
        }

        /** Squared cosine with axis {@code k}, from 0 to 1 (summing to 1 over every axis). */
        public double cos2(int k) {
            return cos2[k];
        }
    }
}
