package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * terms and classes with --by and --secret decide group by group, as stats --by masks group by group: a group whose
 * "Autre" row stats --by masks publishes neither its number of "Autre" texts nor figures made of them.
 *
 * <p>fixtures/centres-sociaux: vieiobjautre holds the texts of vieiobj's "Autre" (vieiobj[other]); counted by hand
 * with Python's csv module, per dpt: 59: 4, 62: 2, 02: 2, 80: 1 (9 in all, published). At --secret 3 the groups 62,
 * 02 and 80 have fewer than 3: their "Autre" rows are masked, 59's (4) is published.
 */
class OtherTextGroupSecrecyCliTest {

    private static final String EXPORT = Fixtures.home().resolve("fixtures/centres-sociaux/export.csv").toString();
    private static final String SPEC = Fixtures.home().resolve("fixtures/centres-sociaux/spec.yaml").toString();
    private static final List<String> MASKED = List.of("02", "62", "80");

    @TempDir
    Path dir;

    private static List<String> command(String... args) {
        List<String> all = new ArrayList<>(List.of(args[0], EXPORT, "--spec", SPEC, "--question", "vieiobjautre", "--by", "dpt"));
        all.addAll(List.of(args).subList(1, args.length));
        return all;
    }

    private static CliRun run(List<String> command) {
        return CliRun.run(command.toArray(String[]::new));
    }

    /** What terms and classes follow: stats --by dpt --secret 3 withholds vieiobjautre in 02, 62 and 80, not in 59 (4). */
    private static void statsByGroupMasksTheseGroupsAutreTexts() throws IOException {
        CliRun stats = CliRun.run("stats", EXPORT, "--spec", SPEC, "--by", "dpt", "--secret", "3", "--format", "json");
        assertEquals(0, stats.code(), stats.err());
        for (JsonNode g : new ObjectMapper().readTree(stats.out()).get("groups")) {
            for (JsonNode q : g.get("questions")) {
                if (q.get("id").asText().equals("vieiobjautre")) {
                    String group = g.get("group").asText();
                    assertEquals(MASKED.contains(group), q.path("masked").asBoolean(), group + ": " + q);
                    if (group.equals("59")) {
                        assertEquals(4, q.get("answers").asInt());
                    }
                }
            }
        }
    }

    @Test
    void termsWithholdsTheSpecificitiesOfTheMaskedGroupsOnly() throws IOException {
        statsByGroupMasksTheseGroupsAutreTexts();
        // Without --secret, group 80's single text makes its own terms specific (connecter, sénior: 1 in the group).
        CliRun open = run(command("terms", "--min-occurrences", "1", "--format", "json"));
        assertEquals(0, open.code(), open.err());
        assertTrue(new ObjectMapper().readTree(open.out()).get("specificities").get("80").size() > 0, open.out());

        CliRun json = run(command("terms", "--min-occurrences", "1", "--format", "json", "--secret", "3"));
        assertEquals(0, json.code(), json.err());
        JsonNode out = new ObjectMapper().readTree(json.out());
        assertEquals(9, out.get("answers").asInt(), "the whole table's Autre (9) is published");
        JsonNode specificities = out.get("specificities");
        assertTrue(specificities.get("59").isArray(), specificities.toString());
        for (String g : MASKED) {
            assertTrue(specificities.get(g).isNull(), g + ": " + specificities);
        }
        assertEquals("[\"02\",\"62\",\"80\"]", out.get("specificitiesMasked").toString());

        CliRun text = run(command("terms", "--min-occurrences", "1", "--secret", "3"));
        assertEquals(0, text.code(), text.err());
        String eighty = text.out().substring(text.out().indexOf("Groupe 80"));
        assertTrue(eighty.startsWith("Groupe 80\n    secret statistique\u00A0: non publiées, la réponse «\u00A0Autre\u00A0» de la question"
                + " «\u00A0vieiobj\u00A0»"), eighty);
        assertFalse(text.out().contains("occurrences dans le groupe"), text.out());
        CliRun english = run(command("terms", "--min-occurrences", "1", "--secret", "3", "--lang", "en"));
        assertTrue(english.out().contains("statistical secrecy: not published, the \"Autre\" answer of question \"vieiobj\""), english.out());
    }

    @Test
    void termsRefusesTheOutputsThatListOrMapEveryGroup() {
        Path corpus = dir.resolve("corpus.txt");
        BothLanguages.assertUsage(dir, command("terms", "--secret", "3", "--iramuteq", corpus.toString()),
                "enquete: --iramuteq est refusé sous --secret 3 : les réponses de la question « vieiobjautre » précisent la réponse"
                        + " « Autre » de la question « vieiobj », masquée dans le tableau des groupes 02, 62, 80 de « dpt »"
                        + " (stats --by dpt --secret 3), et --iramuteq donnerait leur nombre dans ces groupes",
                "enquete: --iramuteq is refused under --secret 3: the answers of question \"vieiobjautre\" specify the \"Autre\" answer"
                        + " of question \"vieiobj\", masked in the table of groups 02, 62, 80 of \"dpt\" (stats --by dpt --secret 3),"
                        + " and --iramuteq would give their number in those groups");
        assertFalse(Files.exists(corpus));
        CliRun ca = run(command("terms", "--secret", "3", "--ca", dir.resolve("ca.svg").toString()));
        assertEquals(Main.USAGE, ca.code(), ca.err());
        assertTrue(ca.err().contains("--ca est refusé sous --secret 3"), ca.err());
        // At --secret 2 only group 80 (1 text) is below the threshold; stats masks one more so that 9 − 4 − 2 − 2 − 0 does
        // not give it back: the smallest other, 62's 2 ("s"), whose texts are withheld too.
        CliRun two = run(command("terms", "--secret", "2", "--iramuteq", corpus.toString()));
        assertEquals(Main.USAGE, two.code(), two.err());
        assertTrue(two.err().contains("des groupes 62, 80 de"), two.err());
    }

    @Test
    void classesWithholdsTheProfileOfTheMaskedGroups() throws IOException {
        List<String> classes = command("classes", "--min-segments", "1", "--classes", "2", "--min-class-size", "1", "--secret", "3");
        CliRun text = run(classes);
        assertEquals(0, text.code(), text.err());
        // Group 80's one text is one segment: "1 / 1" gave its masked count back.
        assertFalse(text.out().matches("(?s).*\\n  80 +\\d.*"), text.out());
        assertTrue(text.out().matches("(?s).*\\n  80 +s +s +s +s\\n.*"), text.out());
        assertTrue(text.out().contains("s\u00A0: secret statistique, la réponse «\u00A0Autre\u00A0» de la question «\u00A0vieiobj\u00A0»"), text.out());

        List<String> json = new ArrayList<>(classes);
        json.addAll(List.of("--format", "json"));
        CliRun j = run(json);
        assertEquals(0, j.code(), j.err());
        long fiftyNine = 0;
        for (JsonNode k : new ObjectMapper().readTree(j.out()).get("classes")) {
            for (JsonNode g : k.get("profile")) {
                String group = g.get("group").asText();
                assertEquals(MASKED.contains(group), g.path("masked").asBoolean(), g.toString());
                if (MASKED.contains(group)) {
                    assertTrue(g.get("segments").isNull() && g.get("inClass").isNull(), g.toString());
                } else {
                    fiftyNine = g.get("segments").asLong();
                }
            }
        }
        assertEquals(4, fiftyNine, "group 59's four texts, one segment each, are published");

        List<String> segments = new ArrayList<>(classes);
        segments.addAll(List.of("--segments", dir.resolve("segments.csv").toString()));
        CliRun refused = run(segments);
        assertEquals(Main.USAGE, refused.code(), refused.err());
        assertTrue(refused.err().contains("--segments est refusé sous --secret 3") && refused.err().contains("groupes 02, 62, 80"), refused.err());
        assertFalse(Files.exists(dir.resolve("segments.csv")));
    }
}
