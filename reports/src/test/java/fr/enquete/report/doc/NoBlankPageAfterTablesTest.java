package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.report.Lang;
import fr.enquete.report.ResultTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.junit.jupiter.api.Test;

/**
 * What follows a table at the end of a document, or of a run of landscape pages, is a paragraph one point high. The
 * SWOT report's action plan filled its landscape page, and the paragraph after it (body text height) went to a 15th
 * page, blank but for its number (LibreOffice's rendering, RenderedWordTest).
 */
class NoBlankPageAfterTablesTest {

    @Test
    void theParagraphsAfterALastTableAreHairlines() throws Exception {
        ResultTable wide = table(8);
        ResultTable narrow = table(2);
        Report report = new Report("Plan", "", "", Lang.FR, List.of(
                new Report.Section(1, "a", "", "Grille", "", List.of(new Report.Table(narrow, false))),
                new Report.Section(1, "b", "", "Plan d'actions", "", List.of(new Report.Table(wide, false))),
                new Report.Section(1, "c", "", "Annexe", "", List.of(new Report.Table(narrow, false)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<IBodyElement> body = doc.getBodyElements();
            int checked = 0;
            for (int i = 0; i < body.size(); i++) {
                if (!(body.get(i) instanceof XWPFTable)) {
                    continue;
                }
                // The paragraphs between a table and the next heading or the end: hairlines when nothing else follows.
                List<XWPFParagraph> after = new ArrayList<>();
                for (int k = i + 1; k < body.size() && body.get(k) instanceof XWPFParagraph p && p.getRuns().isEmpty(); k++) {
                    after.add(p);
                }
                boolean last = i + 1 + after.size() == body.size();
                boolean breakFollows = after.stream().anyMatch(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr());
                if (last || breakFollows) {
                    for (XWPFParagraph p : after) {
                        CTPPr ppr = p.getCTP().getPPr();
                        assertEquals(20, ((java.math.BigInteger) ppr.getSpacing().getLine()).intValue(), "1 pt, in twentieths");
                        assertEquals(STLineSpacingRule.EXACT, ppr.getSpacing().getLineRule());
                        assertEquals(2, ((java.math.BigInteger) ppr.getRPr().getSzArray(0).getVal()).intValue(), "a 1 pt mark");
                        checked++;
                    }
                }
            }
            // The landscape plan ends its run of landscape pages (a section break follows) and the annex ends the document.
            assertTrue(checked >= 2, "paragraphs checked: " + checked);
        }
    }

    private static ResultTable table(int columns) {
        List<String> header = new ArrayList<>();
        List<ResultTable.Kind> kinds = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add(c == 0 ? "Axe" : "Colonne assez longue pour élargir le tableau " + c);
            kinds.add(ResultTable.Kind.TEXT);
        }
        ResultTable.Builder b = new ResultTable.Builder(header, kinds);
        for (int r = 0; r < 3; r++) {
            List<ResultTable.Cell> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(ResultTable.Cell.text("Accompagnement des familles et des partenaires " + r + "." + c));
            }
            b.row(row, Double.NaN, false);
        }
        return b.build();
    }
}
