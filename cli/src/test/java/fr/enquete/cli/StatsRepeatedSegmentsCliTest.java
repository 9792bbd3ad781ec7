package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * {@code stats --repeated-segments}: each free-text question's repeated segments in the JSON, CSV and text tables, as
 * {@code terms --repeated-segments} gives them for one question. The figures of vieiprecis are the hand counts of
 * {@link TermsRepeatedSegmentsCliTest} (python3, csv module on export.csv, rows with actions[SQ002] = Y and a non-empty
 * vieiprecis, {@code re.findall(r'(?<!\w)' + re.escape(s) + r'(?!\w)', answer, re.I)}): "Conférence des financeurs" 21
 * times in 21 of the 40 answers, "Fondation de France" 4 in 4, "de la Conférence des financeurs", "du Département" and
 * "Uni Cités" 3 in 3.
 */
class StatsRepeatedSegmentsCliTest {

    private static final String VIEIPRECIS = """
            1 Conférence des financeurs 21 21
            2 Fondation de France 4 4
            3 de la Conférence des financeurs 3 3
            3 du Département 3 3
            3 Uni Cités 3 3
            """;

    private static CliRun stats(String... more) {
        List<String> args = new ArrayList<>(List.of("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString()));
        args.addAll(List.of(more));
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r;
    }


    @Test
    void theJsonGivesEachTextQuestionItsSegmentsAsTermsDoes() throws IOException {
        JsonNode root = new ObjectMapper().readTree(stats("--format", "json", "--repeated-segments").out());
        JsonNode q = StatsJson.question(root, "vieiprecis");
        assertEquals(3, q.get("repeatedSegmentsMin").asInt());
        assertEquals(5, q.get("repeatedSegmentsMaxWords").asInt());
        StringBuilder rows = new StringBuilder();
        q.get("repeatedSegments").forEach(s -> rows.append(s.get("rank").asInt()).append(' ').append(s.get("term").asText()).append(' ')
                .append(s.get("count").asInt()).append(' ').append(s.get("answers").asInt()).append('\n'));
        assertEquals(VIEIPRECIS, rows.toString());
        assertEquals(52.5, q.get("repeatedSegments").get(0).get("percent").asDouble(), 1e-9);
        // The same table terms gives for the question alone.
        JsonNode terms = new ObjectMapper().readTree(CliRun.run("terms", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(),
                "--question", "vieiprecis", "--repeated-segments", "--format", "json").out());
        assertEquals(terms.get("repeatedSegments"), q.get("repeatedSegments"));
        // Every text question has its table, and no other question has one.
        for (JsonNode each : root.get("questions")) {
            assertEquals(each.get("type").asText().equals("text"), each.has("repeatedSegments"), each.get("id").asText());
        }
        // Without the option, the document is the one it was: taking the three fields out gives it back.
        JsonNode without = new ObjectMapper().readTree(stats("--format", "json").out());
        for (JsonNode each : root.get("questions")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) each).remove(List.of("repeatedSegments", "repeatedSegmentsMin",
                    "repeatedSegmentsMaxWords", "repeatedSegmentsExAequo"));
        }
        assertEquals(without, root);
    }

    @Test
    void theCsvHasSegmentRowsAndTheTextATable() throws IOException {
        String csv = stats("--format", "csv", "--repeated-segments", "--repeated-min", "4").out();
        StringBuilder rows = new StringBuilder();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(csv))) {
            if (r.get("kind").equals("segment") && r.get("question").equals("vieiprecis")) {
                rows.append(r.get("row")).append(' ').append(r.get("count")).append(' ').append(r.get("value")).append(' ')
                        .append(r.get("percent")).append('\n');
            }
        }
        // Seen at least 4 times: the two segments of the hand count seen 21 and 4 times.
        assertEquals("Conférence des financeurs 21 21 52.5\nFondation de France 4 4 10\n", rows.toString());

        String text = stats("--repeated-segments").out();
        int at = text.indexOf("\n[vieiprecis, ");
        String section = text.substring(at, text.indexOf("\n\n", text.indexOf("Segments répétés", at)));
        assertTrue(section.contains("Segments répétés (suites de mots)\n  Rang  Segment "), section);
        assertTrue(section.contains("1  Conférence des financeurs                 21        21         52,50\u00a0%"), section);
        assertTrue(section.contains("40 réponses analysées, 5 segments distincts."), section);
        assertFalse(stats().out().contains("Segments répétés"));
    }

    @Test
    void usageErrors() {
        for (String[] bad : List.of(new String[] {"--repeated-segments", "--no-terms"}, new String[] {"--repeated-segments", "--by", "dpt"},
                new String[] {"--repeated-segments", "--repeated-min", "1"})) {
            List<String> args = new ArrayList<>(List.of("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString()));
            args.addAll(List.of(bad));
            CliRun r = CliRun.run(args.toArray(String[]::new));
            assertEquals(Main.USAGE, r.code(), String.join(" ", bad) + ": " + r.err());
            assertNull(r.out().isEmpty() ? null : r.out(), "nothing on standard output");
        }
    }
}
