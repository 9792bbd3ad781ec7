package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with too small a heap (here 16 MB for the fixture's report in every format) ends with one clear line saying how
 * to give more memory, exit 1, no stack trace, and the previous report untouched: nothing half-written.
 */
class OutOfMemoryCliTest {

    @TempDir
    Path dir;

    @Test
    void tooSmallAHeapSaysHowToGiveMoreAndWritesNothing() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Path previous = Files.writeString(out.resolve("report.html"), "<p>the previous report</p>");
        Path survey = Fixtures.home().resolve("fixtures/centres-sociaux");
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "report", survey.resolve("export.csv").toString(), "--spec", survey.resolve("spec.yaml").toString(),
                "--format", "all", "--out", out.toString()));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), err);
        assertTrue(err.startsWith("enquete: error: out of memory: this run needs more than "), err);
        assertTrue(err.contains("Give more with ENQUETE_JAVA_OPTS, e.g. ENQUETE_JAVA_OPTS=-Xmx2g"), err);
        assertFalse(err.contains("\tat "), err);
        assertEquals("<p>the previous report</p>", Files.readString(previous));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(previous), files.toList());
        }
    }

    @Test
    void theMessageNamesTheHeapAndTwiceItRoundedUpToAGigabyte() {
        assertTrue(OutOfMemory.message(1024L * 1024 * 1024).contains("more than the 1024 MB of heap it was given"));
        assertTrue(OutOfMemory.message(1024L * 1024 * 1024).endsWith("ENQUETE_JAVA_OPTS=-Xmx2g ./enquete ..."));
        assertTrue(OutOfMemory.message(3L * 1024 * 1024 * 1024).endsWith("ENQUETE_JAVA_OPTS=-Xmx6g ./enquete ..."));
        assertTrue(OutOfMemory.in(new java.util.concurrent.CompletionException(new OutOfMemoryError("Java heap space"))));
        assertFalse(OutOfMemory.in(new IllegalStateException("no")));
    }
}
