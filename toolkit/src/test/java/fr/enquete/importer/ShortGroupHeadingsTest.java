package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.enquete.model.InputException;
import fr.enquete.spec.SchemaInference;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-row header whose group headings (merged cells) stop before the last columns: an XLSX stores no cell right of
 * the last heading, so the header row was narrower than the names under it, and the reading stopped on "cell L2 lies
 * right of the last header column (11 columns); give it a header or delete it", pointing at the names row.
 */
class ShortGroupHeadingsTest {

    @TempDir
    Path dir;

    /**
     * uu-name-face-results.csv (LimeSurvey, 27 columns) as a study team's workbook: merged group headings over A-E
     * ("Gegevens"), F-J ("Over jou") and K-Y ("Welke naam past bij dit gezicht?"), none over Z-AA (Eindvraag, Score,
     * added later), the codes in row 2, whole numbers as numbers; {@code blankName} empties one name of row 2 (-1: none).
     */
    private Path workbook(String name, int blankName) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(Fixtures.home().resolve("fixtures/real/limesurvey/uu-name-face-results.csv"))) {
            in.forEach(r -> records.add(r.getFields()));
        }
        Path out = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            XSSFSheet sheet = wb.createSheet("results");
            XSSFRow headings = sheet.createRow(0);
            headings.createCell(0).setCellValue("Gegevens");
            headings.createCell(5).setCellValue("Over jou");
            headings.createCell(10).setCellValue("Welke naam past bij dit gezicht?");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 5, 9));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 10, 24));
            for (int r = 0; r < records.size(); r++) {
                XSSFRow row = sheet.createRow(r + 1);
                List<String> cells = records.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v.isEmpty() || r == 0 && c == blankName) {
                        continue;
                    }
                    if (r > 0 && v.matches("-?\\d{1,9}")) {
                        row.createCell(c).setCellValue(Integer.parseInt(v));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(os);
        }
        return out;
    }

    private static SurveyResult analyze(Path p) {
        TableSource source = Importers.open(p, ImportOptions.DEFAULTS);
        return SurveyAnalyzer.analyze(source, SchemaInference.infer(source).survey(), AnalysisOptions.DEFAULTS);
    }

    @Test
    void theNamesUnderHeadingsThatStopShortNameEveryColumn() throws IOException {
        // pandas on the CSV, completed responses (submitdate filled): 62; Geslacht -> vrouw 36, man 26; leeftijd mean
        // 33.532...; Eindvraag and Score, the columns no heading covers, are read too.
        Path p = workbook("short-headings.xlsx", -1);
        SurveyResult r = readAsTheOriginal(p);
        assertTrue(r.questions().stream().anyMatch(q -> q.question().id().equals("Score")), r.questions().toString());
    }

    /**
     * The checks both layouts share: the 62 respondents, Geslacht's counts, the diagnostic on the headings' row, and the
     * same tables as the original export's, texts aside (their rows are one further down here).
     */
    private static SurveyResult readAsTheOriginal(Path p) {
        SurveyResult r = analyze(p);
        assertEquals(62, r.respondents());
        QuestionResult.Choices sex = (QuestionResult.Choices) r.questions().stream().filter(q -> q.question().id().equals("Geslacht"))
                .findFirst().orElseThrow();
        Map<String, Long> counts = sex.rows().stream().filter(c -> !c.missing()).collect(Collectors.toMap(ChoiceRow::label, ChoiceRow::count));
        assertEquals(Map.of("vrouw", 36L, "man", 26L), counts);
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.toString().equals(p + ", row 1: group headings over the names of"
                + " the columns (\"Gegevens\" over \"id\"): the columns are named by the next row")), r.diagnostics().toString());
        SurveyResult original = analyze(Fixtures.home().resolve("fixtures/real/limesurvey/uu-name-face-results.csv"));
        assertEquals(original.questions().stream().filter(q -> !(q instanceof QuestionResult.Text)).toList(),
                r.questions().stream().filter(q -> !(q instanceof QuestionResult.Text)).toList());
        return r;
    }

    @Test
    void aColumnLeftUnnamedUnderThemIsSaidWhereItIs() throws IOException {
        // The same workbook with cell M2 (vr1006's name) emptied: the names row cannot name every column.
        Path p = workbook("short-headings-unnamed.xlsx", 12);
        InputException e = assertThrows(InputException.class, () -> analyze(p));
        assertEquals(p + " [results], row 2: row 2 reads as the names of the columns under a row of group headings (row 1, whose"
                + " headings stop at column K), but leaves cell M2 empty: name every column in row 2, or delete the row of group"
                + " headings", e.getMessage());
    }

    /**
     * uu-name-face-results.csv under a row of group headings that stops at column 11 (K), as a spreadsheet writes it
     * when no heading stands over the last columns: "Gegevens" over column 1, "Over jou" over 6, "Welke naam past bij
     * dit gezicht?" over 11, nothing after; {@code blankName} empties one name of row 2 (-1: none).
     */
    private Path csv(String name, int blankName) throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.home().resolve("fixtures/real/limesurvey/uu-name-face-results.csv"));
        List<String> out = new ArrayList<>();
        out.add("Gegevens,,,,,Over jou,,,,,Welke naam past bij dit gezicht?");
        String names = lines.get(0);
        if (blankName >= 0) {
            String[] cells = names.split(",", -1);
            cells[blankName] = "";
            names = String.join(",", cells);
        }
        out.add(names);
        out.addAll(lines.subList(1, lines.size()));
        Path p = dir.resolve(name);
        Files.write(p, out);
        return p;
    }

    @Test
    void inACsvTooTheNamesUnderShortHeadingsNameEveryColumn() throws IOException {
        // Before: "row 2: this row has 27 cells but the header has 11 columns (cell 12 holds "vr1005"); a delimiter
        // inside an unquoted cell?". pandas on the original CSV: 62 completed responses, Geslacht vrouw 36, man 26.
        readAsTheOriginal(csv("short-headings.csv", -1));
    }

    @Test
    void inACsvAColumnLeftUnnamedUnderThemIsSaidWhereItIs() throws IOException {
        // vr1006's name (column 13) emptied: the error names the row and column, not a delimiter inside a cell.
        Path p = csv("short-headings-unnamed.csv", 12);
        InputException e = assertThrows(InputException.class, () -> analyze(p));
        assertEquals(p + ", row 2: row 2 reads as the names of the columns under a row of group headings (row 1, whose"
                + " headings stop at column 11), but leaves column 13 empty: name every column in row 2, or delete the row of"
                + " group headings", e.getMessage());
    }
}
