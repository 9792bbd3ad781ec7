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
     * instead of each model's context and its two arrays), as {@link WeightRows} writes them.
     */
    private final FeatureTable features;
    private final int[] outcomes;

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
                features.put(e.getKey(), WeightRows.of(found));
            }
        }
        return new JointPerceptron(FeatureTable.of(new ArrayList<>(features.keySet()), new ArrayList<>(features.values())),
                outcomes);
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
            // Past the row's length, each model's part: feature after feature in the context's order.
            at++;
            for (int m = 0; m < n; m++) {
                at = WeightRows.add(row, at, sums[m]);
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
