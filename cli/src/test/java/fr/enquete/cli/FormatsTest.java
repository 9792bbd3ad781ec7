package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One partners' survey exported as seven files in the shapes of LimeSurvey (CSV and XLSX), Google Forms,
 * Microsoft Forms, KoboToolbox, SurveyMonkey and an OpenDocument spreadsheet (fixtures/formats, made by
 * make.py): the same tables from every one.
 */
class FormatsTest {

    private static final Path DIR = Fixtures.home().resolve("fixtures/formats");

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    private static JsonNode stats(String file, String spec, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("stats", DIR.resolve(file).toString(), "--spec", DIR.resolve(spec).toString(),
                "--format", "json"));
        args.addAll(List.of(more));
        CliRun r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), file + ": " + r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void everyPlatformsExportGivesTheSameTables() throws IOException {
        String[][] files = {{"limesurvey.csv", "limesurvey.spec.yaml"}, {"limesurvey.xlsx", "limesurvey.spec.yaml"},
            {"google-forms.csv", "google-forms.spec.yaml"}, {"microsoft-forms.xlsx", "microsoft-forms.spec.yaml"},
            {"kobotoolbox.csv", "kobotoolbox.spec.yaml"}, {"surveymonkey.xlsx", "surveymonkey.spec.yaml"},
            {"spreadsheet.ods", "spreadsheet.spec.yaml"}, {"spreadsheet.xls", "spreadsheet.spec.yaml"}};
        JsonNode reference = stats(files[0][0], files[0][1]);
        // Hand counts from make.py's ANSWERS: 12 complete answers (LimeSurvey's 13th has no submitdate).
        assertEquals(12, reference.get("respondents").asInt());
        JsonNode domaines = reference.get("questions").get(1);
        assertEquals("domaines", domaines.get("id").asText());
        int[] counts = {6, 5, 4, 4, 1};
        String[] labels = {"Logement", "Emploi, insertion", "Santé", "Numérique", "Sans réponse"};
        for (int i = 0; i < counts.length; i++) {
            assertEquals(labels[i], domaines.get("rows").get(i).get("label").asText());
            assertEquals(counts[i], domaines.get("rows").get(i).get("count").asInt(), labels[i]);
        }
        JsonNode salaries = reference.get("questions").get(2).get("summary");
        assertEquals(997, salaries.get("sum").asInt(), "12+250+80+5+3+420+8+65+15+130+9");
        assertEquals(8.5, salaries.get("q1").asDouble(), 1e-9, "R: quantile(c(3,5,8,9,12,15,65,80,130,250,420), .25)");
        for (String[] f : files) {
            JsonNode other = stats(f[0], f[1]);
            assertEquals(reference.get("respondents"), other.get("respondents"), f[0]);
            assertEquals(reference.get("questions"), other.get("questions"), f[0]);
        }
    }

    @Test
    void unfinishedLimeSurveyResponsesAreLeftOutAndReportedUnlessAsked() throws IOException {
        JsonNode complete = stats("limesurvey.csv", "limesurvey.spec.yaml");
        assertTrue(complete.get("diagnostics").get(0).asText().contains("1 incomplete LimeSurvey response (empty submitdate) left out"));
        JsonNode all = stats("limesurvey.csv", "limesurvey.spec.yaml", "--include-incomplete");
        assertEquals(13, all.get("respondents").asInt());
    }

    @Test
    void withoutASpecTheJoinedChoicesAreInferredAndThePlatformNamed() {
        CliRun google = run("inspect", DIR.resolve("microsoft-forms.xlsx").toString(), "--lang", "en");
        assertEquals(0, google.code(), google.err());
        assertTrue(google.out().contains("platform:    Microsoft Forms"), google.out());
        assertTrue(google.out().contains("multiple: 4 choices joined with \";\" in one cell"), google.out());
        CliRun monkey = run("inspect", DIR.resolve("surveymonkey.xlsx").toString(), "--lang", "en");
        assertTrue(monkey.out().contains("platform:    SurveyMonkey") && monkey.out().contains("two header rows merged"), monkey.out());
        assertTrue(monkey.out().contains("Vos domaines d'action [Emploi, insertion] -> Emploi, insertion"), monkey.out());
        CliRun kobo = run("inspect", DIR.resolve("kobotoolbox.csv").toString(), "--lang", "en");
        assertTrue(kobo.out().contains("platform:    KoboToolbox"), kobo.out());
        assertTrue(kobo.out().replaceAll(" {2,}", "  ").contains("profil/domaines (codes)  id"), kobo.out());
    }

    @Test
    void limeSurveyStructureFileIsTheSpecOfACodesExport() throws IOException {
        JsonNode reference = stats("google-forms.csv", "google-forms.spec.yaml");
        CliRun r = run("stats", DIR.resolve("limesurvey-codes.csv").toString(), "--structure", DIR.resolve("limesurvey.lss").toString(),
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode lss = new ObjectMapper().readTree(r.out());
        assertEquals("Enquête partenaires", lss.get("survey").asText());
        // Codes A1..A4 and S1..S4 in the cells, texts from the .lss: the same tables as the other exports.
        for (int i = 0; i < 4; i++) {
            assertEquals(reference.get("questions").get(i), lss.get("questions").get(i), reference.get("questions").get(i).get("id").asText());
        }
        // The relevance equation ((!is_empty(structure.NAOK))) became a filter.
        JsonNode comment = lss.get("questions").get(4);
        assertEquals("structure != \"\"", comment.get("filter").asText());
        assertEquals(12, comment.get("base").asInt());
        CliRun both = run("stats", DIR.resolve("limesurvey-codes.csv").toString(), "--structure", DIR.resolve("limesurvey.lss").toString(),
                "--spec", DIR.resolve("limesurvey.spec.yaml").toString());
        assertEquals(Main.USAGE, both.code());
    }

    @Test
    void koboXlsFormIsTheSpecOfAnExportWithXmlValues() throws IOException {
        JsonNode reference = stats("google-forms.csv", "google-forms.spec.yaml");
        CliRun r = run("stats", DIR.resolve("kobotoolbox-values.csv").toString(), "--structure", DIR.resolve("kobotoolbox-xlsform.xlsx").toString(),
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode form = new ObjectMapper().readTree(r.out());
        // Choice names s1..s4 and n1..n4 in the cells, labels from the form's choices sheet; groups give the paths.
        for (int i = 0; i < 4; i++) {
            assertEquals(reference.get("questions").get(i), form.get("questions").get(i), reference.get("questions").get(i).get("id").asText());
        }
        assertEquals("profil/structure != \"\"", form.get("questions").get(4).get("filter").asText(), "relevant ${structure} != ''");
    }

    @Test
    void koboJoinedCodesReadWithASeparatorAndCodes() throws IOException {
        JsonNode reference = stats("google-forms.csv", "google-forms.spec.yaml");
        JsonNode joined = stats("kobotoolbox.csv", "kobotoolbox-joined.spec.yaml");
        assertEquals(reference.get("questions").get(1), joined.get("questions").get(0));
    }

    @Test
    void formatHintOverridesDetection() throws IOException {
        // Told it is not LimeSurvey, enquete does not treat an empty submitdate as unfinished.
        JsonNode other = stats("limesurvey.csv", "limesurvey.spec.yaml", "--format-hint", "other");
        assertEquals(13, other.get("respondents").asInt());
        assertEquals(0, other.get("diagnostics").size());
        CliRun inspect = run("inspect", DIR.resolve("google-forms.csv").toString(), "--format-hint", "google", "--lang", "en");
        assertTrue(inspect.out().contains("platform:    Google Forms (--format-hint)"), inspect.out());
        CliRun bad = run("inspect", DIR.resolve("google-forms.csv").toString(), "--format-hint", "typeform");
        assertEquals(Main.USAGE, bad.code());
        // Without --lang, inspect's mistakes are told in French.
        assertTrue(bad.err().replace('\u00A0', ' ').contains("--format-hint « typeform » inconnu ; valeurs possibles : limesurvey, google"), bad.err());
    }
}
