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
 * A question added mid-survey: its base is the answers submitted from a day on. Expected figures from pandas on the
 * fixture ({@code day = pd.to_datetime(d.submitdate).dt.normalize(); adh = pd.to_numeric(d.adherents)}):
 * {@code day >= 2019-06-20} keeps 33 respondents (three submitted on the 20th, at 13:46, 14:53 and 15:00), 30 of whom
 * gave their members, 22 024 in all; {@code day > 2019-06-20} keeps 30, 27 of them 19 180 members.
 */
class DateFilterCliTest {

    private static final String QUESTION = "  - id: adherents\n    label: \"Nombre d'adhérents / usagers\"\n    type: numeric\n";

    @TempDir
    Path dir;

    private Path specFiltered(String filter) throws Exception {
        String spec = Files.readString(Fixtures.spec());
        assertTrue(spec.contains(QUESTION));
        Path filtered = dir.resolve("spec-" + Integer.toHexString(filter.hashCode()) + ".yaml");
        Files.writeString(filtered, spec.replace(QUESTION, QUESTION + "    filter: \"" + filter + "\"\n"));
        return filtered;
    }

    private JsonNode adherents(String filter) throws Exception {
        CliRun json = CliRun.run("stats", Fixtures.export().toString(), "--spec", specFiltered(filter).toString(), "--format", "json");
        assertEquals(0, json.code(), json.err());
        for (JsonNode q : new ObjectMapper().readTree(json.out()).get("questions")) {
            if (q.get("id").asText().equals("adherents")) {
                return q;
            }
        }
        throw new AssertionError("no adherents in " + json.out());
    }

    @Test
    void aDateFilterKeepsTheAnswersSubmittedFromThatDayOn() throws Exception {
        JsonNode from = adherents("submitdate >= 2019-06-20");
        assertEquals(33, from.get("base").asInt());
        assertEquals("submitdate >= 2019-06-20", from.get("filter").asText());
        assertEquals(30, from.get("summary").get("count").asInt());
        assertEquals(22024, from.get("summary").get("sum").asDouble(), 1e-9);
        assertEquals(734.13, from.get("summary").get("mean").asDouble(), 1e-9, "pandas: 734.1333, JSON keeps two decimals");

        JsonNode after = adherents("submitdate > 2019-06-20");
        assertEquals(30, after.get("base").asInt());
        assertEquals(27, after.get("summary").get("count").asInt());
        assertEquals(19180, after.get("summary").get("sum").asDouble(), 1e-9);
    }

    @Test
    void reportsWordTheDayInTheirLanguage() throws Exception {
        Path spec = specFiltered("submitdate >= 2019-06-20");
        Path fr = dir.resolve("fr");
        CliRun md = CliRun.run("report", Fixtures.export().toString(), "--spec", spec.toString(), "--format", "md", "--out", fr.toString());
        assertEquals(0, md.code(), md.err());
        assertTrue(Files.readString(fr.resolve("report.md")).contains(
                "Base\u00A0: 33 répondants concernés (filtre\u00A0: «\u00A0Date de soumission\u00A0» \u2265 20 juin 2019)"));
        Path en = dir.resolve("en");
        CliRun mdEn = CliRun.run("report", Fixtures.export().toString(), "--spec", spec.toString(), "--format", "md", "--lang", "en",
                "--out", en.toString());
        assertEquals(0, mdEn.code(), mdEn.err());
        String english = Files.readString(en.resolve("report.md"));
        assertTrue(english.contains("“Date de soumission” \u2265 June 20, 2019"), english);
    }

    @Test
    void aValueThatIsNoDateIsAnErrorLocatedInTheSpec() throws Exception {
        CliRun number = CliRun.run("stats", Fixtures.export().toString(), "--spec", specFiltered("submitdate >= 20").toString(),
                "--lang", "en");
        assertEquals(3, number.code(), number.out());
        assertTrue(number.err().contains("spec-") && number.err().contains("bad filter of question \"adherents\": submitdate is a"
                + " date question, so '>=' expects a date written year-month-day (submitdate >= 2024-03-01)"), number.err());
        CliRun slashed = CliRun.run("stats", Fixtures.export().toString(), "--spec", specFiltered("submitdate >= 20/06/2019").toString());
        assertEquals(3, slashed.code(), slashed.out());
        // What a French team reads; FilterParserTest checks the English.
        assertTrue(slashed.err().contains("filtre incorrect\u00A0: au caractère 15 de «\u00A0submitdate >= 20/06/2019\u00A0», attendu\u00A0:"
                + " une date écrite année-mois-jour après «\u00A0>=\u00A0»"), slashed.err());
        CliRun noDay = CliRun.run("stats", Fixtures.export().toString(), "--spec", specFiltered("submitdate < 2019-06-31").toString(),
                "--lang", "en");
        assertEquals(3, noDay.code(), noDay.out());
        assertTrue(noDay.err().contains("\"2019-06-31\" is no day of the calendar"), noDay.err());
        CliRun onNumber = CliRun.run("stats", Fixtures.export().toString(), "--spec", specFiltered("salaries >= 2019-06-20").toString());
        assertEquals(3, onNumber.code(), onNumber.out());
        assertTrue(onNumber.err().contains("salaries est une question de type numeric, donc «\u00A0>=\u00A0» attend un nombre"),
                onNumber.err());
    }
}
