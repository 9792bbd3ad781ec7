package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lemma accuracy against the hand-lemmatised gold set {@code fixtures/text/gold-lemmas.tsv}. */
class GoldLemmaTest {

    @Test
    void lemmaAccuracyIsAtLeast95PercentOnTheGoldSet() throws IOException {
        Map<String, String> sentences = new LinkedHashMap<>();
        Map<String, List<String[]>> gold = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Fixtures.home().resolve("fixtures/text/gold-lemmas.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (line.startsWith("# ") && f.length == 2 && f[0].substring(2).chars().allMatch(Character::isDigit)) {
                sentences.put(f[0].substring(2), f[1]);
            } else if (!line.startsWith("#")) {
                gold.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
            }
        }
        FrenchPipeline pipeline = new FrenchPipeline();
        int total = 0;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> s : sentences.entrySet()) {
            List<AnalysedToken> tokens = pipeline.analyse(s.getValue()).stream()
                    .filter(t -> t.kind() != TokenKind.PUNCT).toList();
            List<String[]> expected = gold.get(s.getKey());
            assertEquals(expected.size(), tokens.size(), "tokens of sentence " + s.getKey());
            for (int i = 0; i < tokens.size(); i++) {
                String[] g = expected.get(i);
                AnalysedToken t = tokens.get(i);
                assertEquals(g[1], t.form(), "sentence " + s.getKey() + " token " + i);
                total++;
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if (Arrays.stream(g[2].split("\\|")).anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(lemma))) {
                    right++;
                } else {
                    wrong.add(t.form() + "->" + t.lemma() + " (gold " + g[2] + ")");
                }
            }
        }
        assertTrue(total >= 300, "at least 300 gold tokens: " + total);
        double accuracy = 100.0 * right / total;
        assertTrue(accuracy >= 95.0, String.format(Locale.ROOT, "lemma accuracy %.2f %% < 95 %%; errors: %s", accuracy, wrong));
        System.out.printf(Locale.ROOT, "lemma accuracy %.2f %% (%d/%d); errors: %s%n", accuracy, right, total, wrong);
    }
}
