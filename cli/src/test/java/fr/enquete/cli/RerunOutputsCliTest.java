package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nightly pipeline reruns a report into the same folder: the folder handed over must hold what the last run made,
 * not the charts of questions an earlier run had (they stayed in {@code charts/}, beside the new ones), and never lose
 * a file the user put there.
 */
class RerunOutputsCliTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(charts/([^)]+)\\)");

    @TempDir
    Path dir;

    /** The spec of the fixture survey cut before question "qpv": its first five questions (id, submitdate, dpt, territoire). */
    private Path shortSpec() throws IOException {
        String spec = Files.readString(Fixtures.spec());
        Path cut = dir.resolve("short.yaml");
        Files.writeString(cut, spec.substring(0, spec.indexOf("  - id: qpv")));
        return cut;
    }

    private static Set<String> linked(Path markdown) throws IOException {
        Matcher m = LINK.matcher(Files.readString(markdown));
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void aReportRunAgainWithFewerQuestionsLeavesOnlyItsOwnChartsAndTheUsersFiles() throws Exception {
        Path out = dir.resolve("rapport");
        CliRun all = CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out", out.toString(),
                "--format", "md");
        assertEquals(0, all.code(), all.err());
        assertTrue(linked(out.resolve("report.md")).size() > 20, "the whole survey draws its charts");
        Files.writeString(out.resolve("charts/logo.png"), "the user's own file");
        CliRun few = CliRun.run("report", Fixtures.export().toString(), "--spec", shortSpec().toString(), "--out", out.toString(),
                "--format", "md");
        assertEquals(0, few.code(), few.err());
        // dpt and territoire are the two choice questions left: one bar chart each, and nothing else.
        Set<String> charts = linked(out.resolve("report.md"));
        assertEquals(2, charts.size(), charts.toString());
        Set<String> expected = new TreeSet<>(charts);
        expected.add("logo.png");
        expected.add("enquete-report.md.txt");
        assertEquals(expected, files(out.resolve("charts")));
        assertEquals("the user's own file", Files.readString(out.resolve("charts/logo.png")));
    }

    @Test
    void aMarkdownPageWithoutChartsRemovesTheChartsItDrewBefore() throws Exception {
        Path page = dir.resolve("indicateurs.md");
        String table = Fixtures.home().resolve("fixtures/indicateurs/mel-contrat-de-ville.csv").toString();
        CliRun charts = CliRun.run("indicators", table, "--chart", "--format", "md", "--out", page.toString());
        assertEquals(0, charts.code(), charts.err());
        assertTrue(!linked(page).isEmpty(), "--chart draws charts");
        CliRun none = CliRun.run("indicators", table, "--format", "md", "--out", page.toString());
        assertEquals(0, none.code(), none.err());
        assertEquals(Set.of(), linked(page));
        assertTrue(!Files.exists(dir.resolve("charts")), "the charts folder held only the charts of the earlier run");
    }
}
