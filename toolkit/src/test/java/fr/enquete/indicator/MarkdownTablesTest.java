package fr.enquete.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.InputException;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds print their tables as Markdown pipe tables ({@code | Territoire | 2015 | 2020 | Évolution 2015-2020 (€) |}
 * and a {@code |---|} rule), and an author pastes them so into a {@code .md} file: it was read as delimited text and
 * refused. {@code fixtures/indicateurs/lomme-revenus-annees.md} is seed 000's lines 1042-1059 as they are; the figures
 * expected are the seed's, the changes counted by hand from them (1663 - 1581 = 82 against 83 printed, ...).
 */
class MarkdownTablesTest {

    private static final String INCOME = "L'évolution du niveau de revenu médian des ménages par UC selon les territoires";

    @TempDir
    Path dir;

    @Test
    void seed000sPipeTableIsReadWithItsTitleAndChanges() throws IOException {
        Path file = Fixtures.home().resolve("fixtures/indicateurs/lomme-revenus-annees.md");
        byte[] before = Files.readAllBytes(file);
        IndicatorTable t = IndicatorReader.read(file);
        assertEquals(List.of("Bourg Délivrance 2", "Bourg Délivrance 3", "Bourg Délivrance 4", "Bourg Délivrance 5", "Mithère 1",
                "Mithère 2", "Mont à Camp-Marais 1", "Mont à Camp-Marais 2", "Mont à Camp-Marais 3", "Mont à Camp-Marais 4", "Sud Marais 1",
                "Sud Marais 2", "Sud Marais 3"), t.territories());
        // The title line above the table names it; the "Source :" line under the title does not.
        assertEquals(List.of(INCOME), t.indicators());
        assertEquals(List.of(2015, 2020), t.years(INCOME));
        Indicator low = t.value("Sud Marais 3", INCOME, 2020).orElseThrow();
        assertEquals(1405, low.measure().value());
        assertEquals(Unit.EURO, low.measure().unit());
        // Located by the file's line (seed line 1059 is the fixture's 18th), the rule not counted as a row.
        assertEquals(18, low.where().row());
        assertEquals(1296, t.value("Sud Marais 3", INCOME, 2015).orElseThrow().measure().value());
        // The seed's 13 published changes, 83, 133, 125, 216, 178, 73, 144, 170, 202, 118, 143, 92, 109, agree within rounding
        // with the values (by hand: 82, 133, 125, 217, 178, 73, 144, 170, 202, 118, 143, 92, 109).
        assertArrayEquals(new double[] {83, 133, 125, 216, 178, 73, 144, 170, 202, 118, 143, 92, 109},
                t.evolutions().stream().mapToDouble(i -> i.measure().value()).toArray());
        assertEquals(List.of(), IndicatorChecks.of(t));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    /** The long shape, as a pipe table: seed 004's 2013 rates of the QPV and the Métropole (lines 221-252). */
    @Test
    void aLongTableAsPipesIsRead() throws IOException {
        Path file = dir.resolve("mel.md");
        Files.writeString(file, """
                ## Thématique développement économique

                | territoire | indicateur | année | valeur | unité |
                | :--- | :--- | ---: | ---: | --- |
                | QPV | Taux d'emploi | 2013 | 44 | % |
                | Métropole Européenne de Lille | Taux d'emploi | 2013 | 59 | % |
                | QPV | Part des personnes sans diplôme | 2013 | 50 | % |
                | Métropole Européenne de Lille | Part des personnes sans diplôme | 2013 | 35 | % |
                """);
        IndicatorTable t = IndicatorReader.read(file);
        assertEquals(List.of("QPV", "Métropole Européenne de Lille"), t.territories());
        assertEquals(List.of("Taux d'emploi", "Part des personnes sans diplôme"), t.indicators());
        Indicator qpv = t.value("QPV", "Taux d'emploi", 2013).orElseThrow();
        assertEquals(44, qpv.measure().value());
        assertEquals(Unit.PERCENT, qpv.measure().unit());
        assertEquals(35, t.value("Métropole Européenne de Lille", "Part des personnes sans diplôme", 2013).orElseThrow().measure().value());
    }

    /** CAF's wide shape, as pipes: the first lines of seed 001's "Données statistiques de cadrage" (lens-cadrage.tsv). */
    @Test
    void aCafTableAsPipesIsRead() throws IOException {
        Path file = dir.resolve("lens.md");
        Files.writeString(file, """
                |  | Année Réf | Lens | Variation sur 5 ans(*) | Pas-de-calais | Variation sur 5 ans(*) |
                |---|---|---|---|---|---|
                | Nombre d'habitants (INSEE) | 2018 | 31 606 | -0,1% | 1 466 743 | +0,1% |
                | Nombre d'allocataires Caf | 2020 | 10 026 | +15,7% | 318 388 | +14,9% |
                | Taux de couverture Caf | 2020 | 67,7% |  | 53,9% |  |
                """);
        IndicatorTable t = IndicatorReader.read(file);
        assertEquals(List.of("Lens", "Pas-de-Calais"), t.territories());
        assertEquals(10026, t.value("Lens", "Nombre d'allocataires Caf", 2020).orElseThrow().measure().value());
        assertEquals(1466743, t.value("Pas-de-Calais", "Nombre d'habitants (INSEE)", 2018).orElseThrow().measure().value());
        assertEquals(53.9, t.value("Pas-de-Calais", "Taux de couverture Caf", 2020).orElseThrow().measure().value(), 1e-9);
        Indicator change = t.evolutions().stream().filter(i -> i.territory().equals("Lens") && i.name().equals("Nombre d'allocataires Caf"))
                .findFirst().orElseThrow();
        assertEquals(new Period(2015, 2020), change.period());
        assertEquals(15.7, change.measure().value(), 1e-9);
    }

    @Test
    void aRowWithACellTooFewIsLocatedByItsLine() throws IOException {
        Path file = dir.resolve("revenus.md");
        Files.writeString(file, """
                L'évolution du niveau de revenu médian des ménages par UC selon les territoires

                | Territoire | 2015 | 2020 | Évolution 2015-2020 (€) |
                |----------------------|------|------|-------------------------|
                | Bourg Délivrance 2 | 1581 | 1663 | 83 |
                | Bourg Délivrance 3 | 1863 | 133 |
                """);
        InputException e = assertThrows(InputException.class, () -> IndicatorReader.read(file));
        assertTrue(e.getMessage().contains("revenus.md") && e.getMessage().contains("6"), e.getMessage());
        assertEquals(6, e.location().row());
        assertTrue(e.getMessage().contains("3 cells where its header (line 3) has 4"), e.getMessage());
    }

    @Test
    void aTableWithoutItsRuleIsLocated() throws IOException {
        Path file = dir.resolve("sans-regle.md");
        Files.writeString(file, """
                | Territoire | 2015 | 2020 |
                | Bourg Délivrance 2 | 1581 | 1663 |
                """);
        InputException e = assertThrows(InputException.class, () -> IndicatorReader.read(file));
        assertEquals(2, e.location().row());
        assertTrue(e.getMessage().contains("must be followed by its rule"), e.getMessage());
    }
}
