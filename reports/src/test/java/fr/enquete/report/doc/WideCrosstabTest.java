package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.analysis.Analysis;
import fr.enquete.report.Lang;
import fr.enquete.spec.ReportLayout;
import fr.enquete.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fixture survey's département (5 rows) by its 16 partners (a multiple choice): 18 columns with the labels and the
 * margin ("Répondants"), too wide for any page at a readable size. Printed whole on one page (Excel) it came out at a
 * third of its size; its margin is the figure a reader must not lose.
 */
class WideCrosstabTest {

    private static final ReportLayout.Crossing DPT_PARTNERS = new ReportLayout.Crossing("dpt", "partenaires");
    private static Report report;

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @BeforeAll
    static void build() {
        report = new ReportBuilder(Lang.FR).build(Analysis.of(Fixtures.export()).spec(Fixtures.spec())
                .crosstabs("Tableaux croisés", List.of(DPT_PARTNERS)).run());
    }

    /** The sheet of the crossing: the one whose table's corner names the département and the partners. */
    private static XSSFSheet crossingSheet(XSSFWorkbook wb) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            for (Row row : wb.getSheetAt(i)) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals(CrossTabCornerTest.DPT_X_PARTNERS)) {
                    return wb.getSheetAt(i);
                }
            }
        }
        throw new AssertionError("no sheet holds the crossing dpt x partenaires");
    }

    /**
     * Landscape, as many pages wide as keep it at 75 % or more of its size (the label column repeated on each), the
     * header row and the label column printed on every page, headers wrapped in columns no wider than a long word
     * ("Association/amicale", 19 letters) or a row label: the 64-character header of "Service logement de la ville ou de
     * l'EPCI / Communauté d'agglo" made a column as wide, and the sheet printed at 30 % on one page.
     */
    @Test
    void excelPrintsAWideCrossingReadablyWithItsHeaderAndLabelsOnEveryPage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter().write(report, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = crossingSheet(wb);
            assertTrue(sheet.getPrintSetup().getLandscape(), "landscape");
            assertTrue(sheet.getFitToPage());
            assertEquals(0, sheet.getPrintSetup().getFitHeight(), "fitted to the width only");
            int header = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals(CrossTabCornerTest.DPT_X_PARTNERS)) {
                    header = row.getRowNum();
                    break;
                }
            }
            Row head = sheet.getRow(header);
            assertEquals(18, head.getLastCellNum(), "labels, 16 partners, margin");
            assertEquals("Répondants", head.getCell(17).getStringCellValue());
            List<Integer> widths = new ArrayList<>();
            for (int c = 0; c < 18; c++) {
                widths.add(sheet.getColumnWidth(c) / 256);
                assertTrue(head.getCell(c).getCellStyle().getWrapText(), "header wrapped: " + head.getCell(c));
            }
            assertTrue(widths.stream().allMatch(w -> w <= 42), widths.toString());
            // 130 characters make a landscape row at 100 %: each page holds the repeated labels and its share of the rest.
            int total = widths.stream().mapToInt(Integer::intValue).sum();
            int pages = sheet.getPrintSetup().getFitWidth();
            double perPage = widths.get(0) + (total - widths.get(0)) / (double) pages;
            assertTrue(130 / perPage >= 0.75, "printed at " + Math.round(100 * 130 / perPage) + " % on " + pages + " pages: " + widths);
            assertEquals(new CellRangeAddress(header, header, -1, -1), sheet.getRepeatingRows());
            assertEquals(new CellRangeAddress(-1, -1, 0, 0), sheet.getRepeatingColumns());
            // The title is in the pages' header, out of the printed cells (the repeated label column cut it).
            assertTrue(sheet.getHeader().getLeft().startsWith("Tableau croisé\u00a0: Localisation (département) × Hormis"),
                    sheet.getHeader().getLeft());
            String area = wb.getPrintArea(wb.getSheetIndex(sheet));
            assertNotNull(area);
            assertTrue(area.endsWith("!$A$3:$R$" + (sheet.getLastRowNum() + 1)), area);
        }
    }

    /** The partners as the spec lists them (fixtures/centres-sociaux/spec.yaml). */
    private static final List<String> PARTNERS = List.of("CCAS", "Mission locale / maisons de l'emploi", "Bailleur social", "CARSAT",
            "Fondations", "CPAM", "Association/amicale de locataires", "Service logement de la ville ou de l'EPCI / Communauté d'agglo",
            "DIRECCTE", "Entreprises d'insertion", "Associations d'aide au logement (ex : DAL, Adil, GRAAL...)", "Mutuelles",
            "Associations d'aide / soins à domicile", "Entreprises privées", "Hôpitaux", "CRAM");

    /**
     * In Word each of the crossing's tables comes in parts, each with the row labels first and the margin last, every
     * column at least as wide as its header's longest word in the document's bold 9 pt (measured here with the shipped
     * DejaVu Sans), within a landscape page's 24.7 cm: whole, its 18 columns broke "CCAS" into "CC/AS".
     */
    @Test
    void wordCutsAWideCrossingIntoPartsThatKeepTheirLabelsAndMargin() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, out);
        java.awt.Font bold = fr.enquete.report.chart.Fonts.bold(9);
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<XWPFTable> parts = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(CrossTabCornerTest.DPT_X_PARTNERS)).toList();
            List<String> inner = new ArrayList<>();
            for (XWPFTable t : parts) {
                int cells = t.getRow(0).getTableCells().size();
                assertEquals("Répondants", t.getRow(0).getCell(cells - 1).getText());
                assertEquals(List.of("59", "62", "02", "60", "80", "Total"), t.getRows().subList(1, t.getRows().size()).stream()
                        .map(r -> r.getCell(0).getText()).toList());
                long total = 0;
                for (int c = 0; c < cells; c++) {
                    String head = t.getRow(0).getCell(c).getText();
                    if (c > 0 && c < cells - 1) {
                        inner.add(head);
                    }
                    long width = Long.parseLong(String.valueOf(t.getCTTbl().getTblGrid().getGridColArray(c).getW()));
                    total += width;
                    for (String word : head.split("\\s+")) {
                        double twips = bold.getStringBounds(word, frc).getWidth() * 20;
                        assertTrue(width >= twips, "\"" + word + "\" needs " + Math.round(twips) + " twips, its column has " + width);
                    }
                }
                assertTrue(total <= Math.round(24.7 / 2.54 * 1440), total + " twips");
            }
            // Counts, row and column percentages: each has the 16 partners once, in order, over its parts.
            List<String> expected = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                expected.addAll(PARTNERS);
            }
            assertEquals(expected,
                    inner.stream().map(h -> h.replace('\u00a0', ' ').replace('\u2011', '-')).toList());
            assertTrue(parts.size() > 3, parts.size() + " tables");
        }
    }

    /**
     * The crossing's margin line ("Total": 61 CCAS of the 86 centres...) reads as a total, in bold, in every format: it
     * was greyed in italics as the "Sans réponse" lines of the single tables are, and read as one.
     */
    @Test
    void theMarginLineIsSetApartAsATotalNotGreyedAsNoAnswer() throws IOException {
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new HtmlReportWriter(Lang.FR).write(report, html);
        String page = html.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("<tr class=\"total\"><td>Total</td><td class=\"num\">61</td>"), "HTML");
        assertTrue(!page.contains("<tr class=\"missing\"><td>Total</td>"), "HTML");

        java.nio.file.Path md = dir.resolve("report.md");
        new MarkdownReportWriter().write(report, md);
        assertTrue(java.nio.file.Files.readString(md).contains("| **Total** | **61** |"), "Markdown");

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            XWPFTable t = doc.getTables().stream().filter(x -> x.getRow(0).getCell(0).getText().equals(CrossTabCornerTest.DPT_X_PARTNERS)).findFirst().orElseThrow();
            org.apache.poi.xwpf.usermodel.XWPFRun run = t.getRow(t.getRows().size() - 1).getCell(0).getParagraphs().get(0).getRuns().get(0);
            assertEquals("Total", run.text());
            assertTrue(run.isBold() && !run.isItalic(), "Word: bold, not italic");
        }

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new XlsxReportWriter().write(report, xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            XSSFSheet sheet = crossingSheet(wb);
            Row total = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals("Total")) {
                    total = row;
                    break;
                }
            }
            assertNotNull(total);
            assertEquals(61, total.getCell(1).getNumericCellValue());
            for (int c = 0; c < 18; c++) {
                org.apache.poi.ss.usermodel.Font font = wb.getFontAt(total.getCell(c).getCellStyle().getFontIndex());
                assertTrue(font.getBold() && !font.getItalic(), "Excel column " + c);
            }
        }
    }
}
