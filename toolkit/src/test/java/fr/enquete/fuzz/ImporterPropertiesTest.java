package fr.enquete.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.model.InputException;
import fr.enquete.testing.CellRows;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Property-based tests of the importers (jqwik, bounded tries so CI stays fast): whatever the bytes, an
 * import ends in rows or in an {@link InputException}, never another exception; what commons-csv writes is
 * read back cell for cell.
 */
class ImporterPropertiesTest {

    private static Path temp(String suffix, byte[] content) throws IOException {
        Path p = Files.createTempFile("enquete-fuzz", suffix);
        p.toFile().deleteOnExit();
        Files.write(p, content);
        return p;
    }

    /** Reads everything; returns the rows, or null when the importer refused the file with a located error. */
    private static List<List<String>> readOrRefuse(Path file) {
        CellRows rows = new CellRows();
        try {
            Importers.open(file, ImportOptions.DEFAULTS).read(rows);
            return rows.rows();
        } catch (InputException e) {
            if (e.location() == null || !e.getMessage().contains(file.getFileName().toString())) {
                throw new AssertionError("an error that does not name the file: " + e.getMessage(), e);
            }
            return null;
        }
    }

    @Provide
    Arbitrary<String> csvLike() {
        // Delimiters, quotes, line breaks, BOMs and accents are over-represented: that is where parsers break.
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.chars().with(';', ',', '\t', '"', '\n', '\r', ' ', '\'')),
                net.jqwik.api.Tuple.of(6, Arbitraries.chars().alpha().numeric()),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().with('é', 'è', 'ç', '€', '\uFEFF', '\u00A0', '’')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0000', '\u001F')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().all()));
        return chars.list().ofMaxSize(400).map(l -> {
            StringBuilder b = new StringBuilder();
            l.forEach(b::append);
            return b.toString();
        });
    }

    @Property(tries = 1000)
    void anyTextEndsInRowsOrALocatedError(@ForAll("csvLike") String text) throws IOException {
        readOrRefuse(temp(".csv", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 500)
    void anyBytesEndInRowsOrALocatedError(@ForAll @Size(max = 600) byte[] bytes) throws IOException {
        readOrRefuse(temp(".csv", bytes));
        readOrRefuse(temp(".xlsx", bytes));
    }

    @Property(tries = 200)
    void aDamagedWorkbookEndsInRowsOrALocatedError(@ForAll @IntRange(min = 0, max = 100_000) int seed,
                                                   @ForAll @IntRange(min = 1, max = 20) int flips) throws IOException {
        byte[] good = Files.readAllBytes(Fixtures.home().resolve("fixtures/hostile/formulas.xlsx"));
        java.util.Random random = new java.util.Random(seed);
        byte[] bad = good.clone();
        for (int i = 0; i < flips; i++) {
            bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
        }
        readOrRefuse(temp(".xlsx", bad));
    }

    @Property(tries = 150)
    void aDamagedOpenDocumentSheetOrStructureEndsInRowsOrALocatedError(@ForAll @IntRange(min = 0, max = 100_000) int seed,
                                                                        @ForAll @IntRange(min = 1, max = 20) int flips) throws IOException {
        java.util.Random random = new java.util.Random(seed);
        byte[] ods = Files.readAllBytes(Fixtures.home().resolve("fixtures/formats/spreadsheet.ods"));
        for (int i = 0; i < flips; i++) {
            ods[random.nextInt(ods.length)] = (byte) random.nextInt(256);
        }
        readOrRefuse(temp(".ods", ods));
        byte[] lss = Files.readAllBytes(Fixtures.home().resolve("fixtures/formats/limesurvey.lss"));
        for (int i = 0; i < flips; i++) {
            lss[random.nextInt(lss.length)] = (byte) random.nextInt(128);
        }
        Path p = temp(".lss", lss);
        try {
            fr.enquete.spec.LssReader.read(p);
        } catch (InputException e) {
            if (!e.getMessage().contains(p.getFileName().toString())) {
                throw new AssertionError("an error that does not name the file: " + e.getMessage(), e);
            }
        }
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> cell = Arbitraries.strings().withChars("abcéè;,\"\n ’'0123456789").ofMaxLength(12)
                .map(String::strip).filter(s -> !s.isEmpty());
        return Arbitraries.integers().between(1, 5).flatMap(width -> cell.list().ofSize(width).list().ofMinSize(2).ofMaxSize(8));
    }

    @Property(tries = 500)
    void whatCommonsCsvWritesIsReadBackCellForCell(@ForAll("tables") List<List<String>> table) throws IOException {
        // Header names must be distinct: make them so, as a user's export has them.
        List<List<String>> expected = new ArrayList<>(table);
        List<String> header = new ArrayList<>();
        for (int i = 0; i < table.get(0).size(); i++) {
            header.add("q" + i);
        }
        expected.set(0, header);
        StringWriter w2 = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w2, CSVFormat.EXCEL.builder().setDelimiter(';').setQuoteMode(org.apache.commons.csv.QuoteMode.ALL)
                .build())) {
            for (List<String> row : expected) {
                p.printRecord(row);
            }
        }
        List<List<String>> read = readOrRefuse(temp(".csv", w2.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, read);
    }
}
