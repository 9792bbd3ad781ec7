package fr.enquete.text;

import opennlp.tools.ml.model.Context;

/**
 * The rows of weights {@link JointPerceptron} and {@link FlatMaxent} keep in their {@link FeatureTable}: for each model
 * in turn, how many weights it has for the feature (0 if none), then that many pairs of an outcome's index and its
 * weight (the double's bits), in the model's order.
 */
final class WeightRows {

    private WeightRows() {
    }

    /**
     * A feature's row from each model's weights for it (null where a model has none). A method of its own so that the
     * JIT compiles it after a few hundred features: the loop calling it runs once, in the interpreter (the tables are
     * made on a cold JVM).
     */
    static long[] of(Context... perModel) {
        int length = perModel.length;
        for (Context c : perModel) {
            length += c == null ? 0 : 2 * c.getOutcomes().length;
        }
        long[] row = new long[length];
        int at = 0;
        for (Context c : perModel) {
            if (c == null) {
                row[at++] = 0;
                continue;
            }
            int[] o = c.getOutcomes();
            double[] p = c.getParameters();
            row[at++] = o.length;
            for (int k = 0; k < o.length; k++) {
                row[at++] = o[k];
                row[at++] = Double.doubleToRawLongBits(p[k]);
            }
        }
        return row;
    }

    /**
     * Adds one model's weights, the part of a row at {@code at} in {@code entries}, to its sums as OpenNLP's
     * {@code ArrayMath.sumFeatures} does (each feature of value 1); returns where the next model's part starts.
     */
    static int add(long[] entries, int at, double[] sums) {
        int end = at + 1 + 2 * (int) entries[at];
        for (at++; at < end; at += 2) {
            sums[(int) entries[at]] += Double.longBitsToDouble(entries[at + 1]) * 1.0;
        }
        return end;
    }
}
