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

/** Dates: in words of the report's language for people, one ISO 8601 form for CSV and JSON. */
class DatesOutputTest {

    @TempDir
    Path dir;

    /** Three submission dates written three ways; the first is 3 June 2019 at 9:00, the last 20 June at 17:45:30. */
    private String export() throws IOException {
        Path export = dir.resolve("dates.csv");
        Files.writeString(export, """
                id;submitdate
                1;2019-06-14
                2;03/06/2019 09:00
                3;2019-06-20 17:45:30
                """, StandardCharsets.UTF_8);
        return export.toString();
    }

    @Test
    void frenchAndEnglishWordsForPeople() throws IOException {
        String fr = CliRun.run("stats", export()).out().replace('\u00A0', ' ');
        // Side by side, the first date has the last's seconds: "3 juin 2019 09:00" beside "20 juin 2019 17:45:30" read
        // as less exact than it is.
        assertTrue(fr.contains("Première date") && fr.contains("3 juin 2019 09:00:00"), fr);
        assertTrue(fr.contains("20 juin 2019 17:45:30"), fr);
        String en = CliRun.run("stats", export(), "--lang", "en").out();
        assertTrue(en.contains("June 3, 2019 09:00:00") && en.contains("June 20, 2019 17:45:30"), en);
    }

    @Test
    void oneIsoFormInCsvAndJson() throws IOException {
        String csv = CliRun.run("stats", export(), "--format", "csv").out();
        assertTrue(csv.contains(",statistic,first,,,2019-06-03T09:00:00\n"), csv);
        assertTrue(csv.contains(",statistic,last,,,2019-06-20T17:45:30\n"), csv);
        JsonNode q = new ObjectMapper().readTree(CliRun.run("stats", export(), "--format", "json").out()).get("questions").get(1);
        assertEquals("2019-06-03T09:00:00", q.get("first").asText(), q.toString());
        assertEquals("2019-06-20T17:45:30", q.get("last").asText(), q.toString());
    }
}
