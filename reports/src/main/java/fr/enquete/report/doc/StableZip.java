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
     * The document's zip as {@link #normalise} would make it of POI's, written at once: POI writes into a zip stream it
     * is given as it is, and this one passes each entry (name, in POI's order, and contents) straight to the normalised
     * zip, instead of POI compressing the whole document and {@link #normalise} decompressing and compressing it again
     * (and both copies held in memory). The same bytes: the same entries, compressed by the same stream.
     */
    static byte[] write(org.apache.poi.ooxml.POIXMLDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(6);
            try (Entries entries = new Entries(z, fixedTime())) {
                document.write(entries);
            }
        }
        return out.toByteArray();
    }

    /** DOS times are local: the instant of 2000-01-01 00:00 in the JVM's zone, so the stored fields are the same everywhere. */
    private static long fixedTime() {
        return LocalDateTime.of(2000, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    /** The zip stream POI writes into, each entry passed to {@code z}, dated {@code time}. */
    private static final class Entries extends org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream {
        private final ZipOutputStream z;
        private final long time;

        Entries(ZipOutputStream z, long time) {
            super(java.io.OutputStream.nullOutputStream());
            this.z = z;
            this.time = time;
        }

        @Override
        public void putArchiveEntry(org.apache.commons.compress.archivers.zip.ZipArchiveEntry entry) throws IOException {
            ZipEntry copy = new ZipEntry(entry.getName());
            copy.setTime(time);
            z.putNextEntry(copy);
        }

        @Override
        public void closeArchiveEntry() throws IOException {
            z.closeEntry();
        }

        @Override
        public void write(byte[] b, int offset, int length) throws IOException {
            z.write(b, offset, length);
        }

        @Override
        public void write(int b) throws IOException {
            z.write(b);
        }

        @Override
        public void flush() {
            // The zip is finished by write(POIXMLDocument).
        }

        @Override
        public void finish() {
            // As above; close() (which calls it) then only releases this stream's own deflater, unused.
        }
    }

    static byte[] normalise(byte[] zip) throws IOException {
        long fixed = fixedTime();
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
