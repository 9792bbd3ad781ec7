package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** enquete check on the fixture survey, whose data reproduce seed 003's published oddities. */
class CheckTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    /** The fixture's spec with seed 003's filter on numvol, asked only of the "Oui" of numdem. */
    private Path numvolFiltered() throws IOException {
        String spec = Files.readString(Fixtures.spec(), StandardCharsets.UTF_8).replace(
                "    choices: [\"Moins de 25 demandes par an\"", "    filter: \"numdem = Oui\"\n    choices: [\"Moins de 25 demandes par an\"");
        Path filtered = dir.resolve("spec.yaml");
        Files.writeString(filtered, spec, StandardCharsets.UTF_8);
        return filtered;
    }

    @Test
    void answersOutsideAFilterThePublishedFiguresAndFarOffNumbers() throws IOException {
        // Seed 003, section 3.1: 87 answers to a follow-up only the 73 "Oui" of numdem should have seen. With
        // the filter written in the spec, the 14 others (counted with Python's csv module) are reported.
        Path filtered = numvolFiltered();
        // Seed 003 prints "Sans réponse 4 = 3 %" for the département: 4 of 91 is 4,40 %.
        Path published = dir.resolve("published.csv");
        Files.writeString(published, "question;row;count;percent\ndpt;59;58;63,74 %\ndpt;Sans réponse;4;3 %\nqpv;Non;38;42,86 %\n",
                StandardCharsets.UTF_8);
        CliRun r = run("check", Fixtures.export().toString(), "--spec", filtered.toString(), "--published", published.toString(),
                "--lang", "en");
        assertEquals(Main.FOUND, r.code(), r.err());
        assertTrue(r.out().startsWith("enquete check: 5 findings in export.csv\n- export.csv, column \"numvol\": "), r.out());
        assertTrue(!r.out().contains(Fixtures.export().toString()), "the file's name, not its path: " + r.out());
        assertTrue(r.out().contains("question \"numvol\": 14 respondents outside its filter (numdem = Oui) answered it anyway"), r.out());
        assertTrue(r.out().contains("row 3: dpt / Sans réponse: published 3 %, the data give 4.40 %"), r.out());
        assertTrue(r.out().contains("row 4: qpv / Non: published count 38, the data give 39"), r.out());
        assertTrue(!r.out().contains("row 2:"), "63,74 % for 59 is right");
        // salaries: Q3 24,75, IQR 15,5: 80 is beyond Q3 + 3 IQR = 71,25, on row 19 of the export (its only value over
        // 71,25, found with Python's csv module, the header being row 1), which the finding names.
        assertTrue(r.out().contains("question \"salaries\": far-off values: maximum 80 > Q3 + 3 IQR = 71.25 (row 19)\n"), r.out());

        // The same findings in French, the default: French words, decimal commas, the file's name only.
        CliRun fr = run("check", Fixtures.export().toString(), "--spec", filtered.toString(), "--published", published.toString());
        assertEquals(Main.FOUND, fr.code(), fr.err());
        String out = fr.out().replace('\u00A0', ' ');
        assertTrue(out.startsWith("enquete check : 5 points à examiner dans export.csv\n"), out);
        assertTrue(out.contains("- export.csv, colonne « numvol » : question « numvol » : 14 répondants hors de son filtre (numdem = Oui)"
                + " y ont répondu quand même, sans être comptés\n"), out);
        assertTrue(out.contains("- published.csv, ligne 3 : dpt / Sans réponse : publié 3 %, les données donnent 4,40 %\n"), out);
        assertTrue(out.contains("- published.csv, ligne 4 : qpv / Non : décompte publié 38, les données donnent 39\n"), out);
        assertTrue(out.contains("question « salaries » : valeurs très éloignées : maximum 80 > Q3 + 3 écarts interquartiles = 71,25 (ligne 19)\n"),
                out);
        // agrement with the bundled spec: Q1 2010, Q3 2016 (numpy's percentile, R's type 7), so under 1992 is far:
        // rows 22 (1973), 31 (1990), 48 (1984) and 72 (1985), in the export's order.
        String all = run("check", Fixtures.export().toString(), "--spec", Fixtures.spec().toString()).out().replace('\u00A0', ' ');
        assertTrue(all.contains("question « agrement » : valeurs très éloignées : minimum 1973 < Q1 − 3 écarts interquartiles = 1992"
                + " (lignes 22, 31, 48, 72)\n"), all);
        assertTrue(!out.contains(dir.toString()) && !out.contains(Fixtures.export().toString()), out);
    }

    @Test
    void aCleanExportExitsZeroAndRepeatedIdsAreFound() throws IOException {
        Path clean = dir.resolve("clean.csv");
        Files.writeString(clean, "id;qpv\n1;Oui\n2;Non\n3;Oui\n");
        CliRun ok = run("check", clean.toString(), "--lang", "en");
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertEquals("enquete check: nothing found in clean.csv\n", ok.out());
        assertEquals("enquete check\u00A0: rien à signaler dans clean.csv\n", run("check", clean.toString()).out());
        Path twice = dir.resolve("twice.csv");
        Files.writeString(twice, "id;qpv\n1;Oui\n2;Non\n2;Oui\n");
        CliRun found = run("check", twice.toString(), "--lang", "en");
        assertEquals(Main.FOUND, found.code());
        assertTrue(found.out().contains("- twice.csv, column \"id\": id \"2\" appears in rows 3, 4: the same respondent twice?"), found.out());
        assertTrue(run("check", twice.toString()).out().replace('\u00A0', ' ')
                .contains("- twice.csv, colonne « id » : l’identifiant « 2 » figure lignes 3, 4 : le même répondant deux fois ?"));
    }

    @Test
    void autreAnswersWithoutTextsTextsWithoutAutreAndASingleChoiceTickedTwice() throws IOException {
        // A centre-social directors' survey keyed in from paper: the structure as one column per choice, "Autre" with
        // its own "précisez" column. Counted by hand (spreadsheet rows, the header is row 1): respondent 3 (row 4) chose
        // Autre and wrote nothing, respondent 5 (row 6) wrote a text under "Association", respondent 6 (row 7) ticked two.
        Path export = dir.resolve("saisie.csv");
        Files.writeString(export, """
                id;statut;statut_autre;struct_asso;struct_mairie
                1;Association;;X;
                2;Autre;Fondation;;X
                3;Autre;;X;
                4;Collectivité;;;X
                5;Association;Mutuelle;X;
                6;Association;;X;X
                """, StandardCharsets.UTF_8);
        Path spec = dir.resolve("saisie.yaml");
        Files.writeString(spec, """
                questions:
                  - id: statut
                    type: single
                    choices: [Association, Collectivité, Autre]
                    other: statut_autre
                  - id: gestion
                    type: single
                    columns: {struct_asso: Association, struct_mairie: Mairie}
                """, StandardCharsets.UTF_8);
        CliRun r = run("check", export.toString(), "--spec", spec.toString(), "--lang", "en");
        assertEquals(Main.FOUND, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("question \"statut\": 1 respondent chose \"Autre\" without saying what (row 4)"), r.out());
        assertTrue(r.out().contains("question \"statut\": 1 \"Autre\" text from respondents who did not choose \"Autre\" (row 6)"), r.out());
        assertTrue(r.out().contains("question \"gestion\": 1 answer gives several choices where one is expected, shown as extra rows:"
                + " \"Association + Mairie\" (row 7)"), r.out());
        assertTrue(r.out().contains("3 findings"), r.out());
        String fr = run("check", export.toString(), "--spec", spec.toString()).out().replace('\u00A0', ' ');
        assertTrue(fr.contains("question « statut » : 1 répondant a choisi « Autre » sans préciser (ligne 4)"), fr);
        assertTrue(fr.contains("question « statut » : 1 texte « Autre » de répondants qui n’ont pas choisi « Autre » (ligne 6)"), fr);
        assertTrue(fr.contains("question « gestion » : 1 réponse donne plusieurs choix là où un seul est attendu, en lignes"
                + " supplémentaires : « Association + Mairie » (ligne 7)"), fr);
    }

    @Test
    void numbersOutsideTheSpecsBoundsAreListedWithTheirRows() throws IOException {
        // Counted with Python's csv module: salaries above 50 are 57 (row 11), 80 (row 19), 53 (row 27) and 51 (row 63);
        // every creation year lies between 1956 and 2019.
        String spec = Files.readString(Fixtures.spec(), StandardCharsets.UTF_8)
                .replace("  - id: salaries\n", "  - id: salaries\n    max: 50\n")
                .replace("  - id: creation\n", "  - id: creation\n    min: 1900\n    max: 2019\n");
        Path bounded = dir.resolve("bounded.yaml");
        Files.writeString(bounded, spec, StandardCharsets.UTF_8);
        CliRun r = run("check", Fixtures.export().toString(), "--spec", bounded.toString(), "--lang", "en");
        assertEquals(Main.FOUND, r.code(), r.err());
        assertTrue(r.out().contains("question \"salaries\": 4 answers outside its bounds (max 50): 57 (row 11), 80 (row 19), 53 (row 27), 51 (row 63)"),
                r.out());
        assertTrue(!r.out().contains("question \"creation\": "), r.out());
        String fr = run("check", Fixtures.export().toString(), "--spec", bounded.toString()).out().replace('\u00A0', ' ');
        assertTrue(fr.contains("question « salaries » : 4 réponses hors de ses bornes (max 50) : 57 (ligne 11), 80 (ligne 19),"
                + " 53 (ligne 27), 51 (ligne 63)"), fr);
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, spec.replace("    max: 50\n", "    max: 50\n    min: 60\n"), StandardCharsets.UTF_8);
        CliRun wrong = run("check", Fixtures.export().toString(), "--spec", bad.toString(), "--lang", "en");
        assertEquals(Main.INPUT, wrong.code());
        assertTrue(wrong.err().contains("'min' (60.0) is above 'max' (50.0)"), wrong.err());
    }

    /**
     * In a report, the answers outside a filter are a note in the questions' words: the findings were set in guillemets
     * as quotes, named the file and the question twice ("export.csv, colonne « numvol » : question « numvol »") and the
     * filter in the spec's syntax. `check` (above) keeps the located finding for the analyst.
     */
    @Test
    void aReportSaysTheAnswersOutsideAFilterInWords() throws IOException {
        Path filtered = numvolFiltered();
        CliRun r = run("report", Fixtures.export().toString(), "--spec", filtered.toString(), "--out", dir.resolve("r").toString(), "--format", "md");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(dir.resolve("r/report.md"), StandardCharsets.UTF_8).replace('\u00A0', ' ');
        String findings = md.substring(md.indexOf("## Points d'attention"));
        var numvol = fr.enquete.spec.SpecReader.read(filtered).survey().question("numvol").orElseThrow();
        var numdem = fr.enquete.spec.SpecReader.read(filtered).survey().question("numdem").orElseThrow();
        assertTrue(findings.contains("*question « " + numvol.label() + " » : 14 répondants hors de son filtre (« " + numdem.label()
                + " » = « Oui ») y ont répondu quand même, sans être comptés*"), findings);
        assertFalse(findings.contains("colonne «") || findings.contains("\n> "), findings);
        // And under the question's own figures, where a reader sums the table to its base.
        String section = md.substring(md.indexOf("*numvol · "), md.indexOf("## Points d'attention"));
        section = section.substring(0, section.indexOf("\n### "));
        assertTrue(section.contains("*14 répondants hors du filtre ont répondu quand même ; leurs réponses ne sont pas comptées"
                + " (voir les points d’attention).*"), section);
    }
}
