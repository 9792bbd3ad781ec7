package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tagger evaluates its models with their own code for its first words and from the flat tables after
 * {@link FrenchTagger#TABLES_AFTER}: the tags are the same either way.
 */
class TaggerTablesTest {

    @Test
    void sameTagsBeforeAndAfterTheTables() throws IOException {
        String file = "fr_sequoia-ud-dev-sample.conllu";
        String content = Files.readString(Fixtures.home().resolve("fixtures/ud").resolve(file), StandardCharsets.UTF_8);
        List<String[]> sentences = new ArrayList<>();
        int words = 0;
        for (UdTreebank.Sentence s : UdTreebank.read(content, file)) {
            String[] tokens = s.words().stream().map(UdTreebank.Word::form).toArray(String[]::new);
            sentences.add(tokens);
            words += tokens.length;
        }
        assertTrue(words > 1500 && words < FrenchTagger.TABLES_AFTER, "words: " + words);
        FrenchTagger tagger = new FrenchTagger();
        List<String[]> plain = new ArrayList<>();
        for (String[] tokens : sentences) {
            plain.add(tagger.tag(tokens));
        }
        assertFalse(tagger.usesTables());
        int rounds = 1;
        while (!tagger.usesTables()) {
            for (String[] tokens : sentences) {
                tagger.tag(tokens);
            }
            rounds++;
        }
        assertTrue(rounds <= FrenchTagger.TABLES_AFTER / words + 1, "rounds: " + rounds);
        for (int i = 0; i < sentences.size(); i++) {
            assertArrayEquals(plain.get(i), tagger.tag(sentences.get(i)), String.join(" ", sentences.get(i)));
        }
        // A new tagger starts over with the models' own evaluation.
        assertFalse(new FrenchTagger().usesTables());
    }
}
