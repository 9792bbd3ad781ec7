package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The look at an export's first submission dates tells a file sorted newest first from one in submission order. */
class DateOrderPeekTest {

    @TempDir
    Path dir;

    @Test
    void aFileSortedNewestFirstGoesBackAndOneInSubmissionOrderDoesNot() throws IOException {
        String header = "id;submitdate;lastpage;startlanguage;q1\n";
        String first = "1;2024-03-01 09:12:40;2;fr;Oui\n";
        String second = "2;2024-03-01 10:03:05;2;fr;Non\n";
        String incomplete = "3;;1;fr;\n";
        assertEquals(false, DateOrderPeek.goesBack(open("in-order.csv", header + first + incomplete + second)));
        assertEquals(true, DateOrderPeek.goesBack(open("newest-first.csv", header + second + incomplete + first)));
        // Google Forms' month-first Timestamp sorted newest first goes back too.
        assertEquals(true, DateOrderPeek.goesBack(open("forms.csv", "Timestamp,Q1\n1/18/2024 14:56:02,Yes\n1/17/2024 9:01:40,No\n")));
        // No submission date: nothing to look at.
        assertEquals(false, DateOrderPeek.goesBack(open("undated.csv", "id;q1\n2;Oui\n1;Non\n")));
    }

    private fr.enquete.importer.TableSource open(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return Importers.open(p, ImportOptions.DEFAULTS);
    }
}
