package fr.enquete.text;

import fr.enquete.text.pos.UdTaggerContext;
import fr.enquete.text.pos.UdTaggerFactory;
import fr.enquete.text.pos.WrittenDomainModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * Universal POS tags of French tokens by enquete's POS models, each trained by {@link PosModelTraining} on one licence
 * family of UD French treebanks and shipped as its own file ({@code fr-ud-pos-cc-by-sa.bin}, {@code
 * fr-ud-pos-sequoia.bin}; see THIRD-PARTY.md). Each model reads, besides the words, each word's classes in
 * LanguageTool's lexicon and the tag of OpenNLP's published French model (trained on GSD train). The models are
 * combined word by word, left to right: the tag chosen is the one with the highest weighted product of the models'
 * probabilities, and it is the previous tag every model then reads. A contraction of a preposition and an article
 * ("du", "aux") is tagged {@code ADP+DET}, as by the published model. Not thread-safe (one per pipeline).
 */
final class FrenchTagger {

    /** The exponents of the shipped models' probabilities, chosen on the held-out dev sentences. */
    static final double CC_BY_SA_WEIGHT = 1;
    static final double SEQUOIA_WEIGHT = 1;

    /** One model of the combination and the exponent of its probabilities in the product. */
    record Member(POSModel model, double weight) {
    }

    private final MaxentModel base;
    private final POSContextGenerator baseFeatures;
    private final LexiconClasses lexicon = new LexiconClasses();
    /** The union of the models' tags. */
    private final String[] tags;
    /** The first pass, and the second (null without second-pass models), which also reads the first pass's tags. */
    private final Pass first;
    private final Pass second;

    /**
     * Models combined by the product of their probabilities, with the features they all read (computed once per word
     * for all of them), and where each tag of the union is in each model's outcomes (-1: not one of them).
     */
    private static final class Pass {
        final UdTaggerContext features;
        final MaxentModel[] models;
        final double[] weights;
        final int[][] outcome;

        Pass(UdTaggerContext features, List<MaxentModel> models, List<Double> weights, String[] tags) {
            this.features = features;
            this.models = models.toArray(new MaxentModel[0]);
            this.weights = weights.stream().mapToDouble(Double::doubleValue).toArray();
            outcome = new int[this.models.length][tags.length];
            for (int m = 0; m < this.models.length; m++) {
                for (int t = 0; t < tags.length; t++) {
                    outcome[m][t] = this.models[m].getIndex(tags[t]);
                }
            }
        }
    }

    FrenchTagger() {
        this(Models.udPosMembers());
    }

    /**
     * A tagger combining the given models, trained with {@link #context}; none to only compute the context. Second-pass
     * models ({@link UdTaggerFactory#secondPass}), if any, tag again once the others have tagged the sentence.
     */
    FrenchTagger(List<Member> members) {
        POSModel published = Models.pos();
        this.base = published.getArtifact("pos.model");
        this.baseFeatures = published.getFactory().getPOSContextGenerator();
        List<MaxentModel> firstModels = new ArrayList<>();
        List<Double> firstWeights = new ArrayList<>();
        List<MaxentModel> secondModels = new ArrayList<>();
        List<Double> secondWeights = new ArrayList<>();
        Map<String, Integer> union = new LinkedHashMap<>();
        for (Member member : members) {
            POSModel model = member.model();
            if (!(model.getFactory() instanceof UdTaggerFactory factory)) {
                throw new IllegalArgumentException("not a model of enquete's French POS features: " + model.getFactory());
            }
            MaxentModel trained = model.getArtifact("pos.model");
            // a domain-augmented model reads the plain features once its written-domain weights are folded in
            MaxentModel plain = factory.domains() ? WrittenDomainModel.fold(trained) : trained;
            (factory.secondPass() ? secondModels : firstModels).add(plain);
            (factory.secondPass() ? secondWeights : firstWeights).add(member.weight());
            for (int o = 0; o < plain.getNumOutcomes(); o++) {
                union.putIfAbsent(plain.getOutcome(o), union.size());
            }
        }
        tags = union.keySet().toArray(new String[0]);
        first = new Pass(new UdTaggerContext(false), firstModels, firstWeights, tags);
        second = secondModels.isEmpty() ? null : new Pass(new UdTaggerContext(false, true), secondModels, secondWeights, tags);
    }

    /** Hypotheses kept per word, and how far below the best one (in log probability) a hypothesis is still kept. */
    static int beam = Integer.getInteger("enquete.beam", 1);
    static double margin = Double.parseDouble(System.getProperty("enquete.margin", "5"));

    static final int COMBINE = Integer.getInteger("enquete.combine", 0);
    static boolean truecase = !"false".equals(System.getProperty("enquete.truecase"));

    String[] tag(String[] tokens) {
        if (truecase) {
            boolean[] capitals = inCapitals(tokens);
            String[] lower = tokens.clone();
            for (int i = 0; i < lower.length; i++) {
                lower[i] = capitals[i] ? lower[i].toLowerCase(java.util.Locale.ROOT) : lower[i];
            }
            tokens = lower;
        }
        String[][] context = context(tokens);
        String[] out = beam <= 1 ? greedy(first, tokens, context) : beam(first, tokens, context);
        if (second != null) {
            String[][] more = new String[context.length][];
            for (int i = 0; i < context.length; i++) {
                more[i] = UdTaggerContext.word(context[i], null, out[i]);
            }
            out = greedy(second, tokens, more);
        }
        for (int i = 1; i < out.length; i++) {
            if ("ADJ".equals(out[i]) && isHeadNoun(i, tokens, out, context)) {
                out[i] = "NOUN";
            }
        }
        return out;
    }

    private String[] greedy(Pass pass, String[] tokens, String[][] context) {
        String[] out = new String[tokens.length];
        double[] score = new double[tags.length];
        for (int i = 0; i < tokens.length; i++) {
            score(pass, i, tokens, out, context, score);
            int best = 0;
            for (int t = 1; t < tags.length; t++) {
                if (score[t] > score[best]) {
                    best = t;
                }
            }
            out[i] = tags[best];
        }
        return out;
    }

    /** One hypothesis of the beam: its tags so far and the sum of their log products. */
    private record Hypothesis(String[] tags, double score) {
    }

    private String[] beam(Pass pass, String[] tokens, String[][] context) {
        List<Hypothesis> hyps = new ArrayList<>();
        hyps.add(new Hypothesis(new String[tokens.length], 0));
        double[] score = new double[tags.length];
        for (int i = 0; i < tokens.length; i++) {
            List<double[]> candidates = new ArrayList<>();
            for (int h = 0; h < hyps.size(); h++) {
                Hypothesis hyp = hyps.get(h);
                score(pass, i, tokens, hyp.tags(), context, score);
                for (int t = 0; t < tags.length; t++) {
                    candidates.add(new double[] {hyp.score() + score[t], h, t});
                }
            }
            candidates.sort((a, b) -> Double.compare(b[0], a[0]));
            List<Hypothesis> next = new ArrayList<>();
            java.util.Set<String> states = new java.util.HashSet<>();
            double best = candidates.get(0)[0];
            for (double[] c : candidates) {
                if (next.size() == beam || c[0] < best - margin) {
                    break;
                }
                Hypothesis hyp = hyps.get((int) c[1]);
                String tag = tags[(int) c[2]];
                // the models read the two previous tags: two hypotheses ending alike tag the rest alike
                if (!states.add((i > 0 ? hyp.tags()[i - 1] : "^") + ' ' + tag)) {
                    continue;
                }
                String[] t = hyp.tags().clone();
                t[i] = tag;
                next.add(new Hypothesis(t, c[0]));
            }
            hyps = next;
        }
        return hyps.get(0).tags();
    }

    /** The weighted sum of the models' log probabilities of each tag of word i after the given previous tags. */
    private void score(Pass pass, int i, String[] tokens, String[] previous, String[][] context, double[] score) {
        Arrays.fill(score, 0);
        String[] plain = pass.features.getContext(i, tokens, previous, context);
        MaxentModel[] models = pass.models;
        double[] weights = pass.weights;
        int[][] outcome = pass.outcome;
        for (int m = 0; m < models.length; m++) {
            double[] p = models[m].eval(plain);
            double floor = Double.MAX_VALUE;
            for (double v : p) {
                floor = Math.min(floor, v);
            }
            for (int t = 0; t < tags.length; t++) {
                int o = outcome[m][t];
                // a tag a model never saw counts as its least likely one
                double q = o < 0 ? floor : p[o];
                score[t] += COMBINE == 0 ? weights[m] * Math.log(q) : COMBINE == 1 ? weights[m] * q : Math.max(score[t], q);
            }
        }
    }

    /**
     * Which tokens are words in a stretch of text written in capitals (a heading, an answer typed in capitals): three
     * or more words in capitals in a row, with only punctuation or numbers between them. Such words are not the names
     * and acronyms a capital marks elsewhere, and are read in lower case. An acronym alone ("l'ARS") is left alone.
     */
    static boolean[] inCapitals(String[] tokens) {
        boolean[] out = new boolean[tokens.length];
        int start = -1;
        int words = 0;
        for (int i = 0; i <= tokens.length; i++) {
            int kind = i == tokens.length ? 0 : capitals(tokens[i]);
            if (kind == 1) {
                start = start < 0 ? i : start;
                words++;
            } else if (kind == 0) {
                if (words >= 3) {
                    for (int j = start; j < i; j++) {
                        out[j] = capitals(tokens[j]) == 1;
                    }
                }
                start = -1;
                words = 0;
            }
        }
        return out;
    }

    /** 1: a word in capitals ("MISE(S)", "A"); 2: no letter (punctuation, a number); 0: a word with a lower-case letter. */
    private static int capitals(String token) {
        boolean letter = false;
        for (int c = 0; c < token.length(); c++) {
            char ch = token.charAt(c);
            if (Character.isLowerCase(ch)) {
                return 0;
            }
            letter |= Character.isLetter(ch);
        }
        return letter ? 1 : 2;
    }

    /**
     * An adjective after an article that nothing lower-case follows is the head of its noun phrase, a noun when the
     * lexicon knows it as one: in a list written without commas ("Conférence des financeurs Département") the model
     * reads "financeurs" as an adjective of the next item. A prenominal adjective is followed by its noun in lower case,
     * or by a name ("ce brave Joseph"), which is left alone.
     */
    private static boolean isHeadNoun(int i, String[] tokens, String[] tags, String[][] context) {
        String before = tags[i - 1];
        if (!"DET".equals(before) && !"ADP+DET".equals(before) || !UdTaggerContext.lexiconClasses(context[i]).contains("N")) {
            return false;
        }
        return i + 1 == tokens.length || Character.isUpperCase(tokens[i + 1].charAt(0)) && "NOUN".equals(tags[i + 1]);
    }

    /**
     * What the models read of each token besides the tokens themselves: its lexicon classes and the published model's
     * tag, taken word by word (the best tag after the previous ones, where OpenNLP would keep three hypotheses: as
     * accurate on the held-out sentences, a third of the cost).
     */
    String[][] context(String[] tokens) {
        String[] baseTags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            baseTags[i] = base.getBestOutcome(base.eval(baseFeatures.getContext(i, tokens, baseTags, null)));
        }
        String[][] out = new String[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = UdTaggerContext.word(lexicon.of(tokens[i]), baseTags[i]);
        }
        return out;
    }

    static List<Member> members(POSModel... models) {
        List<Member> out = new ArrayList<>();
        for (POSModel m : models) {
            out.add(new Member(m, 1));
        }
        return out;
    }
}
