package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.analysis.Analysis;
import fr.enquete.report.Lang;
import fr.enquete.testing.Fixtures;
import fr.enquete.text.TermOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Two shortcuts in writing Word and Excel files must not change a byte: POI's zip written uncompressed before
 * {@link StableZip} compresses it (instead of compressed twice), and the workbook's shared strings found by their text
 * ({@link XlsxReportWriter.PlainStrings}) instead of by their XML. Each is compared with POI's own way, on the fixture's
 * report (whose tables repeat labels and whose texts have leading and trailing spaces, accents and line breaks).
 */
class OfficeBytesTest {

    private static Report report() {
        return new ReportBuilder(Lang.FR).build(Analysis.of(Fixtures.export()).spec(Fixtures.spec())
                .terms(TermOptions.defaults(), null, false).run());
    }

    @Test
    void sharedStringsFoundByTheirTextGiveTheWorkbookPoiGives() throws IOException {
        Report report = report();
        ByteArrayOutputStream fast = new ByteArrayOutputStream();
        new XlsxReportWriter(true).write(report, fast);
        ByteArrayOutputStream poi = new ByteArrayOutputStream();
        new XlsxReportWriter(false).write(report, poi);
        assertTrue(fast.size() > 100_000, "a workbook of the whole report: " + fast.size());
        assertArrayEquals(poi.toByteArray(), fast.toByteArray());
    }

    @Test
    void plainStringsAndRichOnesKeepTheirOwnEntries() {
        XlsxReportWriter.PlainStrings table = new XlsxReportWriter.PlainStrings();
        org.apache.poi.xssf.usermodel.XSSFRichTextString plain = new org.apache.poi.xssf.usermodel.XSSFRichTextString(" Total ");
        org.apache.poi.xssf.usermodel.XSSFRichTextString rich = new org.apache.poi.xssf.usermodel.XSSFRichTextString(" Total ");
        rich.applyFont(0, 3, new org.apache.poi.xssf.usermodel.XSSFFont());
        int a = table.addSharedStringItem(plain);
        int b = table.addSharedStringItem(new org.apache.poi.xssf.usermodel.XSSFRichTextString(" Total "));
        int c = table.addSharedStringItem(rich);
        int d = table.addSharedStringItem(new org.apache.poi.xssf.usermodel.XSSFRichTextString("Total"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(0, 0, 1, 2), java.util.List.of(a, b, c, d));
        org.junit.jupiter.api.Assertions.assertEquals(4, table.getCount());
        org.junit.jupiter.api.Assertions.assertEquals(3, table.getUniqueCount());
    }

    @Test
    void aDocumentZippedOnceIsTheDocumentZippedTwice() throws IOException {
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        new DocxReportWriter().write(report(), word);
        // The report's Word file read back and written again both ways.
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(word.toByteArray()))) {
            ByteArrayOutputStream poi = new ByteArrayOutputStream();
            doc.write(poi);
            byte[] twice = normalise(poi.toByteArray());
            boolean[] closed = {false};
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            StableZip.write(doc, new java.io.FilterOutputStream(streamed) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            });
            // The writer's caller (AtomicFiles) closes the file, after checking that every byte was written.
            assertFalse(closed[0], "the stream given is left open");
            byte[] once = streamed.toByteArray();
            assertTrue(once.length > 100_000, "the report's Word file: " + once.length);
            assertArrayEquals(twice, once);
        }
    }

    /**
     * The charts' PNGs are stored as they are (already compressed: compressing them again cost about 0,1 s of CPU per
     * document for 13 % of their size), the document's XML compressed. Read from the Word file's own zip entries.
     */
    @Test
    void chartsAreStoredAndTheXmlCompressed() throws IOException {
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        new DocxReportWriter().write(report(), word);
        long pngs = 0;
        long pngBytes = 0;
        long pngStored = 0;
        long xmlBytes = 0;
        long xmlStored = 0;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(word.toByteArray()))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                in.transferTo(java.io.OutputStream.nullOutputStream()); // the sizes are known once the entry is read
                if (e.getName().endsWith(".png")) {
                    pngs++;
                    pngBytes += e.getSize();
                    pngStored += e.getCompressedSize();
                } else if (e.getName().endsWith(".xml")) {
                    xmlBytes += e.getSize();
                    xmlStored += e.getCompressedSize();
                }
            }
        }
        assertTrue(pngs >= 20, pngs + " charts");
        assertEquals(pngBytes, pngStored, "the charts' bytes as they are");
        assertTrue(xmlStored * 4 < xmlBytes, xmlStored + " bytes for " + xmlBytes + " of XML");
    }

    /**
     * The way {@link StableZip#write} replaced, as the reference: POI's compressed zip read back and written again,
     * every entry dated as {@link StableZip#fixedTime}.
     */
    private static byte[] normalise(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            z.setLevel(6);
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
                copy.setTime(StableZip.fixedTime());
                byte[] bytes = in.readAllBytes();
                if (StableZip.stored(e.getName())) {
                    // the charts stored as they are
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(bytes);
                    copy.setMethod(java.util.zip.ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    copy.setCompressedSize(bytes.length);
                    copy.setCrc(crc.getValue());
                }
                z.putNextEntry(copy);
                z.write(bytes);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
