package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cut scan, which looks for quotes and line breaks eight bytes at a time, finds the cuts a byte-by-byte reading of
 * the same rules finds (written here independently): for every target offset, in random texts dense in quotes, CR, LF
 * and bytes past 0x7F, so that every position of a special byte within a word of eight, and the scan's 1 MB buffers'
 * edges, are met.
 */
class RecordBoundariesTest {

    @TempDir
    Path dir;

    /** For each target, the first line break outside quotes (quote parity) ending at or past it, and the records before. */
    private static List<RecordBoundaries.Cut> reference(byte[] a, int from, long[] targets) {
        List<RecordBoundaries.Cut> cuts = new ArrayList<>();
        boolean quoted = false;
        long records = 0;
        int next = 0;
        int i = from;
        while (i < a.length) {
            byte b = a[i++];
            if (quoted) {
                if (b == '"') {
                    quoted = false;
                }
                continue;
            }
            if (b == '"') {
                quoted = true;
            } else if (b == '\n' || b == '\r') {
                // Every line ends a record, an empty one too (a spreadsheet's row).
                records++;
                if (b == '\r' && i < a.length && a[i] == '\n') {
                    i++;
                }
                while (next < targets.length && i >= targets[next] && i < a.length) {
                    cuts.add(new RecordBoundaries.Cut(i, records + 1));
                    next++;
                }
            }
        }
        while (next < targets.length) {
            cuts.add(new RecordBoundaries.Cut(a.length, records + 1));
            next++;
        }
        return cuts;
    }

    private List<RecordBoundaries.Cut> scan(byte[] a, int from, long[] targets) throws IOException {
        Path p = dir.resolve("scan.csv");
        Files.write(p, a);
        List<RecordBoundaries.Cut> cuts = new ArrayList<>();
        RecordBoundaries.scan(p, from, targets, (index, cut) -> {
            assertEquals(cuts.size(), index);
            cuts.add(cut);
        });
        return cuts;
    }

    @Test
    void theCutsAreThoseOfAByteByByteReading() throws IOException {
        Random r = new Random(20261202);
        byte[] alphabet = {'"', '\n', '\r', ';', 'a', 'Z', ' ', (byte) 0xC3, (byte) 0xA9, (byte) 0x80, (byte) 0xFF, 0x0B, 0x21, 0x23};
        for (int t = 0; t < 200; t++) {
            byte[] a = new byte[1 + r.nextInt(300)];
            int dense = 1 + r.nextInt(12);
            for (int i = 0; i < a.length; i++) {
                a[i] = r.nextInt(dense) == 0 ? alphabet[r.nextInt(3)] : alphabet[3 + r.nextInt(alphabet.length - 3)];
            }
            int from = r.nextInt(Math.min(4, a.length));
            long[] targets = new long[a.length - from];
            for (int k = 0; k < targets.length; k++) {
                targets[k] = from + k + 1;
            }
            assertEquals(reference(a, from, targets), scan(a, from, targets), "text " + t);
        }
    }

    @Test
    void buffersOfAMegabyteMeetAsOneText() throws IOException {
        Random r = new Random(7);
        // Rows of 8 to 200 bytes with quoted cells holding line breaks, CRLF and LF, across three reads of 1 MB.
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 3_200_000) {
            sb.append(r.nextInt(1000)).append(';');
            if (r.nextInt(4) == 0) {
                sb.append("\"deux\r\nlignes \"\"x\"\"\"");
            } else {
                sb.append("é".repeat(r.nextInt(90)));
            }
            sb.append(r.nextBoolean() ? "\r\n" : "\n");
        }
        byte[] a = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long[] targets = new long[3000];
        for (int k = 0; k < targets.length; k++) {
            // Around each megabyte's edge, and spread over the rest.
            targets[k] = k < 1500 ? (1 << 20) * (1 + k / 500) - 250 + k % 500 : (long) (k - 1499) * (a.length / 1502);
        }
        java.util.Arrays.sort(targets);
        assertEquals(reference(a, 0, targets), scan(a, 0, targets));
    }
}
