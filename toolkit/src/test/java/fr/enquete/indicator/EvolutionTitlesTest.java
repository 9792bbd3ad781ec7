package fr.enquete.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table titled "Evolution ..." over values per year holds levels, not changes: seed 000 (ABS Lomme, lines 995-1012)
 * titles its 2018 and 2019 median incomes "Evolution du revenu de revenu médian des ménages par UC selon les
 * territoires". Taken by its title's first word for a rate of change, its values were printed "+1 405", and neither their
 * gap (× 0,70) nor their relative change (+8,41 %) was given. Whether an indicator is a change is now told by its values
 * too: CAF's "Evolution des familles Caf" prints "-5,3%" and "+0,1%" with their signs, a level never has one. The
 * expected figures are computed by hand from the seeds' values (1 405 / 1 296 - 1 = +8,41 %).
 */
class EvolutionTitlesTest {

    private static final String INCOME = "Evolution du revenu de revenu médian des ménages par UC selon les territoires";

    @TempDir
    Path dir;

    /** Seed 000's lines 995 and 998-1012 as printed (its "Moyenne France" line 996 is left out here). */
    private Path seed000Income() throws IOException {
        Path file = dir.resolve("revenus-2018-2019.md");
        Files.writeString(file, INCOME + "\n\n"
                + "| Territoire | 2018 | 2019 | Évolution 2018-2019 (%) |\n"
                + "|----------------------|------|------|-------------------------|\n"
                + "| Bourg Delivrance 2 | 1501 | 1663 | 83 |\n"
                + "| Bourg Delivrance 3 | 1663 | 1996 | 133 |\n"
                + "| Bourg Delivrance 4 | 1653 | 1984 | 120 |\n"
                + "| Sud Marais 2 | 1452 | 1544 | 92 |\n"
                + "| Sud Marais 3 | 1296 | 1405 | 119 |\n");
        return file;
    }

    @Test
    void aTitleSayingEvolutionOverLevelsKeepsThemLevels() throws IOException {
        IndicatorTable t = IndicatorReader.read(seed000Income());
        assertEquals(List.of(INCOME), t.indicators());
        Indicator low = t.value("Sud Marais 3", INCOME, 2019).orElseThrow();
        assertFalse(Change.isRateOfChange(INCOME, low.measure()));
        // 1 405 against 1 996: × 0,7039, -29,61 %, as for any level.
        Comparison c = Comparison.of(t, List.of("Sud Marais 3", "Bourg Delivrance 3"), "Bourg Delivrance 3", 2019);
        Gap g = c.lines().get(0).gaps().get(0);
        assertEquals(0.7039078156, g.ratio(), 1e-9);
        assertEquals(-29.6092184369, g.relative(), 1e-9);
        // 1 296 in 2018 to 1 405 in 2019: +109, +8,4105 %.
        Change ch = Change.of(t, List.of("Sud Marais 3"), 2018, 2019).get(0);
        assertEquals(109, ch.difference(), 1e-9);
        assertEquals(8.4104938272, ch.relative(), 1e-9);
    }

    /**
     * "Évolution de la population" over the Pas-de-Calais's populations: 1 468 018 in 2017 (seed 002, line 461) and
     * 1 466 743 in 2018 (seed 001, line 389), -0,0869 % between them.
     */
    @Test
    void populationsUnderAnEvolutionTitleHaveTheirRelativeChange() throws IOException {
        Path file = dir.resolve("population.csv");
        Files.writeString(file, "Évolution de la population 2017-2018\nTerritoire;2017;2018\nPas-de-Calais;1 468 018;1 466 743\n");
        IndicatorTable t = IndicatorReader.read(file);
        Change ch = Change.of(t, 2017, 2018).get(0);
        assertEquals("Évolution de la population 2017-2018", ch.indicator());
        assertEquals(-1275, ch.difference(), 1e-9);
        assertEquals(-0.0868517961, ch.relative(), 1e-9);
    }

    /** Seed 001's CAF changes, printed with their signs (line 390: -0,1 % for Lens, +0,1 % for the Pas-de-Calais), stay changes. */
    @Test
    void signedValuesUnderAnEvolutionNameAreChanges() {
        IndicatorTable t = IndicatorReader.read(Fixtures.home().resolve("fixtures/indicateurs/lens-cadrage.tsv"));
        Indicator lens = t.value("Lens", "Evolution de la Population Insee", 2018).orElseThrow();
        assertTrue(lens.measure().signed());
        assertTrue(Change.isRateOfChange(lens.name(), lens.measure()));
        Gap g = Comparison.of(t, List.of("Lens", "Pas-de-Calais"), "Pas-de-Calais", 2018).lines().stream()
                .filter(l -> l.indicator().equals("Evolution de la Population Insee")).findFirst().orElseThrow().gaps().get(0);
        assertEquals(-0.2, g.points(), 1e-9);
        assertTrue(Double.isNaN(g.ratio()));
    }
}
