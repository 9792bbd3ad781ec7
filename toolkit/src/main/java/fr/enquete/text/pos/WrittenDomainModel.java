package fr.enquete.text.pos;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.postag.POSModel;

/**
 * A domain-augmented perceptron ({@link UdTaggerContext#augment}) folded for the one domain it tags, written French:
 * a feature's shared weights plus its written-domain copy's, the other domains' copies left out. The perceptron scores
 * a tag by summing the weights of the features present, so the folded model gives the same probabilities from the
 * plain features as the augmented model from the augmented ones, at the cost of a plain model.
 */
public final class WrittenDomainModel {

    private WrittenDomainModel() {
    }

    /** The manifest entry of a model folded by {@link #fold(POSModel)}: the domain it was folded for. */
    public static final String FOLDED_FOR = "Folded-For";

    /**
     * A domain-augmented POS model ({@link UdDomainTaggerFactory}) as a plain one ({@link UdTaggerFactory}) that tags
     * the same: its {@link #fold(MaxentModel) folded} weights, with the training's manifest entries (its
     * {@code Training-Eventhash} among them) and {@link #FOLDED_FOR}. Shipped folded, a model is read with a third of
     * the features and half the heap, and is not folded again at each start.
     */
    public static POSModel fold(POSModel augmented) {
        if (!(augmented.getFactory() instanceof UdTaggerFactory factory) || !factory.domains()) {
            throw new IllegalArgumentException("not a domain-augmented model of enquete's French POS features: " + augmented.getFactory());
        }
        Properties manifest = (Properties) augmented.getArtifact("manifest.properties");
        Map<String, String> entries = new java.util.TreeMap<>();
        for (String key : manifest.stringPropertyNames()) {
            // what the new model's manifest writes itself (its own Timestamp, version, factory)
            if (!OWN_ENTRIES.contains(key)) {
                entries.put(key, manifest.getProperty(key));
            }
        }
        entries.put(FOLDED_FOR, "written");
        return new POSModel(augmented.getLanguage(), fold((MaxentModel) augmented.getArtifact("pos.model")), 1, entries,
                new UdTaggerFactory());
    }

    private static final java.util.Set<String> OWN_ENTRIES = java.util.Set.of("Manifest-Version", "OpenNLP-Version", "Timestamp",
            "Component-Name", "Language", "factory", "BeamSize");

    public static MaxentModel fold(MaxentModel augmented) {
        if (!(augmented instanceof PerceptronModel perceptron)) {
            throw new IllegalArgumentException("a domain-augmented model must be a perceptron: " + augmented.getClass());
        }
        Object[] data = perceptron.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        String written = UdTaggerContext.WRITTEN + ':';
        Map<String, double[]> folded = new LinkedHashMap<>();
        for (Map.Entry<String, Context> e : features.entrySet()) {
            String name = e.getKey();
            String target = name.startsWith(written) ? name.substring(written.length()) : isDomainCopy(name) ? null : name;
            if (target != null) {
                double[] weights = folded.computeIfAbsent(target, k -> new double[outcomes.length]);
                Context c = e.getValue();
                for (int i = 0; i < c.getOutcomes().length; i++) {
                    weights[c.getOutcomes()[i]] += c.getParameters()[i];
                }
            }
        }
        String[] names = folded.keySet().toArray(new String[0]);
        Context[] params = new Context[names.length];
        for (int f = 0; f < names.length; f++) {
            double[] weights = folded.get(names[f]);
            int n = 0;
            for (double w : weights) {
                n += w != 0 ? 1 : 0;
            }
            int[] which = new int[n];
            double[] values = new double[n];
            for (int o = 0, k = 0; o < weights.length; o++) {
                if (weights[o] != 0) {
                    which[k] = o;
                    values[k++] = weights[o];
                }
            }
            params[f] = new Context(which, values);
        }
        return new PerceptronModel(params, names, outcomes);
    }

    /** A domain's copy of a feature ("spoken:w=euh"): a domain name, then a colon, before any "=" of a plain feature. */
    static boolean isDomainCopy(String feature) {
        int colon = feature.indexOf(':');
        int equals = feature.indexOf('=');
        return colon > 0 && (equals < 0 || colon < equals);
    }
}
