package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A reader that stopped reading is no error; a write that failed otherwise (a full disk) still is. */
class StandardOutputTest {

    /** A stream accepting {@code room} bytes, then failing as the system says it (the message is the system's). */
    private static final class FailingAfter extends OutputStream {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        final int room;
        final String message;

        FailingAfter(int room, String message) {
            this.room = room;
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written.size() + len > room) {
                throw new IOException(message);
            }
            written.write(b, off, len);
        }
    }

    @Test
    void aClosedPipeDropsWhatFollowsWithoutError() throws IOException {
        FailingAfter pipe = new FailingAfter(6, "Broken pipe");
        StandardOutput stdout = new StandardOutput(pipe, () -> false);
        stdout.write("file: ".getBytes(StandardCharsets.UTF_8));
        stdout.write("export.csv\n".getBytes(StandardCharsets.UTF_8));
        stdout.write("rows: 37\n".getBytes(StandardCharsets.UTF_8));
        stdout.flush();
        assertTrue(stdout.readerGone());
        assertEquals("file: ", pipe.written.toString(StandardCharsets.UTF_8));
    }

    /** Under LANG=fr_FR.UTF-8 the JVM words EPIPE in French; a pipe on descriptor 1 tells it whatever the words. */
    @Test
    void aPipeTellsAReaderGoneWhateverTheLocaleWords() throws IOException {
        StandardOutput stdout = new StandardOutput(new FailingAfter(0, "Relais brisé"), () -> true);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        out.println("Sans réponse");
        assertFalse(out.checkError());
        assertTrue(stdout.readerGone());
    }

    @Test
    void aFullDiskIsAnError() {
        StandardOutput stdout = new StandardOutput(new FailingAfter(4, "No space left on device"), () -> false);
        IOException e = assertThrows(IOException.class, () -> stdout.write("file: export.csv\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("No space left on device", e.getMessage());
        assertFalse(stdout.readerGone());
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(
                new StandardOutput(new FailingAfter(4, "No space left on device"), () -> false), StandardCharsets.UTF_8), true);
        out.println("file: export.csv");
        assertTrue(out.checkError(), "the run must say it could not write");
    }
}
