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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A date question's first and last answers are each one respondent's own answer, as a numeric question's extremes
 * are: under --secret they are withheld, the number of answers published.
 */
class DateExtremesSecrecyCliTest {

    private static final String EXPORT = "fixtures/real/kobotoolbox/unhcr-main.csv";
    private static final String ARRIVAL = "Profile.ArrivalHist.DateArrival";

    @TempDir
    Path dir;

    private static JsonNode question(String json, String id) throws IOException {
        for (JsonNode q : new ObjectMapper().readTree(json).get("questions")) {
            if (q.get("id").asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError("no " + id);
    }

    @Test
    void theFirstAndLastArrivalDatesOfTheRefugeesAreWithheldUnderSecrecy() throws IOException {
        String export = Fixtures.home().resolve(EXPORT).toString();
        // 176 arrival dates, from 1919-06-04 to 2018-10-25 (pandas, to_datetime on the column).
        CliRun open = CliRun.run("stats", export, "--format", "json");
        assertEquals(0, open.code(), open.err());
        JsonNode a = question(open.out(), ARRIVAL);
        assertEquals(176, a.get("answers").asInt());
        assertEquals("1919-06-04", a.get("first").asText().substring(0, 10));
        assertEquals("2018-10-25", a.get("last").asText().substring(0, 10));

        CliRun secret = CliRun.run("stats", export, "--format", "json", "--secret", "5");
        assertEquals(0, secret.code(), secret.err());
        JsonNode s = question(secret.out(), ARRIVAL);
        assertEquals(176, s.get("answers").asInt());
        assertTrue(s.get("first").isNull() && s.get("last").isNull(), s.toString());
        assertEquals("[\"first\",\"last\"]", s.get("masked").toString());

        CliRun csv = CliRun.run("stats", export, "--format", "csv", "--secret", "5");
        assertEquals(0, csv.code(), csv.err());
        assertFalse(csv.out().contains("2018-10-25"), "the last arrival date in stats --format csv --secret 5");

        Path out = dir.resolve("rapport");
        CliRun report = CliRun.run("report", export, "--secret", "5", "--out", out.toString(), "--format", "md");
        assertEquals(0, report.code(), report.err());
        String md = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("la première et la dernière date, chacune la réponse d’un seul répondant, ne sont pas publiées"), md);
        assertFalse(md.contains("4 juin 1919") || md.contains("25 octobre 2018"), "an arrival date in report.md");
    }
}
