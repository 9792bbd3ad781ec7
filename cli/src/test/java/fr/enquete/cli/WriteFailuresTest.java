package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.io.AtomicFiles;
import fr.enquete.testing.Fixtures;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24: a full disk, a failing format and a killed run. A failed write exits 1 with a plain message, keeps the
 * previous files and leaves no temporary file; a report's files appear together or not at all.
 */
class WriteFailuresTest {

    @TempDir
    Path dir;

    /** A disk that fills up after {@code room} bytes of a temporary file whose name contains {@code which}. */
    private static AtomicFiles.Opener fullDiskAfter(long room, String which) {
        return file -> {
            OutputStream real = Files.newOutputStream(file);
            if (!file.getFileName().toString().contains(which) && !file.toString().contains("/." + which)) {
                return real;
            }
            return new FilterOutputStream(real) {
                private long written;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (written + len > room) {
                        throw new IOException("No space left on device");
                    }
                    written += len;
                    out.write(b, off, len);
                }
            };
        };
    }

    private static CliRun runWith(AtomicFiles.Opener opener, String... args) throws Exception {
        return AtomicFiles.withOpener(opener, () -> CliRun.run(args));
    }

    private List<String> hidden(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void statsOutOnAFullDiskExits1AndKeepsThePreviousFile() throws Exception {
        Path out = dir.resolve("stats.txt");
        Files.writeString(out, "previous\n");
        CliRun r = runWith(fullDiskAfter(2000, "stats.txt"), "stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(),
                "--out", out.toString(), "--lang", "en");
        assertEquals(1, r.code(), r.err());
        // The note on masked personal data comes first since personal data are masked by default; then the error.
        assertTrue(r.err().contains("\nenquete: error: cannot write " + out + ": no space left on device")
                || r.err().startsWith("enquete: error: cannot write " + out + ": no space left on device"), r.err());
        assertEquals("previous\n", Files.readString(out));
        assertEquals(List.of(), hidden(dir));
        // The same command with room enough writes the whole file (more than the 2 000 bytes the full disk allowed).
        assertEquals(0, CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out", out.toString()).code());
        assertTrue(Files.size(out) > 2000);
    }

    @Test
    void aReportOnAFullDiskKeepsThePreviousReportWhole() throws Exception {
        Path out = dir.resolve("rapport");
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.html"), "old html");
        Files.writeString(out.resolve("report.xlsx"), "old xlsx");
        // report.html is written completely; report.xlsx meets the full disk: neither may replace the old files.
        CliRun r = runWith(fullDiskAfter(5000, "report.xlsx"), "report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(),
                "--out", out.toString(), "--format", "html,xlsx");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("plus de place sur le disque"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals("old html", Files.readString(out.resolve("report.html")));
        assertEquals("old xlsx", Files.readString(out.resolve("report.xlsx")));
        assertEquals(List.of(), hidden(out));
        // And the html writer itself, which goes through a PrintWriter, sees its disk fill up.
        CliRun html = runWith(fullDiskAfter(5000, "report.html"), "report", Fixtures.export().toString(), "--spec",
                Fixtures.spec().toString(), "--out", out.toString());
        assertEquals(1, html.code(), html.err());
        assertEquals("old html", Files.readString(out.resolve("report.html")));
        assertEquals(List.of(), hidden(out));
    }

    /** The files of a report are staged in a hidden folder of --out: an error named it, a path the user never gave. */
    @Test
    void aFullDiskWhileAReportIsStagedNamesTheFileAsked() throws Exception {
        Path out = dir.resolve("rapport");
        CliRun chart = runWith(fullDiskAfter(100, "q2-bars.png"), "report", Fixtures.export().toString(), "--spec",
                Fixtures.spec().toString(), "--out", out.toString(), "--format", "md", "--lang", "en");
        assertEquals(1, chart.code(), chart.err());
        assertTrue(chart.err().contains("enquete: error: cannot write " + out.resolve("charts").resolve("q2-bars.png")
                + ": no space left on device"), chart.err());
        CliRun page = runWith(fullDiskAfter(5000, "report.docx"), "report", Fixtures.export().toString(), "--spec",
                Fixtures.spec().toString(), "--out", out.toString(), "--format", "html,docx", "--lang", "en");
        assertEquals(1, page.code(), page.err());
        assertTrue(page.err().contains("enquete: error: cannot write " + out.resolve("report.docx") + ": no space left on device"),
                page.err());
        Path plan = dir.resolve("plan");
        CliRun document = runWith(fullDiskAfter(100, "plan.xlsx"), "plan", Fixtures.home().resolve("fixtures/plans/bethune-fiches.yaml")
                .toString(), "--format", "html,xlsx", "--out", plan.toString(), "--lang", "en");
        assertEquals(1, document.code(), document.err());
        assertTrue(document.err().contains("enquete: error: cannot write " + plan.resolve("plan.xlsx") + ": no space left on device"),
                document.err());
        assertEquals(List.of(), hidden(dir));
    }

    @Test
    void aFailedRunLeavesNoEmptyOutputFolderBehind() throws Exception {
        // A pipeline that tests whether the output folder exists must not take a failed run for a done one.
        Path report = dir.resolve("etudes/2026/rapport");
        CliRun r = runWith(fullDiskAfter(5000, "report.xlsx"), "report", Fixtures.export().toString(), "--spec",
                Fixtures.spec().toString(), "--out", report.toString(), "--format", "html,xlsx");
        assertEquals(1, r.code(), r.err());
        Path stats = dir.resolve("sorties/stats.txt");
        CliRun s = runWith(fullDiskAfter(2000, "stats.txt"), "stats", Fixtures.export().toString(), "--spec",
                Fixtures.spec().toString(), "--out", stats.toString());
        assertEquals(1, s.code(), s.err());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
        // The same runs with room enough create the folders.
        assertEquals(0, CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out",
                report.toString(), "--format", "html,xlsx").code());
        assertTrue(Files.isRegularFile(report.resolve("report.xlsx")));
    }

    @Test
    void anImportedProjectAppearsWholeOrNotAtAll() throws Exception {
        Path qdpx = dir.resolve("abs.qdpx");
        Path agents = Fixtures.absAgents();
        assertEquals(0, CliRun.run("code", agents.resolve("entretiens").toString(), "--codebook", agents.resolve("codebook.yaml").toString(),
                "--keep-personal-data", "--format", "qdpx", "--out", qdpx.toString()).code());
        // The sources and segments.csv are written before codebook.csv meets the full disk: none may appear.
        Path out = dir.resolve("projet");
        CliRun r = runWith(fullDiskAfter(100, "codebook.csv"), "import-qda", qdpx.toString(), "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("plus de place sur le disque"), r.err());
        assertFalse(Files.exists(out), r.err());
        CliRun again = CliRun.run("import-qda", qdpx.toString(), "--out", out.toString());
        assertEquals(0, again.code(), again.err());
        try (Stream<Path> sources = Files.list(out.resolve("sources"))) {
            assertEquals(6, sources.count());
        }
        assertTrue(Files.isRegularFile(out.resolve("codebook.csv")));
        assertEquals(List.of(), hidden(out));
    }

    @Test
    void temporariesLeftByAKilledRunAreRemovedByTheNextOne() throws Exception {
        Path out = dir.resolve("rapport");
        Files.createDirectories(out.resolve(".report.enquete999999999-42/charts"));
        Files.writeString(out.resolve(".report.enquete999999999-42/report.html"), "half a report");
        Files.writeString(out.resolve(".report.html.enquete999999999-7.tmp"), "half a file");
        Files.writeString(out.resolve(".notes.txt"), "the user's own hidden file");
        CliRun r = CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out", out.toString(),
                "--format", "html,md");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(".notes.txt"), hidden(out));
        assertTrue(Files.readString(out.resolve("report.html")).contains("</html>"));
        assertTrue(Files.isDirectory(out.resolve("charts")));
    }
}
