package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.analysis.Analysis;
import fr.enquete.report.Lang;
import fr.enquete.stats.Precision;
import fr.enquete.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Confidence intervals ("35,24 – 55,27 %", a question's "IC 95 %" column and a crossing's table of them) stand as the
 * counts and percentages beside them do, right-aligned, in every format: written as text, they stood left, under a
 * left header, out of line with every other figure of their table.
 */
class IntervalAlignmentTest {

    /** An interval as the reports print it in French, its dash between no-break spaces. */
    private static final Pattern INTERVAL = Pattern.compile("\\d+,\\d+\u00a0–\u00a0\\d+,\\d+\u00a0%");

    /**
     * qpv: Oui 41 of the 91 respondents, R prop.test(41, 91, correct = FALSE)$conf.int = 0.3524 0.5527; the spec's
     * crossing of territoire by qpv: Nord Oui 27 of 50, prop.test(27, 50, correct = FALSE)$conf.int = 0.4040 0.6703.
     */
    private static final String QPV_YES = "35,24\u00a0–\u00a055,27\u00a0%";
    private static final String NORD_YES = "40,40\u00a0–\u00a067,03\u00a0%";

    @TempDir
    Path dir;

    private static Report report() {
        return new ReportBuilder(Lang.FR).build(Analysis.of(Fixtures.export()).spec(Fixtures.spec()).precision(new Precision(0, 0.95)).run());
    }

    @Test
    void htmlAlignsIntervalsAndTheirHeaderAsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter(Lang.FR).write(report(), out);
        String page = out.toString(StandardCharsets.UTF_8);
        Matcher cell = Pattern.compile("<td([^>]*)>(" + INTERVAL + ")</td>").matcher(page);
        List<String> seen = new ArrayList<>();
        while (cell.find()) {
            assertEquals(" class=\"num\"", cell.group(1), cell.group(2));
            seen.add(cell.group(2));
        }
        assertTrue(seen.contains(QPV_YES) && seen.contains(NORD_YES), seen.toString());
        Matcher header = Pattern.compile("<th([^>]*)>IC 95\u00a0%</th>").matcher(page);
        int headers = 0;
        while (header.find()) {
            assertEquals(" class=\"num\"", header.group(1));
            headers++;
        }
        assertTrue(headers > 0, "no IC 95 % column");
    }

    @Test
    void wordAlignsIntervalsAsThePercentagesBesideThem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report(), out);
        List<String> seen = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell c : row.getTableCells()) {
                        String text = c.getText();
                        if (INTERVAL.matcher(text).matches() || text.equals("IC 95\u00a0%")) {
                            assertEquals(ParagraphAlignment.RIGHT, c.getParagraphs().get(0).getAlignment(), text);
                            seen.add(text);
                        }
                    }
                }
            }
        }
        assertTrue(seen.contains(QPV_YES) && seen.contains(NORD_YES) && seen.contains("IC 95\u00a0%"), seen.toString());
    }

    @Test
    void excelAlignsIntervalsAsThePercentagesBesideThem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter().write(report(), out);
        List<String> seen = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        String text = c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? c.getStringCellValue() : "";
                        if (INTERVAL.matcher(text).matches() || text.equals("IC 95\u00a0%")) {
                            assertEquals(HorizontalAlignment.RIGHT, c.getCellStyle().getAlignment(), sheet.getSheetName() + " " + text);
                            seen.add(text);
                        }
                    }
                }
            }
        }
        assertTrue(seen.contains(QPV_YES) && seen.contains(NORD_YES) && seen.contains("IC 95\u00a0%"), seen.toString());
    }

    @Test
    void markdownAlignsTheIntervalColumnsRight() throws IOException {
        Path md = dir.resolve("report.md");
        new MarkdownReportWriter().write(report(), md);
        List<String> lines = Files.readAllLines(md);
        int checked = 0;
        for (int i = 0; i + 2 < lines.size(); i++) {
            List<String> header = cells(lines.get(i));
            List<String> rule = cells(lines.get(i + 1));
            if (!lines.get(i + 1).startsWith("| ---") || rule.size() != header.size()) {
                continue;
            }
            List<String> first = cells(lines.get(i + 2));
            for (int c = 1; c < header.size(); c++) {
                if (header.get(c).equals("IC 95\u00a0%") || INTERVAL.matcher(first.get(c)).matches()) {
                    assertEquals("---:", rule.get(c), lines.get(i) + "\n" + lines.get(i + 2));
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "no interval column");
    }

    private static List<String> cells(String line) {
        if (!line.startsWith("|")) {
            return List.of();
        }
        return java.util.Arrays.stream(line.substring(1).split("\\|", -1)).map(String::strip).limit(Math.max(0, line.split("\\|", -1).length - 2)).toList();
    }
}
