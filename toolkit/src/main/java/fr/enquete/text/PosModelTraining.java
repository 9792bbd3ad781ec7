package fr.enquete.text;

import fr.enquete.text.pos.UdDomainSecondPassTaggerFactory;
import fr.enquete.text.pos.UdDomainTaggerFactory;
import fr.enquete.text.pos.UdSecondPassTaggerFactory;
import fr.enquete.text.pos.UdTaggerContext;
import fr.enquete.text.pos.UdTaggerFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains one of enquete's French POS models ({@code fr-ud-pos-cc-by-sa.bin}, {@code fr-ud-pos-sequoia.bin}) on UD
 * CoNLL-U files with OpenNLP's perceptron, as {@code scripts/train-pos-model.sh} does:
 * {@code PosModelTraining OUT.bin [DOMAIN:]TRAIN.conllu...}. A file given twice counts twice. A file named with a
 * domain ({@code spoken:fr_rhapsodie-ud-train.conllu}) is of another domain than the written French the model tags:
 * the model is then domain-augmented ({@link UdTaggerContext#augment}). Each surface token is one training word, as the tokenizer cuts text: a multi-word token is its form, tagged
 * {@code ADP+DET} for a contraction ("du": de le) and with its first word's tag otherwise.
 */
public final class PosModelTraining {

    /**
     * OpenNLP's perceptron: iterations and feature cut-off chosen on the held-out dev sentences. {@link FrenchTagger}
     * tags word by word (a beam of 1), as accurate there as a beam of 3 and cheaper.
     */
    static final int ITERATIONS = 100;
    static final int CUTOFF = 0;
    static final int BEAM_SIZE = 1;

    private PosModelTraining() {
    }

    public static void main(String[] args) throws IOException {
        boolean secondPass = args.length > 0 && "--second-pass".equals(args[0]);
        if (secondPass) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        if (args.length < 2) {
            System.err.println("usage: PosModelTraining [--second-pass] OUT.bin [DOMAIN:]TRAIN.conllu...");
            System.exit(2);
        }
        List<UdTreebank.Sentence> sentences = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        boolean augmented = false;
        for (int i = 1; i < args.length; i++) {
            int colon = args[i].indexOf(':');
            String domain = colon > 0 ? args[i].substring(0, colon) : null;
            Path file = Path.of(args[i].substring(colon + 1));
            List<UdTreebank.Sentence> read = UdTreebank.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            sentences.addAll(read);
            read.forEach(s -> domains.add(domain));
            augmented |= domain != null;
        }
        POSModel model = secondPass ? trainSecondPass(sentences, augmented ? domains : null)
                : train(sentences, augmented ? domains : null);
        Path out = Path.of(args[0]).toAbsolutePath();
        Path part = out.resolveSibling(out.getFileName() + ".part");
        try (OutputStream o = Files.newOutputStream(part)) {
            model.serialize(o);
        }
        Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("trained on " + sentences.size() + " sentences: " + out);
    }

    static POSModel train(List<UdTreebank.Sentence> sentences) throws IOException {
        return train(sentences, null);
    }

    /**
     * A model of the given sentences; with {@code domains} (one per sentence, null for written French as GSD and
     * Sequoia), a domain-augmented one.
     */
    static POSModel train(List<UdTreebank.Sentence> sentences, List<String> domains) throws IOException {
        return train(samples(sentences, domains), domains != null, false);
    }

    /** The training samples of the given sentences, each word with its lexicon classes, base tag and domain. */
    static List<POSSample> samples(List<UdTreebank.Sentence> sentences, List<String> domains) {
        FrenchTagger features = new FrenchTagger(List.of());
        List<POSSample> samples = new ArrayList<>(sentences.size());
        for (int n = 0; n < sentences.size(); n++) {
            UdTreebank.Sentence s = sentences.get(n);
            String[] tokens = new String[s.tokens().size()];
            String[] tags = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                UdTreebank.Token t = s.tokens().get(i);
                tokens[i] = t.form().replace('’', '\'').replace('ʼ', '\'');
                tags[i] = tag(t.words());
            }
            String[][] context = features.context(tokens);
            String domain = domains == null ? null : domains.get(n);
            if (domain != null) {
                for (int i = 0; i < context.length; i++) {
                    context[i] = UdTaggerContext.word(context[i][0], context[i][1], domain);
                }
            }
            samples.add(new POSSample(tokens, tags, context));
        }
        return samples;
    }

    /** Folds of the jackknife that gives a second-pass model's training sentences their first-pass tags. */
    static final int FOLDS = 5;

    /**
     * A second-pass model of the given sentences: it reads, besides the first pass's features, the tags a first-pass
     * model gave each word and the words after it. So that it learns how far to trust tags as good as the first pass's
     * on unseen text, not the near-perfect tags a model gives its own training sentences, those tags are jackknifed:
     * the sentences are cut into {@link #FOLDS} folds (sentence n in fold n mod 5), and each fold is tagged by a
     * first-pass model trained on the four others (the same data, features and training as the shipped first pass).
     */
    static POSModel trainSecondPass(List<UdTreebank.Sentence> sentences, List<String> domains) throws IOException {
        List<POSSample> samples = samples(sentences, domains);
        String[][] first = new String[samples.size()][];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int f = 0; f < FOLDS; f++) {
                int fold = f;
                done.add(pool.submit(() -> {
                    List<POSSample> learn = new ArrayList<>();
                    for (int n = 0; n < samples.size(); n++) {
                        if (n % FOLDS != fold) {
                            learn.add(samples.get(n));
                        }
                    }
                    POSTaggerME tagger = new POSTaggerME(train(learn, domains != null, false));
                    for (int n = fold; n < samples.size(); n += FOLDS) {
                        POSSample s = samples.get(n);
                        first[n] = tagger.tag(s.getSentence(), s.getAdditionalContext());
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> d : done) {
                d.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("a fold of the jackknife failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<POSSample> second = new ArrayList<>(samples.size());
        for (int n = 0; n < samples.size(); n++) {
            POSSample s = samples.get(n);
            String[][] context = s.getAdditionalContext();
            String domain = domains == null ? null : domains.get(n);
            String[][] out = new String[context.length][];
            for (int i = 0; i < context.length; i++) {
                out[i] = UdTaggerContext.word(context[i], domain, first[n][i]);
            }
            second.add(new POSSample(s.getSentence(), s.getTags(), out));
        }
        return train(second, domains != null, true);
    }

    private static POSModel train(List<POSSample> samples, boolean domains, boolean secondPass) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
        UdTaggerFactory factory = secondPass
                ? domains ? new UdDomainSecondPassTaggerFactory() : new UdSecondPassTaggerFactory()
                : domains ? new UdDomainTaggerFactory() : new UdTaggerFactory();
        return POSTaggerME.train("fra", ObjectStreamUtils.createObjectStream(samples), params, factory);
    }

    /** The training tag of a surface token: its word's, ADP+DET for a contraction, the first word's otherwise. */
    static String tag(List<UdTreebank.Word> words) {
        if (words.size() == 2 && "ADP".equals(words.get(0).upos()) && "DET".equals(words.get(1).upos())) {
            return "ADP+DET";
        }
        return words.get(0).upos();
    }
}
