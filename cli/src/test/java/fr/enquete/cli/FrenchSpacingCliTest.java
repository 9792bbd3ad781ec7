package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * French typography's no-break spaces before ":", "?", ";" in every text a French report writes, not only in question
 * titles: the reviews of the rendered report and study found "Hauts-de-France : activités" on the cover, "(ex : DAL"
 * in an answer, and a question's figure caption with a plain space where its table caption had a no-break one. The
 * answers people wrote are quoted as typed.
 */
class FrenchSpacingCliTest {

    @TempDir
    Path dir;

    @Test
    void titlesLabelsAndCaptionsGetNoBreakSpacesAndQuotesStayAsTyped() throws Exception {
        Path out = dir.resolve("report");
        CliRun run = CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out", out.toString(), "--format", "md");
        assertEquals(0, run.code(), run.err());
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.startsWith("# Les centres sociaux des Hauts-de-France\u00A0: activités, partenariats, numérique et logement\n"), md.substring(0, 200));
        assertTrue(md.contains("| Associations d'aide au logement (ex\u00A0: DAL, Adil, GRAAL...) | 10 | 10,99\u00A0% |"), "an answer's label");
        // A verbatim of the fixture's santeprecis, as its respondent typed it.
        assertTrue(md.contains("> Département : prévention santé"), "a quote kept as typed");

        Path study = dir.resolve("study");
        run = CliRun.run("study", Fixtures.home().resolve("fixtures/study/study.yaml").toString(), "--out", study.toString(), "--format", "md");
        assertEquals(0, run.code(), run.err());
        String s = Files.readString(study.resolve("study.md"));
        // The same question's table and figure captions, both with the no-break space before "?".
        long plain = s.lines().filter(l -> l.matches("\\**(Tableau|Figure) \\d+ – .* [?:;!].*")).count();
        assertEquals(0, plain, s.lines().filter(l -> l.matches("\\**(Tableau|Figure) \\d+ – .* [?:;!].*")).toList().toString());
        assertTrue(s.lines().anyMatch(l -> l.matches("\\**Figure \\d+ – .*\u00A0\\?.*")), "a figure caption ending its question with \u00A0?");
    }

    /**
     * A chart's accessible name is what a screen reader says for it: the SVG title in HTML, the image description in
     * Word and Excel, the alt text in Markdown. They kept the plain space before "?" that every caption had lost.
     */
    @Test
    void chartsAccessibleNamesGetTheNoBreakSpacesOfTheirCaptions() throws Exception {
        Path out = dir.resolve("report");
        CliRun run = CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out", out.toString(),
                "--format", "html,docx,xlsx,md");
        assertEquals(0, run.code(), run.err());
        String qpv = "Êtes-vous en QPV (quartier prioritaire de la ville)";
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<title>" + qpv + "\u00A0?</title>"), "the SVG's title");
        assertTrue(!html.contains("<title>" + qpv + " ?</title>"), "no SVG title with a plain space");
        assertTrue(Files.readString(out.resolve("report.md")).contains("![" + qpv + "\u00A0?](charts/"), "Markdown's alt text");
        String docx = entry(out.resolve("report.docx"), "word/document.xml");
        assertTrue(docx.contains("descr=\"" + qpv + "\u00A0?\""), "Word's image description");
        assertTrue(!docx.contains("descr=\"" + qpv + " ?\""), "no Word description with a plain space");
        String xlsx = entry(out.resolve("report.xlsx"), "xl/drawings/drawing2.xml");
        assertTrue(xlsx.contains("descr=\"" + qpv + "\u00A0?\""), xlsx.length() > 400 ? xlsx.substring(0, 400) : xlsx);
    }

    private static String entry(Path zip, String name) throws Exception {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            java.util.zip.ZipEntry e = z.getEntry(name);
            assertTrue(e != null, name + " in " + zip);
            return new String(z.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
