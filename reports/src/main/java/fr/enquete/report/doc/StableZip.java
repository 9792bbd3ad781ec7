package fr.enquete.report.doc;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a POI document's zip (DOCX, XLSX) with every entry dated 2000-01-01 00:00: POI stamps entries with the clock,
 * which would make two runs on the same input differ. Entry order and contents are POI's.
 */
final class StableZip {

    private StableZip() {
    }

    /**
     * Writes the document's zip into {@code out} (left open) as POI writes it: POI writes into a zip stream it is given
     * as it is, and this one passes each entry (name, in POI's order, and contents) straight to the dated zip, instead
     * of POI compressing the whole document and a copy being decompressed and compressed again with its dates fixed
     * ({@code OfficeBytesTest} checks that the bytes are the same). Nothing of the zip is held in memory: a document of
     * a few megabytes was, with the copies a growing array makes, while Word and Excel were written side by side.
     */
    static void write(org.apache.poi.ooxml.POIXMLDocument document, java.io.OutputStream out) throws IOException {
        java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16) {
            @Override
            public void close() throws IOException {
                flush(); // the caller's stream stays open: it is the caller's to close
            }
        };
        try (ZipOutputStream z = new ZipOutputStream(buffered)) {
            z.setLevel(6);
            try (Entries entries = new Entries(z, fixedTime())) {
                document.write(entries);
            }
        }
    }

    /**
     * Whether an entry is stored as it is rather than compressed: the charts, whose PNG is already compressed
     * (compressing them again found 13 % more for about 0,1 s of CPU per document on the fixture's 31 charts;
     * docs/performance.md, "Tenth pass").
     */
    static boolean stored(String entry) {
        return entry.endsWith(".png");
    }

    /** DOS times are local: the instant of 2000-01-01 00:00 in the JVM's zone, so the stored fields are the same everywhere. */
    static long fixedTime() {
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

        /** The entry being written when it is {@link #stored}: its size and checksum come before its bytes. */
        private ZipEntry pending;
        private final java.io.ByteArrayOutputStream held = new java.io.ByteArrayOutputStream();

        @Override
        public void putArchiveEntry(org.apache.commons.compress.archivers.zip.ZipArchiveEntry entry) throws IOException {
            ZipEntry copy = new ZipEntry(entry.getName());
            copy.setTime(time);
            if (stored(entry.getName())) {
                copy.setMethod(ZipEntry.STORED);
                pending = copy;
                held.reset();
            } else {
                z.putNextEntry(copy);
            }
        }

        @Override
        public void closeArchiveEntry() throws IOException {
            if (pending != null) {
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                byte[] bytes = held.toByteArray();
                crc.update(bytes);
                pending.setSize(bytes.length);
                pending.setCompressedSize(bytes.length);
                pending.setCrc(crc.getValue());
                z.putNextEntry(pending);
                z.write(bytes);
                pending = null;
            }
            z.closeEntry();
        }

        @Override
        public void write(byte[] b, int offset, int length) throws IOException {
            if (pending != null) {
                held.write(b, offset, length);
            } else {
                z.write(b, offset, length);
            }
        }

        @Override
        public void write(int b) throws IOException {
            if (pending != null) {
                held.write(b);
            } else {
                z.write(b);
            }
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
}
