package fr.enquete.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A staged set of files with its manifest replaces the files the previous set listed, and only those. */
class FileManifestTest {

    @TempDir
    Path dir;

    private List<String> tree() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    /** Writes report.md's charts {@code charts} into a staging folder of {@code dir}, with their manifest, and commits. */
    private void charts(String owner, String... charts) throws IOException {
        try (AtomicFiles.Staging stage = AtomicFiles.stage(dir, owner)) {
            Path folder = stage.path().resolve("charts");
            AtomicFiles.writeString(stage.path().resolve(owner), "page");
            for (String c : charts) {
                AtomicFiles.writeString(folder.resolve(c), c);
            }
            FileManifest.write(folder, owner, List.of(charts));
            stage.commit();
        }
    }

    @Test
    void aCommitRemovesTheFilesTheLastManifestListedAndNoOthers() throws IOException {
        charts("report.md", "q1-bars.png", "q2-bars.png", "q3-cloud.png");
        Files.writeString(dir.resolve("charts/logo.png"), "the user's");
        charts("report.md", "q2-bars.png");
        assertEquals(List.of("charts", "charts/enquete-report.md.txt", "charts/logo.png", "charts/q2-bars.png", "report.md"), tree());
        assertEquals("# Written by enquete with report.md: the next run that writes report.md removes the files below that it no"
                + " longer makes.\nq2-bars.png\n", Files.readString(dir.resolve("charts/enquete-report.md.txt")));
    }

    @Test
    void aFileAnotherManifestListsIsKept() throws IOException {
        charts("report.md", "shared.png", "q1-bars.png");
        charts("swot.md", "shared.png");
        charts("report.md", "q1-bars.png");
        assertEquals(List.of("charts", "charts/enquete-report.md.txt", "charts/enquete-swot.md.txt", "charts/q1-bars.png",
                "charts/shared.png", "report.md", "swot.md"), tree());
    }

    @Test
    void aManifestListingNothingRemovesThePreviousOneAndTheFolderItLeavesEmpty() throws IOException {
        charts("report.md", "q1-bars.png");
        charts("report.md");
        assertEquals(List.of("report.md"), tree());
        // A first set without files makes no folder for its manifest.
        charts("plan.md");
        assertEquals(List.of("plan.md", "report.md"), tree());
    }

    @Test
    void aManifestNamesOnlyFilesOfItsOwnFolder() throws IOException {
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("keep.txt"), "outside the folder");
        Files.writeString(dir.resolve("charts/enquete-report.md.txt"), "# by hand\n../keep.txt\n/etc/hosts\n..\nq1-bars.png\n");
        Files.writeString(dir.resolve("charts/q1-bars.png"), "old");
        charts("report.md", "q2-bars.png");
        assertEquals(List.of("charts", "charts/enquete-report.md.txt", "charts/q2-bars.png", "keep.txt", "report.md"), tree());
    }
}
