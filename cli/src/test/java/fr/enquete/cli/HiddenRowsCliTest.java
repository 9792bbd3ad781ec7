package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows a workbook hides are said by inspect, and warned of on standard error by stats and report. */
class HiddenRowsCliTest {

    @TempDir
    Path dir;

    /** uva-sp24-timestamp-en.csv (91 responses) as an XLSX sheet "Form Responses 1", rows 3, 30 and 33 hidden by hand. */
    private Path workbook() throws IOException {
        return fr.enquete.testing.HiddenRowsWorkbooks.write(dir, "sp24.xlsx", i -> i == 1 || i == 28 || i == 31, false);
    }

    @Test
    void inspectStatsAndReportSayTheHiddenRows() throws IOException {
        Path xlsx = workbook();
        byte[] before = Files.readAllBytes(xlsx);
        String said = "sheet \"Form Responses 1\": 3 rows hidden (rows 3, 30, 33); they are read and counted with the others: unhide"
                + " them to see them, delete them to leave them out";
        CliRun inspect = CliRun.run("inspect", xlsx.toString(), "--lang", "en");
        assertEquals(0, inspect.code(), inspect.err());
        assertTrue(inspect.out().contains("\nhidden:      " + said + "\n"), inspect.out());
        assertTrue(inspect.out().contains("respondents: 91 "), inspect.out());

        CliRun stats = CliRun.run("stats", xlsx.toString());
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.err().contains("enquete: warning: " + xlsx + ": " + said + "\n"), stats.err());
        assertTrue(stats.out().contains("feuille «\u00A0Form Responses 1\u00A0»\u00A0: 3 lignes masquées (lignes 3, 30, 33)"), stats.out());

        Path out = dir.resolve("report");
        CliRun report = CliRun.run("report", xlsx.toString(), "--out", out.toString(), "--format", "md");
        assertEquals(0, report.code(), report.err());
        assertTrue(report.err().contains("enquete: warning: " + xlsx + ": " + said), report.err());
        assertTrue(Files.readString(out.resolve("report.md")).contains("3 lignes masquées (lignes 3, 30, 33)"));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(xlsx)), "the export is never modified");
    }
}
