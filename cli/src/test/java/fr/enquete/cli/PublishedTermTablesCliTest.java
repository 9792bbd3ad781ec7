package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report's term tables end as the published ones do: a group of terms tied at the last rank that would run past
 * the top is left out whole. Seed 003 (lines 197 to 211) prints the ageing question's table down to four terms at 3
 * occurrences and none of those at 2; a review found tables extended to 56 to 74 terms met once.
 */
class PublishedTermTablesCliTest {

    @TempDir
    Path dir;

    @Test
    void theNaiveTableEndsWhereSeed003sDoes() throws IOException {
        CliRun r = CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--out", dir.toString(),
                "--format", "md", "--naive");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(dir.resolve("report.md"));
        String section = md.substring(md.indexOf("*vieiprecis · "));
        section = section.substring(section.indexOf("(méthode des tableaux publiés"));
        String note = section.substring(section.indexOf("\n*") + 2);
        note = note.substring(0, note.indexOf('\n'));
        section = section.substring(0, section.indexOf("\n*"));
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String line : section.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).toList()) {
            String[] cells = line.split("\\|");
            rows.put(cells[2].strip(), Long.parseLong(cells[3].strip()));
        }
        // Seed 003: conférence 21, financeurs 21, département 19, carsat 8, autonomie 5, fondation 5, 2018 4, financement 4,
        // france 4, aap 3, cités 3, projet 3, séniors 3, uni 3: fourteen rows, the last at 3. The fixture spells
        // "seniors" five times where the seed counted "séniors" 3 (SeedTermsTest).
        assertEquals(14, rows.size(), rows.toString());
        Map<String, Long> seed = Map.ofEntries(Map.entry("conférence", 21L), Map.entry("financeurs", 21L), Map.entry("département", 19L),
                Map.entry("carsat", 8L), Map.entry("autonomie", 5L), Map.entry("fondation", 5L), Map.entry("2018", 4L),
                Map.entry("financement", 4L), Map.entry("france", 4L), Map.entry("aap", 3L), Map.entry("cités", 3L),
                Map.entry("projet", 3L), Map.entry("uni", 3L));
        seed.forEach((term, n) -> assertEquals(n, rows.get(term), term));
        assertFalse(rows.containsValue(2L), "the terms at 2 ran past the top: " + rows);
        assertTrue(note.contains("Les 15 termes présents 2\u00A0fois, à égalité au dernier rang, ne sont pas listés")
                || note.contains("Les 15 termes présents 2 fois, à égalité au dernier rang, ne sont pas listés"), note);
        // A naive table of answers sharing no word is left out, as the lemma table is.
        assertFalse(md.contains("| 1 | abonnements | 1 |"), "a table of terms all met once");
    }
}
