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
        CliRun inspect = CliRun.run("inspect", csv.toString(), "--lang", "en");
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

    @Test
    void anExportSortedNewestFirstIsSaidByTheDates() throws IOException {
        // The same export sorted newest first: the 30 respondents never asked are rows 63-92, the first answer row 62
        // (pandas on the reversed file: t[v].min() -> 2024-01-18 14:56, row 62; 30 dated before; 58 of 61 since).
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(export())) {
            in.forEach(rec -> records.add(rec.getFields()));
        }
        Path csv = dir.resolve("sp24-newest-first.csv");
        try (CsvWriter w = CsvWriter.builder().build(csv)) {
            w.writeRecord(records.get(0));
            for (int i = records.size() - 1; i > 0; i--) {
                w.writeRecord(records.get(i));
            }
        }
        CliRun inspect = CliRun.run("inspect", csv.toString(), "--lang", "en");
        assertEquals(0, inspect.code(), inspect.err());
        assertTrue(inspect.out().contains("late:        question \"What state or country were you born in?\": blank for the 30 respondents"
                + " who submitted before its first answer, row 62 (Timestamp 1/18/2024 14:56), answered by 58 of the 61 respondents"
                + " since (rows taken in the order of Timestamp, not the file's): added to the questionnaire after they answered?"
                + " They are counted as no answer\n"), inspect.out());
        CliRun stats = CliRun.run("stats", csv.toString());
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("Question sans doute ajoutée en cours d’enquête\u00A0: ses 30 répondants antérieurs à sa première"
                + " réponse, ligne 62 (Timestamp 1/18/2024 14:56), n’ont pas pu y répondre et sont comptés parmi les non-réponses."
                + " Depuis, 58 répondants sur 61 y ont répondu (95,08\u00A0%)."), stats.out());
        CliRun en = CliRun.run("stats", csv.toString(), "--lang", "en");
        assertTrue(en.out().contains("Question probably added during the survey: the 30 respondents who submitted before its first answer,"
                + " row 62 (Timestamp 1/18/2024 14:56), could not answer it and are counted as not answering. Since then, 58 of 61"
                + " respondents answered (95.08%)."), en.out());
    }

    @Test
    void inspectSaysHowManyRowsHaveNoSubmissionDate() throws IOException {
        // pandas (read_csv dtype=str, keep_default_na=False; (d['submitdate'].str.strip() == '').sum()): the real
        // LimeSurvey export uu-name-face-results.csv has 65 rows, 3 with a blank submitdate (incomplete responses; its
        // 62 others hold the 1980-01-01 stand-in), fixtures/formats/limesurvey.csv 13 rows, 1 blank.
        CliRun real = CliRun.run("inspect", Fixtures.home().resolve("fixtures/real/limesurvey/uu-name-face-results.csv").toString(), "--lang", "en");
        assertEquals(0, real.code(), real.err());
        assertTrue(real.out().contains("the column only marks the completed responses; 3 rows without a submitdate (LimeSurvey's incomplete"
                + " responses, counted only with --include-incomplete)\n"), real.out());
        CliRun one = CliRun.run("inspect", Fixtures.home().resolve("fixtures/formats/limesurvey.csv").toString(), "--lang", "en");
        assertTrue(one.out().contains("; 1 row without a submitdate (LimeSurvey's incomplete responses, counted only with"
                + " --include-incomplete)\n"), one.out());

        // Google Forms: the UVA export, complete, says nothing; with two Timestamps blanked (data rows 10 and 11), 2 rows.
        Path complete = Fixtures.home().resolve("fixtures/real/google-forms/uva-sp24-timestamp-en.csv");
        assertTrue(!CliRun.run("inspect", complete.toString(), "--lang", "en").out().contains("without a Timestamp"));
        Path csv = dir.resolve("sp24-two-blank.csv");
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(complete); CsvWriter w = CsvWriter.builder().build(csv)) {
            int row = -1;
            for (CsvRecord rec : in) {
                List<String> cells = new ArrayList<>(rec.getFields());
                if (row == 9 || row == 10) {
                    cells.set(0, "");
                }
                w.writeRecord(cells);
                row++;
            }
        }
        CliRun blank = CliRun.run("inspect", csv.toString(), "--lang", "en");
        assertEquals(0, blank.code(), blank.err());
        assertTrue(blank.out().contains("; 2 rows without a Timestamp\n"), blank.out());
        // The same in French, inspect's default.
        CliRun inFrench = CliRun.run("inspect", csv.toString());
        assertTrue(inFrench.out().contains("\u00A0; 2 lignes sans Timestamp\n"), inFrench.out());
        assertEquals("3 lignes sans submitdate (réponses LimeSurvey incomplètes, comptées seulement avec --include-incomplete)",
                fr.enquete.model.Message.of("inference.submission.incomplete", 3L, "submitdate").text(java.util.Locale.FRENCH));
    }

    /**
     * The export above, newest first, the respondent of 1/18/2024 16:05 (who answered) without a submission
     * date: as Google Forms with its Timestamp blank, or as LimeSurvey with submitdate blank (an incomplete response)
     * and its datestamp kept (submitdate, startdate, datestamp as ISO date-times).
     */
    /** The record (the header being 0) of that respondent: pandas' index 50 in the file's order. */
    private static final int UNDATED = 51;

    private Path newestFirstOneUndated(boolean limeSurvey) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(export())) {
            in.forEach(rec -> records.add(new ArrayList<>(rec.getFields())));
        }
        assertEquals("1/18/2024 16:05", records.get(UNDATED).get(0));
        java.time.format.DateTimeFormatter google = java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy H:mm");
        java.time.format.DateTimeFormatter iso = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (int row = 0; row < records.size(); row++) {
            List<String> cells = records.get(row);
            if (limeSurvey && row == 0) {
                cells.set(0, "submitdate");
                cells.addAll(0, List.of("id"));
                cells.addAll(2, List.of("lastpage", "startlanguage", "seed", "startdate", "datestamp"));
            } else if (limeSurvey) {
                String t = java.time.LocalDateTime.parse(cells.get(0), google).format(iso);
                cells.set(0, row == UNDATED ? "" : t);
                cells.addAll(0, List.of(String.valueOf(row)));
                cells.addAll(2, List.of(row == UNDATED ? "1" : "2", "en", String.valueOf(1_000_003L * (row + 7) % 999_983), t, t));
            } else if (row == UNDATED) {
                cells.set(0, "");
            }
        }
        Path csv = dir.resolve(limeSurvey ? "ls-newest-first.csv" : "sp24-newest-first-one-blank.csv");
        try (CsvWriter w = CsvWriter.builder().build(csv)) {
            w.writeRecord(records.get(0));
            for (int i = records.size() - 1; i > 0; i--) {
                w.writeRecord(records.get(i));
            }
        }
        return csv;
    }

    @Test
    void theNoteUnderTheTableSaysTheRespondentsWithoutASubmissionDate() throws IOException {
        // Google Forms, its Timestamp blank, no other date: left out of the order. pandas without index 50:
        // 30 submitted before 2024-01-18 14:56 (row 62), 57 of the 60 since answered (95,00 %).
        Path google = newestFirstOneUndated(false);
        CliRun stats = CliRun.run("stats", google.toString());
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("Question sans doute ajoutée en cours d’enquête\u00A0: ses 30 répondants antérieurs à sa première"
                + " réponse, ligne 62 (Timestamp 1/18/2024 14:56), n’ont pas pu y répondre et sont comptés parmi les non-réponses."
                + " Depuis, 57 répondants sur 60 y ont répondu (95,00\u00A0%). Lignes prises dans l’ordre de Timestamp, non celui du"
                + " fichier\u00A0; 1 répondant sans date laissé hors de cet ordre.\n"), stats.out());
        CliRun en = CliRun.run("stats", google.toString(), "--lang", "en");
        assertTrue(en.out().contains("Since then, 57 of 60 respondents answered (95.00%). Rows taken in the order of Timestamp, not the"
                + " file's; 1 respondent without a date left out of this order.\n"), en.out());

        // LimeSurvey, counted with --include-incomplete: placed by its datestamp, the complete file's counts (pandas on
        // the Google file: 30 before row 62, 58 of 61, 95,08 %). Without the option it is left out, and nothing is added.
        Path ls = newestFirstOneUndated(true);
        Path out = dir.resolve("report");
        CliRun report = CliRun.run("report", ls.toString(), "--include-incomplete", "--out", out.toString(), "--format", "md");
        assertEquals(0, report.code(), report.err());
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("ligne 62 (submitdate 2024-01-18 14:56:00), n’ont pas pu y répondre et sont comptés parmi les non-réponses."
                + " Depuis, 58 répondants sur 61 y ont répondu (95,08\u00A0%). Lignes prises dans l’ordre de submitdate, non celui du"
                + " fichier\u00A0; 1 répondant sans submitdate placé selon son datestamp."), md);
        CliRun complete = CliRun.run("stats", ls.toString());
        assertTrue(complete.out().contains("Depuis, 57 répondants sur 60 y ont répondu (95,00\u00A0%).\n"), complete.out());
    }
}
