package fr.enquete.report.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * A user's Word template (.dotx, or a .docx used as one) opened as a new document: its content type made a
 * document's, its body emptied. Its styles, headers, footers and page setup (the body's last section) stay.
 */
final class DocxTemplate {

    private DocxTemplate() {
    }

    static XWPFDocument open(byte[] template) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(template));
        } catch (InvalidFormatException | RuntimeException e) {
            // A file that is no zip is a RuntimeException of POI's (NotOfficeXmlFileException), not an InvalidFormatException.
            // The study reader refuses such a template at its line; this guards other callers.
            throw new IOException("the Word template is not a .dotx or .docx file: " + e.getMessage(), e);
        }
        try {
            pkg.replaceContentType(XWPFRelation.TEMPLATE.getContentType(), XWPFRelation.DOCUMENT.getContentType());
        } catch (RuntimeException e) {
            throw new IOException("cannot turn the Word template into a document: " + e.getMessage(), e);
        }
        XWPFDocument doc = new XWPFDocument(pkg);
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
        return doc;
    }
}
