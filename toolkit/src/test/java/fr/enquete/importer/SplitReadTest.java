package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Row;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A delimited file cut into parts reads, part after part, exactly as it reads whole: the same rows, numbered alike. */
class SplitReadTest {

    @TempDir
    Path dir;

    /** Every row as "number: cell|cell|...", and the header, in reading order. */
    private static List<String> rows(List<TableSource> parts) {
        List<String> out = new ArrayList<>();
        for (TableSource p : parts) {
            p.read(new TableHandler() {
                @Override
                public void header(Header header) {
                    if (out.isEmpty()) {
                        out.add("header: " + String.join("|", header.names()));
                    }
                }

                @Override
                public void row(Row row) {
                    StringBuilder sb = new StringBuilder(row.number() + ":");
                    for (int i = 0; i < row.size(); i++) {
                        sb.append('|').append(row.get(i));
                    }
                    out.add(sb.toString());
                }
            });
        }
        return out;
    }

    /**
     * A random survey-like CSV: quoted cells with delimiters, doubled quotes and line breaks, mixed line endings,
     * blank and space-only lines; with {@code literal}, quotes inside unquoted cells too (legal, not RFC 4180).
     */
    private static String randomCsv(Random r, char delimiter, int rows, boolean literal) {
        String[] eols = {"\n", "\r\n", "\n", "\r\n"};
        String eol = eols[r.nextInt(eols.length)];
        StringBuilder sb = new StringBuilder("id" + delimiter + "qpv" + delimiter + "commentaire" + delimiter + "n" + eol);
        for (int i = 0; i < rows; i++) {
            if (r.nextInt(15) == 0) {
                sb.append(r.nextBoolean() ? "" : "   ").append(eol);
                continue;
            }
            sb.append(i).append(delimiter).append(r.nextBoolean() ? "Oui" : "Non").append(delimiter);
            int kind = r.nextInt(5);
            if (kind == 2 && !literal) {
                kind = 4;
            }
            switch (kind) {
                case 0 -> sb.append("\"Texte avec ").append(delimiter).append(" séparateur\"");
                case 1 -> sb.append("\"Sur deux").append(r.nextBoolean() ? "\r\n" : "\n").append("lignes, « guillemets » \"\"cités\"\"\"");
                case 2 -> sb.append("sans guillemets 5\" écran");
                case 3 -> sb.append("\"\"");
                default -> sb.append("");
            }
            sb.append(delimiter).append(r.nextInt(1000)).append(eol);
        }
        return sb.toString();
    }

    private Path write(Random r, int round, String text) throws IOException {
        Path f = dir.resolve("f" + round + ".csv");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (r.nextBoolean()) {
            byte[] withBom = new byte[bytes.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(bytes, 0, withBom, 3, bytes.length);
            bytes = withBom;
        }
        Files.write(f, bytes);
        return f;
    }

    @Test
    void rfcFilesCutAnywhereReadAsAWhole() throws IOException {
        Random r = new Random(42);
        for (int round = 0; round < 120; round++) {
            char d = r.nextBoolean() ? ';' : ',';
            String text = randomCsv(r, d, 20 + r.nextInt(200), false);
            Path f = write(r, round, text);
            TableSource whole = Importers.open(f, ImportOptions.DEFAULTS);
            List<String> expected = rows(List.of(whole));
            long chunk = 32 + r.nextInt(400);
            List<TableSource> parts = whole.split(chunk);
            assertTrue(parts.size() > 1 || Files.size(f) < 2 * chunk, "round " + round + ": " + parts.size() + " parts");
            assertEquals(expected, rows(parts), "round " + round + ", parts of " + chunk + " bytes");
        }
    }

    @Test
    void literalQuotesInUnquotedCellsReadAsAWholeOrRefuseTheCut() throws IOException {
        // A quote inside an unquoted cell throws the scan's parity off: the parts must then say so (PartMismatch)
        // before giving a wrong row or a false error, and the reader reads the file whole.
        Random r = new Random(43);
        int refused = 0;
        for (int round = 0; round < 120; round++) {
            String text = randomCsv(r, ';', 20 + r.nextInt(200), true);
            Path f = write(r, 1000 + round, text);
            TableSource whole = Importers.open(f, ImportOptions.DEFAULTS);
            List<String> expected = rows(List.of(whole));
            try {
                assertEquals(expected, rows(whole.split(32 + r.nextInt(400))), "round " + round);
            } catch (PartMismatch e) {
                refused++;
            }
        }
        assertTrue(refused > 0, "some cuts were refused");
    }

    @Test
    void errorsInALaterPartAreLocatedAsInAWholeRead() throws IOException {
        StringBuilder sb = new StringBuilder("id;qpv\n");
        for (int i = 0; i < 400; i++) {
            sb.append(i).append(";Oui\n");
        }
        sb.append("401;Oui;en trop\n");
        Path f = dir.resolve("ragged.csv");
        Files.writeString(f, sb.toString());
        TableSource whole = Importers.open(f, ImportOptions.DEFAULTS);
        InputException a = assertThrows(InputException.class, () -> rows(List.of(whole)));
        InputException b = assertThrows(InputException.class, () -> rows(whole.split(256)));
        assertTrue(whole.split(256).size() > 2);
        assertEquals(a.getMessage(), b.getMessage());
        assertTrue(a.getMessage().contains("row 402"), a.getMessage());
    }

    @Test
    void textAfterAClosingQuoteInALaterPartIsLocatedAsInAWholeRead() throws IOException {
        StringBuilder sb = new StringBuilder("id;qpv\n");
        for (int i = 0; i < 300; i++) {
            sb.append(i).append(";Oui\n");
        }
        sb.append("300;\"Oui\"x\n");
        Path f = dir.resolve("after.csv");
        Files.writeString(f, sb.toString());
        TableSource whole = Importers.open(f, ImportOptions.DEFAULTS);
        InputException a = assertThrows(InputException.class, () -> rows(List.of(whole)));
        assertTrue(whole.split(128).size() > 2);
        InputException b = assertThrows(InputException.class, () -> rows(whole.split(128)));
        assertEquals(a.getMessage(), b.getMessage());
        assertTrue(a.getMessage().contains("row 302") && a.getMessage().contains("followed by text"), a.getMessage());
    }

    @Test
    void aQuoteInsideAnUnquotedCellIsACharacterNotAnOpening() throws IOException {
        // Hand-made exports hold inch marks and quoted names in unquoted cells: legal, and not an unclosed quote.
        Path f = dir.resolve("inch.csv");
        Files.writeString(f, "id;matériel;structure\n1;écran 24\" ;Centre \"Les Tilleuls\"\n2;\"ordinateur; souris\";ok\n");
        List<String> rows = rows(List.of(Importers.open(f, ImportOptions.DEFAULTS)));
        assertEquals(List.of("header: id|matériel|structure", "2:|1|écran 24\"|Centre \"Les Tilleuls\"", "3:|2|ordinateur; souris|ok"), rows);
        Path open = dir.resolve("open.csv");
        Files.writeString(open, "id;note\n1;ok\n2;\"jamais fermée\n3;x\n");
        InputException e = assertThrows(InputException.class, () -> rows(List.of(Importers.open(open, ImportOptions.DEFAULTS))));
        assertTrue(e.getMessage().contains("row 3: a quoted cell starting in this row is never closed"), e.getMessage());
    }
}
