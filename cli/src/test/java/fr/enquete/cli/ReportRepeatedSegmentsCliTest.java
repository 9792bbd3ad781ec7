package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --repeated-segments}: each free-text question's section gets the table {@code terms --repeated-segments}
 * prints. The figures of vieiprecis are the hand counts of {@link TermsRepeatedSegmentsCliTest} (python3, csv module on
 * export.csv, {@code re.findall(r'(?<!\w)' + re.escape(s) + r'(?!\w)', answer, re.I)} over the 40 answers):
 * "Conférence des financeurs" 21 times in 21 answers (52,50 %), "Fondation de France" 4 in 4 (10,00 %), "de la
 * Conférence des financeurs", "du Département" and "Uni Cités" 3 in 3 (7,50 %).
 */
class ReportRepeatedSegmentsCliTest {

    @TempDir
    Path dir;

    private Path report(String name, String... more) {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(),
                "--out", out.toString(), "--format", "html,md"));
        args.addAll(List.of(more));
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return out;
    }

    private static String read(Path f) throws IOException {
        return Files.readString(f, StandardCharsets.UTF_8);
    }

    /** The Markdown section of question {@code id}: from its heading (its id is in the meta line) to the next heading of a question. */
    private static String section(String md, String id) {
        int at = md.indexOf("\n*" + id + " · ");
        int start = md.lastIndexOf("\n### ", at);
        int end = md.indexOf("\n### ", at);
        return md.substring(start, end < 0 ? md.length() : end);
    }

    @Test
    void eachTextQuestionGetsTheTableTermsGives() throws IOException {
        Path out = report("with", "--repeated-segments");
        String vieiprecis = section(read(out.resolve("report.md")), "vieiprecis");
        assertTrue(vieiprecis.contains("""
                #### Segments répétés (suites de mots)

                | Rang | Segment | Occurrences | Réponses | % des réponses | Formes |
                | ---: | --- | ---: | ---: | ---: | --- |
                | 1 | Conférence des financeurs | 21 | 21 | 52,50\u00a0% | Conférence des financeurs\u00a0(21) |
                | 2 | Fondation de France | 4 | 4 | 10,00\u00a0% | Fondation de France\u00a0(4) |
                | 3 | de la Conférence des financeurs | 3 | 3 | 7,50\u00a0% | de la Conférence des financeurs\u00a0(3) |
                | 3 | du Département | 3 | 3 | 7,50\u00a0% | du Département\u00a0(3) |
                | 3 | Uni Cités | 3 | 3 | 7,50\u00a0% | Uni Cités\u00a0(3) |

                *Suites de 2 à 5 mots présentes au moins 3 fois, sans traverser de ponctuation, hors suites de mots-outils ou de \
                nombres seuls\u00A0; un segment inclus dans un plus long aussi fréquent est omis\u00A0; 40 réponses analysées, 5 segments distincts.*
                """), vieiprecis);
        // After the term tables and their cloud, before the verbatims.
        assertTrue(vieiprecis.indexOf("Segments répétés") > vieiprecis.indexOf("termes composés"), vieiprecis);
        assertTrue(vieiprecis.indexOf("Segments répétés") < vieiprecis.indexOf("#### Détail"), vieiprecis);
        String html = read(out.resolve("report.html"));
        int only = html.indexOf("<td>de la Conférence des financeurs</td>");
        String table = html.substring(html.lastIndexOf("Segments répétés (suites de mots)</h", only), only);
        assertTrue(table.contains("<tr><td class=\"num\">1</td><td>Conférence des financeurs</td><td class=\"num\">21</td>"
                + "<td class=\"num\">21</td><td class=\"num\">52,50\u00a0%</td><td>Conférence des financeurs\u00a0(21)</td></tr>"), table);
        assertTrue(table.contains("<tr><td class=\"num\">2</td><td>Fondation de France</td><td class=\"num\">4</td>"
                + "<td class=\"num\">4</td><td class=\"num\">10,00\u00a0%</td>"), table);
    }

    @Test
    void settingsAndEnglishAsOnTerms() throws IOException {
        Path out = report("en", "--repeated-segments", "--repeated-min", "4", "--lang", "en");
        String vieiprecis = section(read(out.resolve("report.md")), "vieiprecis");
        assertTrue(vieiprecis.contains("#### Repeated segments (word sequences)"), vieiprecis);
        assertTrue(vieiprecis.contains("| 1 | Conférence des financeurs | 21 | 21 | 52.50% |"), vieiprecis);
        assertTrue(vieiprecis.contains("| 2 | Fondation de France | 4 | 4 | 10.00% |"), vieiprecis);
        assertFalse(vieiprecis.contains("Uni Cités |"), "seen 3 times only: " + vieiprecis);
        assertEquals(Main.USAGE, CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(),
                "--out", dir.resolve("bad").toString(), "--repeated-segments", "--repeated-words", "11").code());
        assertEquals(Main.USAGE, CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(),
                "--out", dir.resolve("bad").toString(), "--repeated-segments", "--no-terms").code());
    }

    @Test
    void withoutTheOptionTheReportIsUnchanged() throws IOException {
        Path with = report("with", "--repeated-segments");
        Path without = report("without");
        String md = read(without.resolve("report.md"));
        assertFalse(md.contains("Segments répétés"));
        assertFalse(read(without.resolve("report.html")).contains("Segments répétés"));
        // The option only inserts its blocks: taking them out of its report gives the report without it, byte for byte.
        String stripped = read(with.resolve("report.md")).replaceAll(
                "#{3,4} Segments répétés \\(suites de mots\\)\n\n(\\|[^\n]*\n)*\n?\\*(Suites|aucune suite)[^\n]*\\*\n\n", "");
        assertEquals(md, stripped);
    }

    @Test
    void segmentsComeFromTheMaskedAnswers() throws IOException {
        Path export = dir.resolve("retours.csv");
        Files.writeString(export, """
                id;avis
                1;Merci à Mme Durand pour l'accueil chaleureux
                2;Merci à Mme Durand pour l'accueil, au 06 11 22 33 44
                3;Merci à Mme Durand pour l'accueil chaleureux
                4;Rien à signaler
                """, StandardCharsets.UTF_8);
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, """
                questions:
                  - {id: id, type: id}
                  - {id: avis, type: text}
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("masked");
        CliRun r = CliRun.run("report", export.toString(), "--spec", spec.toString(), "--out", out.toString(), "--format", "html,md",
                "--repeated-segments");
        assertEquals(0, r.code(), r.err());
        String md = read(out.resolve("report.md"));
        String html = read(out.resolve("report.html"));
        for (String secret : List.of("Durand", "06 11 22 33 44")) {
            assertFalse(md.contains(secret), secret + " in the Markdown report");
            assertFalse(html.contains(secret), secret + " in the HTML report");
        }
        // The segments stop at the masked name: "pour l'accueil" on one side; on the other, "Merci à Mme" is no segment
        // since a civility is a stop word and "merci" an interjection (it was one, of the civility's lemma "madame").
        assertTrue(md.contains("### Segments répétés (suites de mots)"), md);
        assertTrue(md.contains("| 1 | pour l'accueil | 3 | 3 | 75,00\u00a0% |"), md);
        assertFalse(md.contains("Merci à Mme |"), md);
        Path kept = dir.resolve("kept");
        CliRun k = CliRun.run("report", export.toString(), "--spec", spec.toString(), "--out", kept.toString(), "--format", "md",
                "--repeated-segments", "--keep-personal-data");
        assertEquals(0, k.code(), k.err());
        assertTrue(read(kept.resolve("report.md")).contains("Mme Durand pour l'accueil | 3 | 3 | 75,00\u00a0% |"), read(kept.resolve("report.md")));
    }
}
