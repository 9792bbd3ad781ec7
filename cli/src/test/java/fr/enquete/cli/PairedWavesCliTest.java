package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * crosstab --paired: two waves of a panel, aligned and tested, against R 4.2:
 *
 * <pre>
 * t3 &lt;- matrix(c(10, 3, 2, 5, 12, 4, 20, 10, 14), 3)  # wave 1 in rows (S, M, P), wave 2 in columns
 * mcnemar.test(t3)   # Bowker: 17.7987012987013, df 3, p = 4.83959678919237e-04
 * t2 &lt;- matrix(c(40, 11, 3, 51), 2)                     # Oui/Non: b = 3, c = 11
 * mcnemar.test(t2)   # 3.5, df 1, p = 0.0613688291394019
 * binom.test(3, 14)$p.value  # 0.057373046875
 * </pre>
 */
class PairedWavesCliTest {

    @TempDir
    Path dir;

    /** The panel: wave 1 mostly satisfied, wave 2 mostly not, so that each wave's inferred order (by count) differs. */
    private Path panel() throws IOException {
        String[] labels = {"Satisfait", "Moyennement", "Pas satisfait"};
        long[][] t3 = {{10, 5, 20}, {3, 12, 10}, {2, 4, 14}};
        String[] yes = {"Oui", "Non"};
        long[][] t2 = {{40, 3}, {11, 51}};
        StringBuilder b = new StringBuilder("id;avis_2023;avis_2026;inscrit_2023;inscrit_2026\n");
        java.util.List<String> avis = new java.util.ArrayList<>();
        java.util.List<String> inscrit = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (long k = 0; k < t3[i][j]; k++) {
                    avis.add(labels[i] + ";" + labels[j]);
                }
            }
        }
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                for (long k = 0; k < t2[i][j]; k++) {
                    inscrit.add(yes[i] + ";" + yes[j]);
                }
            }
        }
        for (int r = 0; r < Math.max(avis.size(), inscrit.size()); r++) {
            b.append(r + 1).append(';').append(r < avis.size() ? avis.get(r) : ";").append(';')
                    .append(r < inscrit.size() ? inscrit.get(r) : ";").append('\n');
        }
        Path f = dir.resolve("panel.csv");
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
        return f;
    }

    private static JsonNode json(String... args) throws IOException {
        CliRun r = CliRun.run(args);
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void theWavesAreAlignedOnTheSameChoicesAndBowkersTestMatchesR() throws IOException {
        String f = panel().toString();
        JsonNode plain = json("crosstab", f, "--rows", "avis_2023", "--cols", "avis_2026", "--format", "json");
        // Without --paired each wave keeps its own order: the diagonal is not the unchanged answers.
        assertTrue(!plain.get("rowLabels").equals(plain.get("columnLabels")), plain.toString());
        JsonNode t = json("crosstab", f, "--rows", "avis_2023", "--cols", "avis_2026", "--paired", "--format", "json");
        assertEquals(t.get("rowLabels"), t.get("columnLabels"));
        assertEquals("[\"Satisfait\",\"Moyennement\",\"Pas satisfait\"]", t.get("rowLabels").toString());
        assertEquals("[[10,5,20],[3,12,10],[2,4,14]]", t.get("counts").toString());
        JsonNode p = t.get("paired");
        assertEquals("bowker", p.get("test").asText());
        assertEquals(17.7987012987013, p.get("chiSquare").asDouble(), 1e-12);
        assertEquals(3, p.get("df").asInt());
        assertEquals(4.83959678919237e-04, p.get("p").asDouble(), 1e-15);
        assertEquals(44, p.get("discordant").asInt());
        CliRun text = CliRun.run("crosstab", f, "--rows", "avis_2023", "--cols", "avis_2026", "--paired");
        assertTrue(text.out().contains("Test de symétrie de Bowker (vagues appariées)\u00A0: khi-deux 17,799 (ddl 3), p = 0,0005\u00A0; 44 réponses ont changé"),
                text.out());
    }

    @Test
    void mcNemarsTestAndItsExactFormMatchR() throws IOException {
        JsonNode t = json("crosstab", panel().toString(), "--rows", "inscrit_2023", "--cols", "inscrit_2026", "--paired", "--format", "json");
        JsonNode p = t.get("paired");
        assertEquals("mcnemar", p.get("test").asText());
        assertEquals(3.5, p.get("chiSquare").asDouble(), 1e-12);
        assertEquals(0.0613688291394019, p.get("p").asDouble(), 1e-15);
        assertEquals(0.057373046875, p.get("exactP").asDouble(), 1e-15);
        assertEquals(14, p.get("discordant").asInt());
        assertTrue(p.get("exactPreferred").asBoolean());
        CliRun en = CliRun.run("crosstab", panel().toString(), "--rows", "inscrit_2023", "--cols", "inscrit_2026", "--paired", "--lang", "en");
        assertTrue(en.out().contains("exact binomial test on the 14 answers that changed: p = 0.0574"), en.out());
        assertTrue(en.out().contains("Fewer than 25 answers changed: read the exact test."), en.out());
    }

    @Test
    void aMultipleChoiceQuestionCannotBePaired() {
        CliRun r = CliRun.run("crosstab", fr.enquete.testing.Fixtures.export().toString(), "--spec", fr.enquete.testing.Fixtures.spec().toString(),
                "--rows", "actions", "--cols", "qpv", "--paired", "--lang", "en");
        assertTrue(r.code() != 0 && r.err().contains("paired waves need two single-choice or scale questions; \"actions\" is multiple choice"),
                r.err());
    }
}
