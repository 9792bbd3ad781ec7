package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code enquete terms} and the term tables in {@code stats}/{@code report}, on the fixture's vieiprecis question:
 * the 40 answers listed under "B) L'accompagnement du vieillissement" in seed 003.
 */
class TermsCliTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    private static CliRun terms(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("terms", Fixtures.export().toString(), "--spec",
                Fixtures.spec().toString(), "--question", "vieiprecis"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private static Map<String, JsonNode> byTerm(JsonNode terms) {
        Map<String, JsonNode> m = new HashMap<>();
        terms.forEach(t -> m.put(t.get("term").asText(), t));
        return m;
    }

    @Test
    void lemmaTableGroupsWhatThePublishedTableSplitAndNaiveModeGivesThePublishedCounts() throws IOException {
        CliRun r = terms("--naive", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(40, root.get("answers").asInt());
        Map<String, JsonNode> lemmas = byTerm(root.get("terms"));
        Map<String, JsonNode> phrases = byTerm(root.get("multiwordTerms"));
        assertEquals(21, phrases.get("conférence des financeurs").get("count").asInt());
        assertEquals(21, lemmas.get("conférence").get("count").asInt(), "every word counts in the lemma table");
        // Written "Département" 18 times (the institution), "département" once: shown as most often written.
        assertEquals(19, lemmas.get("Département").get("count").asInt());
        assertEquals(8, lemmas.get("CARSAT").get("count").asInt());
        // Published: 5, because "l'autonomie" and "d'autonomie" were counted as other words.
        assertEquals(7, lemmas.get("autonomie").get("count").asInt());
        assertTrue(lemmas.keySet().stream().noneMatch(t -> t.contains(" ")), "single words only: " + lemmas.keySet());
        // Seed 003, section B's published "Terme | Total" table.
        Map<String, JsonNode> naive = byTerm(root.get("naive").get("terms"));
        Map<String, Integer> published = Map.of("conférence", 21, "financeurs", 21, "département", 19, "carsat", 8,
                "autonomie", 5, "fondation", 5, "2018", 4, "financement", 4, "france", 4);
        published.forEach((term, count) -> assertEquals(count, naive.get(term).get("count").asInt(), term));
    }

    @Test
    void concordanceShowsEveryOccurrenceOfTheLemmaWhateverItsForm() {
        CliRun r = terms("--concordance", "autonomie");
        assertEquals(0, r.code(), r.err());
        String concordance = r.out().substring(r.out().indexOf("Concordance de « autonomie »"));
        long lines = concordance.lines().filter(l -> l.contains("[")).count();
        assertEquals(7, lines);
        assertTrue(concordance.contains("[Autonomie]") || concordance.contains("[autonomie]"));
    }

    @Test
    void codebookFixtureCodesTheAnswers() throws IOException {
        Path codebook = Fixtures.home().resolve("fixtures/centres-sociaux/codebook-vieillissement.yaml");
        CliRun r = terms("--codebook", codebook.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode themes = root.get("themes");
        assertEquals("Conférence des financeurs", themes.get(0).get("theme").asText());
        // Hand count: 21 of the 40 answers name it; 8 CARSAT + 1 CNSA answers.
        assertEquals(21, themes.get(0).get("answers").asInt());
        assertEquals(52.5, themes.get(0).get("percent").asDouble(), 1e-9);
        assertEquals(9, themes.get(1).get("answers").asInt());
        int uncaught = root.get("uncaught").size();
        assertTrue(uncaught > 0 && uncaught < 40, "some answers escape the codebook: " + uncaught);
    }

    @Test
    void specificitiesByDepartementAndIramuteqExport() throws IOException {
        Path corpus = dir.resolve("corpus.txt");
        CliRun r = terms("--by", "dpt", "--format", "json", "--iramuteq", corpus.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode spec = new ObjectMapper().readTree(r.out()).get("specificities");
        assertTrue(spec.has("59") && spec.has("62"), spec.toString());
        spec.forEach(group -> group.forEach(s -> assertTrue(Math.abs(s.get("g2").asDouble()) >= 3.84, s.toString())));
        List<String> lines = Files.readAllLines(corpus);
        List<String> heads = lines.stream().filter(l -> l.startsWith("****")).toList();
        assertEquals(40, heads.size());
        assertTrue(heads.stream().allMatch(l -> l.matches("\\*\\*\\*\\* \\*dpt_(02|59|60|62|80|nr)")), heads.toString());
    }

    @Test
    void wordCloudFilesAndTheirMistakes() throws IOException {
        Path svg = dir.resolve("cloud.svg");
        assertEquals(0, terms("--cloud", svg.toString()).code());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<title>B) L'accompagnement du vieillissement"), text.substring(0, 200));
        Path png = dir.resolve("cloud.png");
        assertEquals(0, terms("--cloud", png.toString()).code());
        byte[] bytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        CliRun bad = terms("--cloud", dir.resolve("cloud.gif").toString(), "--lang", "en");
        assertEquals(Main.USAGE, bad.code());
        assertTrue(bad.err().contains(".svg or .png"), bad.err());
        CliRun input = terms("--cloud", Fixtures.export().toString());
        assertEquals(Main.USAGE, input.code());
    }

    @Test
    void unknownQuestionIsALocatedUsageError() {
        CliRun r = run("terms", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--question", "vieiprecs");
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("vieiprecis"), "suggests the nearest id: " + r.err());
    }

    @Test
    void statsJsonAndReportCarryTheTermTables() throws IOException {
        CliRun r = run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--format", "json");
        JsonNode vieiprecis = null;
        for (JsonNode q : new ObjectMapper().readTree(r.out()).get("questions")) {
            if (q.get("id").asText().equals("vieiprecis")) {
                vieiprecis = q;
            }
        }
        // Tied at 21 with "financeur", first in alphabetical order.
        assertEquals("conférence", vieiprecis.get("terms").get(0).get("term").asText());
        JsonNode first = vieiprecis.get("multiwordTerms").get(0);
        assertEquals("conférence des financeurs", first.get("term").asText());
        assertEquals(21, first.get("answers").asInt());
        assertEquals("Conférence des financeurs", first.get("forms").get(0).get("form").asText());

        Path html = dir.resolve("report.html");
        assertEquals(0, run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out", dir.toString()).code());
        String page = Files.readString(html);
        String section = page.substring(page.indexOf("data-question=\"vieiprecis\""));
        section = section.substring(0, section.indexOf("</section>"));
        assertTrue(section.contains("Termes les plus fréquents\u00A0: mots simples (lemmes)"));
        assertTrue(section.contains("Termes les plus fréquents\u00A0: termes composés"));
        assertTrue(section.contains("<figure class=\"chart\">") && section.contains("<svg"), "word cloud inline");
        CliRun none = run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--format", "json", "--no-terms");
        assertTrue(!none.out().contains("\"terms\""));
    }

    @Test
    void benchRunsOnTheFixtureAnswersAndIsReproducible() {
        CliRun a = run("bench", "--answers", "300", "--rounds", "1", "--fixtures", Fixtures.home().resolve("fixtures").toString());
        assertEquals(0, a.code(), a.err());
        // 125 = 24 + 40 + 9 + 6 + 20 + 26 non-empty cells of the six text columns (counted with Python csv).
        assertTrue(a.out().contains("300 synthetic answers recombined from the fixture's 125 real answers"), a.out());
        String tokens = a.out().lines().filter(l -> l.startsWith("tokens: ")).findFirst().orElseThrow();
        CliRun b = run("bench", "--answers", "300", "--rounds", "1", "--fixtures", Fixtures.home().resolve("fixtures").toString());
        assertTrue(b.out().contains(tokens + "\n"), "same seed, same synthetic answers, same tokens");
        assertEquals(Main.USAGE, run("bench", "--answers", "0").code());
    }

    @Test
    void reportCanShowThePublishedMethodsTableUnderEachTermTable() throws IOException {
        CliRun r = run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out", dir.toString(),
                "--format", "md", "--naive");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(dir.resolve("report.md"));
        String section = md.substring(md.indexOf("B) L'accompagnement du vieillissement\u00A0: précisez"));
        section = section.substring(section.indexOf("mots bruts)"));
        // Seed 003 section B's published counts (ties alphabetical); the spec's report asks for the top 15.
        assertTrue(section.contains("| 1 | conférence | 21 | 21 | 52,50\u00A0% |"), section.substring(0, 400));
        assertTrue(section.contains("| 1 | financeurs | 21 | 21 | 52,50\u00A0% |"));
        assertTrue(section.contains("| 5 | autonomie | 5 | 5 | 12,50\u00A0% |"));
        assertTrue(!Files.readString(dir.resolve("report.md")).isEmpty());
        CliRun without = run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out",
                dir.resolve("plain").toString(), "--format", "md");
        assertEquals(0, without.code());
        assertTrue(!Files.readString(dir.resolve("plain/report.md")).contains("mots bruts"));
    }

    @Test
    void surveyBenchGeneratesAReadableSurveyAndTimesIt() throws IOException {
        Path keep = dir.resolve("bench");
        CliRun r = run("bench", "--survey", "2000", "--rounds", "1", "--keep", keep.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("parse + all tables") && r.out().contains("(2000 respondents)"), r.out());
        // The kept export and spec are a survey enquete reads: 2000 respondents, 60 columns, the spec's 44 questions.
        CliRun stats = run("stats", keep.resolve("export.csv").toString(), "--spec", keep.resolve("spec.yaml").toString(),
                "--format", "json", "--no-terms");
        JsonNode root = new ObjectMapper().readTree(stats.out());
        assertEquals(2000, root.get("respondents").asInt());
        assertEquals(20 + 4 + 10 + 10, root.get("questions").size());
        byte[] first = Files.readAllBytes(keep.resolve("export.csv"));
        run("bench", "--survey", "2000", "--rounds", "1", "--keep", keep.toString());
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(keep.resolve("export.csv"))), "same seed, same file");
    }

    @Test
    void reportBenchWritesEveryFormatOfASyntheticSurveyThatEnqueteReads() throws IOException {
        Path keep = dir.resolve("report-bench");
        CliRun r = run("bench", "--report", "25", "--respondents", "60", "--rounds", "1", "--keep", keep.toString(),
                "--fixtures", Fixtures.home().resolve("fixtures").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("25 questions x 60 respondents") && r.out().contains("all formats"), r.out());
        // Per 20 questions 8 single, 3 multiple, 3 numeric, 3 scale, 3 text: 25 questions hold 3 + 1 text ones (q18-20, q25).
        JsonNode root = new ObjectMapper().readTree(run("stats", keep.resolve("export.csv").toString(), "--spec",
                keep.resolve("spec.yaml").toString(), "--format", "json", "--no-terms").out());
        assertEquals(60, root.get("respondents").asInt());
        assertEquals(25, root.get("questions").size());
        long texts = 0;
        for (JsonNode q : root.get("questions")) {
            texts += q.get("type").asText().equals("text") ? 1 : 0;
        }
        assertEquals(3, texts);
        assertEquals(Main.USAGE, run("bench", "--report", "0").code());
    }

    @Test
    void beyondTheExactLimitQuartilesAreFlaggedApproximate() throws IOException {
        // The fixture's adherents take 73 distinct values (Python's csv module): a limit of 10 sends them to the sketch, and every output says so.
        JsonNode root = new ObjectMapper().readTree(run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(),
                "--format", "json", "--no-terms", "--exact-limit", "10").out());
        JsonNode adherents = null;
        for (JsonNode q : root.get("questions")) {
            if (q.get("id").asText().equals("adherents")) {
                adherents = q;
            }
        }
        assertTrue(adherents.get("approximate").asBoolean());
        assertTrue(adherents.get("quantiles").asText().contains("approximate (DDSketch"), adherents.toString());
        // Count, sum and extremes stay exact (seed 003: 84 answers, 65 951 in all, 110 to 2 914).
        assertEquals(84, adherents.get("summary").get("count").asInt());
        assertEquals(65951, adherents.get("summary").get("sum").asDouble(), 1e-6);
        assertEquals(List.of(110.0, 2914.0), List.of(adherents.get("summary").get("min").asDouble(), adherents.get("summary").get("max").asDouble()));
        String text = run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--no-terms", "--exact-limit", "10").out();
        assertTrue(text.contains("Quartiles approchés"), "the text output says so too");
        assertEquals(Main.USAGE, run("stats", Fixtures.export().toString(), "--exact-limit", "0").code());
    }
}
