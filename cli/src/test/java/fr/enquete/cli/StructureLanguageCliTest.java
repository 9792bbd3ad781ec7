package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * {@code stats --structure FORM EXPORT --lang en} shows the survey's own English wording when its structure has one
 * (fixtures/formats/kobotoolbox-xlsform-bilingual.xlsx, limesurvey-bilingual.lss, made by make.py), counts as in
 * French; and says on standard error when the structure has no English. Counts by hand from make.py's ANSWERS.
 */
class StructureLanguageCliTest {

    private static final Path DIR = Fixtures.home().resolve("fixtures/formats");

    private static CliRun stats(String export, String structure, String... more) {
        List<String> args = new ArrayList<>(List.of("stats", DIR.resolve(export).toString(), "--structure",
                DIR.resolve(structure).toString(), "--no-terms"));
        args.addAll(List.of(more));
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r;
    }

    /** Each question's counts, row by row, without their labels. */
    private static List<List<Long>> counts(CliRun r) throws IOException {
        List<List<Long>> out = new ArrayList<>();
        for (JsonNode q : new ObjectMapper().readTree(r.out()).get("questions")) {
            List<Long> row = new ArrayList<>();
            q.path("rows").forEach(x -> row.add(x.get("count").asLong()));
            out.add(row);
        }
        return out;
    }

    @Test
    void englishRunShowsTheFormsEnglishLabelsOfAnExportWithFrenchLabels() throws IOException {
        // kobotoolbox.csv holds the French labels ("Collectivité"), as KoboToolbox exports "with labels" in French.
        CliRun en = stats("kobotoolbox.csv", "kobotoolbox-xlsform-bilingual.xlsx", "--lang", "en");
        assertTrue(en.out().contains("Your organisation\n[structure, single choice] Base: all 12 respondents"), en.out());
        assertTrue(en.out().contains("  Local authority      3   25.00%"), en.out());
        assertTrue(en.out().contains("  Employment, integration      5   41.67%"), en.out());
        assertTrue(en.out().contains("  Very dissatisfied        1    8.33%"), en.out());
        assertFalse(en.out().contains("Collectivité"), en.out());
        assertFalse(en.err().contains("labels in"), en.err());
        CliRun fr = stats("kobotoolbox.csv", "kobotoolbox-xlsform-bilingual.xlsx");
        assertTrue(fr.out().contains("Votre structure\n[structure, choix unique]"), fr.out());
        assertTrue(fr.out().contains("  Collectivité            3      25,00\u00A0%"), fr.out());
        // The same counts, row by row, in both languages; only the labels differ.
        List<List<Long>> french = counts(stats("kobotoolbox.csv", "kobotoolbox-xlsform-bilingual.xlsx", "--format", "json"));
        assertEquals(french, counts(stats("kobotoolbox.csv", "kobotoolbox-xlsform-bilingual.xlsx", "--format", "json", "--lang", "en")));
        assertEquals(List.of(6L, 3L, 2L, 1L, 0L), french.get(0));
    }

    /**
     * A raking targets file written with the French labels serves the English run too, as the export's French answers
     * do: it stopped with "'Collectivité' is not a choice of 'structure'". Targets 60/25/10/5 over the answers 6/3/2/1:
     * the weights are 10, 8,33, 5 and 5; "Housing" was ticked by 2 associations, 2 local authorities and 2 social
     * landlords (Python's csv on kobotoolbox.csv), 2 x 10 + 2 x 8,33 + 2 x 5 = 46,67 of 100, in both languages.
     */
    @Test
    void aTargetsFileInTheStructuresOtherLanguageRakesTheSame(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path targets = dir.resolve("structures.csv");
        java.nio.file.Files.writeString(targets, "structure;n\nAssociation;60\nCollectivité;25\nBailleur social;10\nÉtat;5\n");
        String rake = "structure=" + targets;
        JsonNode fr = new ObjectMapper().readTree(stats("kobotoolbox.csv", "kobotoolbox-xlsform-bilingual.xlsx", "--rake", rake,
                "--format", "json").out());
        JsonNode en = new ObjectMapper().readTree(stats("kobotoolbox.csv", "kobotoolbox-xlsform-bilingual.xlsx", "--rake", rake,
                "--format", "json", "--lang", "en").out());
        assertEquals(fr.get("weights"), en.get("weights"));
        for (int q = 0; q < fr.get("questions").size(); q++) {
            JsonNode a = fr.get("questions").get(q).path("rows");
            JsonNode b = en.get("questions").get(q).path("rows");
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i).get("weighted"), b.get(i).get("weighted"), "question " + q + ", row " + i);
            }
        }
        assertEquals("Housing", en.get("questions").get(1).get("rows").get(0).get("label").asText());
        assertEquals(46.67, en.get("questions").get(1).get("rows").get(0).get("weighted").asDouble(), 1e-9);
    }

    @Test
    void englishRunOfATwoLanguageLimeSurveyStructure() {
        // limesurvey.csv holds the French answer texts; limesurvey-codes.csv the codes A1..A4.
        for (String export : List.of("limesurvey.csv", "limesurvey-codes.csv")) {
            CliRun en = stats(export, "limesurvey-bilingual.lss", "--lang", "en");
            assertTrue(en.out().startsWith("Partners' survey\n"), en.out());
            assertTrue(en.out().contains("  State                1    8.33%"), export + "\n" + en.out());
            assertTrue(en.out().contains("  Fairly satisfied         5   41.67%"), export + "\n" + en.out());
        }
    }

    @Test
    void aStructureWithoutEnglishKeepsItsLabelsAndSaysSoOnce() {
        CliRun en = stats("kobotoolbox.csv", "kobotoolbox-xlsform.xlsx", "--lang", "en");
        assertTrue(en.out().contains("Votre structure\n[structure, single choice]"), en.out());
        String said = "enquete: question and choice labels in French, as the structure gives them: it has none in English\n";
        assertTrue(en.err().contains(said), en.err());
        assertEquals(en.err().indexOf(said), en.err().lastIndexOf(said), en.err());
        // A French run of a French form: as before, nothing said.
        CliRun fr = stats("limesurvey-codes.csv", "limesurvey.lss");
        assertFalse(fr.err().contains("libellés"), fr.err());
    }
}
