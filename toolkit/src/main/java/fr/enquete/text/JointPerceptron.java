package fr.enquete.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * Several perceptron models that read the same features, evaluated together: each feature is looked up once in a
 * table of all the models' features instead of once per model. Finding a feature's weights (hashing it, comparing it
 * with the key found) was most of the time the tagger spent evaluating its two models, each looking up every feature
 * of every word in its own table (docs/performance.md, "Eleventh pass"). The probabilities are those of
 * {@link PerceptronModel#eval(String[])}, bit for bit: each model's sums are added in the same order, then normalised
 * by the same operations. Immutable, thread-safe.
 */
final class JointPerceptron {

    /**
     * Each feature's weights in every model, in one row read from start to end (one place to fetch from memory
     * instead of each model's context and its two arrays): for each model in turn, how many weights it has for the
     * feature (0 if none), then that many pairs of an outcome's index and its weight (its bits), in the model's order.
     */
    private final FeatureTable features;
    private final int[] outcomes;
    private static final int[] NONE = {};

    private JointPerceptron(FeatureTable features, int[] outcomes) {
        this.features = features;
        this.outcomes = outcomes;
    }

    /** The models together, or null if one of them is not a perceptron model (left to its own evaluation). */
    static JointPerceptron of(MaxentModel... models) {
        int n = models.length;
        int[] outcomes = new int[n];
        List<Map<String, Context>> own = new ArrayList<>();
        int size = 0;
        for (int m = 0; m < n; m++) {
            if (!(models[m] instanceof PerceptronModel perceptron)) {
                return null;
            }
            outcomes[m] = perceptron.getNumOutcomes();
            @SuppressWarnings("unchecked")
            Map<String, Context> weights = (Map<String, Context>) perceptron.getDataStructures()[1];
            own.add(weights);
            size += weights.size();
        }
        // Each feature placed once, by the first model that has it (the models before it do not).
        Map<String, long[]> features = new LinkedHashMap<>(size * 4 / 3 + 1);
        Context[] found = new Context[n];
        for (int first = 0; first < n; first++) {
            for (Map.Entry<String, Context> e : own.get(first).entrySet()) {
                if (first > 0 && features.containsKey(e.getKey())) {
                    continue;
                }
                for (int m = 0; m < n; m++) {
                    found[m] = m < first ? null : m == first ? e.getValue() : own.get(m).get(e.getKey());
                }
                features.put(e.getKey(), row(found));
            }
        }
        return new JointPerceptron(FeatureTable.of(new ArrayList<>(features.keySet()), new ArrayList<>(features.values())),
                outcomes);
    }

    /**
     * A feature's row from each model's weights for it (null where a model has none). A method of its own so that the
     * JIT compiles it after a few hundred features: the loop calling it runs once, in the interpreter (the table is
     * made on a cold JVM).
     */
    private static long[] row(Context[] found) {
        int length = found.length;
        for (Context c : found) {
            length += c == null ? 0 : 2 * c.getOutcomes().length;
        }
        long[] row = new long[length];
        int at = 0;
        for (Context c : found) {
            int[] o = c == null ? NONE : c.getOutcomes();
            double[] p = c == null ? null : c.getParameters();
            row[at++] = o.length;
            for (int k = 0; k < o.length; k++) {
                row[at++] = o[k];
                row[at++] = Double.doubleToRawLongBits(p[k]);
            }
        }
        return row;
    }

    /** Each model's probabilities of its outcomes for {@code context}, as its own {@code eval(context)} gives them. */
    double[][] eval(String[] context) {
        int n = outcomes.length;
        double[][] sums = new double[n][];
        for (int m = 0; m < n; m++) {
            sums[m] = new double[outcomes[m]];
        }
        long[] row = features.entries();
        for (String feature : context) {
            int at = features.find(feature);
            if (at < 0) {
                continue;
            }
            at++;
            for (int m = 0; m < n; m++) {
                // OpenNLP's ArrayMath.sumFeatures: feature after feature in the context's order, each of value 1.
                double[] s = sums[m];
                int end = at + 1 + 2 * (int) row[at];
                for (at++; at < end; at += 2) {
                    s[(int) row[at]] += Double.longBitsToDouble(row[at + 1]) * 1.0;
                }
            }
        }
        for (double[] s : sums) {
            normalise(s);
        }
        return sums;
    }

    /** PerceptronModel's normalisation: sums scaled by the largest magnitude (at least 1), exponentiated, to a total of 1. */
    private static void normalise(double[] s) {
        double max = 1;
        for (double v : s) {
            if (max < StrictMath.abs(v)) {
                max = StrictMath.abs(v);
            }
        }
        double sum = 0;
        for (int o = 0; o < s.length; o++) {
            s[o] = StrictMath.exp(s[o] / max);
            sum += s[o];
        }
        for (int o = 0; o < s.length; o++) {
            s[o] /= sum;
        }
    }
}
