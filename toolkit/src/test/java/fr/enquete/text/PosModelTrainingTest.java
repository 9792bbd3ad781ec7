package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import fr.enquete.text.pos.UdDomainTaggerFactory;
import fr.enquete.text.pos.UdTaggerContext;
import fr.enquete.text.pos.UdTaggerFactory;
import fr.enquete.text.pos.WrittenDomainModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

/**
 * The training path of the French POS model, on the GSD dev sample of fixtures/ud: UD tokens become training words
 * (a contraction is one word tagged ADP+DET), the model is written and read back (OpenNLP creates the factory by its
 * name, so it must be public with a no-argument constructor) and tags what it learnt.
 */
class PosModelTrainingTest {

    @Test
    void contractionsAreOneWordTaggedAdpDet() {
        UdTreebank.Word de = new UdTreebank.Word("de", "de", "ADP");
        UdTreebank.Word le = new UdTreebank.Word("le", "le", "DET");
        UdTreebank.Word lequel = new UdTreebank.Word("lequel", "lequel", "PRON");
        assertEquals("ADP+DET", PosModelTraining.tag(List.of(de, le)));
        assertEquals("ADP", PosModelTraining.tag(List.of(de, lequel)), "duquel: its first word's tag");
        assertEquals("PRON", PosModelTraining.tag(List.of(lequel)));
    }

    @Test
    void aModelTrainedOnTheSampleIsReadBackAndTagsItsSentences() throws IOException {
        String file = "fr_gsd-ud-dev-sample.conllu";
        List<UdTreebank.Sentence> sentences = UdTreebank.read(
                Files.readString(Fixtures.home().resolve("fixtures/ud").resolve(file), StandardCharsets.UTF_8), file);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PosModelTraining.train(sentences).serialize(bytes);
        POSModel model = new POSModel(new ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(model.getFactory() instanceof UdTaggerFactory, model.getFactory().getClass().getName());
        FrenchTagger tagger = new FrenchTagger(FrenchTagger.members(model));
        int words = 0;
        int right = 0;
        int contractions = 0;
        for (UdTreebank.Sentence s : sentences) {
            String[] tokens = s.tokens().stream().map(t -> t.form().replace('’', '\'')).toArray(String[]::new);
            String[] tags = tagger.tag(tokens);
            for (int i = 0; i < tokens.length; i++) {
                String gold = PosModelTraining.tag(s.tokens().get(i).words());
                words++;
                right += gold.equals(tags[i]) ? 1 : 0;
                contractions += gold.equals("ADP+DET") && tags[i].equals("ADP+DET") ? 1 : 0;
            }
        }
        // a perceptron fits the sentences it was trained on almost entirely
        assertTrue(right >= 0.98 * words, right + " of " + words);
        assertTrue(contractions > 20, contractions + " contractions tagged ADP+DET");
    }

    /**
     * Domain augmentation keeps the written domain's conventions when another domain's sentences disagree: GSD writes
     * "/" SYM (twice in its sample), Sequoia ADP (ten times in its sample, "mg/kg"). Trained on both as one domain the
     * model follows the majority; with Sequoia as another domain, it tags as GSD.
     */
    @Test
    void aDomainAugmentedModelTagsWithTheWrittenDomainsConventions() throws IOException {
        Samples samples = Samples.read();
        List<UdTreebank.Sentence> sequoia = samples.sequoia();
        List<UdTreebank.Sentence> both = samples.both();
        POSModel augmented = samples.augmented();
        assertTrue(augmented.getFactory() instanceof UdDomainTaggerFactory, augmented.getFactory().getClass().getName());
        POSModel mixed = PosModelTraining.train(both);
        assertEquals(Map.of("ADP", 10, "CCONJ", 1, "SYM", 2), slashTags(mixed, sequoia), "as the Sequoia sample tags them");
        assertEquals(Map.of("SYM", 13), slashTags(augmented, sequoia));
    }

    /**
     * A domain-augmented model is written folded for written French ({@code PosModelTraining}, hence the shipped CC BY-SA
     * model): read back, it is a plain model with the training's manifest entries, and it tags every word of both
     * samples as the augmented model does, from a fraction of its features.
     */
    @Test
    void aFoldedModelIsPlainAndTagsAsTheAugmentedOne() throws IOException {
        Samples samples = Samples.read();
        List<UdTreebank.Sentence> both = samples.both();
        POSModel augmented = samples.augmented();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WrittenDomainModel.fold(augmented).serialize(bytes);
        POSModel folded = new POSModel(new ByteArrayInputStream(bytes.toByteArray()));

        assertEquals(UdTaggerFactory.class, folded.getFactory().getClass());
        assertEquals("written", folded.getManifestProperty(WrittenDomainModel.FOLDED_FOR));
        assertEquals(augmented.getManifestProperty("Training-Eventhash"), folded.getManifestProperty("Training-Eventhash"));
        assertTrue(features(folded) * 2 < features(augmented), features(folded) + " features folded, " + features(augmented) + " augmented");
        FrenchTagger before = new FrenchTagger(FrenchTagger.members(augmented));
        FrenchTagger after = new FrenchTagger(FrenchTagger.members(folded));
        int words = 0;
        for (UdTreebank.Sentence s : both) {
            String[] tokens = s.tokens().stream().map(t -> t.form().replace('’', '\'')).toArray(String[]::new);
            assertArrayEquals(before.tag(tokens), after.tag(tokens), String.join(" ", tokens));
            words += tokens.length;
        }
        assertTrue(words > 2000, words + " words");
        assertThrows(IllegalArgumentException.class, () -> WrittenDomainModel.fold(folded), "a plain model is not folded again");
    }

    /** The shipped CC BY-SA model is already folded: the taggers read it as it is, without a fold at each start. */
    @Test
    void theShippedCcBySaModelIsFolded() {
        POSModel shipped = Models.udPosMembers().get(0).model();
        assertEquals(UdTaggerFactory.class, shipped.getFactory().getClass());
        assertEquals("written", shipped.getManifestProperty(WrittenDomainModel.FOLDED_FOR));
    }

    /** The GSD and Sequoia samples of fixtures/ud, each read once. */
    private record Samples(List<UdTreebank.Sentence> gsd, List<UdTreebank.Sentence> sequoia) {

        static Samples read() throws IOException {
            return new Samples(sample("fr_gsd-ud-dev-sample.conllu"), sample("fr_sequoia-ud-dev-sample.conllu"));
        }

        /** The GSD sample, then the Sequoia sample. */
        List<UdTreebank.Sentence> both() {
            List<UdTreebank.Sentence> both = new java.util.ArrayList<>(gsd);
            both.addAll(sequoia);
            return both;
        }

        /** A model of {@link #both}, the GSD sample written French and the Sequoia one another domain. */
        POSModel augmented() throws IOException {
            List<String> domains = new java.util.ArrayList<>();
            gsd.forEach(s -> domains.add(null));
            sequoia.forEach(s -> domains.add("other"));
            return PosModelTraining.train(both(), domains);
        }
    }

    private static int features(POSModel model) {
        return ((java.util.Map<?, ?>) ((opennlp.tools.ml.model.AbstractModel) model.getArtifact("pos.model")).getDataStructures()[1]).size();
    }

    @Test
    void augmentedFeaturesAreTheSharedOnesThenTheDomainsCopies() {
        assertArrayEquals(new String[] {"w=a", "b=NOUN", "spoken:w=a", "spoken:b=NOUN"},
                UdTaggerContext.augment(new String[] {"w=a", "b=NOUN"}, "spoken"));
    }

    private static Map<String, Integer> slashTags(POSModel model, List<UdTreebank.Sentence> sentences) {
        FrenchTagger tagger = new FrenchTagger(FrenchTagger.members(model));
        Map<String, Integer> counts = new TreeMap<>();
        for (UdTreebank.Sentence s : sentences) {
            String[] tokens = s.tokens().stream().map(t -> t.form().replace('’', '\'')).toArray(String[]::new);
            String[] tags = tagger.tag(tokens);
            for (int i = 0; i < tokens.length; i++) {
                if (tokens[i].equals("/")) {
                    counts.merge(tags[i], 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static List<UdTreebank.Sentence> sample(String file) throws IOException {
        return UdTreebank.read(Files.readString(Fixtures.home().resolve("fixtures/ud").resolve(file), StandardCharsets.UTF_8), file);
    }
}
