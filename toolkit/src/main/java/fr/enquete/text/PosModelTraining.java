package fr.enquete.text;

import fr.enquete.text.pos.UdDomainTaggerFactory;
import fr.enquete.text.pos.UdTaggerContext;
import fr.enquete.text.pos.UdTaggerFactory;
import fr.enquete.text.pos.WrittenDomainModel;
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
 * the model is then domain-augmented ({@link UdTaggerContext#augment}) and written folded for written French
 * ({@link WrittenDomainModel#fold(POSModel)}: the same tags, a third of the features to read). Each surface token is one training word, as the tokenizer cuts text: a multi-word token is its form, tagged
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
        if (args.length < 2) {
            System.err.println("usage: PosModelTraining OUT.bin [DOMAIN:]TRAIN.conllu...");
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
        POSModel model = train(sentences, augmented ? domains : null);
        if (augmented) {
            model = WrittenDomainModel.fold(model);
        }
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
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
        return POSTaggerME.train("fra", ObjectStreamUtils.createObjectStream(samples), params,
                domains == null ? new UdTaggerFactory() : new UdDomainTaggerFactory());
    }

    /** The training tag of a surface token: its word's, ADP+DET for a contraction, the first word's otherwise. */
    static String tag(List<UdTreebank.Word> words) {
        if (words.size() == 2 && "ADP".equals(words.get(0).upos()) && "DET".equals(words.get(1).upos())) {
            return "ADP+DET";
        }
        return words.get(0).upos();
    }
}
