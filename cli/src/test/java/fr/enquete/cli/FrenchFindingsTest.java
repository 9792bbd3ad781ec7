package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report's "Points d'attention" and the text tables' diagnostics speak the report's language and name the file only. */
class FrenchFindingsTest {

    @TempDir
    Path dir;

    /**
     * Keyed in from paper: respondent 6 (row 7) ticked two structures where one is expected, and respondent 4
     * (row 5) wrote "environ 30" for a number (counted missing with --lenient). Counted by hand.
     */
    private Path export() throws IOException {
        Path export = dir.resolve("saisie.csv");
        Files.writeString(export, """
                id;salaries;struct_asso;struct_mairie
                1;12;X;
                2;7;;X
                3;1250;X;
                4;environ 30;;X
                5;9;X;
                6;4;X;X
                """, StandardCharsets.UTF_8);
        return export;
    }

    private Path spec() throws IOException {
        Path spec = dir.resolve("saisie.yaml");
        Files.writeString(spec, """
                survey: Saisie papier
                questions:
                  - id: salaries
                    type: numeric
                  - id: gestion
                    type: single
                    columns: {struct_asso: Association, struct_mairie: Mairie}
                """, StandardCharsets.UTF_8);
        return spec;
    }

    @Test
    void theReportsPointsOfAttentionAreInFrenchWithTheFileNameOnly() throws IOException {
        Path out = dir.resolve("fr");
        CliRun r = CliRun.run("report", export().toString(), "--spec", spec().toString(), "--lenient", "--out", out.toString(),
                "--format", "md", "--no-terms");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(out.resolve("report.md")).replace('\u00A0', ' ');
        int section = md.indexOf("Points d'attention");
        assertTrue(section > 0, md);
        String points = md.substring(section);
        assertTrue(points.contains("saisie.csv, ligne 5, colonne « salaries » : nombre attendu pour la question numérique « salaries »,"
                + " « environ 30 » trouvé ; compté comme sans réponse"), points);
        assertTrue(points.contains("question « gestion » : 1 réponse donne plusieurs choix là où un seul est attendu, en lignes"
                + " supplémentaires : « Association + Mairie » (ligne 7)"), points);
        assertFalse(md.contains(dir.toString()), "no absolute path in a report");
        assertFalse(points.contains("expected") || points.contains("row "), points);

        Path en = dir.resolve("en");
        CliRun e = CliRun.run("report", export().toString(), "--spec", spec().toString(), "--lenient", "--out", en.toString(),
                "--format", "md", "--no-terms", "--lang", "en");
        assertEquals(0, e.code(), e.err());
        String emd = Files.readString(en.resolve("report.md"));
        assertTrue(emd.contains("saisie.csv, row 5, column \"salaries\": expected a number for numeric question \"salaries\","
                + " found \"environ 30\"; counted as missing"), emd);
        assertFalse(emd.contains(dir.toString()), emd);
    }

    @Test
    void theTextTablesListTheirDiagnosticsInFrench() throws IOException {
        CliRun r = CliRun.run("stats", export().toString(), "--spec", spec().toString(), "--lenient");
        assertEquals(0, r.code(), r.err());
        String out = r.out().replace('\u00A0', ' ');
        assertTrue(out.contains("  - saisie.csv, ligne 5, colonne « salaries » : nombre attendu pour la question numérique"), out);
        assertFalse(out.contains(dir.toString()), out);
    }
}
