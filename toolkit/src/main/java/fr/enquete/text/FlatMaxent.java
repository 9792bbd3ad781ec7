package fr.enquete.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's maximum-entropy (GIS) model evaluated from a {@link FeatureTable}: the published French POS model, which
 * gives every word the tag the taggers read as a feature, looked each feature up in its own {@code HashMap}, and that
 * was a fifth of the French pipeline's time (docs/performance.md, "Twelfth pass"). The probabilities are those of
 * {@link GISModel#eval(String[])}, bit for bit: the uniform prior, the sums in the context's order, the same
 * exponentials and division. Immutable, thread-safe.
 */
final class FlatMaxent {

    /** Each feature's row, as {@link WeightRows} writes it for one model. */
    private final FeatureTable features;
    private final double prior;
    private final int outcomes;

    private FlatMaxent(FeatureTable features, int outcomes) {
        this.features = features;
        this.outcomes = outcomes;
        // UniformPrior.setLabels: every outcome's log prior.
        this.prior = StrictMath.log(1.0 / outcomes);
    }

    /**
     * The model flattened, or null if it is not exactly OpenNLP's GIS model with the uniform prior its reader gives it
     * (then left to its own evaluation).
     */
    static FlatMaxent of(MaxentModel model) {
        if (model == null || model.getClass() != GISModel.class) {
            return null;
        }
        GISModel gis = (GISModel) model;
        @SuppressWarnings("unchecked")
        Map<String, Context> own = (Map<String, Context>) gis.getDataStructures()[1];
        List<String> keys = new ArrayList<>(own.size());
        List<long[]> rows = new ArrayList<>(own.size());
        for (Map.Entry<String, Context> e : own.entrySet()) {
            keys.add(e.getKey());
            rows.add(WeightRows.of(e.getValue()));
        }
        FlatMaxent flat = new FlatMaxent(FeatureTable.of(keys, rows), gis.getNumOutcomes());
        // A prior other than the uniform one shows in the evaluation of no feature at all.
        if (!Arrays.equals(gis.eval(new String[0]), flat.eval(new String[0]))) {
            return null;
        }
        return flat;
    }

    /** The model's probabilities of its outcomes for {@code context}, as its own {@code eval(context)} gives them. */
    double[] eval(String[] context) {
        double[] s = new double[outcomes];
        Arrays.fill(s, prior);
        long[] row = features.entries();
        for (String feature : context) {
            int at = features.find(feature);
            if (at < 0) {
                continue;
            }
            // Past the row's length, the model's weights, in the context's order.
            WeightRows.add(row, at + 1, s);
        }
        // GISModel.eval's normalisation.
        double normal = 0.0;
        for (int o = 0; o < outcomes; o++) {
            s[o] = StrictMath.exp(s[o]);
            normal += s[o];
        }
        for (int o = 0; o < outcomes; o++) {
            s[o] /= normal;
        }
        return s;
    }
}
