package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init gives the report a real title: the platform's, or the file's name made readable, and says how to change it. */
class InitTitleTest {

    @TempDir
    Path dir;

    private static final Path FORMATS = Fixtures.home().resolve("fixtures/formats");

    @Test
    void theFileNameMadeReadableIsTheTitleAndTheSpecSaysHowToChangeIt() throws IOException {
        Path export = dir.resolve("enquete-centres-sociaux_2019.csv");
        Files.copy(Fixtures.export(), export);
        Path spec = dir.resolve("s.yaml");
        CliRun r = CliRun.run("init", export.toString(), "--out", spec.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        String yaml = Files.readString(spec);
        assertTrue(yaml.contains("\nsurvey: Enquete centres sociaux 2019\n"), yaml);
        assertTrue(yaml.contains("# survey: is the report's title (made from the file's name): write the survey's real title there."), yaml);
        assertEquals("enquete: report title \"Enquete centres sociaux 2019\" (made from the file's name); set 'survey:' in s.yaml"
                + " to change it\n", r.err());
        CliRun stats = CliRun.run("stats", export.toString(), "--spec", spec.toString(), "--format", "json", "--no-terms");
        assertEquals("Enquete centres sociaux 2019", new ObjectMapper().readTree(stats.out()).get("survey").asText(), stats.out());
    }

    /**
     * "enquete init export.csv > spec.yaml" (as a helper reviewing real exports did) leaves in spec.yaml the line init
     * prints, the name of the spec it wrote beside the export; the next command said only "the spec must be a mapping
     * of 'key: value' lines". It now says what happened and what to do.
     */
    @Test
    void aSpecHoldingInitsPrintedNameSaysInitWritesTheFileItself() throws IOException {
        Path export = dir.resolve("export.csv");
        Files.copy(Fixtures.export(), export);
        CliRun init = CliRun.run("init", export.toString());
        assertEquals(0, init.code(), init.err());
        Path redirected = dir.resolve("spec.yaml");
        Files.writeString(redirected, init.out());
        CliRun stats = CliRun.run("stats", export.toString(), "--spec", redirected.toString(), "--lang", "en");
        assertEquals(Main.INPUT, stats.code());
        assertTrue(stats.err().contains("spec.yaml, line 1, column 1: the spec holds only the line \"" + init.out().strip() + "\"")
                && stats.err().contains("enquete init writes the spec file itself and prints its name"), stats.err());
    }

    @Test
    void aLimeSurveyStructureGivesItsTitle() throws IOException {
        Path spec = dir.resolve("ls.yaml");
        CliRun r = CliRun.run("init", FORMATS.resolve("limesurvey.csv").toString(), "--structure",
                FORMATS.resolve("limesurvey.lss").toString(), "--out", spec.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        // make.py: surveys_languagesettings ... [["1", "fr", "Enquête partenaires"]]
        assertTrue(Files.readString(spec).contains("\nsurvey: Enquête partenaires\n"), Files.readString(spec));
        assertTrue(r.err().contains("\"Enquête partenaires\" (from limesurvey.lss)"), r.err());
    }

    @Test
    void anXlsFormGivesTheFormTitleOfItsSettingsSheet() throws IOException {
        Path form = dir.resolve("form.xlsx");
        try (InputStream in = Files.newInputStream(FORMATS.resolve("kobotoolbox-xlsform.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(form)) {
            Sheet settings = wb.createSheet("settings");
            settings.createRow(0).createCell(0).setCellValue("form_title");
            settings.getRow(0).createCell(1).setCellValue("form_id");
            settings.createRow(1).createCell(0).setCellValue("Diagnostic de territoire 2024");
            settings.getRow(1).createCell(1).setCellValue("diag2024");
            wb.write(out);
        }
        Path spec = dir.resolve("kobo.yaml");
        CliRun r = CliRun.run("init", FORMATS.resolve("kobotoolbox-values.csv").toString(), "--structure", form.toString(),
                "--out", spec.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(spec).contains("\nsurvey: Diagnostic de territoire 2024\n"), Files.readString(spec));

        // Without a settings sheet: the form's file name, made readable.
        Path plain = dir.resolve("plain.yaml");
        CliRun p = CliRun.run("init", FORMATS.resolve("kobotoolbox-values.csv").toString(), "--structure",
                FORMATS.resolve("kobotoolbox-xlsform.xlsx").toString(), "--out", plain.toString());
        assertEquals(0, p.code(), p.err());
        assertTrue(Files.readString(plain).contains("\nsurvey: Kobotoolbox xlsform\n"), Files.readString(plain));
    }
}
