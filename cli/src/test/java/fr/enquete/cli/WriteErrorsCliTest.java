package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails says which of the user's files and why: a probe of bad inputs met "enquete: error:
 * /tmp/probe/ro2/.stats.json.enquete12078-4431.tmp" (a folder not writable), "enquete: error: /tmp/probe/existing.txt"
 * (no reason), and temporary paths for a full disk.
 */
class WriteErrorsCliTest {

    @TempDir
    Path dir;

    @Test
    void anOutIntoAFileOrOntoAFolderNamesItAndSaysWhy() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        CliRun into = CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--format", "json",
                "--out", file.resolve("stats.json").toString(), "--lang", "en");
        assertEquals(1, into.code(), into.err());
        assertTrue(into.err().contains("enquete: error: cannot create the folder " + file + ": a file has that name"), into.err());
        Path folder = Files.createDirectories(dir.resolve("cs"));
        CliRun onto = CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--format", "json",
                "--out", folder.toString(), "--lang", "en");
        assertEquals(1, onto.code(), onto.err());
        assertTrue(onto.err().contains("enquete: error: cannot write " + folder + ": is a directory"), onto.err());
        assertFalse(onto.err().contains(".tmp"), onto.err());
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file left");
        }
    }

    /** Permissions cannot be taken from root, who runs CI: the messages of the exceptions a non-root user meets. */
    @Test
    void aFolderNotWritableIsSaidOfTheFileAsked() {
        assertEquals("cannot write /data/out/stats.json: permission denied",
                Main.writeError(new AccessDeniedException("/data/out/.stats.json.enquete12078-4431.tmp")).text(Locale.ENGLISH));
        assertEquals("impossible d’écrire /data/out/stats.json\u00A0: permission refusée",
                Main.writeError(new AccessDeniedException("/data/out/.stats.json.enquete12078-4431.tmp")).text(Locale.FRENCH));
        assertEquals("cannot write /data/out: permission denied",
                Main.writeError(new AccessDeniedException("/data/out/.report.enquete12078-99")).text(Locale.ENGLISH));
        // The system's reason, in the run's language.
        assertEquals("cannot write /data/out/report.docx: no space left on device",
                Main.writeError(new FileSystemException("/data/out/.report.docx.enquete1-2.tmp", null, "No space left on device"))
                        .text(Locale.ENGLISH));
        assertEquals("plus de place sur le disque", Main.writeError(new java.io.IOException("No space left on device")).text(Locale.FRENCH));
    }

    /**
     * A set of formats is written whole or not at all: with report.xlsx impossible to replace (here a folder of that
     * name; a workbook open in Excel elsewhere), report.html, .docx and .md had already been replaced, and the set
     * mixed two runs. The same for swot, which wrote its formats one by one.
     */
    @Test
    void aFormatThatCannotBeWrittenLeavesTheOthersAsTheyWere() throws Exception {
        Path out = dir.resolve("rapport");
        Files.createDirectories(out.resolve("report.xlsx"));
        Files.writeString(out.resolve("report.html"), "previous run");
        CliRun report = CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--format", "all",
                "--out", out.toString(), "--lang", "en");
        assertEquals(1, report.code(), report.err());
        assertTrue(report.err().contains("cannot write " + out.resolve("report.xlsx") + ": a folder has that name"), report.err());
        assertEquals("previous run", Files.readString(out.resolve("report.html")));
        try (var left = Files.list(out)) {
            assertEquals(java.util.List.of("report.html", "report.xlsx"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Path a = Fixtures.home().resolve("fixtures/abs-agents");
        Path swot = dir.resolve("swot");
        Files.createDirectories(swot.resolve("swot.docx"));
        CliRun grid = CliRun.run("swot", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(),
                "--format", "all", "--out", swot.toString(), "--lang", "en");
        assertEquals(1, grid.code(), grid.err());
        assertTrue(grid.err().contains("cannot write " + swot.resolve("swot.docx") + ": a folder has that name"), grid.err());
        try (var left = Files.list(swot)) {
            assertEquals(java.util.List.of("swot.docx"), left.map(p -> p.getFileName().toString()).toList());
        }
    }
}
