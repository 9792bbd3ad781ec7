package fr.enquete.text;

import fr.enquete.text.pos.UdTaggerContext;
import fr.enquete.text.pos.UdTaggerFactory;
import fr.enquete.text.pos.WrittenDomainModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * Universal POS tags of French tokens by enquete's POS models, each trained by {@link PosModelTraining} on one licence
 * family of UD French treebanks and shipped as its own file ({@code fr-ud-pos-cc-by-sa.bin}, {@code
 * fr-ud-pos-sequoia.bin}; see THIRD-PARTY.md). Each model reads, besides the words, each word's classes in
 * LanguageTool's lexicon and the tag of OpenNLP's published French model (trained on GSD train). The models are
 * combined word by word, left to right: the tag chosen is the one with the highest weighted product of the models'
 * probabilities, and it is the previous tag every model then reads. The weights are set per sentence by the words
 * each model saw in training ({@link #weights}). Words of a stretch in capitals are tagged in lower case
 * ({@link #inCapitals}). A capitalised function word opening a sentence is never a proper noun
 * ({@link #functionWordStart}), a verb inside a run of capitalised words is one unless the models are sure of it
 * ({@link #verbsInNames}), and so is a first word that cannot be the adjective of the capitalised noun after it
 * ({@link #nameAtStart}). "Où", "quand" opening a question are adverbs ({@link #interrogativeAdverbs}). A contraction of a preposition and an article
 * ("du", "aux") is tagged {@code ADP+DET}, as by the published model. Not thread-safe (one per pipeline).
 */
final class FrenchTagger {

    /** The exponents of the shipped models' probabilities, chosen on the held-out dev sentences. */
    static final double CC_BY_SA_WEIGHT = 1;
    static final double SEQUOIA_WEIGHT = 0.9;
    /**
     * How much a sentence's words moves the weights towards the model that saw them ({@link #weights}), chosen on the
     * held-out dev sentences (10 to 50 gave about the same).
     */
    static final double VOCABULARY_GATE = 20;

    /** One model of the combination and the exponent of its probabilities in the product. */
    record Member(POSModel model, double weight) {
    }

    private final MaxentModel base;
    private final POSContextGenerator baseFeatures;
    private final LexiconClasses lexicon = new LexiconClasses();
    /** The features every model reads (computed once per word for all of them). */
    private final UdTaggerContext features = new UdTaggerContext(false);
    private final MaxentModel[] models;
    /**
     * Words this tagger tags with each model's own evaluation before it takes the models' flat tables
     * ({@link Tables}): made on a cold JVM, the tables cost about a tenth of a second (their loops run in the
     * interpreter), which a report's few thousand words would not pay back; a corpus does within seconds.
     */
    static final int TABLES_AFTER = 20_000;
    private int tagged;
    /** The models evaluated together (each feature looked up once); null before, or if one is not a perceptron model. */
    private JointPerceptron joint;
    /** The published model evaluated from a flat table of its features; null before, or if it is not a GIS model. */
    private FlatMaxent flatBase;
    private final double[] weights;
    /** The words each model saw in training (its "w=" features), to weigh it by the sentence's words. */
    private final List<Set<String>> vocabulary = new ArrayList<>();
    /** The union of the models' tags, and where each tag is in each model's outcomes (-1: not one of them). */
    private final String[] tags;
    private final int[][] outcome;

    FrenchTagger() {
        this(Models.udPosMembers());
    }

    /** A tagger combining the given models, trained with {@link #context}; none to only compute the context. */
    FrenchTagger(List<Member> members) {
        POSModel published = Models.pos();
        this.base = published.getArtifact("pos.model");
        this.baseFeatures = published.getFactory().getPOSContextGenerator();
        int n = members.size();
        models = new MaxentModel[n];
        weights = new double[n];
        Map<String, Integer> union = new LinkedHashMap<>();
        for (int m = 0; m < n; m++) {
            POSModel model = members.get(m).model();
            if (!(model.getFactory() instanceof UdTaggerFactory factory)) {
                throw new IllegalArgumentException("not a model of enquete's French POS features: " + model.getFactory());
            }
            Prepared prepared = prepared(model.getArtifact("pos.model"), factory.domains());
            models[m] = prepared.model();
            weights[m] = members.get(m).weight();
            vocabulary.add(prepared.words());
            for (int o = 0; o < models[m].getNumOutcomes(); o++) {
                union.putIfAbsent(models[m].getOutcome(o), union.size());
            }
        }
        tags = union.keySet().toArray(new String[0]);
        outcome = new int[n][tags.length];
        for (int m = 0; m < n; m++) {
            for (int t = 0; t < tags.length; t++) {
                outcome[m][t] = models[m].getIndex(tags[t]);
            }
        }
    }

    /**
     * A trained model as the taggers read it: a domain-augmented one with its written-domain weights folded in (it then
     * reads the plain features), and the words it saw in training.
     */
    private record Prepared(MaxentModel model, Set<String> words) {
    }

    /**
     * Each trained model prepared once: the models are shared by the taggers of every thread, and the fold and the
     * words (a pass over every feature) are the same each time.
     */
    private static final Map<MaxentModel, Prepared> PREPARED = new IdentityHashMap<>();

    /** The tables made so far, shared by the taggers of every thread (guarded by {@link #PREPARED}). */
    private static final List<Tables> TABLES = new ArrayList<>();

    static {
        // Released with the models they are made of: taggers made before keep theirs.
        Models.onRelease(() -> {
            synchronized (PREPARED) {
                PREPARED.clear();
                TABLES.clear();
            }
        });
    }

    /**
     * The models' flat tables, bit for bit their own evaluations, faster (docs/performance.md, "Twelfth pass"): the
     * tagger's models evaluated together, and the published model; each null if its models are of another kind.
     * Made for the models they hold, compared by identity (a model's equals compares its weights).
     */
    private record Tables(MaxentModel[] models, MaxentModel base, JointPerceptron joint, FlatMaxent flat) {
        boolean of(MaxentModel[] others, MaxentModel otherBase) {
            if (base != otherBase || models.length != others.length) {
                return false;
            }
            for (int i = 0; i < models.length; i++) {
                if (models[i] != others[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Tables tables(MaxentModel[] models, MaxentModel base) {
        // Held while making them: a second thread asking waits for them instead of making them again.
        synchronized (PREPARED) {
            for (Tables t : TABLES) {
                if (t.of(models, base)) {
                    return t;
                }
            }
            Tables made = new Tables(models.clone(), base, JointPerceptron.of(models), FlatMaxent.of(base));
            TABLES.add(made);
            return made;
        }
    }

    /** Counts the words about to be tagged, and takes the flat tables once there were {@link #TABLES_AFTER}. */
    private void count(int words) {
        if (tagged < TABLES_AFTER) {
            tagged += words;
            if (tagged >= TABLES_AFTER) {
                Tables t = tables(models, base);
                joint = t.joint();
                flatBase = t.flat();
            }
        }
    }

    /** Whether this tagger evaluates its models from their flat tables (after {@link #TABLES_AFTER} words). */
    boolean usesTables() {
        return joint != null || flatBase != null;
    }

    private static Prepared prepared(MaxentModel trained, boolean domains) {
        // Held while preparing: a second thread asking for the same model waits for it instead of preparing it again.
        synchronized (PREPARED) {
            return PREPARED.computeIfAbsent(trained, t -> {
                MaxentModel plain = domains ? WrittenDomainModel.fold(t) : t;
                return new Prepared(plain, trainingWords(plain));
            });
        }
    }

    /** Prepares the shipped models now (the models' loading thread), rather than in the first tagger made. */
    static void prepare() {
        for (Member m : Models.udPosMembers()) {
            if (m.model().getFactory() instanceof UdTaggerFactory factory) {
                prepared(m.model().getArtifact("pos.model"), factory.domains());
            }
        }
    }

    /** The models as this tagger reads them (a domain-augmented one folded), in the members' order. */
    MaxentModel[] models() {
        return models.clone();
    }

    String[] tag(String[] tokens) {
        return tag(tokens, inCapitals(tokens));
    }

    /** As {@link #tag(String[])}, given the tokens' {@link #inCapitals} (which the pipeline also needs). */
    String[] tag(String[] tokens, boolean[] capitals) {
        String[] read = tokens.clone();
        for (int i = 0; i < read.length; i++) {
            read[i] = capitals[i] ? read[i].toLowerCase(Locale.ROOT) : read[i];
        }
        tokens = read;
        count(tokens.length);
        String[][] context = context(tokens);
        double[] w = weights(tokens);
        String[] out = new String[tokens.length];
        double[] score = new double[tags.length];
        int initial = functionWordStart(tokens, context);
        double[] confidence = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            Arrays.fill(score, 0);
            String[] plain = features.getContext(i, tokens, out, context);
            double[][] together = joint == null ? null : joint.eval(plain);
            for (int m = 0; m < models.length; m++) {
                double[] p = together == null ? models[m].eval(plain) : together[m];
                double floor = Double.MAX_VALUE;
                for (double v : p) {
                    floor = Math.min(floor, v);
                }
                for (int t = 0; t < tags.length; t++) {
                    int o = outcome[m][t];
                    // a tag a model never saw counts as its least likely one
                    score[t] += w[m] * Math.log(o < 0 ? floor : p[o]);
                }
            }
            int best = -1;
            for (int t = 0; t < tags.length; t++) {
                if ((best < 0 || score[t] > score[best]) && !(i == initial && "PROPN".equals(tags[t]))) {
                    best = t;
                }
            }
            out[i] = tags[best];
            if ("VERB".equals(out[i]) && Character.isUpperCase(tokens[i].charAt(0))) {
                // The probability of the tag chosen, the product normalised over the tags: read only for a capitalised
                // verb ({@link #verbsInNames}), so not worked out (an exponential a tag) for every word.
                double sum = 0;
                for (int t = 0; t < tags.length; t++) {
                    sum += Math.exp(score[t] - score[best]);
                }
                confidence[i] = 1 / sum;
            }
        }
        nameAtStart(tokens, out, context);
        verbsInNames(tokens, out, confidence, context);
        interrogativeAdverbs(tokens, out, context);
        for (int i = 1; i < out.length; i++) {
            if ("ADJ".equals(out[i]) && isHeadNoun(i, tokens, out, context)) {
                out[i] = "NOUN";
            }
        }
        objectPronouns(tokens, out, context);
        telegraphicNouns(tokens, out, context);
        return out;
    }

    /** The most words a telegraphic answer has for {@link #telegraphicNouns}. */
    static final int TELEGRAPHIC_WORDS = 6;

    /**
     * A short answer written as a heading, a noun with no determiner then a noun ("Dossier retraite", "Demande
     * logement"), has no verb: the models, which learnt sentences, read the second word as the verb its form also is
     * ("retraite" as retraiter, in the fixture's "Domaines : autre"). The word after a sentence's first word, tagged
     * VERB while the lexicon also knows it as a noun, is a noun when that first word is a noun and the answer has at most
     * {@link #TELEGRAPHIC_WORDS} words, no pronoun, no auxiliary, no other verb and no determiner after that word (a
     * subject and its verb with an object: "Mairie ferme le lundi").
     */
    private static void telegraphicNouns(String[] tokens, String[] out, String[][] context) {
        int first = firstWord(tokens);
        int i = first + 1;
        if (i >= tokens.length || !"NOUN".equals(out[first]) || !"VERB".equals(out[i])
                || !UdTaggerContext.lexiconClasses(context[i]).contains("N")) {
            return;
        }
        int words = 0;
        for (int k = 0; k < out.length; k++) {
            String t = out[k];
            if ("PUNCT".equals(t) || "SYM".equals(t)) {
                continue;
            }
            words++;
            if ("PRON".equals(t) || "AUX".equals(t) || "VERB".equals(t) && k != i || "DET".equals(t) && k > i) {
                return;
            }
        }
        if (words <= TELEGRAPHIC_WORDS) {
            out[i] = "NOUN";
        }
    }

    /**
     * The weights of two models for one sentence: each model is an expert of the text it learnt from (GSD's
     * encyclopaedia and news, Sequoia's medicine leaflets and European parliament), so the share of the sentence's
     * tokens one model saw in training and the other did not moves the weights towards it: the second model's weight
     * is multiplied by exp(gate × (its share − the first's share)). With another number of models, the weights given.
     */
    private double[] weights(String[] tokens) {
        if (models.length != 2 || tokens.length == 0) {
            return weights;
        }
        int onlyFirst = 0;
        int onlySecond = 0;
        for (String t : tokens) {
            boolean first = vocabulary.get(0).contains(t);
            boolean second = vocabulary.get(1).contains(t);
            onlyFirst += first && !second ? 1 : 0;
            onlySecond += second && !first ? 1 : 0;
        }
        double shift = (onlySecond - onlyFirst) / (double) tokens.length;
        return new double[] {weights[0], weights[1] * Math.exp(VOCABULARY_GATE * shift)};
    }

    /**
     * How sure the models must be of a verb in a run of capitalised words ({@link #verbsInNames}) for it to stay a
     * verb: the normalised weighted product's probability of the tag chosen.
     */
    static final double NAME_VERB_CONFIDENCE = 0.99;

    /**
     * A word read as a verb in a run of two or more capitalised words inside a sentence (after its first word, unless
     * that word was read as a name; words in capitals only, acronyms, end the run) is a part of a name, PROPN, unless the lexicon knows it as a verb form
     * and the models chose the verb with a probability of at least {@link #NAME_VERB_CONFIDENCE}: "les bailleurs et Uni Cités" had "Uni" as the verb unir.
     * Nouns and adjectives of such runs are left to the models: the treebanks tag many of them so ("la Conférence des
     * financeurs", "Nations unies"), and reading them as names lowered the held-out figures (docs/annotate.md).
     */
    private static void verbsInNames(String[] tokens, String[] out, double[] confidence, String[][] context) {
        int first = firstWord(tokens);
        int start = -1;
        // a sentence's first word counts when it was read as a name ({@link #nameAtStart}): "Uni Cités accompagne"
        int from = first < tokens.length && "PROPN".equals(out[first]) ? first : first + 1;
        for (int i = from; i <= tokens.length; i++) {
            if (i < tokens.length && capitalised(tokens[i])) {
                start = start < 0 ? i : start;
                continue;
            }
            if (start >= 0 && i - start >= 2) {
                for (int j = start; j < i; j++) {
                    boolean verbReading = UdTaggerContext.lexiconClasses(context[j]).contains("V");
                    if ("VERB".equals(out[j]) && !(verbReading && confidence[j] >= NAME_VERB_CONFIDENCE)) {
                        out[j] = "PROPN";
                    }
                }
            }
            start = -1;
        }
    }

    /** Lexicon classes of content words only: adjective, noun, verb forms ("JVp" for "uni"). */
    private static final Pattern CONTENT_ONLY = Pattern.compile("(J|N|V[fgip]x?)+");

    private static boolean capitalised(String token) {
        return Character.isUpperCase(token.charAt(0)) && token.chars().anyMatch(Character::isLowerCase);
    }

    /** The index of a sentence's first word, after opening punctuation; the length when it has none. */
    private static int firstWord(String[] tokens) {
        int first = 0;
        while (first < tokens.length && tokens[first].chars().noneMatch(Character::isLetterOrDigit)) {
            first++;
        }
        return first;
    }

    /**
     * A sentence opening on two capitalised words whose first the lexicon knows only as a content word (adjective, noun,
     * verb) and as an adjective or participle that cannot qualify the second, being of another gender or number than
     * every noun reading of it, opens on a name: the first word is PROPN. A sentence's first capital says nothing, but
     * the second word's does, and an adjective that does not agree with the capitalised noun after it is not its
     * adjective: an answer opening "Uni Cités et CCAS" (Unis-Cité: "uni" masculine singular, "cités" feminine plural) had
     * "Uni" as an adjective or a determiner. "Quelle Europe", "Grande Synthe", "Bonne Année" are left alone (a function
     * word, a word the lexicon does not know, agreement). On the held-out sentences, FQB and 5 000 sentences of GSD dev,
     * Sequoia train, PUD and ParisStories it changes no word (docs/annotate.md, fifth round): it is that narrow.
     */
    private void nameAtStart(String[] tokens, String[] out, String[][] context) {
        int first = firstWord(tokens);
        if (first + 1 >= tokens.length || "PROPN".equals(out[first]) || !capitalised(tokens[first])
                || !capitalised(tokens[first + 1])
                || !CONTENT_ONLY.matcher(UdTaggerContext.lexiconClasses(context[first])).matches()) {
            return;
        }
        if (lexicon.disagree(tokens[first], tokens[first + 1])) {
            out[first] = "PROPN";
        }
    }

    /**
     * An interrogative adverb opening a question: UD tags "où", "quand" ADV in a question ("Où se trouve la mairie ?",
     * "Quand a-t-il été construit ?"), while the models, which learnt few questions, read them as the relative pronoun
     * and the conjunction they are elsewhere (on UD French-FQB, 157 "Quand" and 154 "Où" of its 2 139 questions outside
     * the sample). The word is one the lexicon knows only as an adverb and a pronoun (class "AR": "où") or an adverb and
     * a subordinating conjunction ("ACS": "quand"), first in a sentence that ends with a question mark, or after a
     * preposition that opens it ("D'où", "À quand"). Read as a pronoun, it is an adverb: a relative pronoun cannot open
     * a sentence. Read as a conjunction, it is one when it opens a subordinate clause ("Quand vous êtes arrivé, qui vous
     * a accueilli ?"), so it becomes an adverb only before an inverted question: a verb right after it, after a
     * reflexive or object clitic ("Quand s'est déroulée"), or an inverted clitic ("-il", "-t-elle", "est-ce")
     * before the clause's first comma.
     */
    private static void interrogativeAdverbs(String[] tokens, String[] out, String[][] context) {
        int end = tokens.length - 1;
        while (end >= 0 && tokens[end].chars().noneMatch(Character::isLetterOrDigit) && !tokens[end].equals("?")) {
            end--;
        }
        if (end < 0 || !tokens[end].equals("?")) {
            return;
        }
        int w = firstWord(tokens);
        if (w + 1 < end && "ADP".equals(out[w])) {
            w++;
        }
        if (w >= end) {
            return;
        }
        String classes = UdTaggerContext.lexiconClasses(context[w]);
        boolean pronoun = "AR".equals(classes) && "PRON".equals(out[w]);
        boolean conjunction = "ACS".equals(classes) && "SCONJ".equals(out[w]);
        if (!pronoun && !conjunction) {
            return;
        }
        int verb = w + 1;
        if (verb + 1 < end && "PRON".equals(out[verb]) && !SUBJECTS.contains(clitic(tokens[verb]))) {
            verb++;
        }
        boolean inverted = "VERB".equals(out[verb]) || "AUX".equals(out[verb]);
        for (int i = w + 1; i < end && !inverted && !tokens[i].equals(","); i++) {
            inverted = tokens[i].length() > 1 && tokens[i].charAt(0) == '-' && Character.isLetter(tokens[i].charAt(1));
        }
        if (pronoun || inverted) {
            out[w] = "ADV";
        }
    }

    /** Lexicon classes made only of function words: adverb, conjunction, determiner, preposition, pronoun. */
    private static final Pattern FUNCTION_WORD = Pattern.compile("(A|CS?|D|PD?|R)+");

    /**
     * The index of a sentence's first word (after opening punctuation) when it is capitalised and the lexicon knows it,
     * in lower case or as written, only as a function word (no proper-noun reading): that word is not tagged PROPN. A
     * capital at the start of a sentence says nothing of a name, yet the CC BY-SA model, which learnt few questions,
     * read "Quelle" opening a question as one. -1 when the sentence does not start so.
     */
    static int functionWordStart(String[] tokens, String[][] context) {
        int i = firstWord(tokens);
        return i < tokens.length && Character.isUpperCase(tokens[i].charAt(0))
                && FUNCTION_WORD.matcher(UdTaggerContext.lexiconClasses(context[i])).matches() ? i : -1;
    }

    /** The words a model saw in training: its features "w=" (the word itself, one of OpenNLP's default features). */
    private static Set<String> trainingWords(MaxentModel model) {
        Set<String> out = new HashSet<>();
        if (model instanceof PerceptronModel perceptron) {
            @SuppressWarnings("unchecked")
            Map<String, ?> features = (Map<String, ?>) perceptron.getDataStructures()[1];
            for (String f : features.keySet()) {
                if (f.startsWith("w=")) {
                    out.add(f.substring(2));
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * Which tokens are words of a stretch of text written in capitals (a heading, an answer typed in capitals): three
     * or more words in capitals in a row, with only punctuation or numbers between them. Such words are not the names
     * and acronyms capitals mark elsewhere, and are tagged in lower case (the lemmatiser reads in lower case those the
     * lexicon knows so, and keeps an acronym of the stretch, "CCAS", as it is). An acronym alone ("l'ARS") is left as
     * it is.
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

    /** 1: a word in capitals ("MISE", "A"); 2: no letter (punctuation, a number); 0: a word with a lower-case letter. */
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
     * or by a name ("ce brave Joseph"), which is left alone, as is a capitalised adjective before a capitalised noun
     * (a title: "la Première Guerre mondiale").
     */
    private static boolean isHeadNoun(int i, String[] tokens, String[] tags, String[][] context) {
        String before = tags[i - 1];
        if (!"DET".equals(before) && !"ADP+DET".equals(before) || !UdTaggerContext.lexiconClasses(context[i]).contains("N")
                || Character.isUpperCase(tokens[i].charAt(0))) {
            return false;
        }
        return i + 1 == tokens.length || Character.isUpperCase(tokens[i + 1].charAt(0)) && "NOUN".equals(tags[i + 1]);
    }

    /** A lexicon class string made only of verb forms that are not past participles ("Vf", "VgVi"). */
    private static final Pattern ONLY_VERB = Pattern.compile("(V[fgi]x?)+");

    /** Subject clitics and "ne", after which "le", "la", "les" before a finite verb form is its object. */
    private static final Set<String> SUBJECTS =
            Set.of("il", "elle", "on", "ils", "elles", "je", "j'", "tu", "nous", "vous", "ne", "n'", "qui");

    /** Possessive and other determiners after "un de" that make "un" a pronoun ("un de les", "une de ses"). */
    private static final Set<String> PLURAL_DETERMINERS =
            Set.of("les", "ses", "ces", "nos", "leurs", "mes", "vos", "tes");

    /**
     * Pronouns the models read as determiners. "le", "la", "les", "l'" before a word the lexicon knows only as a verb
     * form other than a past participle ("la tuant"), or a present participle after "en" ("en les obligeant"), or a finite verb form after a subject clitic or "ne"
     * ("personne ne les aide"), or before the clitics "en" and "y", is an object
     * pronoun, and the word after it a verb (GSD dev's first 1 176 sentences and Sequoia train: le/la/les/l' before a
     * VERB or AUX is PRON 123 times of 124). "un", "une" followed by "de" and a plural determiner ("un de les", "une de
     * ses"; from raw text "un des") is a pronoun (40 times of 40 there).
     */
    private static void objectPronouns(String[] tokens, String[] tags, String[][] context) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (!"DET".equals(tags[i])) {
                continue;
            }
            String next = tokens[i + 1];
            switch (clitic(tokens[i])) {
                case "le", "la", "les", "l'" -> {
                    if (next.equals("en") || next.equals("y")) {
                        tags[i] = "PRON";
                        continue;
                    }
                    if (!Character.isLowerCase(next.charAt(0))) {
                        continue;
                    }
                    String classes = UdTaggerContext.lexiconClasses(context[i + 1]);
                    String before = i > 0 ? clitic(tokens[i - 1]) : "";
                    if (ONLY_VERB.matcher(classes).matches() || before.equals("en") && classes.contains("Vg")
                            || SUBJECTS.contains(before) && classes.contains("Vf")) {
                        tags[i] = "PRON";
                        if (!"VERB".equals(tags[i + 1]) && !"AUX".equals(tags[i + 1])) {
                            tags[i + 1] = "VERB";
                        }
                    }
                }
                case "un", "une" -> {
                    // from raw text "des" is still one token here ("un des", split into "de les" after tagging)
                    if ("des".equalsIgnoreCase(next) || i + 2 < tokens.length && "de".equalsIgnoreCase(next)
                            && PLURAL_DETERMINERS.contains(tokens[i + 2].toLowerCase(Locale.ROOT))) {
                        tags[i] = "PRON";
                    }
                }
                default -> {
                }
            }
        }
    }

    /** A word in lower case with a typographic apostrophe made straight ("L’": "l'"), as the clitic sets list them. */
    private static String clitic(String token) {
        return token.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /**
     * What the models read of each token besides the tokens themselves: its lexicon classes and the published model's
     * tag, taken word by word (the best tag after the previous ones, where OpenNLP would keep three hypotheses: as
     * accurate on the held-out sentences, a third of the cost).
     */
    String[][] context(String[] tokens) {
        String[] baseTags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String[] features = baseFeatures.getContext(i, tokens, baseTags, null);
            baseTags[i] = base.getBestOutcome(flatBase == null ? base.eval(features) : flatBase.eval(features));
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
