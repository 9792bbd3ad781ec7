package fr.enquete.report.map;

import java.util.Arrays;
import java.util.TreeSet;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Class limits for a choropleth: quantiles (as many areas in each class, R's type 7 quantiles at 1/k, 2/k...) or equal
 * intervals between the minimum and the maximum. When the values take no more distinct values than classes, each value
 * is a class of its own.
 *
 * @param breaks  the limits, ascending, from the minimum to the maximum: class i is [breaks[i], breaks[i + 1]] (the first
 *                closed, the others open on the left); for distinct values, the values themselves
 * @param byValue one class per distinct value
 */
public record ClassBreaks(Method method, double[] breaks, boolean byValue) {

    public enum Method { QUANTILES, EQUAL }

    public static ClassBreaks of(double[] values, int classes, Method method) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no value to put in classes");
        }
        if (classes < 2) {
            throw new IllegalArgumentException("at least 2 classes, found " + classes);
        }
        TreeSet<Double> distinct = new TreeSet<>();
        for (double v : values) {
            distinct.add(v);
        }
        if (distinct.size() <= classes) {
            return new ClassBreaks(method, distinct.stream().mapToDouble(Double::doubleValue).toArray(), true);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        TreeSet<Double> limits = new TreeSet<>();
        limits.add(sorted[0]);
        limits.add(sorted[sorted.length - 1]);
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(sorted);
        for (int i = 1; i < classes; i++) {
            limits.add(method == Method.QUANTILES ? p.evaluate(100.0 * i / classes)
                    : sorted[0] + (sorted[sorted.length - 1] - sorted[0]) * i / classes);
        }
        return new ClassBreaks(method, limits.stream().mapToDouble(Double::doubleValue).toArray(), false);
    }

    /** How many classes. */
    public int count() {
        return byValue ? breaks.length : breaks.length - 1;
    }

    /** The class of a value: the first whose upper limit it does not pass. */
    public int classOf(double v) {
        if (byValue) {
            for (int i = 0; i < breaks.length; i++) {
                if (v == breaks[i]) {
                    return i;
                }
            }
            throw new IllegalArgumentException(v + " is not one of the values classed");
        }
        for (int i = 1; i < breaks.length; i++) {
            if (v <= breaks[i]) {
                return i - 1;
            }
        }
        return breaks.length - 2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassBreaks c && c.method == method && c.byValue == byValue && Arrays.equals(c.breaks, breaks);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(breaks) + method.hashCode() + (byValue ? 1 : 0);
    }

    @Override
    public String toString() {
        return method + (byValue ? " by value " : " ") + Arrays.toString(breaks);
    }
}
