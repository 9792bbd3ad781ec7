package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column the spec reads that the export names twice: a probe of bad inputs added a second "adherents" column full of
 * 9999 and got exit 0 and no word; the question reads the first, the copy is "adherents (2)". It is now said.
 */
class RepeatedColumnsCliTest {

    @TempDir
    Path dir;

    @Test
    void aRepeatedColumnTheSpecReadsIsSaid() throws Exception {
        // The fixture's records (some hold line breaks) with a last column "adherents" of 9999.
        Path export = dir.resolve("export-doublon.csv");
        org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').build();
        String text = Files.readString(Fixtures.export()).replace("\uFEFF", "");
        try (var in = org.apache.commons.csv.CSVParser.parse(text, format);
             var out = new org.apache.commons.csv.CSVPrinter(Files.newBufferedWriter(export), format)) {
            boolean header = true;
            for (org.apache.commons.csv.CSVRecord r : in) {
                List<String> cells = new java.util.ArrayList<>(r.toList());
                cells.add(header ? "adherents" : "9999");
                header = false;
                out.printRecord(cells);
            }
        }
        CliRun run = CliRun.run("stats", export.toString(), "--spec", Fixtures.spec().toString(), "--format", "json", "--no-terms");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("column \\\"adherents\\\" appears 2 times in the header: question \\\"adherents\\\" reads the first"), run.out());
        // The question still reads the first column: the fixture's 84 answers summing to 65 951 (seed 003).
        assertTrue(run.out().contains("65951") || run.out().contains("65951.0"), "the first column's figures");
        CliRun clean = CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--format", "json", "--no-terms");
        assertTrue(!clean.out().contains("appears 2 times"), "no such line for the fixture itself");
    }
}
