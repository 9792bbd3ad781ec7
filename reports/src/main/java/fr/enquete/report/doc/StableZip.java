package fr.enquete.report.doc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (DOCX, XLSX) with every entry dated 2000-01-01 00:00: POI stamps entries with the clock,
 * which would make two runs on the same input differ. Entry order and contents are kept.
 */
final class StableZip {

    private StableZip() {
    }

    /**
     * The document's zip as POI writes it, normalised. POI writes into a zip stream it is given as it is: at level 0 (its
     * entries stored in deflate's raw blocks), since {@link #normalise} compresses every entry again; the bytes are
     * the same as from POI's own compression (the entries' names, order and contents are), for one deflation instead of
     * two.
     */
    static byte[] write(org.apache.poi.ooxml.POIXMLDocument document) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip =
                     new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(raw)) {
            zip.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            document.write(zip);
        }
        return normalise(raw.toByteArray());
    }

    static byte[] normalise(byte[] zip) throws IOException {
        // DOS times are local: derive the instant in the JVM's zone so the stored fields are the same everywhere.
        long fixed = LocalDateTime.of(2000, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(6);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(fixed);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
