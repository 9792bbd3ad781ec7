package fr.enquete.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write leaves the folders as they were: the ones it created for its output are gone again. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> tree() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static void failing(java.io.OutputStream out) throws IOException {
        out.write("half".getBytes(StandardCharsets.UTF_8));
        throw new IOException("No space left on device");
    }

    @Test
    void aFailedWriteRemovesTheFoldersItCreated() throws IOException {
        Files.createDirectories(dir.resolve("existing"));
        Path target = dir.resolve("existing/new/deeper/stats.txt");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, AtomicFilesTest::failing));
        assertEquals("No space left on device", e.getMessage());
        assertEquals(List.of("existing"), tree());
    }

    @Test
    void aFailedWriteKeepsAFolderThatHoldsOtherFiles() throws IOException {
        Path target = dir.resolve("new/stats.txt");
        AtomicFiles.writeString(dir.resolve("new/other.txt"), "kept");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, AtomicFilesTest::failing));
        assertEquals(List.of("new", "new/other.txt"), tree());
    }

    @Test
    void aWriteIntoNewFoldersKeepsThem() throws IOException {
        AtomicFiles.writeString(dir.resolve("a/b/stats.txt"), "done");
        assertEquals(List.of("a", "a/b", "a/b/stats.txt"), tree());
        assertEquals("done", Files.readString(dir.resolve("a/b/stats.txt")));
    }

    /** A report's files, one in a sub-folder, written into a staging folder. */
    private static void writeAReport(AtomicFiles.Staging stage) throws IOException {
        AtomicFiles.writeString(stage.path().resolve("charts/q1.png"), "png");
        AtomicFiles.writeString(stage.path().resolve("report.html"), "html");
    }

    @Test
    void aStagingClosedWithoutCommitLeavesNoFolderBehind() throws IOException {
        Path out = dir.resolve("reports/rapport");
        try (AtomicFiles.Staging stage = AtomicFiles.stage(out, "report")) {
            writeAReport(stage);
            assertTrue(Files.isDirectory(out));
        }
        assertEquals(List.of(), tree());
    }

    @Test
    void aStagingIntoAnExistingFolderKeepsItAndItsFiles() throws IOException {
        Path out = dir.resolve("rapport");
        AtomicFiles.writeString(out.resolve("report.html"), "old");
        try (AtomicFiles.Staging stage = AtomicFiles.stage(out, "report")) {
            AtomicFiles.writeString(stage.path().resolve("report.html"), "new");
        }
        assertEquals(List.of("rapport", "rapport/report.html"), tree());
        assertEquals("old", Files.readString(out.resolve("report.html")));
    }

    @Test
    void aCommittedStagingMovesItsFilesIntoPlace() throws IOException {
        Path out = dir.resolve("new/rapport");
        try (AtomicFiles.Staging stage = AtomicFiles.stage(out, "report")) {
            writeAReport(stage);
            stage.commit();
        }
        // Every file and folder under the test's folder: the staging folder (.report.enquete<pid>-<n>) is gone.
        assertEquals(List.of("new", "new/rapport", "new/rapport/charts", "new/rapport/charts/q1.png", "new/rapport/report.html"), tree());
    }

    @Test
    void aCommitThatCannotReplaceOneFileMovesNone() throws IOException {
        // report.xlsx is a folder (as a file held open elsewhere cannot be replaced): the other formats were already
        // new beside it, a set from two runs.
        Path out = dir.resolve("rapport");
        AtomicFiles.writeString(out.resolve("report.html"), "old html");
        Files.createDirectories(out.resolve("report.xlsx"));
        try (AtomicFiles.Staging stage = AtomicFiles.stage(out, "report")) {
            AtomicFiles.writeString(stage.path().resolve("report.html"), "new html");
            AtomicFiles.writeString(stage.path().resolve("report.xlsx"), "new xlsx");
            java.nio.file.FileSystemException e = assertThrows(java.nio.file.FileSystemException.class, stage::commit);
            assertTrue(e.getFile().endsWith("report.xlsx") && "a folder has that name".equals(e.getReason()), e.getMessage());
        }
        assertEquals("old html", Files.readString(out.resolve("report.html")));
        assertEquals(List.of("rapport", "rapport/report.html", "rapport/report.xlsx"), tree());
    }

    @Test
    void aCommitThatFailsMidwayPutsBackWhatItReplaced() throws IOException {
        // "a.txt" moves first (files move in name order); "sub/b.txt" then needs the folder "sub", which is a file.
        Path out = dir.resolve("rapport");
        AtomicFiles.writeString(out.resolve("a.txt"), "old a");
        AtomicFiles.writeString(out.resolve("sub"), "a file, not a folder");
        try (AtomicFiles.Staging stage = AtomicFiles.stage(out, "report")) {
            AtomicFiles.writeString(stage.path().resolve("a.txt"), "new a");
            AtomicFiles.writeString(stage.path().resolve("new.txt"), "new");
            AtomicFiles.writeString(stage.path().resolve("sub/b.txt"), "new b");
            assertThrows(IOException.class, stage::commit);
        }
        assertEquals("old a", Files.readString(out.resolve("a.txt")));
        assertEquals(List.of("rapport", "rapport/a.txt", "rapport/sub"), tree());
    }

    @Test
    void aPathMetInAnErrorIsNamedAsTheUserAskedForIt() {
        assertEquals(Path.of("/srv/rapport/stats.json"), AtomicFiles.intended(Path.of("/srv/rapport/.stats.json.enquete12078-4431.tmp")));
        assertEquals(Path.of("/srv/rapport"), AtomicFiles.intended(Path.of("/srv/rapport/.report.enquete12078-4431")));
        assertEquals(Path.of("/srv/rapport/charts/q3-bars.png"),
                AtomicFiles.intended(Path.of("/srv/rapport/.report.enquete12078-4431/charts/q3-bars.png")));
        assertEquals(Path.of("/srv/rapport/charts/q3-bars.png"),
                AtomicFiles.intended(Path.of("/srv/rapport/.report.enquete12078-4431/charts/.q3-bars.png.enquete12078-77.tmp")));
        assertEquals(Path.of("rapport/report.md"), AtomicFiles.intended(Path.of("rapport/.report.md.enquete1-2/report.md")));
        assertEquals(Path.of(".report.enquete1-2"), AtomicFiles.intended(Path.of(".report.enquete1-2")));
        assertEquals(Path.of("/srv/.notes.txt"), AtomicFiles.intended(Path.of("/srv/.notes.txt")));
    }
}
