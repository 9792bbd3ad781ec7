package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.report.Lang;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * A chart's alternative text is its title, as public bodies' accessibility rules (RGAA) ask: the review of the
 * portrait's files found "Picture" in Excel (two pictures of a sheet both named "Picture 1") and the PNG's file name
 * in Word. A French report's title gets its no-break space before "?", as the captions do.
 */
class ChartAltTextTest {

    private static Report report() {
        Report.Chart first = new Report.Chart("q2-bars", "Êtes-vous en QPV ?", 400, 200, g -> g.fillRect(0, 0, 10, 10));
        Report.Chart second = new Report.Chart("q3-bars", "Êtes-vous en quartier ANRU ?", 400, 200, g -> g.fillRect(0, 0, 20, 20));
        return new Report("Rapport", "", "", Lang.FR, List.of(new Report.Section(1, "s", "", "Localisation", "",
                List.of(new Report.Figure(first, "Figure 1 – QPV"), new Report.Figure(second, "Figure 2 – ANRU")))));
    }

    @Test
    void wordAndExcelChartsAreDescribedByTheirTitles() throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxReportWriter().write(report(), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            List<String> descriptions = new ArrayList<>();
            doc.getParagraphs().forEach(p -> p.getRuns().forEach(r -> r.getCTR().getDrawingList().forEach(d ->
                    descriptions.add(d.getInlineArray(0).getDocPr().getDescr()))));
            assertEquals(List.of("Êtes-vous en QPV\u00A0?", "Êtes-vous en quartier ANRU\u00A0?"), descriptions);
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new XlsxReportWriter().write(report(), xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<String> descriptions = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                XSSFDrawing drawing = sheet.getDrawingPatriarch();
                if (drawing == null) {
                    continue;
                }
                for (XSSFShape shape : drawing.getShapes()) {
                    if (shape instanceof XSSFPicture pic) {
                        descriptions.add(pic.getCTPicture().getNvPicPr().getCNvPr().getDescr());
                        names.add(pic.getCTPicture().getNvPicPr().getCNvPr().getName());
                    }
                }
            }
            assertEquals(List.of("Êtes-vous en QPV\u00A0?", "Êtes-vous en quartier ANRU\u00A0?"), descriptions);
            assertEquals(List.of("q2-bars", "q3-bars"), names);
            assertFalse(names.get(0).equals(names.get(1)));
            assertTrue(descriptions.stream().noneMatch(d -> d.equals("Picture")));
        }
    }

    /** A Word document says its language (it said none: Word spell-checked French reports in English). */
    @Test
    void wordDocumentsSayTheirLanguage() throws Exception {
        for (Lang lang : Lang.values()) {
            Report r = new Report("Rapport", "", "", lang, report().sections());
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            new DocxReportWriter().write(r, docx);
            String styles = "";
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx.toByteArray()))) {
                for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().equals("word/styles.xml")) {
                        styles = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
            }
            assertTrue(styles.contains("<w:lang w:val=\"" + (lang == Lang.FR ? "fr-FR" : "en-GB") + "\""), styles.substring(0, Math.min(800, styles.length())));
        }
    }
}
