package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.report.Lang;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * Seen in a study rendered by LibreOffice: the target sentence broke after the sign ("… à -" / "7,5 pts"). In Word
 * prose a negative figure's sign is a non-breaking hyphen (U+2011); ranges and compound words keep theirs.
 */
class SignsKeptTest {

    private static final String TARGET = "Objectif : réduire de moitié l'écart d'ici 2020, de -15 pts en 2013 à -7,5 pts.";
    private static final String NOTE = "Entre 2015-2020 (-3 %), Marcq-en-Barœul : «-2» sur 10-12 ans.";

    @Test
    void aNegativeFigureKeepsItsSignInParagraphsAndNotes() throws IOException {
        Report report = new Report("Portrait", "", "", Lang.FR, List.of(new Report.Section(1, "s", "", "Objectifs", "",
                List.of(new Report.Paragraph(TARGET, false), new Report.Paragraph(NOTE, true)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(texts.contains("Objectif\u00A0: réduire de moitié l'écart d'ici 2020, de \u201115 pts en 2013 à \u20117,5 pts."), texts.toString());
            assertTrue(texts.contains("Entre 2015-2020 (\u20113 %), Marcq-en-Barœul\u00A0: «\u20112» sur 10-12 ans."), texts.toString());
        }
    }

    @Test
    void onlySignsChange() {
        assertEquals("x-1, 2015-2020, A-2 et \u20114", DocxReportWriter.signsKept("x-1, 2015-2020, A-2 et -4"));
        assertEquals("\u20110,5", DocxReportWriter.signsKept("-0,5"));
    }

    /** A cell listing a fiche's objectives shows a bullet before each, as HTML does; one line or a number, none. */
    @Test
    void aCellOfSeveralLinesListsThemWithBullets() {
        assertEquals(List.of("•\u00A0Développer l'offre d'accueil du jeune enfant", "•\u00A0Accompagner les familles"),
                DocxReportWriter.bulleted("Développer l'offre d'accueil du jeune enfant\nAccompagner les familles\n"));
        assertEquals(List.of("– Pour la commission technique :", "•\u00A0une réunion par trimestre"),
                DocxReportWriter.bulleted("– Pour la commission technique :\nune réunion par trimestre"));
        assertEquals(List.of("Une seule ligne"), DocxReportWriter.bulleted("Une seule ligne"));
    }

    @Test
    void theWordTableCellsGetTheBullets() throws IOException {
        fr.enquete.report.ResultTable t = new fr.enquete.report.ResultTable.Builder(List.of("Action", "Objectifs"),
                List.of(fr.enquete.report.ResultTable.Kind.TEXT, fr.enquete.report.ResultTable.Kind.TEXT))
                .row(List.of(fr.enquete.report.ResultTable.Cell.text("Fiche 2"), fr.enquete.report.ResultTable.Cell.text("Développer l'offre\nAccompagner les familles")),
                        Double.NaN, false).build();
        Report report = new Report("Plan", "", "", Lang.FR, List.of(new Report.Section(1, "s", "", "Fiches", "", List.of(new Report.Table(t, false)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            var cell = doc.getTables().get(0).getRow(1).getCell(1);
            assertEquals(List.of("•\u00A0Développer l'offre", "•\u00A0Accompagner les familles"),
                    cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            // A wrapped line hangs under the text, not under the bullet (a review of the rendered fiches).
            assertEquals(170, cell.getParagraphs().get(1).getIndentationHanging());
            assertEquals(170, cell.getParagraphs().get(1).getIndentationLeft());
        }
    }
}
