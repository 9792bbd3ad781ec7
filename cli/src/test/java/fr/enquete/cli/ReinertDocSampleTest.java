package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/reinert.md's "How to read it" quotes `enquete classes` on the Lomme plan: every line it quotes must be one of
 * the command's (no-break spaces read as spaces). The quoted tree had kept the figures of an older lemmatizer (chi²
 * 900,64 where the command gave 900,17, a class 10 of 27 segments where it had 14).
 */
class ReinertDocSampleTest {

    @Test
    void theQuotedOutputIsTheCommands() throws IOException {
        String doc = Files.readString(Fixtures.home().resolve("docs/reinert.md"), StandardCharsets.UTF_8);
        int from = doc.indexOf("```text\n", doc.indexOf("## How to read it")) + "```text\n".length();
        List<String> quoted = List.of(doc.substring(from, doc.indexOf("```", from)).strip().split("\n"));
        CliRun r = CliRun.run("classes", Fixtures.home().resolve("fixtures/text/plan-solidarites-lomme.txt").toString(),
                "--typical", "1", "--top", "8");
        assertEquals(0, r.code(), r.err());
        List<String> lines = List.of(r.out().replace('\u00A0', ' ').replace('\u202F', ' ').split("\n"));
        assertTrue(quoted.size() >= 10, "the quoted tree and table: " + quoted.size() + " lines");
        for (String q : quoted) {
            assertTrue(q.equals("...") || lines.contains(q), "docs/reinert.md quotes a line the command does not write: " + q);
        }
    }
}
