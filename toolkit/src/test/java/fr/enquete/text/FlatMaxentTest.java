package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published French POS model evaluated from its flat table gives, for every word of UD French samples, the
 * probabilities of the model's own {@code eval}, to the last bit (the feature the taggers read cannot change).
 */
class FlatMaxentTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr_fqb-ud-test-sample.conllu", "fr_sequoia-ud-dev-sample.conllu"})
    void sameProbabilitiesAsTheModel(String file) throws IOException {
        POSModel published = Models.pos();
        MaxentModel model = published.getArtifact("pos.model");
        POSContextGenerator features = published.getFactory().getPOSContextGenerator();
        FlatMaxent flat = FlatMaxent.of(model);
        assertNotNull(flat);
        String content = Files.readString(Fixtures.home().resolve("fixtures/ud").resolve(file), StandardCharsets.UTF_8);
        int words = 0;
        int known = 0;
        for (UdTreebank.Sentence s : UdTreebank.read(content, file)) {
            String[] tokens = s.words().stream().map(UdTreebank.Word::form).toArray(String[]::new);
            String[] tags = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                String[] context = features.getContext(i, tokens, tags, null);
                double[] expected = model.eval(context);
                assertArrayEquals(expected, flat.eval(context), 0.0, () -> s.id() + " " + String.join(" ", tokens));
                tags[i] = model.getBestOutcome(expected);
                known += tags[i].equals(s.words().get(i).upos()) ? 1 : 0;
                words++;
            }
        }
        assertTrue(words > 1500, "words compared: " + words);
        // The model really tags: most of its best tags are the treebank's (its tag set is UD's).
        assertTrue(known > words * 0.8, known + " of " + words);
    }

    @Test
    void aPerceptronModelIsLeftToItsOwnEvaluation() {
        assertNull(FlatMaxent.of(Models.udPosMembers().get(1).model().getArtifact("pos.model")));
        assertNull(FlatMaxent.of(null));
    }
}
