package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code enquete bench ud} on the committed UD dev samples, and its located errors. */
class BenchUdCliTest {

    @TempDir
    Path dir;

    @Test
    void scoresTheDevSamplesFromTheirRawText() {
        Path gsd = Fixtures.home().resolve("fixtures/ud/fr_gsd-ud-dev-sample.conllu");
        CliRun r = CliRun.run("bench", "ud", gsd.toString(), "--rounds", "1", "--errors", "3");
        assertEquals(0, r.code(), r.err());
        // counts of the sample (grep -c '^# text', word lines, lines with a range); figures as UdDevSampleTest measures them
        // (UPOS 96.24 % with OpenNLP's published POS model, 96.53 % with enquete's two models, 96.58 % with them and the
        // usage lemmas of the CC BY-SA treebanks, which keep a tag those treebanks gave a form, 96.71 % with the models'
        // weights set per sentence and capitals read in lower case, docs/annotate.md)
        assertTrue(r.out().startsWith("fr_gsd-ud-dev-sample.conllu: 80 sentences, "), r.out());
        assertTrue(r.out().contains(" 2,020 words, "), r.out());
        assertTrue(r.out().contains("from raw text:    tokens F1 0.9990, UPOS 96.71 %"), r.out());
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
        assertTrue(missing.err().contains("none.conllu") && missing.err().contains("no such file"), missing.err());
    }
}
