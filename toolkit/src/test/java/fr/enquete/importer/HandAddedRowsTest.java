package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.Header;
import fr.enquete.model.Message;
import fr.enquete.model.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read in parts leaves out the rows a spreadsheet user added as the whole file's reading does. */
class HandAddedRowsTest {

    @TempDir
    Path dir;

    @Test
    void aFileReadInPartsLeavesOutTheSameRows() throws IOException {
        // A label row under the codes, 400 respondents, a total row: the same rows kept and left out, whole or in parts.
        StringBuilder csv = new StringBuilder("id;age;avis\nIdentifiant;Quel âge avez-vous ?;Votre avis\n");
        long sum = 0;
        for (int r = 1; r <= 400; r++) {
            csv.append(r).append(';').append(20 + r % 50).append(';').append(r % 3 == 0 ? "Bien" : "Moyen").append('\n');
            sum += 20 + r % 50;
        }
        csv.append("Total;").append(sum).append(";\n");
        Path file = Files.writeString(dir.resolve("parts.csv"), csv.toString());
        TableSource source = Importers.open(file, ImportOptions.DEFAULTS);
        List<TableSource> parts = source.split(1024);
        assertTrue(parts.size() > 3, "read in parts");
        List<String> whole = read(List.of(source));
        assertEquals(whole, read(parts));
        assertEquals(402, whole.size());
        assertEquals("left out 2: " + Message.of("row.labels.left", "Identifiant", "id").english(), whole.get(0));
        assertEquals("left out 403: " + Message.of("row.total.left", "Total").english(), whole.get(401));
    }

    /**
     * "Somme" is a department of Hauts-de-France before it is a sum: a centres' sheet by department ("Somme;12;5;3",
     * the department then numbers, as a total row reads) lost the Somme's row as a total.
     */
    @Test
    void aDepartmentNamedSommeIsNoTotal() throws IOException {
        Path file = Files.writeString(dir.resolve("departements.csv"), """
                departement;centres;repondants;qpv
                Aisne;19;7;3
                Nord;152;58;27
                Oise;24;6;2
                Pas-de-Calais;35;14;6
                Somme;8;6;3
                Total;238;91;41
                """);
        List<String> rows = read(List.of(Importers.open(file, ImportOptions.DEFAULTS)));
        assertEquals(List.of("row 2", "row 3", "row 4", "row 5", "row 6", "left out 7: " + Message.of("row.total.left", "Total").english()),
                rows);
    }

    /** Each row kept as its number, each row left out as its number and why. */
    private static List<String> read(List<TableSource> sources) {
        List<String> seen = new ArrayList<>();
        for (TableSource source : sources) {
            source.read(new TableHandler() {
                @Override
                public void header(Header header) {
                }

                @Override
                public void row(Row row) {
                    seen.add("row " + row.number());
                }

                @Override
                public void leftOut(Row row, Message why) {
                    seen.add("left out " + row.number() + ": " + why.english());
                }
            });
        }
        return seen;
    }
}
