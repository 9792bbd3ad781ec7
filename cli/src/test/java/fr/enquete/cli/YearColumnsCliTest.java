package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code enquete indicators} prints of a table with years as columns: provisional years, one-year changes. */
class YearColumnsCliTest {

    @TempDir
    Path dir;

    private static String spaces(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static String line(String out, String start) {
        return out.lines().filter(l -> l.strip().startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start + " in\n" + out));
    }

    /**
     * Seed 001's "Nombre de places EAJE" (lines 463-464: 115 and 4 224 in 2020, "Evolution annuelle (provisoire)" +0 and
     * +16 in 2021) with years as columns, the 2021 values by hand: 115 + 0 = 115, 4 224 + 16 = 4 240. The 2021 figures
     * were printed as final ones.
     */
    @Test
    void aProvisionalYearIsMarkedInTheTablesWithItsNote() throws IOException {
        Path file = dir.resolve("places.csv");
        Files.writeString(file, """
                Nombre de places EAJE;2020;2021 (provisoire);Évolution 2020-2021
                Lens;115;115;+0
                Pas-de-Calais;4 224;4 240;+16
                """);
        CliRun fr = CliRun.run("indicators", file.toString(), "--from", "2020", "--to", "2021");
        assertEquals(0, fr.code(), fr.err());
        String out = spaces(fr.out());
        String places = line(out, "Nombre de places EAJE  ");
        assertTrue(places.contains(" 115 p ") && places.contains(" 4 240 p "), places);
        assertTrue(out.contains("\np : chiffre provisoire\n"), out);
        // The evolutions table marks its 2021 end, not its 2020 start.
        String lens = out.lines().filter(l -> l.contains("Lens") && l.contains("115 p")).reduce((a, b) -> b).orElseThrow();
        assertTrue(lens.matches(".*\\b115 +115 p\\b.*"), lens);
        String en = spaces(CliRun.run("indicators", file.toString(), "--lang", "en").out());
        assertTrue(line(en, "Nombre de places EAJE  ").contains(" 4,240 p "), en);
        assertTrue(en.contains("\np: provisional figure\n"), en);
        Path md = dir.resolve("places.md");
        assertEquals(0, CliRun.run("indicators", file.toString(), "--format", "md", "--out", md.toString()).code());
        String doc = spaces(Files.readString(md));
        assertTrue(doc.contains("4 240 p") && doc.contains("p : chiffre provisoire"), doc);
        // Without a provisional figure, no mark and no note.
        assertFalse(spaces(CliRun.run("indicators", file.toString(), "--year", "2020").out()).contains("provisoire"));
    }

    /**
     * Seed 000's pipe table of lines 998-1012 (four of its rows), its indicator named in its corner as YearColumnsTest
     * names it (the seed's title above, "Evolution du revenu ...", would make it a rate of change): its "Évolution
     * 2018-2019 (%)" was checked (and found wrong: 83 % where 1501 -> 1663 is +10,79 %) but printed nowhere beside the
     * 2019 values, where a table's "Évolution 2015-2020" is.
     */
    @Test
    void aOneYearChangeIsPrintedBesideItsLastYear() throws IOException {
        Path file = dir.resolve("revenus.md");
        Files.writeString(file, """
                | Revenu médian des ménages par UC | 2018 | 2019 | Évolution 2018-2019 (%) |
                |----------------------|------|------|-------------------------|
                | Bourg Delivrance 2 | 1501 | 1663 | 83 |
                | Bourg Delivrance 3 | 1663 | 1996 | 133 |
                | Sud Marais 2 | 1452 | 1544 | 92 |
                | Sud Marais 3 | 1296 | 1405 | 119 |
                """);
        CliRun run = CliRun.run("indicators", file.toString(), "--territories", "Bourg Delivrance 2,Sud Marais 3", "--reference", "Sud Marais 3");
        String out = spaces(run.out());
        String header = line(out, "Indicateur  ");
        assertTrue(header.contains("Variation (Bourg Delivrance 2)") && header.contains("Variation (Sud Marais 3)"), header);
        String row = line(out, "Revenu médian");
        assertTrue(row.matches(".* 2019 +1 663 +\\+83 % \\(2018-2019\\) +1 405 +\\+119 % \\(2018-2019\\) .*"), row);
        // Beside the value, not as a CAF "Évolution annuelle" row under it.
        assertFalse(out.contains("Évolution annuelle"), out);
        String en = spaces(CliRun.run("indicators", file.toString(), "--territories", "Bourg Delivrance 2,Sud Marais 3", "--lang", "en").out());
        assertTrue(line(en, "Revenu médian").contains("+83% (2018-2019)"), en);
    }
}
