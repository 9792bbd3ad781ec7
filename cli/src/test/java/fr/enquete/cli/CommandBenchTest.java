package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench --commands runs each command of issue 22's table in a new JVM and prints one line per command with its median
 * time and peak resident memory, the machine's load before and after; no timing is asserted, only that the lines are
 * there and the measured commands succeeded (a failed command fails the benchmark).
 */
class CommandBenchTest {

    @TempDir
    Path dir;

    @Test
    void printsALineForEachCommandOfTheTable() throws Exception {
        Path keep = dir.resolve("bench");
        CliRun r = CliRun.run("bench", "--commands", "--rounds", "1", "--rows", "300", "--respondents", "40", "--sentences", "60",
                "--keep", keep.toString(), "--fixtures", Fixtures.home().resolve("fixtures").toString());
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("load average before: "), r.out());
        assertTrue(r.out().contains("load average after: "), r.out());
        for (String label : List.of("report --format all, fixture survey (91 x 30)", "report --format all, 40 x 60 synthetic survey",
                "stats --format json, 300 x 60", "inspect, 300 x 60", "terms, 60 French sentences")) {
            Matcher m = Pattern.compile(Pattern.quote(label) + ": median (\\d+\\.\\d\\d) s, peak (\\d+) MB resident").matcher(r.out());
            assertTrue(m.find(), label + " missing in\n" + r.out());
            assertTrue(Double.parseDouble(m.group(1)) > 0, r.out());
            assertTrue(Long.parseLong(m.group(2)) > 0, "the peak resident memory is read from the command: " + r.out());
        }
        // The commands really ran: their outputs are there, and the sentences are the fixture's, one a row.
        assertTrue(Files.isRegularFile(keep.resolve("out/fixture/report.docx")));
        assertTrue(Files.readString(keep.resolve("out/terms.txt"), StandardCharsets.UTF_8).contains("60 réponses sur 60"));
        List<String> rows = Files.readAllLines(keep.resolve("sentences-60/export.csv"), StandardCharsets.UTF_8);
        assertEquals(61, rows.size());
        assertEquals("texte", rows.get(0));
        assertFalse(rows.stream().skip(1).anyMatch(String::isBlank));
    }

    @Test
    void theSentencesAreTheSameForASeed() throws Exception {
        List<String> answers = List.of("Premier point. Deuxième point !", "Une autre réponse\nsur deux lignes.");
        CommandBench.writeSentences(dir.resolve("a"), 20, answers, 7);
        CommandBench.writeSentences(dir.resolve("b"), 20, answers, 7);
        String a = Files.readString(dir.resolve("a/export.csv"));
        assertEquals(a, Files.readString(dir.resolve("b/export.csv")));
        // Cut into sentences: no row holds two of them, every one comes from the answers.
        for (String row : a.lines().skip(1).toList()) {
            assertTrue(List.of("\"Premier point.\"", "\"Deuxième point !\"", "\"Une autre réponse\"", "\"sur deux lignes.\"").contains(row), row);
        }
    }
}
