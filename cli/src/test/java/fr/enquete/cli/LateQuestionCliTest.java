package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question added mid-survey is said by inspect, and under its table by stats and report. */
class LateQuestionCliTest {

    @TempDir
    Path dir;

    /**
     * uva-sp24-timestamp-en.csv (Google Forms, 91 responses) as if "What state or country were you born in?" had been
     * added after the 30th response: its cells blanked in data rows 1-30. pandas: v = d.iloc[:, 6].str.strip() != '';
     * v[30:].sum() -> 58 of 61 (95,08 %); d['Timestamp'][30] -> 1/18/2024 14:56.
     */
    private Path export() throws IOException {
        Path out = dir.resolve("sp24.csv");
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(Fixtures.home().resolve("fixtures/real/google-forms/uva-sp24-timestamp-en.csv"));
             CsvWriter w = CsvWriter.builder().build(out)) {
            int row = -1;
            for (CsvRecord rec : in) {
                List<String> cells = new ArrayList<>(rec.getFields());
                if (row >= 0 && row < 30) {
                    cells.set(6, "");
                }
                w.writeRecord(cells);
                row++;
            }
        }
        return out;
    }

    @Test
    void inspectStatsAndReportSayIt() throws IOException {
        Path csv = export();
        CliRun inspect = CliRun.run("inspect", csv.toString());
        assertEquals(0, inspect.code(), inspect.err());
        assertTrue(inspect.out().contains("late:        question \"What state or country were you born in?\": blank for the 30 respondents"
                + " before row 32, answered from row 32 (Timestamp 1/18/2024 14:56) on (58 of the 61 respondents since): added to the"
                + " questionnaire after they answered? They are counted as no answer\n"), inspect.out());

        String note = "Question sans doute ajoutée en cours d’enquête\u00A0: vide avant la ligne 32 (Timestamp 1/18/2024 14:56), ses 30"
                + " premiers répondants, qui n’ont pas pu y répondre, sont comptés parmi les non-réponses. À partir de cette ligne, 58 répondants sur 61 y ont"
                + " répondu (95,08\u00A0%).";
        CliRun stats = CliRun.run("stats", csv.toString());
        assertEquals(0, stats.code(), stats.err());
        String table = stats.out().substring(stats.out().indexOf("\nWhat state or country were you born in?\n"));
        assertTrue(table.indexOf(note) > 0 && table.indexOf(note) < table.indexOf("\n\n", 2), table);
        CliRun en = CliRun.run("stats", csv.toString(), "--lang", "en");
        assertTrue(en.out().contains("Question probably added during the survey: blank before row 32 (Timestamp 1/18/2024 14:56), so its"
                + " first 30 respondents, who could not answer it, are counted as not answering. From that row on, 58 of 61 respondents answered (95.08%)."), en.out());

        Path out = dir.resolve("report");
        CliRun report = CliRun.run("report", csv.toString(), "--out", out.toString(), "--format", "md");
        assertEquals(0, report.code(), report.err());
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains(note), md);
    }
}
