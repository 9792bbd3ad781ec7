package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.report.StatsFormat;
import fr.enquete.report.StatsFormats;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stats formats are found through one registry: a new format is one class named in META-INF/services (here BasesFormat). */
class StatsFormatRegistryTest {

    @Test
    void aFormatNamedInMetaInfServicesComesAfterTheBuiltInOnes() {
        assertEquals(List.of("text", "json", "csv", "bases"), StatsFormats.registered().stream().map(StatsFormat::name).toList());
    }

    @Test
    void statsFormatNameWritesItWithTheQuestionsAndBasesOfTheJson() throws IOException {
        CliRun r = CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--format", "Bases");
        assertEquals(0, r.code(), r.err());
        CliRun json = CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--format", "json");
        assertEquals(0, json.code(), json.err());
        List<String> fromJson = new ArrayList<>();
        for (JsonNode q : new ObjectMapper().readTree(json.out()).get("questions")) {
            fromJson.add(q.get("id").asText() + "\t" + q.get("base").asLong());
        }
        assertEquals(fromJson, r.out().lines().toList());
        // The fixture spec's 33 questions (30 columns, 3 derived); dpt, the third, is counted over all 91 respondents.
        assertEquals(33, fromJson.size());
        assertEquals("dpt\t91", r.out().lines().toList().get(2));
    }

    @Test
    void anUnknownFormatNamesTheRegisteredOneAndByNamesTheFormatsThatWriteGroups() {
        CliRun bad = CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--format", "pdf", "--lang", "en");
        assertEquals(Main.USAGE, bad.code());
        assertTrue(bad.err().contains("--format: unknown format 'pdf'; expected text, json, csv, bases"), bad.err());
        CliRun by = CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--format", "bases", "--by", "dpt",
                "--lang", "en");
        assertEquals(Main.USAGE, by.code());
        assertTrue(by.err().contains("--by writes text or json; for bases, run stats once per group with a filter in the spec"), by.err());
    }
}
