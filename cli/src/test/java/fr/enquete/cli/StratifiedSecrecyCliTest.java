package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * {@code stats --by X --strata S --secret N}: a group's stratified intervals and estimated population are computed from
 * its counts by stratum, which no table publishes. The group "Faiblement" of numevol has 9 centres in Nord, 3 in
 * Pas-de-Calais and 2 in Picardie (pandas crosstab); its estimated population Σ N_h n_gh / n_h = 152 × 9 / 58 + 35 × 3
 * / 14 + 51 × 2 / 15 = 37,886 (R: svytotal on the stratified design), with its 14 centres and the strata's published
 * populations and respondents, gives those small counts back. The group "Oui, plutôt." of formes has 24, 10 and 9
 * (all at least 5); within it anru "Non" counts 18, 5 and 3 by stratum (its published 26 and its share would give the
 * 3 back), territoire "Pas-de-Calais" 0, 10 and 0. R 4.2, survey, the design of {@code GroupStrataPrecisionTest}:
 * svymean(~I(territoire == "Pas-de-Calais"), subset(des, formes == "Oui, plutôt.")) 0.21098 se 0.0284 -> Wilson
 * 16.09213060 27.15627149.
 */
class StratifiedSecrecyCliTest {

    private static JsonNode groups(String by, String... secret) throws Exception {
        String population = Fixtures.home().resolve("fixtures/centres-sociaux/population.csv").toString();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("stats", Fixtures.export().toString(), "--spec",
                Fixtures.spec().toString(), "--population", "238", "--strata", population, "--stratum", "territoire", "--by", by,
                "--format", "json"));
        args.addAll(java.util.List.of(secret));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return new ObjectMapper().readTree(run.out()).get("groups");
    }

    private static JsonNode group(JsonNode groups, String name) {
        for (JsonNode g : groups) {
            if (g.get("group").asText().equals(name)) {
                return g;
            }
        }
        throw new AssertionError(name + " in " + groups.toString().substring(0, 200));
    }

    private static JsonNode row(JsonNode group, String question, String label) {
        for (JsonNode q : group.get("questions")) {
            if (q.get("id").asText().equals(question)) {
                for (JsonNode r : q.get("rows")) {
                    if (r.get("label").asText().equals(label)) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError(question + " " + label);
    }

    private static boolean hasInterval(JsonNode row) {
        return row.has("ci") && row.get("ci").isArray();
    }

    @Test
    void aGroupWithFewerThanNRespondentsInAStratumGetsNoStratifiedFigure() throws Exception {
        JsonNode open = group(groups("numevol"), "Faiblement");
        assertEquals(37.89, open.get("estimatedPopulation").asDouble(), 1e-9, "R: 37.886, JSON keeps two decimals");
        assertTrue(hasInterval(row(open, "qpv", "Oui")), open.toString());

        JsonNode secret = group(groups("numevol", "--secret", "5"), "Faiblement");
        assertTrue(secret.get("estimatedPopulation") == null || secret.get("estimatedPopulation").isNull(), secret.toString());
        assertTrue(!secret.toString().contains("\"ci\":["), secret.toString());
        assertTrue(secret.get("diagnostics").toString().contains("group \\\"Faiblement\\\": stratum \\\"Pas-de-Calais\\\" holds"
                + " fewer than 5 of its respondents"), secret.get("diagnostics").toString());
    }

    @Test
    void anAnswerCountingFewerThanNOfTheGroupInAStratumGetsNoInterval() throws Exception {
        JsonNode open = group(groups("formes"), "Oui, plutôt.");
        assertTrue(hasInterval(row(open, "anru", "Non")), open.toString());
        JsonNode secret = group(groups("formes", "--secret", "5"), "Oui, plutôt.");
        JsonNode non = row(secret, "anru", "Non");
        assertEquals(26, non.get("count").asInt());
        assertTrue(!hasInterval(non), non.toString());
        assertEquals("[16.09,27.16]", row(secret, "territoire", "Pas-de-Calais").get("ci").toString());
        assertTrue(secret.get("diagnostics").toString().contains("the interval of an answer counting 1 to 4 of the group's"
                + " respondents in a stratum of \\\"territoire\\\" is not published"), secret.get("diagnostics").toString());
    }
}
