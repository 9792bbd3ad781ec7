package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * SurveyMonkey writes a single choice's "Other (please specify)" texts in a column of its own, whose two header rows
 * merge into "Q [Other (please specify)]": under --secret that text question is withheld with the choice's masked
 * "Other" row, as LimeSurvey's Q[other] is, and its base too (the inferred filter asks it of those who chose "Other").
 *
 * <p>The real export fixtures/real/surveymonkey/todogroup-ospo-2020.csv, counted apart with Python's csv module (rows
 * with a filled cell): "Where will the open source program ... will report to." (column 93 of the file) has
 * "Other (please specify)" 9 times, and its "Other (please specify)" column (94) 9 texts, each beside that answer;
 * "Where is the open source program ... report to." (40) has "Other (please specify)" 26 times, and 26 texts (41).
 */
class SurveyMonkeyOtherSecrecyCliTest {

    private static final String EXPORT = Fixtures.home().resolve("fixtures/real/surveymonkey/todogroup-ospo-2020.csv").toString();
    private static final String WILL = "Where will the open source program or initiative be located within the organization? If the effort is"
            + " informal, answer based on who the primary organizers will report to.";
    private static final String IS = "Where is the open source program or initiative located within the organization? If the effort is"
            + " informal, answer based on who the primary organizers report to.";
    private static final String OTHER = " [Other (please specify)]";

    private static JsonNode question(JsonNode stats, String id) {
        for (JsonNode q : stats.get("questions")) {
            if (q.get("id").asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError("no " + id);
    }

    @Test
    void thePleaseSpecifyTextsOfAMaskedOtherRowAreWithheldWithTheirBase() throws IOException {
        CliRun open = CliRun.run("stats", EXPORT, "--format", "json");
        assertEquals(0, open.code(), open.err());
        assertEquals(9, question(new ObjectMapper().readTree(open.out()), WILL + OTHER).get("answers").asInt());

        CliRun secret = CliRun.run("stats", EXPORT, "--format", "json", "--secret", "10");
        assertEquals(0, secret.code(), secret.err());
        JsonNode stats = new ObjectMapper().readTree(secret.out());
        JsonNode will = question(stats, WILL + OTHER);
        assertTrue(will.get("answers").isNull() && will.get("masked").asBoolean(), will.toString());
        assertTrue(will.get("base").isNull(), "asked only of the 9 who chose Other: " + will);
        assertFalse(will.has("terms"), will.toString());
        // 26 is published at --secret 10: so are its texts.
        JsonNode is = question(stats, IS + OTHER);
        assertEquals(26, is.get("answers").asInt(), is.toString());
        assertEquals(26, is.get("base").asInt(), is.toString());

        CliRun text = CliRun.run("stats", EXPORT, "--secret", "10");
        assertEquals(0, text.code(), text.err());
        String after = text.out().substring(text.out().indexOf("\n" + WILL + OTHER + "\n"));
        assertTrue(after.contains("Base\u00A0: s répondants concernés"), after.substring(0, 600));
        assertTrue(after.contains("Secret statistique\u00A0: ces réponses ne sont ni comptées ni citées"), after.substring(0, 600));

        CliRun terms = CliRun.run("terms", EXPORT, "--question", WILL + OTHER, "--secret", "10");
        assertEquals(Main.USAGE, terms.code(), terms.out());
        assertTrue(terms.err().contains("n’est pas analysée sous --secret 10"), terms.err());
    }
}
