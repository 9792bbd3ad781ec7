package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import fr.enquete.text.pos.UdTaggerContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The shipped POS models evaluated together give, for every word of UD French samples, the probabilities each model's
 * own {@code eval} gives, to the last bit (the tags, and so the annotation, cannot change).
 */
class JointPerceptronTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr_fqb-ud-test-sample.conllu", "fr_sequoia-ud-dev-sample.conllu"})
    void sameProbabilitiesAsEachModelAlone(String file) throws IOException {
        FrenchTagger tagger = new FrenchTagger();
        MaxentModel[] models = tagger.models();
        assertEquals(2, models.length);
        JointPerceptron joint = JointPerceptron.of(models);
        UdTaggerContext features = new UdTaggerContext(false);
        String content = Files.readString(Fixtures.home().resolve("fixtures/ud").resolve(file), StandardCharsets.UTF_8);
        int words = 0;
        int differentTops = 0;
        for (UdTreebank.Sentence s : UdTreebank.read(content, file)) {
            String[] tokens = s.words().stream().map(UdTreebank.Word::form).toArray(String[]::new);
            String[] tags = tagger.tag(tokens);
            String[][] context = tagger.context(tokens);
            for (int i = 0; i < tokens.length; i++) {
                String[] plain = features.getContext(i, tokens, tags, context);
                double[][] together = joint.eval(plain);
                for (int m = 0; m < models.length; m++) {
                    assertArrayEquals(models[m].eval(plain), together[m], 0.0, () -> s.id() + " " + String.join(" ", tokens));
                }
                differentTops += models[0].getBestOutcome(together[0]).equals(models[1].getBestOutcome(together[1])) ? 0 : 1;
                words++;
            }
        }
        assertTrue(words > 1500, "words compared: " + words);
        // The two models disagree on some words: each model's own sums are compared, not one copied to the other.
        assertTrue(differentTops > 0, "words where the models' best tags differ: " + differentTops);
    }

    @Test
    void publishedMaximumEntropyModelIsLeftToItsOwnEvaluation() {
        MaxentModel published = Models.pos().getArtifact("pos.model");
        MaxentModel perceptron = Models.udPosMembers().get(1).model().getArtifact("pos.model");
        assertNull(JointPerceptron.of(perceptron, published));
    }
}
