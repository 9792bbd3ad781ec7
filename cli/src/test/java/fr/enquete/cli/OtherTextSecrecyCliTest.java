package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A multiple choice's "Autre" row counts the respondents who wrote in its text column, so the text question read
 * from that column gives the row's count back by its number of answers: under --secret it is neither counted nor
 * quoted when the row is masked.
 */
class OtherTextSecrecyCliTest {

    /** The three answers of besoins[other] in fixtures/centres-sociaux/export.csv (pandas, dropna). */
    private static final List<String> OTHER = List.of("Financement de la chargée de mission", "Pas de label !",
            "Les questions sont trop sélectives ci-dessus");

    @TempDir
    Path dir;

    /** The fixture's spec with a text question on besoins[other] and no report layout (every question shown). */
    private Path spec() throws IOException {
        String s = Files.readString(Fixtures.home().resolve("fixtures/centres-sociaux/spec.yaml"), StandardCharsets.UTF_8);
        s = s.substring(0, s.indexOf("\nreport:")) + "\n";
        s = s.replace("  - id: logdem\n", """
                  - id: besoinsautre
                    column: "besoins[other]"
                    label: "Besoins : autre"
                    type: text
                  - id: logdem
                """);
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, s, StandardCharsets.UTF_8);
        return spec;
    }

    private static JsonNode question(JsonNode stats, String id) {
        for (JsonNode q : stats.get("questions")) {
            if (q.get("id").asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError("no " + id);
    }

    private static String label(JsonNode row) {
        return row.get("label").asText();
    }

    @Test
    void theOtherTextsOfAMaskedOtherRowAreNeitherCountedNorQuoted() throws IOException {
        String export = Fixtures.home().resolve("fixtures/centres-sociaux/export.csv").toString();
        String spec = spec().toString();
        ObjectMapper json = new ObjectMapper();

        CliRun open = CliRun.run("stats", export, "--spec", spec, "--verbatims", "--format", "json");
        assertEquals(0, open.code(), open.err());
        assertEquals(3, question(json.readTree(open.out()), "besoinsautre").get("answers").asInt());

        CliRun secret = CliRun.run("stats", export, "--spec", spec, "--verbatims", "--format", "json", "--secret", "5");
        assertEquals(0, secret.code(), secret.err());
        JsonNode stats = json.readTree(secret.out());
        boolean otherMasked = false;
        for (JsonNode row : question(stats, "besoins").get("rows")) {
            otherMasked |= label(row).equals("Autre") && row.path("masked").asBoolean();
        }
        assertTrue(otherMasked, "the besoins table masks its Autre row (3): " + question(stats, "besoins"));
        JsonNode text = question(stats, "besoinsautre");
        assertTrue(text.get("answers").isNull(), text.toString());
        assertTrue(text.get("masked").asBoolean(), text.toString());
        for (String answer : OTHER) {
            assertFalse(secret.out().contains(answer), answer + " quoted under --secret 5");
        }

        CliRun csv = CliRun.run("stats", export, "--spec", spec, "--verbatims", "--format", "csv", "--secret", "5");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().lines().anyMatch(l -> l.startsWith("besoinsautre,") && l.contains(",answers,answers,") && l.endsWith(",secret")), csv.out());

        Path out = dir.resolve("rapport");
        CliRun report = CliRun.run("report", export, "--spec", spec, "--secret", "5", "--out", out.toString(), "--format", "md");
        assertEquals(0, report.code(), report.err());
        String md = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("ces réponses ne sont ni comptées ni citées"), md);
        assertFalse(md.contains("3 réponses sur 91"), md);
        for (String answer : OTHER) {
            assertFalse(md.contains(answer), answer + " quoted in the report under --secret 5");
        }

        // terms on its own masks besoins as stats does, and refuses the texts rather than count them.
        CliRun terms = CliRun.run("terms", export, "--spec", spec, "--question", "besoinsautre", "--secret", "5");
        assertEquals(Main.USAGE, terms.code(), terms.out());
        assertTrue(terms.err().contains("besoinsautre") && terms.err().contains("besoins\u00A0»"), terms.err());
        assertFalse(terms.out().contains("3 réponses"), terms.out());
    }
}
