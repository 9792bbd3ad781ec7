package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench --survey and --report leave nothing in the temporary directory unless --keep asks for the files. */
class BenchCleanupTest {

    @TempDir
    Path dir;

    /** The directory a bench run says it wrote to ("... to DIR" or "... in DIR)"). */
    private static Path announced(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        assertTrue(m.find(), out);
        return Path.of(m.group(1));
    }

    @Test
    void surveyBenchDeletesItsTemporaryDirectory() {
        CliRun r = CliRun.run("bench", "--survey", "500", "--rounds", "1");
        assertEquals(0, r.code(), r.err());
        Path scratch = announced(r.out(), " s to (\\S+)\\n");
        assertTrue(scratch.getFileName().toString().startsWith("enquete-bench"), scratch.toString());
        assertFalse(Files.exists(scratch), scratch + " left behind");
    }

    @Test
    void reportBenchDeletesItsTemporaryDirectoryAndItsReports() {
        CliRun r = CliRun.run("bench", "--report", "5", "--respondents", "30", "--rounds", "1",
                "--fixtures", Fixtures.home().resolve("fixtures").toString());
        assertEquals(0, r.code(), r.err());
        Path scratch = announced(r.out(), " kB, in (\\S+)\\), every format");
        assertTrue(scratch.getFileName().toString().startsWith("enquete-report-bench"), scratch.toString());
        assertFalse(Files.exists(scratch), scratch + " left behind");
    }

    @Test
    void aKeptDirectoryStaysAndATemporaryOneGoesEvenOnFailure() throws IOException {
        Path keep = dir.resolve("keep");
        Files.createDirectories(keep);
        try (ScratchDirectory kept = ScratchDirectory.keptOrTemporary(keep, "x")) {
            Files.writeString(kept.path().resolve("export.csv"), "a\n1\n");
        }
        assertTrue(Files.exists(keep.resolve("export.csv")));

        Path[] seen = new Path[1];
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> {
            try (ScratchDirectory scratch = ScratchDirectory.keptOrTemporary(null, "enquete-bench-test")) {
                seen[0] = scratch.path();
                Files.createDirectories(scratch.path().resolve("report1"));
                Files.writeString(scratch.path().resolve("report1/report.html"), "<html></html>");
                throw new IllegalStateException("the benchmark failed");
            }
        });
        assertEquals("the benchmark failed", failure.getMessage());
        assertFalse(Files.exists(seen[0]), seen[0] + " left behind after a failure");
    }
}
