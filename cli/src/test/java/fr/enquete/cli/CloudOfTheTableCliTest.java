package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word cloud captioned "Nuage des termes du tableau" draws the terms its table lists. The review of the rendered
 * study found a table of 8 terms, noting that "Les 21 termes présents 2 fois… ne sont pas listés", above a cloud of
 * about 30 words, those 21 among them.
 */
class CloudOfTheTableCliTest {

    @TempDir
    Path dir;

    /**
     * "B) Objectifs : autre" (objectifs_autre, 9 answers): its table lists 4 terms (isolement, lutter, lutte, rompre)
     * and leaves out the 12 lemmas met once, as its note says; its cloud drew all 16. In the HTML each word of a cloud
     * is one glyph outline, a {@code <path>}, after the white background's {@code <rect>}.
     */
    @Test
    void aCloudDrawsTheTermsItsTableLists() throws Exception {
        Path out = dir.resolve("report");
        CliRun run = CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out", out.toString(),
                "--format", "html,md");
        assertEquals(0, run.code(), run.err());
        String md = Files.readString(out.resolve("report.md")).replace('\u00A0', ' ');
        String section = md.substring(md.indexOf("### B) Objectifs : autre"), md.indexOf("charts/q17-cloud.png"));
        assertEquals(4, section.lines().filter(l -> l.matches("\\| \\d+ \\| .*")).count(), section);
        // "(au-delà des 15 premiers rangs)" under a table of 4 rows read as a contradiction: the note says why.
        assertTrue(section.contains("Les 12 termes présents 1 fois, à égalité au dernier rang, ne sont pas listés : avec eux, le tableau"
                + " compterait 16 lignes, au-delà des 15 retenues."), section);
        String html = Files.readString(out.resolve("report.html")).replace('\u00A0', ' ');
        int from = html.indexOf("<title>Nuage de mots – B) Objectifs : autre</title>");
        assertTrue(from >= 0, "the cloud's SVG");
        String svg = html.substring(from, html.indexOf("</svg>", from));
        Matcher paths = Pattern.compile("<path ").matcher(svg);
        int words = 0;
        while (paths.find()) {
            words++;
        }
        assertEquals(4, words, "words drawn in the cloud");
    }
}
