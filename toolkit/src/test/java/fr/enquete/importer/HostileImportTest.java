package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.testing.CellRows;
import fr.enquete.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 24's hostile inputs to the importers: each once hung, exhausted memory or failed without a location. */
class HostileImportTest {

    @TempDir
    Path dir;

    private static List<List<String>> rows(Path p) {
        CellRows out = new CellRows();
        Importers.open(p, ImportOptions.DEFAULTS).read(out);
        return out.rows();
    }

    @Test
    void anXlsWorkbookIsRead() {
        // fixtures/formats/spreadsheet.xls is spreadsheet.ods saved by LibreOffice as Excel 97: the same cells.
        Path xls = Fixtures.home().resolve("fixtures/formats/spreadsheet.xls");
        Path ods = Fixtures.home().resolve("fixtures/formats/spreadsheet.ods");
        TableSource source = Importers.open(xls, ImportOptions.DEFAULTS);
        assertEquals(List.of("Horodateur", "Votre structure", "Vos domaines d'action", "Nombre de salariés",
                "Satisfaction du partenariat", "Commentaire"), source.header().names());
        List<List<String>> read = rows(xls);
        assertEquals(13, read.size(), "the header and make.py's 12 answers");
        assertEquals(List.of("Association", "Logement, Emploi, insertion", "12", "Très satisfait"), read.get(1).subList(1, 5));
        assertEquals(rows(ods), read);
    }

    @Test
    void aUtf32LittleEndianBomIsNotTakenForUtf16() throws IOException {
        Path p = dir.resolve("u32.csv");
        byte[] text = "nom;âge\nAline;31\nBruno;45\n".getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
        byte[] bytes = new byte[text.length + 4];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 4, text.length);
        Files.write(p, bytes);
        assertEquals(List.of(List.of("nom", "âge"), List.of("Aline", "31"), List.of("Bruno", "45")), rows(p));
        Path be = dir.resolve("u32be.csv");
        byte[] big = "nom;âge\nAline;31\n".getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
        byte[] withBom = new byte[big.length + 4];
        withBom[2] = (byte) 0xFE;
        withBom[3] = (byte) 0xFF;
        System.arraycopy(big, 0, withBom, 4, big.length);
        Files.write(be, withBom);
        assertEquals(List.of(List.of("nom", "âge"), List.of("Aline", "31")), rows(be));
    }

    @Test
    void repeatedColumnNamesAreMadeUniqueInLinearTime() throws IOException {
        // 100 000 identical names took minutes (each copy retried every suffix already taken).
        Path p = dir.resolve("dup.csv");
        String header = String.join(";", Collections.nCopies(100_000, "ab"));
        Files.writeString(p, header + "\n" + String.join(";", Collections.nCopies(100_000, "1")) + "\n");
        List<String> names = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Importers.open(p, ImportOptions.DEFAULTS).header().names());
        assertEquals(100_000, names.size());
        assertEquals(List.of("ab", "ab (2)", "ab (3)"), names.subList(0, 3));
        assertEquals("ab (100000)", names.get(99_999));
        assertEquals(List.of("a", "a (2)", "a (3)", "a (2) (2)"), new Header("t", List.of("a", "a (2)", "a", "a (2)")).names());
    }

    @Test
    void aHeaderWiderThanTheLimitIsRefusedBeforeItsNamesAreMadeUnique() throws IOException {
        Path p = dir.resolve("wide.csv");
        Files.writeString(p, "ab;".repeat(1_000_000) + "\n");
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(InputException.class, () -> Importers.open(p, ImportOptions.DEFAULTS).header()));
        assertTrue(e.getMessage().contains("the header has 1000001 columns, more than the limit of 100000"), e.getMessage());
    }

    private static byte[] ods(String rowsXml) throws IOException {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                + "<table:table table:name=\"S\">" + rowsXml + "</table:table></office:spreadsheet></office:body></office:document-content>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("mimetype"));
            z.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String cell(String text, String attributes) {
        return "<table:table-cell " + attributes + "><text:p>" + text + "</text:p></table:table-cell>";
    }

    private static final String HEADER_ROW = "<table:table-row>" + cell("q1", "") + cell("q2", "") + "</table:table-row>";

    @Test
    void aCellRepeatedTwoBillionTimesIsALocatedErrorNotAnOutOfMemory() throws IOException {
        Path p = dir.resolve("cols.ods");
        Files.write(p, ods(HEADER_ROW + "<table:table-row>" + cell("x", "table:number-columns-repeated=\"2000000000\"") + "</table:table-row>"));
        assertTrue(Files.size(p) < 2000);
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(InputException.class, () -> rows(p)));
        assertEquals(2, e.location().row());
        assertTrue(e.getMessage().contains("a cell repeated 2000000000 times (number-columns-repeated) makes the row wider than the limit of 100000"),
                e.getMessage());
    }

    @Test
    void rowsRepeatedTwoBillionTimesAreRefusedBeforeTheyAreRead() throws IOException {
        Path p = dir.resolve("rows.ods");
        Files.write(p, ods(HEADER_ROW + "<table:table-row table:number-rows-repeated=\"2000000000\">" + cell("x", "") + cell("y", "")
                + "</table:table-row>"));
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(InputException.class, () -> rows(p)));
        assertEquals(2, e.location().row());
        assertTrue(e.getMessage().contains("expand the sheet's 4 written cells to more than 1000000 (100 times;"), e.getMessage());
    }

    @Test
    void modestRepeatsAndAnEmptyTailToTheLastColumnStillRead() throws IOException {
        // LibreOffice writes identical consecutive rows once with a repeat, and styled empty cells to column 16 384.
        Path p = dir.resolve("ok.ods");
        String tail = "<table:table-cell table:number-columns-repeated=\"16382\"/>";
        Files.write(p, ods(HEADER_ROW.replace("</table:table-row>", tail + "</table:table-row>")
                + "<table:table-row table:number-rows-repeated=\"3\">" + cell("x", "") + cell("y", "") + tail + "</table:table-row>"
                + "<table:table-row>" + "<table:table-cell/>" + cell("z", "") + tail + "</table:table-row>"));
        assertEquals(List.of(List.of("q1", "q2"), List.of("x", "y"), List.of("x", "y"), List.of("x", "y"), List.of("", "z")), rows(p));
    }

    /** A one-sheet workbook whose sheet rows and shared strings are given as XML. */
    private Path xlsx(String name, String sheetRows, String sharedStrings) throws IOException {
        Path p = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            put(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            put(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(z, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            put(z, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>");
            put(z, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + sharedStrings + "</sst>");
            put(z, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData>" + sheetRows + "</sheetData></worksheet>");
        }
        return p;
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String STRINGS = "<si><t>q1</t></si><si><t>q2</t></si><si><t>Oui</t></si>";
    private static final String XLSX_HEADER = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>";

    @Test
    void aWellFormedHandMadeWorkbookReads() throws IOException {
        Path p = xlsx("ok.xlsx", XLSX_HEADER + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" s=\"1\"><v>45000</v></c></row>", STRINGS);
        assertEquals(List.of(List.of("q1", "q2"), List.of("Oui", "2023-03-15")), rows(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<row r=\"2\"><c r=\"\" t=\"s\"><v>2</v></c></row>",
        "<row r=\"2\"><c r=\"2B\" t=\"s\"><v>2</v></c></row>",
        "<row r=\"2\"><c r=\"A&#9;2\" t=\"s\"><v>2</v></c></row>",
        "<row r=\"2\"><c r=\"ZZZZ2\" t=\"s\"><v>2</v></c></row>",
        "<row r=\"abc\"><c r=\"A2\" t=\"s\"><v>2</v></c></row>",
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>99</v></c></row>",
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>-1</v></c></row>",
        "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>1e309</v></c></row>"})
    void aMalformedCellIsALocatedError(String row) throws IOException {
        Path p = xlsx("bad.xlsx", XLSX_HEADER + row, STRINGS);
        try {
            List<List<String>> read = rows(p);
            // Only a value POI can still render is accepted; it must then be the cell's own text.
            throw new AssertionError("read " + read + " from " + row);
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith(p + " [S], row "), e.getMessage());
            assertTrue(e.getMessage().contains("cell"), e.getMessage());
        }
    }

    @Test
    void aRelationshipToAnInvalidUriIsALocatedError() throws Exception {
        // Mutant 412 of microsoft-forms.xlsx (campaign seed 7): POI threw IllegalArgumentException "targetUri invalid".
        Path p = dir.resolve("mutant.xlsx");
        try (java.io.InputStream in = HostileImportTest.class.getResourceAsStream("/fuzz/invalid-relationship-uri.xlsx")) {
            Files.copy(in, p);
        }
        InputException e = assertThrows(InputException.class, () -> rows(p));
        assertTrue(e.getMessage().startsWith(p + ": not a readable .xlsx workbook: "), e.getMessage());
    }
}
