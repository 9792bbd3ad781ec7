package fr.enquete.weight;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Generalised regression (GREG) calibration (Deville and Särndal 1992), as R's {@code survey::calibrate} computes it
 * ({@code grake}): final weights w = d g(x'η), with d the starting weight and x a respondent's calibration variables
 * (an intercept, a dummy per category but the first of each question, numeric answers), such that Σ w x equals the
 * population totals. η is found by Newton's method, each step solving T Δη = misfit with T = Σ d g'(x'η) x x' through
 * the pseudo-inverse (an SVD, as R's {@code MASS::ginv}), halving steps that overflow.
 *
 * <ul>
 *   <li>{@link Distance#LINEAR}: g = 1 + u, one step (R's {@code calfun = "linear"}, the GREG estimator; weights may be
 *       negative).</li>
 *   <li>{@link Distance#TRUNCATED}: g = min(max(1 + u, L), U) (R's {@code calfun = "linear", bounds = c(L, U)}).</li>
 *   <li>{@link Distance#LOGIT}: g in ]L, U[ along a logistic curve (R's {@code calfun = "logit", bounds = c(L, U)}).</li>
 * </ul>
 */
public final class Calibration {

    /** The distance function, hence the shape of g. */
    public enum Distance {
        LINEAR, TRUNCATED, LOGIT;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The distance of a code ("linear", "truncated", "logit"), or null. */
        public static Distance parse(String s) {
            for (Distance d : values()) {
                if (d.code().equalsIgnoreCase(s.strip())) {
                    return d;
                }
            }
            return null;
        }

        /** g − 1 at u = x'η. */
        double fm1(double u, double lower, double upper) {
            return switch (this) {
                case LINEAR -> u;
                case TRUNCATED -> Math.min(Math.max(u + 1, lower), upper) - 1;
                case LOGIT -> {
                    double a = (upper - lower) / ((upper - 1) * (1 - lower));
                    double e = Math.exp(a * u);
                    yield (lower * (upper - 1) + upper * (1 - lower) * e) / (upper - 1 + (1 - lower) * e) - 1;
                }
            };
        }

        /** dg/du at u (R's dF). */
        double derivative(double u, double lower, double upper) {
            return switch (this) {
                case LINEAR -> 1;
                case TRUNCATED -> u < upper - 1 && u > lower - 1 ? 1 : 0;
                case LOGIT -> {
                    double a = (upper - lower) / ((upper - 1) * (1 - lower));
                    double e = Math.exp(a * u);
                    double den = upper - 1 + (1 - lower) * e;
                    yield upper * (1 - lower) * e * a / den - (lower * (upper - 1) + upper * (1 - lower) * e) * ((1 - lower) * e * a) / (den * den);
                }
            };
        }
    }

    /**
     * @param g          per cell, the final weight over the starting one
     * @param iterations Newton steps taken
     * @param converged  whether every total was met within the tolerance
     */
    public record Result(double[] g, int iterations, boolean converged) {
    }

    private Calibration() {
    }

    /**
     * What is wrong with these bounds for this distance, or null: linear takes none (infinite), truncated needs
     * L ≤ 1 ≤ U with L &lt; U, logit 0 ≤ L &lt; 1 &lt; U (finite), as R requires.
     */
    public static String checkBounds(Distance distance, double lower, double upper) {
        boolean none = lower == Double.NEGATIVE_INFINITY && upper == Double.POSITIVE_INFINITY;
        return switch (distance) {
            case LINEAR -> none ? null : "linear calibration has no bounds; bounded, it is 'truncated' (or 'logit')";
            case TRUNCATED -> none ? "truncated calibration needs bounds L,U on the ratio of final to starting weights (e.g. 0.5,2)"
                    : lower <= 1 && upper >= 1 && lower < upper ? null : "the bounds L,U must have L <= 1 <= U and L < U (e.g. 0.5,2)";
            case LOGIT -> none ? "logit calibration needs bounds L,U on the ratio of final to starting weights (e.g. 0.5,2)"
                    : Double.isFinite(lower) && Double.isFinite(upper) && lower < 1 && upper > 1
                    ? null : "logit calibration needs finite bounds L < 1 < U (e.g. 0.5,2)";
        };
    }

    /**
     * @param x          [cell][variable] the calibration variables of each distinct respondent profile
     * @param counts     respondents per cell
     * @param d          the starting weight of every respondent
     * @param totals     the population total of each variable
     * @param lower      L, the smallest g (bounded distances)
     * @param upper      U, the largest g
     * @param epsilon    largest accepted |misfit| / (1 + |total|), as R's
     */
    public static Result calibrate(double[][] x, long[] counts, double d, double[] totals, Distance distance, double lower, double upper,
                                   int maxIterations, double epsilon) {
        int p = totals.length;
        double[] eta = new double[p];
        double[] u = new double[x.length];
        double[] sample = new double[p];
        for (int k = 0; k < x.length; k++) {
            for (int j = 0; j < p; j++) {
                sample[j] += counts[k] * d * x[k][j];
            }
        }
        int iteration = 1;
        boolean converged = false;
        while (true) {
            double[][] t = new double[p][p];
            for (int k = 0; k < x.length; k++) {
                double f = counts[k] * d * distance.derivative(u[k], lower, upper);
                if (f == 0) {
                    continue;
                }
                for (int i = 0; i < p; i++) {
                    for (int j = 0; j < p; j++) {
                        t[i][j] += f * x[k][i] * x[k][j];
                    }
                }
            }
            RealVector step = new SingularValueDecomposition(new Array2DRowRealMatrix(t, false)).getSolver()
                    .solve(new ArrayRealVector(misfit(x, counts, d, totals, sample, u, distance, lower, upper), false));
            for (int j = 0; j < p; j++) {
                eta[j] += step.getEntry(j);
            }
            project(x, eta, u);
            double[] halved = step.toArray();
            while (iteration < maxIterations && !finite(u, distance, lower, upper)) {
                iteration++;
                for (int j = 0; j < p; j++) {
                    halved[j] /= 2;
                    eta[j] -= halved[j];
                }
                project(x, eta, u);
            }
            double[] misfit = misfit(x, counts, d, totals, sample, u, distance, lower, upper);
            double worst = 0;
            for (int j = 0; j < p; j++) {
                worst = Math.max(worst, Math.abs(misfit[j]) / (1 + Math.abs(totals[j])));
            }
            if (worst < epsilon) {
                converged = true;
                break;
            }
            iteration++;
            if (iteration > maxIterations) {
                break;
            }
        }
        double[] g = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            g[k] = 1 + distance.fm1(u[k], lower, upper);
        }
        return new Result(g, iteration, converged);
    }

    /** population − Σ d x − Σ d x (g − 1): what the weights still miss of each total. */
    private static double[] misfit(double[][] x, long[] counts, double d, double[] totals, double[] sample, double[] u, Distance distance,
                                   double lower, double upper) {
        double[] out = new double[totals.length];
        for (int j = 0; j < totals.length; j++) {
            out[j] = totals[j] - sample[j];
        }
        for (int k = 0; k < x.length; k++) {
            double f = counts[k] * d * distance.fm1(u[k], lower, upper);
            for (int j = 0; j < totals.length; j++) {
                out[j] -= f * x[k][j];
            }
        }
        return out;
    }

    private static void project(double[][] x, double[] eta, double[] u) {
        for (int k = 0; k < x.length; k++) {
            double s = 0;
            for (int j = 0; j < eta.length; j++) {
                s += x[k][j] * eta[j];
            }
            u[k] = s;
        }
    }

    private static boolean finite(double[] u, Distance distance, double lower, double upper) {
        for (double v : u) {
            if (!Double.isFinite(distance.fm1(v, lower, upper)) || !Double.isFinite(distance.derivative(v, lower, upper))) {
                return false;
            }
        }
        return true;
    }
}
