package fr.enquete.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a delimited file can be cut into parts that each start at a record: a scan of the bytes for quotes and
 * line breaks (LF, CR or CRLF) outside quoted cells; a line with no character at all is no record, as the reader
 * skips it. It counts the records before each cut, so that every part numbers its rows as a whole read would.
 * The cuts are a proposal the parts verify (see {@link DelimitedSource#split(long)}).
 *
 * <p>Only for encodings where the quote, CR and LF are single bytes that no other character contains (UTF-8,
 * windows-1252, ISO-8859-x).
 */
final class RecordBoundaries {

    /** A part: bytes [start, end), its first record's number (the header is record 1). */
    record Part(long start, long end, long firstRecord) {
    }

    private RecordBoundaries() {
    }

    /**
     * @param from  the first byte (after a BOM)
     * @param every the target size of a part, in bytes
     * @return the parts in order (one when the file is too small to cut), or an empty list when the file is irregular
     */
    static List<Part> scan(Path file, long from, byte delimiter, long every) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Scanner scan = new Scanner(delimiter, new Cuts(from, every, ch.size()));
            ByteBuffer buf = ByteBuffer.allocate(1 << 20);
            ch.position(from);
            long base = from;
            while (true) {
                buf.clear();
                int n = ch.read(buf);
                if (n <= 0) {
                    break;
                }
                if (!scan.buffer(buf.array(), n, base)) {
                    return List.of();
                }
                base += n;
            }
            scan.end(base);
            return scan.cuts.parts();
        }
    }

    /**
     * The scan's state between buffers; {@link #buffer} is small so that the JIT compiles it whole. It follows the
     * quotes' parity, which is the quoted state for RFC 4180 files (quotes only around cells, doubled inside): a quote
     * inside an unquoted cell ({@code 5" écran}) throws the parity off, which the parts' own checks then detect
     * ({@link PartMismatch}), and the file is read whole.
     */
    private static final class Scanner {
        private final Cuts cuts;
        private boolean quoted;
        private boolean content;
        private boolean afterCr;

        Scanner(byte delimiter, Cuts cuts) {
            this.cuts = cuts;
        }

        /** Scans {@code n} bytes that start at file offset {@code base}. */
        boolean buffer(byte[] a, int n, long base) {
            int i = 0;
            if (afterCr) {
                // The LF of a CRLF cut between two reads: the line ended at the CR.
                i = a[0] == '\n' ? 1 : 0;
                cuts.lineBreakEndsAt(base + i);
                afterCr = false;
            }
            boolean q = quoted;
            boolean c = content;
            while (i < n) {
                if (q) {
                    while (i < n && a[i] != '"') {
                        i++;
                    }
                    if (i == n) {
                        break;
                    }
                    // A closing quote, or the first of a doubled one (the next quote opens again).
                    q = false;
                    i++;
                    continue;
                }
                int start = i;
                byte b = 0;
                while (i < n) {
                    b = a[i];
                    if (b == '"' || b == '\n' || b == '\r') {
                        break;
                    }
                    i++;
                }
                if (i > start) {
                    c = true;
                }
                if (i == n) {
                    break;
                }
                i++;
                if (b == '"') {
                    q = true;
                    c = true;
                    continue;
                }
                if (c) {
                    cuts.records++;
                }
                c = false;
                if (b == '\r') {
                    if (i == n) {
                        afterCr = true;
                        break;
                    }
                    if (a[i] == '\n') {
                        i++;
                    }
                }
                cuts.lineBreakEndsAt(base + i);
            }
            quoted = q;
            content = c;
            return true;
        }

        void end(long at) {
            if (afterCr) {
                cuts.lineBreakEndsAt(at);
            }
        }
    }

    /** The parts found so far: a cut is made at the first line break ending past each target. */
    private static final class Cuts {
        private final List<Part> parts = new ArrayList<>();
        private final long every;
        private final long size;
        private long records;
        private long start;
        private long first = 1;
        private long next;

        Cuts(long from, long every, long size) {
            this.start = from;
            this.every = every;
            this.next = from + every;
            this.size = size;
        }

        /** A line break (all of it: a CRLF's LF too) ends just before byte {@code at}, outside any quoted cell. */
        void lineBreakEndsAt(long at) {
            if (at >= next && at < size) {
                parts.add(new Part(start, at, first));
                start = at;
                first = records + 1;
                next = at + every;
            }
        }

        List<Part> parts() {
            parts.add(new Part(start, size, first));
            return parts;
        }
    }
}
