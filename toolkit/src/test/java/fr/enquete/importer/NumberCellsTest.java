package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import fr.enquete.model.CellValues;
import fr.enquete.model.Header;
import fr.enquete.model.Row;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cells of the columns a handler reads as numbers: a plainly written whole number is kept as its value, and
 * every row reads as it does without the hint (texts, numbers, lengths), numbers as the JDK reads the texts.
 */
class NumberCellsTest {

    @TempDir
    Path dir;

    /** Texts met in real numeric columns, plain or not. */
    private static final List<String> TEXTS = List.of("0", "7", "-7", "42", "4999", "10", "-10", "123456789012345",
            "-123456789012345", "999999999999999", "-999999999999999", "1000000000000000", "12345678901234567",
            "9007199254740993", "007", "00", "-0", "-007", "+3", "3,5", "3.5", "-3.50", "0,0", "1 234", "1 234,5",
            "1.234,5", "1,234.5", " 12", "12 ", "1e3", "2E-2", "-", "--1", "1-", "12a", "NA", "\u0663", "\uFF11",
            "1\u00A0000");

    private static long whole(String text) {
        return CellsHandler.whole(text.toCharArray(), 0, text.length());
    }

    @Test
    void aWholeNumberIsKeptOnlyWhenItsTextIsTheOneLongToStringWrites() {
        for (String text : TEXTS) {
            long v = whole(text);
            if (v != CellsHandler.NOT_WHOLE) {
                assertEquals(text, Long.toString(v), text);
                assertEquals(Double.parseDouble(text), (double) v, text);
                assertEquals(Double.doubleToRawLongBits(CellValues.parseNumber(text)), Double.doubleToRawLongBits(v), text);
            } else {
                // Kept as text: not digits, or not as Long.toString writes them, or past 15 digits.
                boolean canonical;
                try {
                    canonical = Long.toString(Long.parseLong(text)).equals(text) && text.replace("-", "").length() <= 15;
                } catch (NumberFormatException e) {
                    canonical = false;
                }
                assertTrue(!canonical, text + " is plain and should be kept as a number");
            }
        }
        assertEquals(7, whole("7"));
        assertEquals(-123456789012345L, whole("-123456789012345"));
        assertEquals(CellsHandler.NOT_WHOLE, whole("007"));
        assertEquals(CellsHandler.NOT_WHOLE, whole("-0"));
        assertEquals(CellsHandler.NOT_WHOLE, whole("1000000000000000"));
    }

    @Test
    void randomNumbersRoundTrip() {
        Random random = new Random(22);
        for (int k = 0; k < 20_000; k++) {
            int digits = 1 + random.nextInt(15);
            long bound = (long) Math.pow(10, digits);
            long v = Math.floorMod(random.nextLong(), bound) * (random.nextBoolean() ? 1 : -1);
            assertEquals(v, whole(Long.toString(v)));
            assertEquals(Double.parseDouble(Long.toString(v)), (double) whole(Long.toString(v)));
            // A leading zero or plus sign, a space, a decimal part: text.
            assertEquals(CellsHandler.NOT_WHOLE, whole("0" + Math.abs(v)));
            assertEquals(CellsHandler.NOT_WHOLE, whole("+" + Math.abs(v)));
            assertEquals(CellsHandler.NOT_WHOLE, whole(v + " "));
            assertEquals(CellsHandler.NOT_WHOLE, whole(v + ",5"));
        }
    }

    @Test
    void theHandlerKeepsPlainWholeNumbersOfTheNamedColumnsOnly() {
        CellsHandler cells = new CellsHandler(CellDecoding.PLAIN, true);
        cells.numberColumns(new int[] {1, 2});
        CsvReader<CellsHandler.Cells> parser = CsvReader.builder().fieldSeparator(';')
                .build(cells, new StringReader("12;13;007;14\n;\"15\";-4;x\n"));
        // The numbers' array is the handler's, overwritten by the next record: read each record as it comes.
        var records = parser.iterator();
        CellsHandler.Cells first = records.next();
        assertEquals("12", first.texts()[0], "column 0 is not named: text");
        assertNull(first.texts()[1]);
        assertEquals(13, first.wholes()[1]);
        assertEquals("007", first.texts()[2], "a leading zero: text");
        assertEquals("14", first.texts()[3]);
        CellsHandler.Cells second = records.next();
        assertEquals("", second.texts()[0]);
        assertNull(second.texts()[1], "a quoted number is the same number");
        assertEquals(15, second.wholes()[1]);
        assertNull(second.texts()[2]);
        assertEquals(-4, second.wholes()[2]);
        CellsHandler.Cells none = parse(new CellsHandler(CellDecoding.PLAIN, true), "1;2\n");
        assertNull(none.wholes(), "no named column: no numbers");
    }

    private static CellsHandler.Cells parse(CellsHandler cells, String text) {
        CsvReader<CellsHandler.Cells> parser = CsvReader.builder().fieldSeparator(';').build(cells, new StringReader(text));
        return parser.iterator().next();
    }

    /** Reads a file whole and in parts, with and without naming its numeric columns: the same rows, cell by cell. */
    @Test
    void rowsReadTheSameWithAndWithoutTheHint() throws Exception {
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
            StringBuilder sb = new StringBuilder("id;âge;montant;avis\n");
            Random random = new Random(7);
            List<String> texts = TEXTS.stream().filter(t -> charset.newEncoder().canEncode(t)).toList();
            for (int r = 0; r < 3000; r++) {
                String a = texts.get(random.nextInt(texts.size()));
                String b = random.nextInt(3) == 0 ? "" : Long.toString(random.nextInt(2_000_000) - 1_000_000);
                String quoted = random.nextInt(10) == 0 ? "\"" + b + "\"" : b;
                sb.append(r).append(';').append(a).append(';').append(quoted).append(';')
                        .append(r % 3 == 0 ? "Très satisfait" : "Peu satisfait").append('\n');
            }
            Path file = dir.resolve("numbers-" + charset.name() + ".csv");
            Files.writeString(file, sb.toString(), charset);
            TableSource source = Importers.open(file, ImportOptions.DEFAULTS);
            List<List<Object>> plain = read(List.of(source), null);
            List<List<Object>> hinted = read(List.of(source), new int[] {1, 2, 9});
            assertEquals(plain, hinted, charset.name());
            List<TableSource> parts = source.split(4096);
            assertTrue(parts.size() > 5, "read in parts");
            assertEquals(plain, read(parts, new int[] {1, 2}), charset.name() + ", in parts");
            assertEquals(3000, plain.size());
            // The independent reference for the plain numbers: the JDK's reading of the text.
            for (List<Object> row : plain) {
                String text = (String) row.get(3 * 2);
                if (!text.isEmpty()) {
                    assertEquals(Double.parseDouble(text), (double) row.get(3 * 2 + 2), text);
                }
            }
        }
    }

    /** Each row as (text, length, number) for each cell, with {@code hint} as the handler's number columns. */
    private static List<List<Object>> read(List<TableSource> sources, int[] hint) {
        List<List<Object>> rows = new ArrayList<>();
        for (TableSource source : sources) {
            source.read(new TableHandler() {
                private boolean ready;

                @Override
                public void header(Header header) {
                    assertNotNull(header);
                    ready = true;
                }

                @Override
                public int[] numberColumns() {
                    return hint == null ? new int[0] : ready ? hint : null;
                }

                @Override
                public void row(Row row) {
                    List<Object> cells = new ArrayList<>();
                    for (int i = 0; i < row.size(); i++) {
                        cells.add(row.get(i));
                        cells.add(row.length(i));
                        cells.add(row.number(i));
                    }
                    cells.add(row.isBlank());
                    rows.add(cells);
                }
            });
        }
        return rows;
    }
}
