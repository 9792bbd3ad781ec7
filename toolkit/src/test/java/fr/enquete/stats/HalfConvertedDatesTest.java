package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableHandler;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Row;
import fr.enquete.spec.Inference;
import fr.enquete.spec.SchemaInference;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English Google Sheets CSV (Timestamp month first) opened by a French spreadsheet and saved as XLSX: the cells
 * whose two fields are 12 or less became date cells read day first (1/3/2024 became 1 March), the others stayed
 * text (1/13/2024 is no date day first). Read as it was, the column gave "Première date 13 janvier 2024, Dernière
 * date 1 décembre 2024" over a survey run in January.
 */
class HalfConvertedDatesTest {

    @TempDir
    Path dir;

    @Test
    void dateCellsContradictedByTheTextCellsOfTheirColumnStopTheCount() throws IOException {
        // The real export's rows, their Timestamp days spread over January: row i (0-based) on day i % 31 + 1.
        List<String> names = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        Importers.open(Fixtures.home().resolve("fixtures/real/google-forms/uva-sp24-timestamp-en.csv"), ImportOptions.DEFAULTS)
                .read(new TableHandler() {
                    @Override
                    public void header(Header header) {
                        names.addAll(header.names());
                    }

                    @Override
                    public void row(Row row) {
                        String[] cells = new String[names.size()];
                        for (int c = 0; c < cells.length; c++) {
                            cells[c] = row.get(c);
                        }
                        rows.add(cells);
                    }
                });
        assertEquals(91, rows.size());
        Path xlsx = dir.resolve("gf-en-mixeddays.xlsx");
        int dates = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Feuille1");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            XSSFRow h = sheet.createRow(0);
            for (int c = 0; c < names.size(); c++) {
                h.createCell(c).setCellValue(names.get(c));
            }
            for (int i = 0; i < rows.size(); i++) {
                XSSFRow row = sheet.createRow(i + 1);
                String[] cells = rows.get(i);
                String time = cells[0].substring(cells[0].indexOf(' ') + 1);
                int day = i % 31 + 1;
                if (day <= 12) {
                    // What the French spreadsheet made of "1/<day>/2024": day 1 of month <day>.
                    row.createCell(0).setCellValue(LocalDateTime.of(2024, day, 1, 0, 0).with(LocalTime.parse(time.length() == 4 ? "0" + time : time)));
                    row.getCell(0).setCellStyle(dateStyle);
                    dates++;
                } else {
                    row.createCell(0).setCellValue("1/" + day + "/2024 " + time);
                }
                for (int c = 1; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        // By hand: 91 rows = 2 x 31 + 29, 12 days of 31 at most 12 in each part: 36 date cells, 55 text cells;
        // the first text cell is row i = 12 (day 13), line 14 of the sheet.
        assertEquals(36, dates);
        Inference inf = SchemaInference.infer(Importers.open(xlsx, ImportOptions.DEFAULTS));
        assertTrue(inf.reasons().get("Timestamp").contains("half converted by a spreadsheet"), inf.reasons().get("Timestamp"));
        InputException e = assertThrows(InputException.class, () -> SurveyAnalyzer.analyze(Importers.open(xlsx, ImportOptions.DEFAULTS),
                inf.survey(), AnalysisOptions.DEFAULTS));
        assertTrue(e.getMessage().contains("row 14, column \"Timestamp\"") && e.getMessage().contains("55 cells are text that can only be"
                + " month/day/year (\"1/13/2024 ") && e.getMessage().contains("while 36 cells are dates (\"2024-01-01T"), e.getMessage());
    }

    /**
     * In a CSV, ISO text beside month-first text is what two writers wrote, not a spreadsheet's conversion: read as
     * before (the ISO cells year first, the slashed ones month first, which 1/13/2024 proves). The first version of
     * the check refused it with a message about a spreadsheet.
     */
    @Test
    void isoTextBesideMonthFirstTextInACsvIsRead() throws IOException {
        Path csv = dir.resolve("mix.csv");
        Files.writeString(csv, "id;quand;avis\n1;2024-01-05;Oui\n2;2024-02-07;Non\n3;1/13/2024;Oui\n4;2024-03-01;Oui\n5;2/20/2024;Non\n");
        Inference inf = SchemaInference.infer(Importers.open(csv, ImportOptions.DEFAULTS));
        assertTrue(!inf.reasons().get("quand").contains("half converted"), inf.reasons().get("quand"));
        fr.enquete.stats.SurveyResult r = SurveyAnalyzer.analyze(Importers.open(csv, ImportOptions.DEFAULTS), inf.survey(), AnalysisOptions.DEFAULTS);
        QuestionResult.Dates d = (QuestionResult.Dates) r.questions().stream().filter(q -> q.question().id().equals("quand")).findFirst().orElseThrow();
        // By hand: 5 January, 13 January, 7 February, 20 February, 1 March.
        assertEquals(5, d.count());
        assertEquals(java.time.LocalDate.of(2024, 1, 5), d.first().toLocalDate());
        assertEquals(java.time.LocalDate.of(2024, 3, 1), d.last().toLocalDate());
    }

    /**
     * A workbook of real date cells, a few dates typed as text in the same day-first order: its date cells have days
     * above 12 (18 January), which no conversion of a month-first text makes. A probe saw it refused.
     */
    @Test
    void dateCellsWithDaysAbove12AreNoConversion() throws IOException {
        Path xlsx = dir.resolve("saisie.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Feuille1");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            XSSFRow h = sheet.createRow(0);
            h.createCell(0).setCellValue("Date de l'atelier");
            h.createCell(1).setCellValue("Avis");
            for (int i = 0; i < 20; i++) {
                XSSFRow row = sheet.createRow(i + 1);
                if (i < 18) {
                    row.createCell(0).setCellValue(LocalDateTime.of(2024, 1, 5 + i, 0, 0));
                    row.getCell(0).setCellStyle(dateStyle);
                } else {
                    row.createCell(0).setCellValue(i == 18 ? "18/01/2024" : "25/01/2024");
                }
                row.createCell(1).setCellValue(i % 2 == 0 ? "Oui" : "Non");
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Inference inf = SchemaInference.infer(Importers.open(xlsx, ImportOptions.DEFAULTS));
        assertTrue(!inf.reasons().get("Date de l'atelier").contains("half converted"), inf.reasons().get("Date de l'atelier"));
        fr.enquete.stats.SurveyResult r = SurveyAnalyzer.analyze(Importers.open(xlsx, ImportOptions.DEFAULTS), inf.survey(), AnalysisOptions.DEFAULTS);
        QuestionResult.Dates d = (QuestionResult.Dates) r.questions().stream().filter(q -> q.question().id().equals("Date de l'atelier"))
                .findFirst().orElseThrow();
        // By hand: 5 to 22 January as date cells, then 18 and 25 January as text: 20 dates, 5 to 25 January.
        assertEquals(20, d.count());
        assertEquals(java.time.LocalDate.of(2024, 1, 5), d.first().toLocalDate());
        assertEquals(java.time.LocalDate.of(2024, 1, 25), d.last().toLocalDate());
    }
}
