package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filter comparing numbers: the members of the centres with at least 20 employees. Expected figures from pandas on
 * the fixture (`sal = pd.to_numeric(d.salaries); adh = pd.to_numeric(d.adherents); m = sal >= 20`): 26 centres, 22 of
 * them gave their members, 15 938 in all, a mean of 724,45.
 */
class OrderedFilterCliTest {

    @TempDir
    Path dir;

    @Test
    void aNumericFilterGivesTheBaseOfTheRespondentsItHoldsFor() throws Exception {
        String spec = Files.readString(Fixtures.spec());
        String question = "  - id: adherents\n    label: \"Nombre d'adhérents / usagers\"\n    type: numeric\n";
        assertTrue(spec.contains(question));
        Path filtered = dir.resolve("spec.yaml");
        Files.writeString(filtered, spec.replace(question, question + "    filter: \"salaries >= 20\"\n"));

        CliRun json = CliRun.run("stats", Fixtures.export().toString(), "--spec", filtered.toString(), "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode adherents = null;
        for (JsonNode q : new ObjectMapper().readTree(json.out()).get("questions")) {
            if (q.get("id").asText().equals("adherents")) {
                adherents = q;
            }
        }
        assertEquals(26, adherents.get("base").asInt());
        assertEquals("salaries >= 20", adherents.get("filter").asText());
        assertEquals(22, adherents.get("summary").get("count").asInt());
        assertEquals(15938, adherents.get("summary").get("sum").asDouble(), 1e-9);
        assertEquals(724.45, adherents.get("summary").get("mean").asDouble(), 1e-9);

        // The console prints the spec's syntax, a report the question's wording.
        CliRun text = CliRun.run("stats", Fixtures.export().toString(), "--spec", filtered.toString());
        assertTrue(text.out().contains("Base\u00A0: 26 répondants concernés (filtre\u00A0: salaries >= 20)"), text.out());
        Path report = dir.resolve("report");
        CliRun md = CliRun.run("report", Fixtures.export().toString(), "--spec", filtered.toString(), "--format", "md", "--out",
                report.toString());
        assertEquals(0, md.code(), md.err());
        assertTrue(Files.readString(report.resolve("report.md")).contains(
                "Base\u00A0: 26 répondants concernés (filtre\u00A0: «\u00A0Nombre de salariés\u00A0» \u2265 20)"));

        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, spec.replace(question, question + "    filter: \"salaries >= beaucoup\"\n"));
        CliRun error = CliRun.run("stats", Fixtures.export().toString(), "--spec", broken.toString());
        assertEquals(3, error.code(), error.out());
        assertTrue(error.err().contains("filtre incorrect\u00A0: au caractère 13 de «\u00A0salaries >= beaucoup\u00A0», attendu\u00A0:"
                + " un nombre ou une date après «\u00A0>=\u00A0»"), error.err());
    }
}
