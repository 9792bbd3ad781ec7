package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * plan, swot and indicators write several formats in one run ({@code --format html,docx}, {@code all}) into a
 * directory, as report and study do: a pipeline made the SWOT's Word and HTML files by reading the interviews twice.
 */
class SeveralFormatsCliTest {

    @TempDir
    Path dir;

    private static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    /**
     * Every format of {@code all} is written as STEM.EXT and named on standard output, and each file is the one the
     * format alone writes, byte for byte.
     */
    private void allFormatsEqualEachAlone(List<String> command, String stem, List<String> formats) throws Exception {
        Path together = dir.resolve(stem + "-all");
        CliRun all = CliRun.run(with(command, "--format", "all", "--out", together.toString()).toArray(String[]::new));
        assertEquals(0, all.code(), all.err());
        List<String> printed = all.out().lines().toList();
        assertEquals(formats.size(), printed.size(), all.out());
        for (String ext : formats) {
            Path file = together.resolve(stem + "." + ext);
            assertTrue(printed.contains(file.toString()), all.out());
            String format = ext.equals("txt") ? "text" : ext;
            if (ext.equals("md")) {
                // Markdown has its charts beside it: checked to exist only.
                assertTrue(Files.readString(file).startsWith("# "), file.toString());
                continue;
            }
            Path alone = dir.resolve(stem + "-alone." + ext);
            CliRun one = CliRun.run(with(command, "--format", format, "--out", alone.toString()).toArray(String[]::new));
            assertEquals(0, one.code(), one.err());
            assertArrayEquals(Files.readAllBytes(alone), Files.readAllBytes(file), file.toString());
        }
        // The console's text is not one of "all": a directory holds no plan.txt.
        assertFalse(Files.exists(together.resolve(stem + ".txt")));
    }

    @Test
    void aPlanInEveryFormat() throws Exception {
        allFormatsEqualEachAlone(List.of("plan", Fixtures.plans().resolve("bethune-fiches.yaml").toString()), "plan",
                List.of("json", "html", "docx", "xlsx", "md"));
    }

    @Test
    void aSwotInTwoFormats() throws Exception {
        Path a = Fixtures.absAgents();
        List<String> swot = List.of("swot", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString());
        Path out = dir.resolve("swot");
        CliRun both = CliRun.run(with(swot, "--format", "html,docx", "--out", out.toString()).toArray(String[]::new));
        assertEquals(0, both.code(), both.err());
        assertEquals(List.of(out.resolve("swot.html").toString(), out.resolve("swot.docx").toString()), both.out().lines().toList());
        Path html = dir.resolve("alone.html");
        assertEquals(0, CliRun.run(with(swot, "--format", "html", "--out", html.toString()).toArray(String[]::new)).code());
        assertArrayEquals(Files.readAllBytes(html), Files.readAllBytes(out.resolve("swot.html")));
    }

    @Test
    void indicatorsInEveryFormat() throws Exception {
        allFormatsEqualEachAlone(List.of("indicators", Fixtures.home().resolve("fixtures/indicateurs/lens-cadrage.tsv").toString()),
                "indicators", List.of("json", "csv", "html", "docx", "xlsx", "md"));
    }

    /** Several formats need a directory: none given, or a file given, is a usage error (exit 2) and writes nothing. */
    @Test
    void severalFormatsNeedADirectory() throws Exception {
        String plan = Fixtures.plans().resolve("bethune-fiches.yaml").toString();
        CliRun none = CliRun.run("plan", plan, "--format", "html,docx", "--lang", "en");
        assertEquals(Main.USAGE, none.code());
        assertTrue(none.err().contains("writes several files: give --out DIR"), none.err());
        Path file = dir.resolve("exists.html");
        Files.writeString(file, "kept");
        CliRun onFile = CliRun.run("plan", plan, "--format", "all", "--out", file.toString(), "--lang", "en");
        assertEquals(Main.USAGE, onFile.code());
        assertTrue(onFile.err().contains("is a file"), onFile.err());
        assertEquals("kept", Files.readString(file));
        CliRun unknown = CliRun.run("swot", Fixtures.absAgents().resolve("entretiens").toString(), "--format", "html,pdf", "--out", dir.toString(),
                "--lang", "en");
        assertEquals(Main.USAGE, unknown.code());
        assertTrue(unknown.err().contains("unknown format 'pdf'"), unknown.err());
    }
}
