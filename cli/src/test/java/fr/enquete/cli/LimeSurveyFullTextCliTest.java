package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A LimeSurvey export with "Full question text" headings: its metadata columns are "Date submitted", "Last page",
 * "Start language" (in the survey's language: "Date de soumission", "Dernière page", "Langue de départ"), not the codes
 * submitdate, lastpage, startlanguage. Before, such an export was no LimeSurvey export to enquete: its unfinished
 * responses (a blank "Date submitted") were counted as respondents, and its technical columns were questions.
 */
class LimeSurveyFullTextCliTest {

    /** 28 responses, 2 of them unfinished (blank "Date submitted"); English full-text headings. */
    private static final Path ENGLISH = Fixtures.home().resolve("fixtures/durations/limesurvey-timings-text.csv");
    /** LimeSurvey's French for its metadata headings, as French exports carry them (docs/real-exports.md). */
    private static final Map<String, String> FRENCH = Map.of("\"Response ID\"", "\"ID de la réponse\"",
            "\"Date submitted\"", "\"Date de soumission\"", "\"Last page\"", "\"Dernière page\"",
            "\"Start language\"", "\"Langue de départ\"", "\"Seed\"", "\"Tête de série\"",
            "\"Date started\"", "\"Date de lancement\"", "\"Date last action\"", "\"Date de la dernière action\"");

    @TempDir
    Path dir;

    private Path french() throws IOException {
        String text = Files.readString(ENGLISH, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String header = text.substring(0, end);
        for (Map.Entry<String, String> e : FRENCH.entrySet()) {
            header = header.replace(e.getKey(), e.getValue());
        }
        Path f = dir.resolve("reponses-texte-complet.csv");
        Files.writeString(f, header + text.substring(end), StandardCharsets.UTF_8);
        return f;
    }

    private static int count(JsonNode question, String answer) {
        for (JsonNode row : question.get("rows")) {
            if (row.get("label").asText().equals(answer)) {
                return row.get("count").asInt();
            }
        }
        throw new AssertionError("no row " + answer + " in " + question);
    }

    @Test
    void unfinishedResponsesAreLeftOutUnderEitherLanguagesHeadings() throws IOException {
        // pandas: d = pd.read_csv(f, sep=';'); c = d[d['Date submitted'].notna()]; len(c) = 26;
        // c['How often do you come?'].value_counts(): Less often 10, Several times a week 9, Every day 7 (all 28: 11, 10, 7).
        for (Path export : new Path[] {ENGLISH, french()}) {
            JsonNode root = StatsJson.of(export);
            assertEquals(26, root.get("respondents").asInt(), export.toString());
            JsonNode often = StatsJson.question(root, "How often do you come?");
            assertEquals(10, count(often, "Less often"), export.toString());
            assertEquals(9, count(often, "Several times a week"), export.toString());
            assertEquals(7, count(often, "Every day"), export.toString());
            String submitted = export == ENGLISH ? "Date submitted" : "Date de soumission";
            String said = root.get("diagnostics").get(0).asText();
            assertTrue(said.contains(submitted) && said.contains("2 incomplete LimeSurvey responses"), said);

            JsonNode all = StatsJson.of(export, "--include-incomplete");
            assertEquals(28, all.get("respondents").asInt(), export.toString());
            assertEquals(11, count(StatsJson.question(all, "How often do you come?"), "Less often"), export.toString());
        }
    }

    @Test
    void inspectKnowsThePlatformAndItsTechnicalColumns() throws IOException {
        CliRun r = CliRun.run("inspect", french().toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("platform:    LimeSurvey (columns Date de soumission, Dernière page, Langue de départ)"), r.out());
        for (String technical : new String[] {"ID de la réponse", "Dernière page", "Langue de départ", "Tête de série"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(technical + " ") && l.contains(" id ")), technical + " in " + r.out());
        }
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Date de soumission ") && l.contains("2 rows without a Date de soumission"
                + " (LimeSurvey's incomplete responses")), r.out());
    }
}
