package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Under {@code --secret} a numeric summary of N answers or more printed its minimum and maximum, each one respondent's
 * own answer (the largest centre's 2 914 members). Figures from pandas on the fixture
 * ({@code a = pd.to_numeric(d.adherents).dropna()}): 84 answers, sum 65 951, mean 785,13, quartiles (type 7, pandas'
 * linear) 365, 685,5 and 1 033,5, minimum 110 and maximum 2 914; creation years 1956 to 2017, median 1992,5.
 */
class SecretExtremesCliTest {


    @Test
    void theExtremesAreWithheldAndTheFiguresGatheringSeveralAnswersStay() throws Exception {
        CliRun open = CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--format", "json");
        JsonNode plain = StatsJson.question(new ObjectMapper().readTree(open.out()), "adherents").get("summary");
        assertEquals(110, plain.get("min").asDouble(), 1e-9);
        assertEquals(2914, plain.get("max").asDouble(), 1e-9);

        CliRun json = CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--secret", "5",
                "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        JsonNode s = StatsJson.question(root, "adherents").get("summary");
        assertTrue(s.get("min").isNull() && s.get("max").isNull(), s.toString());
        assertEquals("[\"min\",\"max\"]", s.get("masked").toString());
        assertTrue(s.get("maskedReason").asText().contains("one respondent's answer"), s.toString());
        assertEquals(84, s.get("count").asInt());
        assertEquals(65951, s.get("sum").asDouble(), 1e-9);
        assertEquals(785.13, s.get("mean").asDouble(), 1e-9);
        assertEquals(365, s.get("q1").asDouble(), 1e-9);
        assertEquals(685.5, s.get("median").asDouble(), 1e-9);
        assertEquals(1033.5, s.get("q3").asDouble(), 1e-9);
        JsonNode years = StatsJson.question(root, "creation").get("summary");
        assertTrue(years.get("min").isNull() && years.get("max").isNull(), years.toString());
        assertEquals(1992.5, years.get("median").asDouble(), 1e-9);

        CliRun csv = CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--secret", "5",
                "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<String> adherents = new ArrayList<>();
        for (String line : csv.out().split("\r?\n")) {
            if (line.startsWith("adherents,")) {
                adherents.add(line);
            }
        }
        assertTrue(adherents.stream().anyMatch(l -> l.contains(",min,") && l.endsWith(",secret")), adherents.toString());
        assertTrue(adherents.stream().anyMatch(l -> l.contains(",max,") && l.endsWith(",secret")), adherents.toString());
        assertTrue(adherents.stream().anyMatch(l -> l.contains(",median,") && l.endsWith(",685.5")), adherents.toString());
        assertTrue(adherents.stream().noneMatch(l -> l.contains("2914") || l.contains(",110")), adherents.toString());

        CliRun text = CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--secret", "5");
        assertEquals(0, text.code(), text.err());
        assertTrue(!text.out().contains("2\u00A0914") && text.out().contains("Secret statistique\u00A0: le minimum et le maximum, "
                + "chacun la réponse d'un seul répondant, ne sont pas publiés"), text.out());
        assertTrue(text.out().contains("Secret statistique\u00A0: la première et la dernière année"), text.out());
        CliRun english = CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--secret", "5",
                "--lang", "en");
        assertTrue(english.out().contains("Statistical secrecy: the minimum and the maximum, each one respondent's answer, are not"
                + " published"), english.out());
    }

    /**
     * {@code check} is the analyst's own reading of the data: secrecy withholding the extremes of the published tables
     * must not hide a far-off answer from it (salaries: 80 at row 19, pandas: Q3 24,75 + 3 × 15,5 = 71,25).
     */
    @Test
    void checkStillFindsFarOffAnswersUnderSecrecy() {
        CliRun check = CliRun.run("check", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--secret", "5");
        assertTrue(check.out().contains("question «\u00A0salaries\u00A0»\u00A0: valeurs très éloignées\u00A0: maximum 80 > Q3 + 3 écarts"
                + " interquartiles = 71,25 (ligne 19)"), check.out() + check.err());
    }
}
