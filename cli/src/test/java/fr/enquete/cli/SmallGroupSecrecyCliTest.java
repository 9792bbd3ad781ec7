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
 * terms and classes with --by G and --secret N withhold, for any free-text question, the groups that
 * {@code stats --by G --secret N} leaves out for their size: their number of answers (every member answering, their size),
 * their specificities and their class profile would tell about a group stats withholds.
 *
 * <p>fixtures/centres-sociaux, counted by hand with Python's csv module (delimiter ";", the 91 rows): dpt is 59: 58,
 * 62: 14, 02: 6, 60: 6, 80: 3, no answer: 4; loganalyse (a free text, no "Autre" of any choice) is answered 26 times,
 * 59: 17, 62: 4, 02: 1, 60: 1, 80: 1, no dpt: 2. At --secret 4, dpt's table prints 80 as "&lt; 4" and 02 as "s" (so that
 * 80 does not follow from the others): {@code stats --by dpt --secret 4} publishes the groups 59, 62 and 60 only.
 * <pre>
 * ./enquete terms fixtures/centres-sociaux/export.csv --spec fixtures/centres-sociaux/spec.yaml --question loganalyse \
 *     --by dpt --secret 4 --min-occurrences 1
 * </pre>
 */
class SmallGroupSecrecyCliTest {

    private static final String EXPORT = Fixtures.home().resolve("fixtures/centres-sociaux/export.csv").toString();
    private static final String SPEC = Fixtures.home().resolve("fixtures/centres-sociaux/spec.yaml").toString();
    private static final List<String> LEFT_OUT = List.of("02", "80");
    private static final String SMALL_FR = "secret statistique\u00A0: non publiées, stats --by dpt --secret 4 laissant ce groupe de côté,"
            + " son nombre de répondants étant inférieur au seuil ou masqué pour en protéger un autre";
    private static final String SMALL_EN = "statistical secrecy: not published, stats --by dpt --secret 4 leaving this group out,"
            + " its number of respondents being below the threshold or masked to protect another";

    @TempDir
    Path dir;

    private static List<String> command(String question, String... args) {
        List<String> all = new ArrayList<>(List.of(args[0], EXPORT, "--spec", SPEC, "--question", question));
        all.addAll(List.of(args).subList(1, args.length));
        return all;
    }

    private static CliRun run(List<String> command) {
        return CliRun.run(command.toArray(String[]::new));
    }

    /** What terms and classes follow: stats --by dpt --secret 4 publishes 59, 62 and 60, and leaves 02 and 80 out. */
    private static void statsByGroupLeavesOutTheseGroups() throws IOException {
        CliRun stats = CliRun.run("stats", EXPORT, "--spec", SPEC, "--by", "dpt", "--secret", "4", "--format", "json");
        assertEquals(0, stats.code(), stats.err());
        List<String> published = new ArrayList<>();
        new ObjectMapper().readTree(stats.out()).get("groups").forEach(g -> published.add(g.get("group").asText()));
        assertEquals(List.of("59", "62", "60"), published);
    }

    @Test
    void termsWithholdsTheSpecificitiesOfTheGroupsStatsLeavesOut() throws IOException {
        statsByGroupLeavesOutTheseGroups();
        // Without --secret, group 80's single answer makes its own terms specific (mer, transport: 1 in the group).
        CliRun open = run(command("loganalyse", "terms", "--by", "dpt", "--min-occurrences", "1", "--format", "json"));
        assertEquals(0, open.code(), open.err());
        assertTrue(new ObjectMapper().readTree(open.out()).get("specificities").get("80").size() > 0, open.out());

        CliRun json = run(command("loganalyse", "terms", "--by", "dpt", "--min-occurrences", "1", "--format", "json", "--secret", "4"));
        assertEquals(0, json.code(), json.err());
        JsonNode out = new ObjectMapper().readTree(json.out());
        assertEquals(26, out.get("answers").asInt(), "the whole table's 26 answers are published");
        JsonNode specificities = out.get("specificities");
        for (String g : List.of("59", "62", "60")) {
            assertTrue(specificities.get(g).isArray(), g + ": " + specificities);
        }
        for (String g : LEFT_OUT) {
            assertTrue(specificities.get(g).isNull(), g + ": " + specificities);
        }
        assertEquals("[\"02\",\"80\"]", out.get("specificitiesMasked").toString());

        CliRun text = run(command("loganalyse", "terms", "--by", "dpt", "--min-occurrences", "1", "--secret", "4"));
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("  Groupe 80\n    " + SMALL_FR + "\n"), text.out());
        assertTrue(text.out().contains("  Groupe 02\n    " + SMALL_FR + "\n"), text.out());
        assertFalse(text.out().matches("(?s).*\\d  mer {10,}.*"), "80's own terms: " + text.out());
        CliRun english = run(command("loganalyse", "terms", "--by", "dpt", "--min-occurrences", "1", "--secret", "4", "--lang", "en"));
        assertEquals(0, english.code(), english.err());
        assertTrue(english.out().contains("  Group 80\n    " + SMALL_EN + "\n"), english.out());
    }

    @Test
    void termsRefusesTheOutputsThatListOrMapEveryGroup() throws IOException {
        Path corpus = dir.resolve("corpus.txt");
        String french = "enquete: --iramuteq est refusé sous --secret 4 : stats --by dpt --secret 4 laisse de côté les groupes 02, 80"
                + " de « dpt », dont le nombre de répondants est inférieur au seuil ou masqué pour en protéger un autre, et"
                + " --iramuteq donnerait le nombre de réponses de la question « loganalyse » dans ces groupes";
        String english = "enquete: --iramuteq is refused under --secret 4: stats --by dpt --secret 4 leaves out groups 02, 80 of"
                + " \"dpt\", whose number of respondents is below the threshold or masked to protect another, and --iramuteq"
                + " would give the number of answers of question \"loganalyse\" in those groups";
        BothLanguages.assertUsage(dir, command("loganalyse", "terms", "--by", "dpt", "--secret", "4", "--iramuteq", corpus.toString()),
                french, english);
        // An IRaMuTeQ variable (--var) writes each answer's group as --by does.
        BothLanguages.assertUsage(dir, command("loganalyse", "terms", "--var", "dpt", "--secret", "4", "--iramuteq", corpus.toString()),
                french, english);
        assertFalse(Files.exists(corpus));
        CliRun ca = run(command("loganalyse", "terms", "--by", "dpt", "--secret", "4", "--ca", dir.resolve("ca.svg").toString()));
        assertEquals(Main.USAGE, ca.code(), ca.err());
        assertTrue(ca.err().replace('\u00A0', ' ').contains("--ca est refusé sous --secret 4 : stats --by dpt --secret 4 laisse de côté les groupes 02, 80"),
                ca.err());
        assertFalse(Files.exists(dir.resolve("ca.svg")));

        // At --secret 3 no group is below the threshold (80 has 3): stats --by publishes the five, and the corpus is written.
        CliRun three = run(command("loganalyse", "terms", "--var", "dpt", "--secret", "3", "--iramuteq", corpus.toString()));
        assertEquals(0, three.code(), three.err());
        String written = Files.readString(corpus);
        assertTrue(written.contains("*dpt_80") && written.contains("*dpt_02"), written);
    }

    @Test
    void aGroupLeftOutIsWithheldBesideAnAutreRowMaskedInAPublishedGroup() {
        // vieiobjautre specifies vieiobj's "Autre" (hand count by dpt: 59: 4, 62: 2, 02: 2, 80: 1): at --secret 4, 62 is
        // published by stats --by but its "Autre" row (2) is masked; 02 and 80 are left out whatever the text.
        CliRun text = run(command("vieiobjautre", "terms", "--by", "dpt", "--min-occurrences", "1", "--secret", "4"));
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("  Groupe 80\n    " + SMALL_FR + "\n"), text.out());
        assertTrue(text.out().contains("  Groupe 02\n    " + SMALL_FR + "\n"), text.out());
        assertTrue(text.out().contains("  Groupe 62\n    secret statistique\u00A0: non publiées, la réponse «\u00A0Autre\u00A0»"
                + " de la question «\u00A0vieiobj\u00A0»"), text.out());
        assertTrue(text.out().contains("  Groupe 59\n"), text.out());
    }

    @Test
    void classesWithholdsTheProfileOfTheGroupsStatsLeavesOut() throws IOException {
        List<String> classes = command("loganalyse", "classes", "--by", "dpt", "--min-segments", "1", "--classes", "2",
                "--min-class-size", "1", "--secret", "4");
        CliRun text = run(classes);
        assertEquals(0, text.code(), text.err());
        // 02's and 80's one answer each is one segment: "1 / 1" or "0 / 1" gave their size's trace back.
        assertFalse(text.out().matches("(?s).*\\n  (02|80) +\\d.*"), text.out());
        assertTrue(text.out().matches("(?s).*\\n  02 +s +s +s +s\\n  80 +s +s +s +s\\n.*"), text.out());
        assertTrue(text.out().contains("  s\u00A0: secret statistique, groupe que stats --by dpt --secret 4 laisse de côté, son nombre"
                + " de répondants étant inférieur au seuil ou masqué pour en protéger un autre\n"), text.out());
        List<String> en = new ArrayList<>(classes);
        en.addAll(List.of("--lang", "en"));
        CliRun english = run(en);
        assertTrue(english.out().contains("  s: statistical secrecy, a group stats --by dpt --secret 4 leaves out, its number of"
                + " respondents being below the threshold or masked to protect another\n"), english.out());

        List<String> json = new ArrayList<>(classes);
        json.addAll(List.of("--format", "json"));
        CliRun j = run(json);
        assertEquals(0, j.code(), j.err());
        long published = 0;
        for (JsonNode k : new ObjectMapper().readTree(j.out()).get("classes")) {
            for (JsonNode g : k.get("profile")) {
                String group = g.get("group").asText();
                assertEquals(LEFT_OUT.contains(group), g.path("masked").asBoolean(), g.toString());
                if (LEFT_OUT.contains(group)) {
                    assertTrue(g.get("segments").isNull() && g.get("inClass").isNull(), g.toString());
                } else {
                    published += g.get("inClass").asLong();
                }
            }
        }
        // 59's 17, 62's 4 and 60's 1 answers, cut into segments of about 40 words, all classified.
        assertTrue(published >= 22, "the published groups' segments: " + published);

        List<String> segments = new ArrayList<>(classes);
        segments.addAll(List.of("--segments", dir.resolve("segments.csv").toString()));
        BothLanguages.assertUsage(dir, segments,
                "enquete: --segments est refusé sous --secret 4 : stats --by dpt --secret 4 laisse de côté les groupes 02, 80 de « dpt »,"
                        + " dont le nombre de répondants est inférieur au seuil ou masqué pour en protéger un autre, et --segments"
                        + " donnerait le nombre de réponses de la question « loganalyse » dans ces groupes",
                "enquete: --segments is refused under --secret 4: stats --by dpt --secret 4 leaves out groups 02, 80 of \"dpt\","
                        + " whose number of respondents is below the threshold or masked to protect another, and --segments would"
                        + " give the number of answers of question \"loganalyse\" in those groups");
        assertFalse(Files.exists(dir.resolve("segments.csv")));
    }
}
