package fr.enquete.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 000 (ABS Lomme, lines 995-1012) prints "Moyenne France: 1 600 € (2019)" between its table's title and header.
 * The last line above the header named the indicator: the table's median incomes were "Moyenne France: 1 600 € (2019)",
 * and France's value was lost. Such a line is a reference value: France's figure of the table's indicator, in its year.
 * Expected gaps by hand: 1 405 / 1 600 = 0,878125 (-12,1875 %).
 */
class ReferenceLinesTest {

    private static final String INCOME = "Evolution du revenu de revenu médian des ménages par UC selon les territoires";
    private static final String HEADER = "| Territoire | 2018 | 2019 | Évolution 2018-2019 (%) |\n"
            + "|----------------------|------|------|-------------------------|\n";
    private static final String ROWS = "| Bourg Delivrance 2 | 1501 | 1663 | 83 |\n"
            + "| Bourg Delivrance 3 | 1663 | 1996 | 133 |\n"
            + "| Sud Marais 2 | 1452 | 1544 | 92 |\n"
            + "| Sud Marais 3 | 1296 | 1405 | 119 |\n";

    @TempDir
    Path dir;

    private IndicatorTable read(String text) throws IOException {
        Path file = dir.resolve("revenus.md");
        Files.writeString(file, text);
        return IndicatorReader.read(file);
    }

    @Test
    void seed000sMoyenneFranceLineIsFrancesValueNotTheTitle() throws IOException {
        IndicatorTable t = read(INCOME + "\nMoyenne France: 1 600 € (2019)\n\n" + HEADER + ROWS);
        assertEquals(List.of(INCOME), t.indicators());
        assertEquals(List.of("Bourg Delivrance 2", "Bourg Delivrance 3", "Sud Marais 2", "Sud Marais 3", "France"), t.territories());
        Indicator france = t.value("France", INCOME, 2019).orElseThrow();
        assertEquals(1600, france.measure().value());
        assertEquals(Unit.EURO, france.measure().unit());
        assertEquals(2, france.where().row());
        assertTrue(t.value("France", INCOME, 2018).isEmpty());
        // Its "€" says what the table's bare figures are: printed alike.
        assertEquals(Unit.EURO, t.value("Sud Marais 3", INCOME, 2018).orElseThrow().measure().unit());
        assertTrue(t.notes().stream().anyMatch(n -> n.key().equals("ind.note.reference") && n.english().contains(
                "revenus.md, row 2: \"Moyenne France: 1 600 € (2019)\" is a reference value, not the table's title: read as France for \""
                        + INCOME + "\" in 2019")), t.notes().toString());
        // France, the last territory, is the default reference: 1 405 against 1 600.
        Comparison c = Comparison.of(t, List.of("Sud Marais 3", "France"), null, 2019);
        assertEquals("France", c.reference());
        Gap g = c.lines().get(0).gaps().get(0);
        assertEquals(0.878125, g.ratio(), 1e-12);
        assertEquals(-12.1875, g.relative(), 1e-9);
    }

    /** Under the table, as "France métropolitaine :" with a no-break space before the colon: the same figure. */
    @Test
    void aReferenceLineUnderTheTableIsReadToo() throws IOException {
        IndicatorTable t = read(INCOME + "\n\n" + HEADER + ROWS + "France m\u00E9tropolitaine\u00A0: 1\u202F600 \u20AC (2019)\n");
        assertEquals(List.of(INCOME), t.indicators());
        assertEquals(1600, t.value("France métropolitaine", INCOME, 2019).orElseThrow().measure().value());
    }

    /** Without its year, a line over two years says not which it is for: listed, neither title nor figure; over one, that one. */
    @Test
    void aReferenceLineWithoutAYearIsComparedOnlyWhenTheTableHasOne() throws IOException {
        IndicatorTable two = read(INCOME + "\nMoyenne nationale : 1 600 €\n\n" + HEADER + ROWS);
        assertEquals(List.of(INCOME), two.indicators());
        assertFalse(two.territories().contains("France"));
        assertTrue(two.notes().stream().anyMatch(n -> n.key().equals("ind.note.reference.unused")), two.notes().toString());
        IndicatorTable one = read(INCOME + "\nMoyenne nationale : 1 600 €\n\n| Territoire | 2019 |\n|---|---|\n| Sud Marais 3 | 1405 |\n");
        assertEquals(List.of(INCOME), one.indicators());
        assertEquals(1600, one.value("France", INCOME, 2019).orElseThrow().measure().value());
    }

    /** Seed 000's line 1021, "Moyenne France: 14,4% (2019)" under a map's title (line 1020), with no table after it: listed. */
    @Test
    void aReferenceLineNoTableFollowsIsListed() throws IOException {
        IndicatorTable t = read(INCOME + "\n\n" + HEADER + ROWS + "\nCartographie des personnes pauvres selon les territoires\n"
                + "Moyenne France: 14,4% (2019)\n");
        assertFalse(t.territories().contains("France"));
        assertTrue(t.notes().stream().anyMatch(n -> n.key().equals("ind.note.reference.unused") && n.english().contains("row 11")),
                t.notes().toString());
    }
}
