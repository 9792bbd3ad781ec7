package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * A new POI document is created with a buffer of its own, into which POI's {@code close()} writes the whole package
 * again; {@link InMemoryDocument} lets it go without that second writing. The buffer is read from POI's package (its
 * {@code output} field): what POI does is the point of the test.
 */
class InMemoryDocumentTest {

    @Test
    void poisCloseWritesTheDocumentAgainAndInMemoryDocumentDoesNot() throws Exception {
        XWPFDocument poi = document();
        org.apache.commons.io.output.AbstractByteArrayOutputStream poiBuffer = buffer(poi);
        poi.close();
        assertTrue(poiBuffer.size() > 10_000, "POI's close wrote " + poiBuffer.size() + " bytes");

        XWPFDocument ours = document();
        org.apache.commons.io.output.AbstractByteArrayOutputStream ourBuffer = buffer(ours);
        try (InMemoryDocument<XWPFDocument> held = new InMemoryDocument<>(ours)) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            StableZip.write(held.document(), file);
            assertTrue(file.size() > 10_000, "the document written: " + file.size() + " bytes");
        }
        assertEquals(0, ourBuffer.size());
    }

    /** A Word document with a paragraph and a chart-sized picture. */
    private static XWPFDocument document() throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("Localisation (département)");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(600, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(1);
        for (int x = 0; x < 600; x++) {
            for (int y = 0; y < 300; y++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        doc.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(png.toByteArray()),
                XWPFDocument.PICTURE_TYPE_PNG, "chart.png", org.apache.poi.util.Units.toEMU(300), org.apache.poi.util.Units.toEMU(150));
        return doc;
    }

    private static org.apache.commons.io.output.AbstractByteArrayOutputStream buffer(XWPFDocument doc) throws ReflectiveOperationException {
        java.lang.reflect.Field output = OPCPackage.class.getDeclaredField("output");
        output.setAccessible(true);
        return (org.apache.commons.io.output.AbstractByteArrayOutputStream) output.get(doc.getPackage());
    }
}
