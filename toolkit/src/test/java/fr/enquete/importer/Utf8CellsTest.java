package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.CellRows;
import fr.enquete.model.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A UTF-8 export is read as ISO-8859-1 and only its cells holding non-ASCII bytes are decoded ({@link CellDecoding}):
 * every cell must still be the text a UTF-8 reader gives, whole or cut into parts, and bytes that are not UTF-8 must
 * still stop the read at their row.
 */
class Utf8CellsTest {

    @TempDir
    Path dir;

    private static final String[] LABELS = {"Plutôt d'accord", "Très satisfait", "Ça dépend", "Oui", "Non", "Peut-être",
        "Ne sait pas", "« Autre »", "Déjà fait – 2 fois", "Œuvre", "ß", "€ 12", "😀 content"};
    private static final String[] TEXTS = {
        "Une réponse libre, longue, avec des accents : é è à ù ç ô î ï ÿ œ æ, et l’apostrophe typographique ’",
        "Emoji 😀 et mathématiques 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 (quatre octets) au milieu d’une phrase qui dépasse quarante-huit caractères",
        "\"Entre guillemets ; avec le séparateur\nsur deux lignes, « doubles » \"\"cités\"\" à la fin\"",
        "Un vrai caractère de remplacement \uFFFD reste lui-même",
        "ASCII only, long enough not to be looked up among the column's labels at all",
        "Ωμέγα, кириллица, 中文, العربية"};

    /** A survey-like UTF-8 export of {@code rows} rows: labels repeated, free text, numbers, quoted cells. */
    private static String csv(Random r, int rows) {
        StringBuilder sb = new StringBuilder("n°;satisfaction;commentaire;montant;étiquette\n");
        for (int i = 0; i < rows; i++) {
            String label = LABELS[r.nextInt(LABELS.length)];
            String text = TEXTS[r.nextInt(TEXTS.length)];
            sb.append(i).append(';').append(label).append(';');
            sb.append(text.startsWith("\"") || r.nextInt(4) > 0 ? text : "\"" + text.replace("\"", "\"\"") + "\"");
            sb.append(';').append(r.nextInt(5000)).append(',').append(r.nextInt(100)).append(';');
            // A column of many different non-ASCII texts: past the labels a column keeps, each is decoded alone.
            sb.append("é").append(r.nextInt(1000)).append("ô").append('\n');
        }
        return sb.toString();
    }

    /** Every row's cells, as the rows are read (header first). */
    private static List<List<String>> read(List<TableSource> parts) {
        CellRows out = new CellRows();
        for (TableSource part : parts) {
            part.read(out);
        }
        return out.rows();
    }

    /** The same text parsed by Commons CSV from a Java string (no file, no decoding): the reference. */
    private static List<List<String>> reference(String text) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (CSVRecord record : DelimitedSource.format(';').parse(new StringReader(text))) {
            List<String> cells = new ArrayList<>();
            record.forEach(c -> cells.add(c.strip()));
            out.add(cells);
        }
        return out;
    }

    @Test
    void everyCellIsItsUtf8TextWholeAndInParts() throws IOException {
        String text = csv(new Random(7), 3000);
        Path p = dir.resolve("utf8.csv");
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
        DelimitedSource source = DelimitedSource.sniff(p, null, null);
        assertEquals(StandardCharsets.UTF_8, source.charset());
        List<List<String>> expected = reference(text);
        assertEquals(3001, expected.size());
        assertEquals(expected, read(List.of(source)));
        // Parts of about 16 KB: cells met first in a later part, each part with its own tables.
        List<TableSource> parts = source.split(16 * 1024);
        assertTrue(parts.size() > 10, "parts: " + parts.size());
        assertEquals(expected, read(parts));
        // With a byte order mark, the same.
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, read(List.of(DelimitedSource.sniff(bom, null, null))));
    }

    /** A file sniffed (or forced) as UTF-8 whose row {@code bad} holds {@code bytes}: the error must name that row. */
    private InputException badRow(int bad, byte[] bytes, boolean quoted) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("id;réponse;n\n".getBytes(StandardCharsets.UTF_8));
        for (int row = 2; row <= 40; row++) {
            out.writeBytes((row + ";" + (quoted ? "\"" : "")).getBytes(StandardCharsets.UTF_8));
            if (row == bad) {
                out.writeBytes(bytes);
            } else {
                out.writeBytes("Plutôt d'accord".getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(((quoted ? "\"" : "") + ";" + row + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path p = dir.resolve("bad-" + bad + ".csv");
        Files.write(p, out.toByteArray());
        DelimitedSource source = DelimitedSource.sniff(p, StandardCharsets.UTF_8, null);
        return assertThrows(InputException.class, () -> read(List.of(source)));
    }

    @Test
    void bytesThatAreNotUtf8StopTheReadAtTheirRow() throws IOException {
        byte[] latin1 = "Plutôt d'accord".getBytes(StandardCharsets.ISO_8859_1);
        for (int row : new int[] {2, 17, 40}) {
            for (boolean quoted : new boolean[] {false, true}) {
                InputException e = badRow(row, latin1, quoted);
                assertTrue(e.getMessage().contains("row " + row + ":") || e.getMessage().contains("row " + row + ","), e.getMessage());
                assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
                assertTrue(e.getMessage().contains("--encoding windows-1252"), e.getMessage());
            }
        }
        // A sequence cut short (the lead byte of "ô" alone), an overlong form, a lone continuation byte.
        for (byte[] bytes : List.of(new byte[] {'P', 'l', 'u', 't', (byte) 0xC3}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {'a', (byte) 0x80, 'b'})) {
            InputException e = badRow(9, bytes, false);
            assertTrue(e.getMessage().contains("row 9"), e.getMessage());
            assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        }
    }

    @Test
    void aFileEndingInsideASequenceIsAnError() throws IOException {
        Path p = dir.resolve("truncated.csv");
        byte[] text = "id;réponse\n1;Plutôt\n2;Plut".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(text, text.length + 1);
        cut[text.length] = (byte) 0xC3;
        Files.write(p, cut);
        InputException e = assertThrows(InputException.class, () -> read(List.of(DelimitedSource.sniff(p, StandardCharsets.UTF_8, null))));
        assertTrue(e.getMessage().contains("row 3") && e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }
}
