package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * The parts of a wide crossing in Word follow each other on a page: the fixture's département by its 16 partners, in
 * parts of 5 départements and a total, had each part kept whole (every row kept with the next, its "(suite)" caption
 * with the table), so a part that did not fit whole in what remained of a page went to the next one, a third of a page
 * left blank each time (the fixture's report with --ci, this crossing and territoire by fonction: 37 pages in
 * LibreOffice, 36 since). A part now keeps only its caption, header and first row together, and its last two rows: it
 * may go on over the page, its header repeated. A crossing in one table is still kept whole.
 */
class CrossTabPartsFlowTest {

    private static XWPFDocument word() throws IOException {
        Report report = new ReportBuilder(Lang.FR).build(Analysis.of(Fixtures.export()).spec(Fixtures.spec())
                .crosstabs("Tableaux croisés", List.of(new ReportLayout.Crossing("dpt", "partenaires"),
                        new ReportLayout.Crossing("territoire", "fonction"))).run());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    /** Whether each row's paragraphs keep with the next. */
    private static List<Boolean> kept(XWPFTable t) {
        List<Boolean> kept = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            XWPFParagraph p = row.getCell(0).getParagraphs().get(0);
            kept.add(p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetKeepNext()
                    && !"off".equals(String.valueOf(p.getCTP().getPPr().getKeepNext().xgetVal())));
        }
        return kept;
    }

    @Test
    void thePartsOfAWideCrossingMayGoOnOverThePage() throws IOException {
        try (XWPFDocument doc = word()) {
            int parts = 0;
            for (XWPFTable t : doc.getTables()) {
                if (t.getRow(0).getCell(0).getText().contains("Hormis vos partenaires")) {
                    parts++;
                    // Header, 59, 62, 02, 60, 80, Total (hand count of the export's départements among the respondents).
                    assertEquals(7, t.getRows().size());
                    // The last row too is kept with the crossing's note under the last part.
                    assertEquals(List.of(true, true, false, false, false, true), kept(t).subList(0, 6), "part " + parts);
                }
            }
            // Counts, row and column percentages, each cut into parts by Word's layout: two at least each.
            assertTrue(parts >= 6, parts + " parts");
        }
    }

    @Test
    void aCrossingInOneTableIsStillKeptWhole() throws IOException {
        try (XWPFDocument doc = word()) {
            int tables = 0;
            for (XWPFTable t : doc.getTables()) {
                if (t.getRow(0).getCell(0).getText().contains("Vous êtes")) {
                    tables++;
                    // Header, Nord, Pas-de-Calais, Picardie, Total: every row before the last kept with the next (the last
                    // too where the crossing's note follows).
                    assertEquals(5, t.getRows().size());
                    assertEquals(List.of(true, true, true, true), kept(t).subList(0, 4));
                }
            }
            assertEquals(3, tables);
        }
    }
}
