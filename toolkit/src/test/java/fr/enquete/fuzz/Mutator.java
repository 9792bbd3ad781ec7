package fr.enquete.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes hostile variants of a valid file, reproducibly from a {@link Random}: bytes flipped, inserted, deleted,
 * repeated or cut, and tokens that broke parsers before (quotes, delimiters, BOMs, NULs, huge or negative numbers,
 * deep nesting, repeat attributes). A zip-based file (XLSX, ODS, DOCX) has one of its XML entries mutated so the
 * mutant still opens, and sometimes its raw bytes.
 */
final class Mutator {

    private static final String[] TOKENS = {"\"", "'", ";", ",", "\t", "\n", "\r", "\r\n", "\u0000", "\uFEFF", "\u0085", "\u2028",
        "\uD800", "é", "1e309", "-1", "NaN", "99999999999999999999", "2147483648", "-2147483649", "0x7fffffff", "((((((((((",
        "))))))", "not not not not", "&&", "||", "!is_empty(", "==", "${x}", "&amp;", "&#0;", "<!DOCTYPE x>", "]]>", "<![CDATA[",
        "</row>", "<row>", "</table:table-row>", "table:number-columns-repeated=\"2000000000\" ",
        "table:number-rows-repeated=\"2000000000\" ", "r=\"2B\" ", "r=\"\" ", "t=\"s\" ", "s=\"99\" ", "- ", ": ", "? ", "&a ", "*a",
        "!!binary ", "!!java.util.Date ", "[[[[[[[[[[[[", "{{{{{{{{", "#", "%", "@", "`", "|", ">"};

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    byte[] mutate(byte[] original, boolean zip) {
        if (zip && random.nextInt(4) != 0) {
            try {
                return mutateEntry(original);
            } catch (IOException e) {
                // Not a readable zip after all: mutate its bytes.
            }
        }
        return mutateBytes(original);
    }

    byte[] mutateBytes(byte[] original) {
        byte[] b = original;
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            b = once(b);
        }
        return b;
    }

    private byte[] once(byte[] b) {
        if (b.length == 0) {
            return token();
        }
        int at = random.nextInt(b.length);
        return switch (random.nextInt(8)) {
            case 0 -> {
                byte[] c = b.clone();
                for (int k = 0, n = 1 + random.nextInt(8); k < n; k++) {
                    c[random.nextInt(c.length)] = (byte) random.nextInt(256);
                }
                yield c;
            }
            case 1, 2 -> splice(b, at, at, token());
            case 3 -> splice(b, at, Math.min(b.length, at + 1 + random.nextInt(64)), new byte[0]);
            case 4 -> {
                int end = Math.min(b.length, at + 1 + random.nextInt(200));
                byte[] piece = java.util.Arrays.copyOfRange(b, at, end);
                int times = 2 + random.nextInt(random.nextBoolean() ? 5 : 500);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int k = 0; k < times; k++) {
                    out.writeBytes(piece);
                }
                yield splice(b, end, end, out.toByteArray());
            }
            case 5 -> java.util.Arrays.copyOf(b, at);
            case 6 -> splice(b, at, at, digits());
            default -> {
                // A token repeated many times: nesting, long lines, repeated names.
                byte[] t = token();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int k = 0, n = 100 + random.nextInt(5000); k < n; k++) {
                    out.writeBytes(t);
                }
                yield splice(b, at, at, out.toByteArray());
            }
        };
    }

    private byte[] token() {
        return TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
    }

    private byte[] digits() {
        String[] numbers = {"0", "-0", "1e309", "-1e309", "4294967296", "-2147483648", "9".repeat(30), "1.5", "abc", "-"};
        return numbers[random.nextInt(numbers.length)].getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    /** Rewrites the zip with one XML entry mutated (the others kept as they were). */
    private byte[] mutateEntry(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                contents.add(in.readNBytes(5_000_000));
            }
        }
        List<Integer> xml = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).endsWith(".xml") || names.get(i).endsWith(".rels")) {
                xml.add(i);
            }
        }
        if (xml.isEmpty()) {
            throw new IOException("no XML entry");
        }
        // Sheets and content are where the cells are: chosen more often.
        int pick = xml.get(random.nextInt(xml.size()));
        for (int i : xml) {
            String n = names.get(i);
            if ((n.contains("sheet") || n.equals("content.xml") || n.contains("sharedStrings") || n.contains("document.xml"))
                    && random.nextBoolean()) {
                pick = i;
                break;
            }
        }
        contents.set(pick, mutateBytes(contents.get(pick)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                ZipEntry e = new ZipEntry(names.get(i));
                e.setTime(946_684_800_000L);
                z.putNextEntry(e);
                z.write(contents.get(i));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
