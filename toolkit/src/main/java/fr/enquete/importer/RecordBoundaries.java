package fr.enquete.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a delimited file can be cut into parts that each start at a record: a scan of the bytes for quotes and
 * line breaks (LF, CR or CRLF) outside quoted cells; a line with no character at all is a record, as the reader
 * counts it. It counts the records before each cut, so that every part numbers its rows as a whole read would.
 * The cuts are a proposal the parts verify (see {@link DelimitedSource#split(long)}); they are published as found, so
 * the parts start while the scan goes on.
 *
 * <p>Only for encodings where the quote, CR and LF are single bytes that no other character contains (UTF-8,
 * windows-1252, ISO-8859-x).
 */
final class RecordBoundaries {

    /** A cut: parts meet at byte {@code offset}, and the record starting there is number {@code firstRecord}. */
    record Cut(long offset, long firstRecord) {
    }

    /** Hears each cut as the scan finds it, in order of {@code index}. */
    interface Listener {
        void cut(int index, Cut cut);
    }

    private RecordBoundaries() {
    }

    /**
     * Finds, for each target offset, the first line break outside quoted cells that ends at or past it, and tells
     * {@code listener} as it goes (so that parts can start before the scan ends); targets past the last line break
     * cut at the end of the file (an empty part).
     *
     * @param from    the first byte (after a BOM)
     * @param targets ascending byte offsets where parts should start
     */
    static void scan(Path file, long from, long[] targets, Listener listener) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Cuts cuts = new Cuts(targets, ch.size(), listener);
            Scanner scan = new Scanner(cuts);
            ByteBuffer buf = ByteBuffer.allocate(1 << 20);
            ch.position(from);
            long base = from;
            while (true) {
                buf.clear();
                int n = ch.read(buf);
                if (n <= 0) {
                    break;
                }
                scan.buffer(buf.array(), n, base);
                base += n;
            }
            scan.end(base);
            cuts.rest();
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
        private boolean afterCr;

        Scanner(Cuts cuts) {
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
                byte b = 0;
                while (i < n) {
                    b = a[i];
                    if (b == '"' || b == '\n' || b == '\r') {
                        break;
                    }
                    i++;
                }
                if (i == n) {
                    break;
                }
                i++;
                if (b == '"') {
                    q = true;
                    continue;
                }
                // An empty line is a record too (a spreadsheet shows it as a row), so rows keep their numbers.
                cuts.records++;
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
            return true;
        }

        void end(long at) {
            if (afterCr) {
                cuts.lineBreakEndsAt(at);
            }
        }
    }

    /** The cuts still to find: each at the first line break ending at or past its target. */
    private static final class Cuts {
        private final long[] targets;
        private final long size;
        private final Listener listener;
        private long records;
        private int next;

        Cuts(long[] targets, long size, Listener listener) {
            this.targets = targets;
            this.size = size;
            this.listener = listener;
        }

        /** A line break (all of it: a CRLF's LF too) ends just before byte {@code at}, outside any quoted cell. */
        void lineBreakEndsAt(long at) {
            while (next < targets.length && at >= targets[next] && at < size) {
                listener.cut(next++, new Cut(at, records + 1));
            }
        }

        /** The targets past the last line break: cut at the end of the file. */
        void rest() {
            while (next < targets.length) {
                listener.cut(next++, new Cut(size, records + 1));
            }
        }
    }
}
