package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code terms --repeated-segments}: the maximal repeated segments of vieiprecis's 40 answers.
 *
 * <p>Independent counts (python3, csv module on export.csv, rows with actions[SQ002] = Y and a non-empty vieiprecis,
 * {@code re.findall(r'(?<!\w)' + re.escape(s) + r'(?!\w)', answer, re.I)}): "Conférence des financeurs" 21 times in 21
 * answers, "Fondation de France" 4 in 4, "de la Conférence des financeurs", "du Département" and "Uni Cités" 3 in 3;
 * "des financeurs" 21 in 21 (always inside "Conférence des financeurs", hence not listed).
 */
class TermsRepeatedSegmentsCliTest {

    private static CliRun terms(String... more) {
        List<String> args = new ArrayList<>(List.of("terms", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(),
                "--question", "vieiprecis", "--repeated-segments"));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void theTableOfRepeatedSegmentsMatchesAHandCount() throws IOException {
        CliRun r = terms("--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(3, root.get("repeatedSegmentsMin").asInt());
        assertEquals(5, root.get("repeatedSegmentsMaxWords").asInt());
        StringBuilder rows = new StringBuilder();
        root.get("repeatedSegments").forEach(s -> rows.append(s.get("rank").asInt()).append(' ').append(s.get("term").asText()).append(' ')
                .append(s.get("count").asInt()).append(' ').append(s.get("answers").asInt()).append('\n'));
        assertEquals("""
                1 Conférence des financeurs 21 21
                2 Fondation de France 4 4
                3 de la Conférence des financeurs 3 3
                3 du Département 3 3
                3 Uni Cités 3 3
                """, rows.toString());
        // The other tables are unchanged by the option.
        assertEquals(new ObjectMapper().readTree(CliRun.run("terms", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(),
                "--question", "vieiprecis", "--format", "json").out()).get("terms"), root.get("terms"));
    }

    @Test
    void textCsvAndEnglish() {
        CliRun text = terms("--top", "2");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("Segments répétés (suites de mots)\n  Rang  Segment "), text.out());
        assertTrue(text.out().contains("Suites de 2 à 5 mots présentes au moins 3 fois"), text.out());
        assertTrue(text.out().contains("40 réponses analysées, 5 segments distincts."), text.out());
        CliRun csv = terms("--format", "csv", "--repeated-min", "4");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().contains("\nsegments,1,Conférence des financeurs,21,21,52.5,Conférence des financeurs (21)\n"), csv.out());
        assertTrue(csv.out().contains("\nsegments,2,Fondation de France,4,4,10,"), csv.out());
        assertFalse(csv.out().contains("Uni Cités"), "3 times only: " + csv.out());
        CliRun en = terms("--lang", "en", "--repeated-words", "2");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("Repeated segments (word sequences)"), en.out());
        assertTrue(en.out().contains("Sequences of 2 to 2 words found at least 3 times"), en.out());
        assertTrue(en.out().contains("Uni Cités"), en.out());
        assertFalse(en.out().contains("Conférence des financeurs  "), "3 words: " + en.out());
        CliRun none = terms("--repeated-min", "30");
        assertTrue(none.out().contains("aucune suite de 2 à 5 mots présente au moins 30 fois"), none.out());
        assertEquals(Main.USAGE, terms("--repeated-min", "1").code());
        assertEquals(Main.USAGE, terms("--repeated-words", "11").code());
    }

    @Test
    void transcriptsCountInterventions() {
        CliRun r = CliRun.run("terms", Fixtures.home().resolve("fixtures/abs-agents/entretiens").toString(), "--repeated-segments",
                "--repeated-min", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  Rang  Segment "), r.out());
        assertTrue(r.out().contains("Interventions  % des interventions"), r.out());
        assertTrue(r.out().contains("; 32 interventions analysées,"), r.out());
    }
}
