package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableHandler;
import fr.enquete.model.Header;
import fr.enquete.model.Row;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line: on a terminal it follows the reading and is erased at the end; otherwise nothing at all. */
class ProgressTest {

    @TempDir
    Path dir;

    @Test
    void followsTheBytesReadThenThePhaseAndErasesItself() throws IOException, InterruptedException {
        Path f = dir.resolve("export.csv");
        StringBuilder sb = new StringBuilder("id;qpv\n");
        for (int i = 0; i < 20000; i++) {
            sb.append(i).append(";Oui\n");
        }
        Files.writeString(f, sb.toString());
        StringWriter err = new StringWriter();
        Progress p = Progress.of(new PrintWriter(err), f, true, 5, 0);
        Importers.open(f, ImportOptions.DEFAULTS).read(new TableHandler() {
            @Override
            public void header(Header header) {
            }

            @Override
            public void row(Row row) {
            }
        });
        // Once the whole file is read, the line says so.
        assertTrue(p.line().matches("enquete: reading 100 % \\(0 of 0 MB\\), \\d+\\.\\d s"), p.line());
        p.phase("free-text answers");
        Thread.sleep(60);
        p.close();
        String out = err.toString();
        assertTrue(out.contains("\renquete: free-text answers, "), out);
        assertTrue(out.endsWith("\r\u001b[K"), "erased at the end");
    }

    @Test
    void silentWhenNotOnATerminal() throws InterruptedException {
        StringWriter err = new StringWriter();
        Progress p = Progress.of(new PrintWriter(err), dir.resolve("none.csv"), false, 5, 0);
        p.phase("free-text answers");
        Thread.sleep(30);
        p.close();
        assertEquals("", err.toString());
    }
}
