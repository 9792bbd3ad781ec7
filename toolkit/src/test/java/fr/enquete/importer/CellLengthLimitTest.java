package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Row;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --max-cell-chars}: a cell longer than the limit once trimmed stops the import at its row and column
 * ({@link LimitedSource}, for every importer), in the first row, a later one or a title row, whole or in parts. The
 * lengths below are counted by hand.
 */
class CellLengthLimitTest {

    @TempDir
    Path dir;

    /** A limit of 12 characters a cell, every other limit as by default. */
    private static final ImportOptions TWELVE = new ImportOptions(null, null, null, new Limits(100_000, 12, 100));

    private static List<String> read(TableSource source) {
        List<String> out = new ArrayList<>();
        source.read(new TableHandler() {
            @Override
            public void header(Header header) {
            }

            @Override
            public void row(Row row) {
                out.add(row.number() + ":" + row.get(1));
            }
        });
        return out;
    }

    private Path csv(String name, String text, Charset cs) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, cs);
        return p;
    }

    @Test
    void paddedAndAccentedCellsUnderTheLimitPassAndALongerOneIsLocated() throws IOException {
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
            // "   court texte    " is 18 characters as read, 11 trimmed; "éléphantéés" 11 characters, 17 bytes in UTF-8;
            // "Texte beaucoup trop long" 24 characters.
            Path p = csv("limit-" + cs.name() + ".csv", "id;commentaire;n\n1;   court texte    ;5\n2;éléphantéés;6\n\n"
                    + "3;Texte beaucoup trop long;7\n4;ok;8\n", cs);
            InputException e = assertThrows(InputException.class, () -> read(Importers.open(p, TWELVE)));
            // Row 5, as a spreadsheet numbers it: the header is row 1 and the blank line is row 4.
            assertTrue(e.getMessage().endsWith("row 5, column \"commentaire\": this cell holds 24 characters, more than the"
                    + " limit of 12 (raise it with --max-cell-chars if the file is genuine)"), e.getMessage());
            Path ok = csv("ok-" + cs.name() + ".csv", "id;commentaire;n\n1;   court texte    ;5\n2;éléphantéés;6\n", cs);
            assertEquals(List.of("2:court texte", "3:éléphantéés"), read(Importers.open(ok, TWELVE)));
        }
    }

    @Test
    void theFirstRowIsCheckedAfterTheTitleCheck() throws IOException {
        Path first = csv("first.csv", "id;commentaire\n1;Texte beaucoup trop long\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> read(Importers.open(first, TWELVE)));
        assertTrue(e.getMessage().contains("row 2, column \"commentaire\": this cell holds 24 characters"), e.getMessage());
        // One heading over three filled cells: a title above the header, said before the long cell.
        Path title = csv("title.csv", "Enquête 2024;;\na;Texte beaucoup trop long;c\n", StandardCharsets.UTF_8);
        InputException t = assertThrows(InputException.class, () -> read(Importers.open(title, TWELVE)));
        assertTrue(t.getMessage().contains("a title above the real header row?"), t.getMessage());
    }

    @Test
    void aLongCellInALaterPartIsTheSameErrorAsInTheWholeRead() throws IOException {
        StringBuilder sb = new StringBuilder("id;commentaire;n\n");
        long before = 0;
        for (int i = 1; i <= 3000; i++) {
            if (i == 600) {
                before = sb.toString().getBytes(StandardCharsets.UTF_8).length;
            }
            sb.append(i).append(';').append(i == 600 ? "une réponse bien trop longue" : "réponse " + (i % 97)).append(';').append(i % 7).append('\n');
        }
        Path p = csv("parts.csv", sb.toString(), StandardCharsets.UTF_8);
        TableSource source = Importers.open(p, TWELVE);
        InputException whole = assertThrows(InputException.class, () -> read(source));
        // Record 601: the header is record 1; "une réponse bien trop longue" is 28 characters.
        assertTrue(whole.getMessage().contains("row 601, column \"commentaire\": this cell holds 28 characters"), whole.getMessage());
        // The long row inside a part (the reader's check), then starting the second part (LimitedSource's).
        for (long chunk : new long[] {4096, before}) {
            List<TableSource> parts = source.split(chunk);
            assertTrue(parts.size() > 2, "parts: " + parts.size());
            InputException split = assertThrows(InputException.class, () -> parts.forEach(CellLengthLimitTest::read));
            assertEquals(whole.getMessage(), split.getMessage());
        }
        List<TableSource> parts = source.split(before);
        assertEquals(List.of("2:réponse 1"), read(parts.get(0)).subList(0, 1));
        InputException second = assertThrows(InputException.class, () -> read(parts.get(1)));
        assertEquals(whole.getMessage(), second.getMessage());
    }

    @Test
    void aWorkbookCellIsStillChecked() throws IOException {
        Path p = dir.resolve("limit.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            var sheet = wb.createSheet("R");
            var h = sheet.createRow(0);
            h.createCell(0).setCellValue("id");
            h.createCell(1).setCellValue("commentaire");
            for (int i = 1; i <= 3; i++) {
                var r = sheet.createRow(i);
                r.createCell(0).setCellValue(i);
                r.createCell(1).setCellValue(i == 3 ? "Texte beaucoup trop long" : "court");
            }
            wb.write(out);
        }
        InputException e = assertThrows(InputException.class, () -> read(Importers.open(p, TWELVE)));
        assertTrue(e.getMessage().contains("row 4, column \"commentaire\": this cell holds 24 characters"), e.getMessage());
    }
}
