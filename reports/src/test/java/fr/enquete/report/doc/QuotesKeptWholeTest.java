package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.report.Lang;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * A verbatim is read whole: the layout review found "La société évolue…" split two lines on a page and two on the
 * next in the study (and another in the survey report) once shorter tables moved the text up.
 */
class QuotesKeptWholeTest {

    @Test
    void everyQuoteKeepsItsLinesTogether() throws Exception {
        List<String> said = List.of("La société évolue, les familles aussi, et nos accueils doivent suivre.",
                "Le quartier est attractif mais les logements manquent.");
        Report report = new Report("Diagnostic", "", "", Lang.FR, List.of(new Report.Section(1, "v", "", "Verbatims", "",
                List.of(new Report.Quotes(said, List.of("agent, CCAS", "partenaire"))))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<XWPFParagraph> quotes = doc.getParagraphs().stream().filter(p -> p.getText().contains("évolue") || p.getText().contains("attractif")).toList();
            assertEquals(2, quotes.size());
            for (XWPFParagraph p : quotes) {
                assertTrue(p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetKeepLines(), p.getText());
            }
        }
    }
}
