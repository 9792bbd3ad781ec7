package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a pipeline runs it: exit codes, outputs, messages. */
class CliTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    private static String export() {
        return Fixtures.export().toString();
    }

    private static String spec() {
        return Fixtures.spec().toString();
    }

    @Test
    void statsJsonOnTheFixture() throws IOException {
        CliRun r = run("stats", export(), "--spec", spec(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        // Nothing on stderr but what was masked, by category (the fixture's one comment with a contact), in the run's
        // language: French by default, as the errors are.
        assertEquals("enquete: données personnelles masquées dans les textes libres\u00A0: 1 personne, 1 téléphone,"
                + " 1 adresse e-mail (--keep-personal-data pour les publier)", r.err().strip());
        CliRun en = run("stats", export(), "--spec", spec(), "--format", "json", "--lang", "en");
        assertEquals("enquete: personal data masked in free text: 1 person, 1 phone number, 1 e-mail address"
                + " (--keep-personal-data to publish them)", en.err().strip());
        CliRun kept = run("stats", export(), "--spec", spec(), "--format", "json", "--keep-personal-data");
        assertEquals("enquete: données personnelles conservées dans les sorties (--keep-personal-data)", kept.err().strip());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(91, root.get("respondents").asInt());
        assertEquals(33, root.get("questions").size(), "30 columns read and 3 derived questions (territoire, the two years in decades)");
    }

    @Test
    void statsToAFileWritesNothingOnStdout() throws IOException {
        Path out = dir.resolve("tables/stats.csv");
        CliRun r = run("stats", export(), "--spec", spec(), "--format", "csv", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(out).startsWith("question,label,type,base,kind,row,count,percent,value\n"));
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void quantileOptionWinsOverTheDefault() throws IOException {
        CliRun r = run("stats", export(), "--spec", spec(), "--format", "json", "--quantiles", "limesurvey");
        JsonNode adh = null;
        for (JsonNode q : new ObjectMapper().readTree(r.out()).get("questions")) {
            if (q.get("id").asText().equals("adherents")) {
                adh = q;
            }
        }
        assertEquals("type 6 (LimeSurvey)", adh.get("quantiles").asText(), "type 6 with LimeSurvey's display rule");
        assertEquals("1034.5", adh.get("summary").get("q3").decimalValue().toPlainString(), "R: quantile(x, .75, type=6)");
    }

    @Test
    void textIsTheDefaultFormatAndEnglishIsAvailable() {
        CliRun fr = run("stats", export(), "--spec", spec());
        assertTrue(fr.out().contains("Sans réponse"));
        CliRun en = run("stats", export(), "--spec", spec(), "--lang", "en");
        assertTrue(en.out().contains("No answer"));
        assertTrue(en.out().contains("45.05%"));
    }

    @Test
    void withoutSpecTheTypesAreInferred() {
        CliRun r = run("stats", export(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"id\" : \"actions\""));
    }

    @Test
    void reportWritesOneSelfContainedHtmlFile() throws IOException {
        Path out = dir.resolve("rapport");
        CliRun r = run("report", export(), "--spec", spec(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Path html = out.resolve("report.html");
        assertEquals(html.toString(), r.out().strip());
        String content = Files.readString(html);
        // The fixture spec's report section: its title, author and four parts; submitdate is placed in none.
        // The place name kept whole in the title: "Hauts-de-" over "France" in a narrow window.
        assertTrue(content.contains("<h1>Les centres sociaux des <span class=\"nw\">Hauts-de-France</span>\u00A0: activités, partenariats, numérique et logement</h1>"));
        assertTrue(content.contains("<p class=\"author\">Fédération régionale des centres sociaux (exemple)</p>"));
        assertTrue(content.contains("<section id=\"part1\" class=\"part\">\n<h2>1. Informations générales</h2>"));
        assertTrue(content.contains("<h3>Localisation (département)</h3>"));
        assertFalse(content.contains("data-question=\"submitdate\""));
        assertTrue(content.indexOf("data-question=\"fonction\"") < content.indexOf("2. Activités actuelles et partenariats</h2>"));
        assertTrue(content.contains("45,05\u00A0%"));
    }

    @Test
    void inspectAndInitThenStatsWithTheWrittenSpec() throws IOException {
        CliRun inspect = run("inspect", export(), "--lang", "en");
        assertEquals(0, inspect.code(), inspect.err());
        assertTrue(inspect.out().contains("format:      delimited text, UTF-8 with BOM, ';' separated"), inspect.out());
        assertTrue(inspect.out().contains("respondents: 91"));
        Path spec = dir.resolve("mine.spec.yaml");
        CliRun init = run("init", export(), "--out", spec.toString());
        assertEquals(0, init.code(), init.err());
        assertTrue(Files.readString(spec).contains("type: multiple"));
        CliRun again = run("init", export(), "--out", spec.toString());
        assertEquals(Main.USAGE, again.code(), "an existing spec is not overwritten without --force");
        // Without --lang, init's mistakes are told in French.
        assertTrue(again.err().contains("ajoutez --force pour le remplacer"), again.err());
        CliRun stats = run("stats", export(), "--spec", spec.toString(), "--format", "json");
        assertEquals(0, stats.code(), stats.err());
        assertEquals(run("stats", export(), "--format", "json").out(), stats.out(),
                "the written spec gives the same tables as the inference it records");
    }

    @Test
    void demoWritesReportAndTables() throws IOException {
        Path out = dir.resolve("demo");
        CliRun r = run("demo", "--out", out.toString(), "--fixtures", Fixtures.home().resolve("fixtures").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(out.resolve("report.html")) > 10_000);
        assertTrue(Files.readString(out.resolve("stats.json")).contains("\"respondents\" : 91"));
        for (String name : new String[] {"report.html", "report.docx", "report.xlsx", "report.md"}) {
            assertTrue(r.out().contains("Rapport\u00A0: " + out.resolve(name).toAbsolutePath()), name);
            assertTrue(Files.size(out.resolve(name)) > 10_000, name);
        }
        assertTrue(Files.isDirectory(out.resolve("charts")));
    }

    @Test
    void reportFormatsAreChosenAndRerunsAreIdentical() throws IOException {
        Path out = dir.resolve("rapport");
        CliRun r = run("report", export(), "--spec", spec(), "--out", out.toString(), "--format", "docx,xlsx");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(out.resolve("report.docx").toString(), out.resolve("report.xlsx").toString()), r.out().lines().toList());
        assertFalse(Files.exists(out.resolve("report.html")), "only what was asked for");
        byte[] docx = Files.readAllBytes(out.resolve("report.docx"));
        byte[] xlsx = Files.readAllBytes(out.resolve("report.xlsx"));
        assertEquals(0, run("report", export(), "--spec", spec(), "--out", out.toString(), "--format", "all").code());
        assertArrayEquals(docx, Files.readAllBytes(out.resolve("report.docx")), "same input, same bytes");
        assertArrayEquals(xlsx, Files.readAllBytes(out.resolve("report.xlsx")));
        assertTrue(Files.exists(out.resolve("report.md")) && Files.exists(out.resolve("report.html")));
        assertFalse(Files.readString(out.resolve("report.html")).contains("Produit le"), "no time in a report unless asked");
        // Nor in the documents' properties: a fixed date stood in, which Word showed as "created 01/01/2000".
        for (String name : List.of("report.docx", "report.xlsx")) {
            try (var zip = new java.util.zip.ZipFile(out.resolve(name).toFile())) {
                String core = new String(zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertFalse(core.contains("dcterms:created") || core.contains("dcterms:modified"), core);
            }
        }
        Path stamped = dir.resolve("stamped");
        assertEquals(0, run("report", export(), "--spec", spec(), "--out", stamped.toString(), "--format", "html,docx", "--timestamp").code());
        assertTrue(Files.readString(stamped.resolve("report.html")).matches("(?s).*Produit le \\d\\d/\\d\\d/20\\d\\d \\d\\d:\\d\\d UTC.*"));
        try (var zip = new java.util.zip.ZipFile(stamped.resolve("report.docx").toFile())) {
            String core = new String(zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(core.matches("(?s).*<dcterms:created[^>]*>20\\d\\d-.*") && !core.contains("2000-01-01"), "the run's date with --timestamp: " + core);
        }
        CliRun bad = run("report", export(), "--spec", spec(), "--out", out.toString(), "--format", "html,pdf", "--lang", "en");
        assertEquals(Main.USAGE, bad.code());
        assertTrue(bad.err().contains("unknown format 'pdf'"), bad.err());
    }

    @Test
    void exitCodesForUsageAndInputErrors() throws IOException {
        assertEquals(Main.USAGE, run("stats").code(), "missing EXPORT");
        assertEquals(Main.USAGE, run("stats", export(), "--format", "pdf").code());
        assertEquals(Main.USAGE, run("stats", export(), "--quantiles", "median").code());
        assertEquals(Main.USAGE, run("frobnicate").code());
        CliRun missing = run("stats", dir.resolve("absent.csv").toString());
        assertEquals(Main.INPUT, missing.code());
        assertTrue(missing.err().startsWith("enquete: erreur\u00A0: "), missing.err());
        assertTrue(missing.err().contains("absent.csv\u00A0: fichier introuvable"), missing.err());
        CliRun missingInEnglish = run("stats", dir.resolve("absent.csv").toString(), "--lang", "en");
        assertTrue(missingInEnglish.err().startsWith("enquete: error: "), missingInEnglish.err());
        assertTrue(missingInEnglish.err().contains("absent.csv: no such file"), missingInEnglish.err());

        Path badSpec = dir.resolve("bad.yaml");
        Files.writeString(badSpec, "questions:\n  - id: dpt\n    type: choix\n");
        CliRun bad = run("stats", export(), "--spec", badSpec.toString());
        assertEquals(Main.INPUT, bad.code());
        assertTrue(bad.err().contains("bad.yaml, ligne 3, colonne 11\u00A0: type «\u00A0choix\u00A0» inconnu"), bad.err());
        CliRun badInEnglish = run("stats", export(), "--spec", badSpec.toString(), "--lang", "en");
        assertTrue(badInEnglish.err().contains("bad.yaml, line 3, column 11: unknown type \"choix\""), badInEnglish.err());
        assertFalse(bad.err().contains("at fr.enquete"), "no stack trace without --debug");
        CliRun debug = run("stats", export(), "--spec", badSpec.toString(), "--debug");
        assertTrue(debug.err().contains("at fr.enquete"), "stack trace with --debug");
    }

    @Test
    void aFailedRunLeavesThePreviousReportIntactAndOutputCannotBeAnInput() throws IOException {
        Path out = dir.resolve("r");
        assertEquals(0, run("report", export(), "--spec", spec(), "--out", out.toString()).code());
        byte[] before = Files.readAllBytes(out.resolve("report.html"));
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "dpt;qpv\n59;\"Oui\n");
        CliRun r = run("report", broken.toString(), "--out", out.toString());
        assertEquals(Main.INPUT, r.code());
        assertTrue(r.err().contains("broken.csv, ligne 2"), r.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("report.html"))));

        Path copy = dir.resolve("export.csv");
        Files.copy(Fixtures.export(), copy);
        CliRun same = run("stats", copy.toString(), "--out", copy.toString(), "--lang", "en");
        assertEquals(Main.USAGE, same.code());
        assertTrue(same.err().contains("is an input file"));
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(Fixtures.export()), Files.readAllBytes(copy)));
    }

    @Test
    void crosstabAsJsonMatchesRAndRefusesATextQuestion() throws IOException {
        CliRun r = run("crosstab", export(), "--spec", spec(), "--rows", "qpv", "--cols", "anru", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode t = new ObjectMapper().readTree(r.out());
        assertEquals(68, t.get("base").asInt());
        assertEquals(9, t.get("counts").get(0).get(0).asInt());
        // R: chisq.test(table(d$qpv, d$anru), correct = FALSE): X-squared = 0.078431, p = 0.7794; fisher.test p = 1.
        // The statistic at full precision, as its p (it was rounded to 0.08, R's 0.078431 lost).
        assertEquals(0.078431, t.get("tests").get("chiSquare").asDouble(), 1e-6);
        assertEquals(0.7794, t.get("tests").get("p").asDouble(), 1e-4);
        assertEquals(1.0, t.get("tests").get("fisherP").asDouble(), 1e-9);
        CliRun text = run("crosstab", export(), "--spec", spec(), "--rows", "qpv", "--cols", "vieiprecis", "--lang", "en");
        // A command-line name that does not fit the export is a usage error (UnknownNamesCliTest).
        assertEquals(Main.USAGE, text.code());
        assertTrue(text.err().contains("question \"vieiprecis\" is text; a cross-tabulation needs"), text.err());
        CliRun typo = run("crosstab", export(), "--spec", spec(), "--rows", "qvp", "--cols", "anru", "--lang", "en");
        assertTrue(typo.err().contains("did you mean \"qpv\"?"), typo.err());
    }

    @Test
    void populationGivesTheResponseRateAndIntervalsWithTheFinitePopulationCorrection() throws IOException {
        JsonNode root = new ObjectMapper().readTree(run("stats", export(), "--spec", spec(), "--format", "json", "--population", "238").out());
        // Seed 003: 91 answers of 238 centres, "Taux de participation : 38 %".
        assertEquals(38.24, root.get("responseRate").asDouble(), 1e-9);
        JsonNode qpv = null;
        for (JsonNode q : root.get("questions")) {
            if (q.get("id").asText().equals("qpv")) {
                qpv = q;
            }
        }
        // See PrecisionTest for the R lines: Wilson with f = (238 - 91) / 237 gives 37,23 % to 53,13 %.
        assertEquals(37.23, qpv.get("rows").get(0).get("ci").get(0).asDouble(), 1e-9);
        assertEquals(53.13, qpv.get("rows").get(0).get("ci").get(1).asDouble(), 1e-9);
        JsonNode plain = new ObjectMapper().readTree(run("stats", export(), "--spec", spec(), "--format", "json", "--ci").out());
        assertFalse(plain.has("population"));
        // R: prop.test(41, 91, correct = FALSE)$conf.int -> 35,24 % to 55,27 %.
        String ci = plain.toString();
        assertTrue(ci.contains("\"ci\":[35.24,55.27]"), ci.substring(0, 300));
        Path out = dir.resolve("r");
        assertEquals(0, run("report", export(), "--spec", spec(), "--out", out.toString(), "--population", "238").code());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Taux de participation\u00A0: 38,24\u00A0% (population\u00A0: 238)") || html.contains("Taux de participation : 38,24"),
                html.substring(0, 2000));
        assertTrue(html.contains("IC 95\u00A0%") && html.contains("37,23\u00A0–\u00A053,13\u00A0%"));
        assertEquals(Main.USAGE, run("stats", export(), "--population", "0").code());
    }

    @Test
    void statisticalSecrecyMasksSmallCountsInEveryOutput() throws IOException {
        JsonNode root = new ObjectMapper().readTree(run("stats", export(), "--spec", spec(), "--format", "json", "--secret", "5").out());
        assertEquals(5, root.get("secret").asInt());
        JsonNode dpt = root.get("questions").get(2);
        assertEquals("dpt", dpt.get("id").asText());
        // 80: 3 centres, and 4 without answer: below 5, masked; 59 (58) is published.
        assertEquals(58, dpt.get("rows").get(0).get("count").asInt());
        assertTrue(dpt.get("rows").get(4).get("count").isNull() && dpt.get("rows").get(4).get("masked").asBoolean());
        assertTrue(dpt.get("rows").get(5).get("percent").isNull());
        Path out = dir.resolve("secret");
        assertEquals(0, run("report", export(), "--spec", spec(), "--out", out.toString(), "--format", "html,md", "--secret", "5").code());
        String html = Files.readString(out.resolve("report.html"));
        String section = html.substring(html.indexOf("data-question=\"dpt\""), html.indexOf("data-question=\"qpv\""));
        assertFalse(section.contains("3,30") || section.contains("4,40"), "no masked percentage, in table or chart");
        assertTrue(section.contains("&lt; 5"));
        assertTrue(html.contains("Secret statistique"));
    }

    @Test
    void crossTabulationsUnderSecrecyHideSmallCellsTheirMarginsAndTheTests() throws IOException {
        // dpt x qpv, counted by hand from the fixture: 59 27/23, 62 7/5, 02 2/4, 60 3/3, 80 1/1 (base 76).
        JsonNode t = new ObjectMapper().readTree(run("crosstab", export(), "--spec", spec(), "--rows", "dpt", "--cols", "qpv",
                "--format", "json", "--secret", "5").out());
        assertEquals(5, t.get("secret").asInt());
        assertEquals(27, t.get("counts").get(0).get(0).asInt());
        // Rows 02, 60 and 80 hold only counts below 5: all masked. Row 80's total (2) is small too, and the total
        // column would give it back, so row 02's total (6, the smallest other) goes with it; row 60's (6) stays.
        for (int i = 2; i < 5; i++) {
            assertTrue(t.get("counts").get(i).get(0).isNull() && t.get("counts").get(i).get(1).isNull(), "row " + i);
        }
        assertTrue(t.get("rowTotals").get(2).isNull() && t.get("rowTotals").get(4).isNull());
        assertEquals(6, t.get("rowTotals").get(3).asInt());
        assertEquals(List.of(40, 36), List.of(t.get("columnTotals").get(0).asInt(), t.get("columnTotals").get(1).asInt()));
        assertTrue(t.get("tests").isNull() && t.get("testsWithheld").asBoolean());

        String text = run("crosstab", export(), "--spec", spec(), "--rows", "dpt", "--cols", "qpv", "--secret", "5").out();
        // Row 02's total is 6: masked to protect row 80's, it prints "s", never a false "< 5".
        assertTrue(java.util.regex.Pattern.compile("(?m)^  02 +< 5  < 5 +s$").matcher(text).find(), text);
        assertTrue(java.util.regex.Pattern.compile("(?m)^  80 +< 5  < 5 +< 5$").matcher(text).find(), text);
        assertFalse(text.contains("Khi-deux"), "tests withheld");
        assertTrue(text.contains("Tests non publiés"));

        String csv = run("crosstab", export(), "--spec", spec(), "--rows", "dpt", "--cols", "qpv", "--format", "csv", "--secret", "5").out();
        assertTrue(csv.contains("\n02,Oui,secret,,\n"), csv);
        // Row 60's total (6) is published, but its cells are masked; 59's row percentages stay.
        assertTrue(csv.contains("\n59,Oui,27,54.0,67.5\n"), csv);
        // Without --secret nothing is masked and the tests are given.
        assertTrue(run("crosstab", export(), "--spec", spec(), "--rows", "dpt", "--cols", "qpv").out().contains("Khi-deux"));
    }

    @Test
    void weightsByPostStratificationInEveryOutput() throws IOException {
        String margins = "territoire=" + Fixtures.centresSociaux().resolve("population.csv");
        JsonNode root = new ObjectMapper().readTree(run("stats", export(), "--spec", spec(), "--format", "json", "--rake", margins,
                "--no-terms").out());
        JsonNode w = root.get("weights");
        assertEquals("raking", w.get("method").asText());
        assertEquals(1, w.get("iterations").asInt(), "one question: post-stratification, one sweep");
        assertEquals(238, w.get("total").asDouble(), 1e-9);
        JsonNode territoire = null;
        for (JsonNode q : root.get("questions")) {
            if (q.get("id").asText().equals("territoire")) {
                territoire = q;
            }
        }
        // By hand: the 87 centres with a territory get the population's shares of 238 x 87 / 91 (the 4 without one keep
        // 238 / 91 each): Nord 152 x 87 / 91 = 145,32, its count still 58 centres.
        JsonNode nord = territoire.get("rows").get(0);
        assertEquals(58, nord.get("count").asInt());
        assertEquals(Math.round(152 * 87 / 91.0 * 100) / 100.0, nord.get("weighted").asDouble(), 1e-9);
        assertEquals(Math.round(10000.0 * 152 * 87 / 91 / 238) / 100.0, nord.get("percent").asDouble(), 1e-9);
        assertEquals(238, territoire.get("weightedBase").asDouble(), 1e-9);

        // French typography: no-break spaces before the colon and in numbers; compared here as spaces.
        String text = run("stats", export(), "--spec", spec(), "--rake", margins, "--no-terms").out().replace('\u00A0', ' ').replace('\u202F', ' ');
        assertTrue(text.contains("Résultats pondérés par calage (raking) sur territoire (1 itération) : 91 répondants"), text.substring(0, 400));
        assertTrue(text.contains("Décompte pondéré  Pourcentage pondéré") && text.contains("(poids : 238)"));
        String csv = run("stats", export(), "--spec", spec(), "--rake", margins, "--no-terms", "--format", "csv").out();
        assertTrue(csv.startsWith("question,label,type,base,kind,row,count,percent,value,weighted\n"));
        for (String line : csv.split("\n")) {
            if (!line.contains("\"")) {
                assertEquals(9, line.chars().filter(c -> c == ',').count(), line);
            }
        }
        Path out = dir.resolve("weighted");
        assertEquals(0, run("report", export(), "--spec", spec(), "--out", out.toString(), "--format", "html,xlsx", "--rake", margins).code());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Résultats pondérés par calage") && html.contains("Pourcentage pondéré"));

        JsonNode t = new ObjectMapper().readTree(run("crosstab", export(), "--spec", spec(), "--rows", "territoire", "--cols", "qpv",
                "--format", "json", "--rake", margins).out());
        assertEquals("raking", t.get("weights").asText());
        assertTrue(t.get("tests").has("raoScottF") && !t.get("tests").has("fisherP"));
        JsonNode groups = new ObjectMapper().readTree(run("stats", export(), "--spec", spec(), "--format", "json", "--by", "territoire",
                "--rake", margins, "--no-terms").out()).get("groups");
        // Within Nord every centre has the same weight (152 / 58 x 87 / 91 x 238 / 238): its total is Nord's population share.
        assertEquals(Math.round(152 * 87 / 91.0 * 100) / 100.0, groups.get(0).get("weights").get("total").asDouble(), 1e-9);

        assertEquals(Main.USAGE, run("stats", export(), "--spec", spec(), "--rake", margins, "--weight", "poids").code());
        assertEquals(Main.USAGE, run("stats", export(), "--spec", spec(), "--rake", "territoire").code());
        CliRun typo = run("stats", export(), "--spec", spec(), "--weight", "poids", "--lang", "en");
        assertEquals(Main.USAGE, typo.code());
        assertTrue(typo.err().contains("no weight column \"poids\""), typo.err());
    }

    @Test
    void theReportShowsCrossTabulationsWithTheirTestsMasksAndIntervals() throws IOException {
        // The fixture spec crosses territoire and qpv in its first part (counted by hand: Nord 27/23, Pas-de-Calais 7/5,
        // Picardie 6/8); --crosstab adds dpt x qpv in a last part.
        Path out = dir.resolve("crossed");
        CliRun r = run("report", export(), "--spec", spec(), "--out", out.toString(), "--format", "html,md,docx,xlsx",
                "--crosstab", "dpt,qpv", "--secret", "5", "--ci");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(out.resolve("report.md")).replace('\u00A0', ' ').replace('\u202F', ' ');
        int first = md.indexOf("### Tableau croisé : Territoire × Êtes-vous en QPV");
        int last = md.indexOf("## Tableaux croisés");
        assertTrue(first > 0 && last > first, "the spec's crossing in its part, the command line's in a last part");
        String territoire = md.substring(first, md.indexOf("\n## ", first));
        assertTrue(territoire.contains("| Nord | 27 | 23 | 50 |") && territoire.contains("| Picardie | 6 | 8 | 14 |"), territoire);
        // R: chisq.test(matrix(c(27, 7, 6, 23, 5, 8), 3), correct = FALSE): X-squared = 0.73054, df = 2, p-value = 0.694.
        assertTrue(territoire.contains("Khi-deux de Pearson : 0,731 (ddl 2), p = 0,6940"), territoire);
        // Nord Oui 27 of 50 with --ci: R prop.test(27, 50, correct = FALSE)$conf.int = 0.4039887 0.6703035.
        assertTrue(territoire.contains("Intervalles de confiance à 95 % des pourcentages en ligne")
                && territoire.contains("| Nord | 40,40 – 67,03 % |"), territoire);
        String dpt = md.substring(md.indexOf("### Tableau croisé : Localisation (département) × Êtes-vous en QPV"));
        assertTrue(dpt.contains("| 02 | &lt; 5 | &lt; 5 | s |") && dpt.contains("Tests non publiés"), dpt.substring(0, Math.min(1500, dpt.length())));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Tableau croisé\u00A0: Territoire") && html.contains("Khi-deux de Pearson"), html.substring(0, 2000));
        assertEquals(Main.USAGE, run("report", export(), "--spec", spec(), "--out", out.toString(), "--crosstab", "dpt").code());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Fixtures.spec(), StandardCharsets.UTF_8).replace("{rows: territoire, cols: qpv}",
                "{rows: territoire, cols: adherents}"), StandardCharsets.UTF_8);
        CliRun numeric = run("report", export(), "--spec", bad.toString(), "--out", out.toString(), "--lang", "en");
        assertEquals(Main.INPUT, numeric.code());
        assertTrue(numeric.err().contains("bad.yaml, line 191") && numeric.err().contains("question \"adherents\" is numeric"), numeric.err());
    }

    @Test
    void tablesByGroupAgreeWithTheCrossTabulation() throws IOException {
        JsonNode root = new ObjectMapper().readTree(run("stats", export(), "--spec", spec(), "--format", "json", "--by", "dpt").out());
        assertEquals("dpt", root.get("by").asText());
        JsonNode groups = root.get("groups");
        // Seed 003's départements: 58, 14, 6, 6, 3 (the 4 without answer are in no group).
        int[] sizes = {58, 14, 6, 6, 3};
        for (int i = 0; i < sizes.length; i++) {
            assertEquals(sizes[i], groups.get(i).get("respondents").asInt(), groups.get(i).get("group").asText());
        }
        JsonNode qpv59 = null;
        for (JsonNode q : groups.get(0).get("questions")) {
            if (q.get("id").asText().equals("qpv")) {
                qpv59 = q;
            }
        }
        // The same counts as crosstab --rows dpt --cols qpv (CrossTabTest): 59 -> Oui 27, Non 23.
        assertEquals(27, qpv59.get("rows").get(0).get("count").asInt());
        assertEquals(23, qpv59.get("rows").get(1).get("count").asInt());
        assertEquals(Main.USAGE, run("stats", export(), "--spec", spec(), "--format", "csv", "--by", "dpt").code());
        assertEquals(Main.USAGE, run("stats", export(), "--spec", spec(), "--by", "adherents").code(), "not a choice question");
    }

    @Test
    void derivedQuestionsRecodeNumbersIntoClassesAndMergeAnswers() throws IOException {
        Path derived = dir.resolve("derived.yaml");
        Files.writeString(derived, """
                questions:
                  - {id: creation, type: numeric}
                  - id: anciennete
                    from: creation
                    classes: [1970, 1980, 1990, 2000, 2010]
                  - id: region
                    from: dpt
                    merge: {"Picardie": ["02", "60", "80"], "Nord-Pas-de-Calais": ["59", "62"]}
                """, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode root = new ObjectMapper().readTree(run("stats", export(), "--spec", derived.toString(), "--format", "json").out());
        JsonNode classes = root.get("questions").get(1);
        // Counted with Python's csv and bisect on the fixture: 6, 19, 14, 18, 15, 14 and 5 without a year.
        String[] labels = {"Avant 1970", "1970 à 1979", "1980 à 1989", "1990 à 1999", "2000 à 2009", "2010 et +"};
        int[] counts = {6, 19, 14, 18, 15, 14};
        for (int i = 0; i < labels.length; i++) {
            assertEquals(labels[i], classes.get("rows").get(i).get("label").asText());
            assertEquals(counts[i], classes.get("rows").get(i).get("count").asInt(), labels[i]);
        }
        assertEquals(5, classes.get("rows").get(6).get("count").asInt());
        JsonNode region = root.get("questions").get(2);
        assertEquals(15, region.get("rows").get(0).get("count").asInt(), "6 + 6 + 3");
        assertEquals(72, region.get("rows").get(1).get("count").asInt(), "58 + 14");
        Files.writeString(derived, "questions:\n  - id: x\n    from: creaton\n    classes: [1]\n");
        CliRun bad = run("stats", export(), "--spec", derived.toString(), "--lang", "en");
        assertEquals(Main.INPUT, bad.code());
        assertTrue(bad.err().contains("derived question \"x\" recodes column \"creaton\", which " + export() + " lacks; did you mean \"creation\"?"),
                bad.err());
        Files.writeString(derived, "questions:\n  - id: x\n    from: creation\n    classes: [1990, 1980]\n");
        assertTrue(run("stats", export(), "--spec", derived.toString()).err().contains("ligne 4"), "decreasing class limits are located");
    }

    @Test
    void responseRatesByStratumAsSeed003PrintsThem() throws IOException {
        // Seed 003: "Taux de participation par territoire : Nord : 38%, Pas de Calais : 40%, Picardie : 29%".
        // fixtures/centres-sociaux/population.csv: 152 + 35 + 51 = 238 centres; the spec's derived "territoire".
        String population = Fixtures.centresSociaux().resolve("population.csv").toString();
        JsonNode root = new ObjectMapper().readTree(run("stats", export(), "--spec", spec(), "--format", "json",
                "--strata", population, "--stratum", "territoire").out());
        JsonNode rates = root.get("responseRates");
        assertEquals("Nord", rates.get(0).get("stratum").asText());
        assertEquals(58, rates.get(0).get("respondents").asInt());
        assertEquals(38.16, rates.get(0).get("rate").asDouble(), 1e-9, "58 / 152");
        assertEquals(40.0, rates.get(1).get("rate").asDouble(), 1e-9, "14 / 35");
        assertEquals(29.41, rates.get(2).get("rate").asDouble(), 1e-9, "15 / 51");
        CliRun text = run("stats", export(), "--spec", spec(), "--strata", population, "--stratum", "territoire");
        assertTrue(text.out().contains("Picardie\u00A0: 29,41\u00A0% (15 sur 51)"), text.out().substring(0, 300));
        assertEquals(Main.USAGE, run("stats", export(), "--spec", spec(), "--strata", population).code(), "--strata without --stratum");
    }

    @Test
    void aStratumMaskedBySecrecyPublishesNoRate() throws Exception {
        // Under --secret 15 the territoire table masks Pas-de-Calais (14 respondents); its rate, 14 / 35, gave them back.
        String population = Fixtures.centresSociaux().resolve("population.csv").toString();
        JsonNode root = new ObjectMapper().readTree(run("stats", export(), "--spec", spec(), "--format", "json", "--secret", "15",
                "--strata", population, "--stratum", "territoire").out());
        JsonNode rates = root.get("responseRates");
        assertEquals("Pas-de-Calais", rates.get(1).get("stratum").asText());
        assertTrue(rates.get(1).get("respondents").isNull() && rates.get(1).get("rate").isNull() && rates.get(1).get("masked").asBoolean(),
                rates.toString());
        assertEquals(35, rates.get(1).get("population").asInt());
        // Nord (58) and Picardie (15) are at or above the threshold: published as before.
        assertEquals(58, rates.get(0).get("respondents").asInt());
        assertEquals(29.41, rates.get(2).get("rate").asDouble(), 1e-9, "15 / 51");
        CliRun text = run("stats", export(), "--spec", spec(), "--secret", "15", "--strata", population, "--stratum", "territoire");
        assertTrue(text.out().contains("Pas-de-Calais\u00A0: masqué (secret statistique\u00A0; population 35)"), text.out().substring(0, 400));
        assertFalse(text.out().contains("14 sur 35"), text.out().substring(0, 400));
        Path out = dir.resolve("masked-rates");
        assertEquals(Main.OK, run("report", export(), "--spec", spec(), "--format", "md", "--secret", "15", "--strata", population,
                "--stratum", "territoire", "--out", out.toString()).code());
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("Pas-de-Calais\u00A0: masqué") && !md.contains("14 sur 35") && md.contains("Nord\u00A0: 38,16"), md.substring(0, 600));
    }

    @Test
    void strataThatAreNoAnswerOfTheQuestionAreAnError() throws Exception {
        // The population file names territories; "dpt" answers department codes: every rate read 0 %, without a word.
        String population = Fixtures.centresSociaux().resolve("population.csv").toString();
        // In English, as the assertion reads it (a French run says it in French: RarerErrorLanguageTest).
        CliRun r = run("stats", export(), "--spec", spec(), "--format", "json", "--strata", population, "--stratum", "dpt", "--lang", "en");
        assertEquals(Main.INPUT, r.code(), r.err());
        assertTrue(r.err().contains("population.csv") && r.err().contains("\"Nord\", \"Pas-de-Calais\", \"Picardie\" are no answers of question \"dpt\"")
                && r.err().contains("\"59\""), r.err());
        assertEquals("", r.out());
    }
}
