package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.report.Lang;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A house template (.dotx) as a French Word saves one: its heading style under the id Titre1 (name "heading 1"), a
 * header, a cover paragraph in its body. The report written with it uses the template's heading style, keeps its
 * header, drops its body, is a document (not a template), adds the styles the template lacks, and is the same bytes
 * when written twice.
 */
class DocxTemplateTest {

    private static byte[] template() throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument t = new XWPFDocument()) {
            CTStyle s = CTStyle.Factory.newInstance();
            s.setStyleId("Titre1");
            s.setType(STStyleType.PARAGRAPH);
            s.addNewName().setVal("heading 1");
            s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
            s.addNewRPr().addNewColor().setVal("AA0000");
            t.createStyles().addStyle(new XWPFStyle(s));
            t.createHeaderFooterPolicy();
            t.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Maison du Département");
            t.createParagraph().createRun().setText("PAGE DE GARDE DU MODÈLE");
            t.write(docx);
        }
        ByteArrayOutputStream dotx = new ByteArrayOutputStream();
        try (OPCPackage p = OPCPackage.open(new ByteArrayInputStream(docx.toByteArray()))) {
            p.replaceContentType(XWPFRelation.DOCUMENT.getContentType(), XWPFRelation.TEMPLATE.getContentType());
            p.save(dotx);
        }
        return dotx.toByteArray();
    }

    private static Report report() {
        return new Report("Étude", "Équipe", "Lens", Lang.FR, List.of(
                new Report.Section(1, "c1", "", "1. Portrait", "", List.of(new Report.Paragraph("Texte.", false),
                        new Report.Caption("Tableau", 1, "Population")))));
    }

    @Test
    void theTemplateGivesItsStylesAndHeaderAndLosesItsBody() throws Exception {
        byte[] template = template();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter(template).write(report(), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(XWPFRelation.DOCUMENT.getContentType(), doc.getPackagePart().getContentType());
            XWPFParagraph heading = doc.getParagraphs().stream().filter(p -> p.getText().equals("1. Portrait")).findFirst().orElseThrow();
            assertEquals("Titre1", heading.getStyle());
            assertEquals("AA0000", doc.getStyles().getStyle("Titre1").getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue());
            assertFalse(doc.getStyles().styleExist("Heading1"), "a second heading 1 style was added");
            // The template has no caption style: the writer's is added.
            XWPFParagraph caption = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Tableau 1")).findFirst().orElseThrow();
            assertEquals("Caption", caption.getStyle());
            assertEquals("Tableau 1 – Population", caption.getText());
            assertTrue(doc.getHeaderList().stream().anyMatch(h -> h.getText().contains("Maison du Département")));
            assertTrue(doc.getParagraphs().stream().noneMatch(p -> p.getText().contains("PAGE DE GARDE DU MODÈLE")));
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new DocxReportWriter(template).write(report(), again);
        assertArrayEquals(out.toByteArray(), again.toByteArray());
    }
}
