package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code enquete bench ud} on a committed UD sample, and its located errors. */
class BenchUdCliTest {

    @TempDir
    Path dir;

    @Test
    void scoresASampleFromItsRawText() {
        // FQB's sample: a treebank none of the shipped models or tables learns from (fixtures/ud/README.md)
        Path fqb = Fixtures.home().resolve("fixtures/ud/fr_fqb-ud-test-sample.conllu");
        CliRun r = CliRun.run("bench", "ud", fqb.toString(), "--rounds", "1", "--errors", "3");
        assertEquals(0, r.code(), r.err());
        // counts of the sample (grep -c '^# text', word lines: lines whose first column is a number); figures as
        // UdDevSampleTest measures them (docs/annotate.md, fifth round)
        assertTrue(r.out().startsWith("fr_fqb-ud-test-sample.conllu: 150 sentences, "), r.out());
        assertTrue(r.out().contains(" 1,771 words, "), r.out());
        assertTrue(r.out().contains("from raw text:    tokens F1 0.9991, UPOS 96.70 %"), r.out());
        assertTrue(r.out().contains("from gold tokens: UPOS "), r.out());
        assertTrue(r.out().contains("words/s (one thread, median of 1 rounds"), r.out());
        assertEquals(3, r.out().lines().filter(l -> l.startsWith("    ") && l.contains(" -> ")).count(), r.out());
    }

    @Test
    void aFileWithoutTextCommentsOrMissingIsALocatedError() throws Exception {
        Path bare = dir.resolve("bare.conllu");
        Files.writeString(bare, "1\tOui\toui\tINTJ\t_\t_\t0\troot\t_\t_\n\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("bench", "ud", bare.toString());
        assertEquals(3, r.code(), r.out());
        assertTrue(r.err().contains("bare.conllu") && r.err().contains("# text"), r.err());
        CliRun missing = CliRun.run("bench", "ud", dir.resolve("none.conllu").toString());
        assertEquals(3, missing.code());
        assertTrue(missing.err().contains("none.conllu") && missing.err().contains("fichier introuvable"), missing.err());
    }
}
