package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line side of the defects real platform exports showed (issue 15). */
class RealExportsCliTest {

    private static final Path FORMATS = Fixtures.home().resolve("fixtures/formats");

    @TempDir
    Path dir;

    @Test
    void aMissingStructureFileIsSaidToNotExistNotToBeABadXlsForm() {
        for (String name : new String[] {"absent.xlsx", "absent.lss"}) {
            String missing = dir.resolve(name).toString();
            CliRun r = CliRun.run("stats", FORMATS.resolve("kobotoolbox.csv").toString(), "--structure", missing, "--lang", "en");
            assertEquals(3, r.code(), "an input error: " + r.err());
            assertTrue(r.err().contains(missing + ": no such structure file: it does not exist"), r.err());
            assertFalse(r.err().contains("not an XLSForm"), r.err());
        }
    }

    @Test
    void limeSurveyQuantilesSayTheirDisplayRuleInTheReportAndDrawNoEmptyBox() throws IOException {
        Path csv = dir.resolve("few.csv");
        Files.writeString(csv, "id,n\n1,3\n2,5\n3,8\n");
        Path out = dir.resolve("out");
        CliRun r = CliRun.run("report", csv.toString(), "--quantiles", "limesurvey", "--out", out.toString(), "--format", "md,html");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("quartiles seulement à partir de 4 valeurs, médiane à partir de 2"), md);
        assertFalse(Files.readString(out.resolve("report.html")).contains("NaN"));
        CliRun json = CliRun.run("stats", csv.toString(), "--quantiles", "limesurvey", "--format", "json");
        assertTrue(json.out().contains("\"median\" : 5") || json.out().contains("\"median\":5"), json.out());
    }

    @Test
    void aTotalRowIsSaidByInspectAndLeftOutOfTheReport() throws IOException {
        // fixtures/real/resaved/uva-cleaned-hotdog-total-row.xlsx: the 4 176 respondents of uva-cleaned-hotdog.xlsx
        // (pandas: len(d) -> 4176; No 2892, Yes 1284) and a Total row of COUNTA formulas, row 4178.
        String total = Fixtures.home().resolve("fixtures/real/resaved/uva-cleaned-hotdog-total-row.xlsx").toString();
        CliRun inspect = CliRun.run("inspect", total, "--lang", "en");
        assertEquals(0, inspect.code(), inspect.err());
        assertTrue(inspect.out().contains("respondents: 4,176 (non-blank data rows)\nleft out:    row 4178: a total row added in a"
                + " spreadsheet (\"Total\" then numbers only): no respondent, left out"), inspect.out());
        Path out = dir.resolve("rapport");
        CliRun report = CliRun.run("report", total, "--out", out.toString(), "--format", "md");
        assertEquals(0, report.code(), report.err());
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("ligne 4178\u00A0: ligne de total ajoutée dans un tableur («\u00A0Total\u00A0» puis des nombres"
                + " seulement)\u00A0: pas un répondant, écartée"), md);
        // Over the 4 176 respondents: 1 284 / 4 176 = 30,75 %, as pandas counts the original.
        assertTrue(md.contains("| Yes | 1\u00A0284 | 30,75\u00A0% |"), md);
        assertFalse(md.contains("| 4176 |") || md.contains("| 4\u00A0176 |"), "the total row's count is no answer");
    }
}
