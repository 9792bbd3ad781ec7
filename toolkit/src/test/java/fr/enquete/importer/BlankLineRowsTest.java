package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.Header;
import fr.enquete.model.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blank lines are rows, as a spreadsheet numbers them: a row's number is its line in a file without multi-line cells,
 * whether the file is read whole or in parts (whose cuts must count the blank lines as the reader does, or every part
 * after the first would be refused and the file read again whole).
 */
class BlankLineRowsTest {

    @TempDir
    Path dir;

    private static List<Long> rows(TableSource source, List<String> ids) {
        List<Long> numbers = new ArrayList<>();
        source.read(new TableHandler() {
            @Override
            public void header(Header header) {
            }

            @Override
            public void row(Row row) {
                numbers.add(row.number());
                ids.add(row.get(0));
            }
        });
        return numbers;
    }

    @Test
    void rowsAreNumberedByTheirLineWholeAndInParts() throws Exception {
        StringBuilder csv = new StringBuilder("\n\nid;avis;commentaire\n");
        List<Long> lines = new ArrayList<>();
        List<String> expectedIds = new ArrayList<>();
        int line = 3;
        for (int r = 1; r <= 3000; r++) {
            csv.append(r).append(';').append(r % 3 == 0 ? "Oui" : "Non").append(";un avis parmi d'autres\n");
            line++;
            lines.add((long) line);
            expectedIds.add(String.valueOf(r));
            // Blank lines between blocks, one or two, and one of spaces only (a row whose cells are blank).
            if (r % 13 == 0) {
                csv.append(r % 2 == 0 ? "\n\n" : "\r\n");
                line += r % 2 == 0 ? 2 : 1;
            } else if (r % 101 == 0) {
                csv.append("   \n");
                line++;
            }
        }
        Path file = dir.resolve("blocs.csv");
        Files.writeString(file, csv.toString());
        TableSource source = Importers.open(file, ImportOptions.DEFAULTS);
        List<String> ids = new ArrayList<>();
        assertEquals(lines, rows(source, ids));
        assertEquals(expectedIds, ids);
        List<TableSource> parts = source.split(2048);
        assertTrue(parts.size() > 10, "read in parts: " + parts.size());
        List<Long> inParts = new ArrayList<>();
        List<String> partIds = new ArrayList<>();
        // A part whose cut miscounted the blank lines throws PartMismatch here.
        for (TableSource part : parts) {
            inParts.addAll(rows(part, partIds));
        }
        assertEquals(lines, inParts);
        assertEquals(expectedIds, partIds);
    }
}
