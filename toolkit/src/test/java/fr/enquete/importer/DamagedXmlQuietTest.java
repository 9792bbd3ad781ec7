package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Row;
import fr.enquete.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spreadsheet whose XML holds a byte that is not UTF-8 ends in one located error, and nothing printed on
 * standard error besides (the JDK StAX parser, reading the .ods bytes itself, printed "[Fatal Error] :-1:-1: Invalid byte 1 of
 * 1-byte UTF-8 sequence." during the build).
 */
class DamagedXmlQuietTest {

    @TempDir
    Path dir;

    /** A copy of the zip whose entry {@code entry} has a Latin-1 "é" (0xE9 alone, invalid UTF-8) in its first text. */
    private Path damaged(Path zip, String entry, String marker, String name) throws IOException {
        Path out = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int at = xml.indexOf(marker) + marker.length();
                    assertTrue(at > marker.length(), marker + " not found in " + entry);
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    b.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    b.write(0xE9);
                    b.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                    bytes = b.toByteArray();
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(bytes);
                z.closeEntry();
            }
        }
        return out;
    }

    /** Reads the file, returning what was written on System.err meanwhile; the read must fail with a located error. */
    private static String readFailsQuietly(Path file) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            InputException e = assertThrows(InputException.class, () -> Importers.open(file, ImportOptions.DEFAULTS)
                    .read(new TableHandler() {
                        @Override
                        public void header(Header header) {
                        }

                        @Override
                        public void row(Row row) {
                        }
                    }));
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anOpenDocumentSheetWithABadByteFailsWithoutPrinting() throws IOException {
        Path ods = damaged(Fixtures.home().resolve("fixtures/formats/spreadsheet.ods"), "content.xml", "<table:table-cell",
                "bad.ods");
        assertEquals("", readFailsQuietly(ods));
    }

    @Test
    void anExcelSheetWithABadByteFailsWithoutPrinting() throws IOException {
        Path xlsx = damaged(Fixtures.home().resolve("fixtures/hostile/formulas.xlsx"), "xl/worksheets/sheet1.xml", "<t>",
                "bad.xlsx");
        assertEquals("", readFailsQuietly(xlsx));
    }
}
