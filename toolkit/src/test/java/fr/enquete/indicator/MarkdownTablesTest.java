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

    /**
     * Seed 000's lines 995-1059 as they are: two pipe tables, each under its own title, the prose, a map's title and its
     * "Moyenne France: 14,4% (2019)" between them. Only the first was read: the second's header came as a repeat of the
     * first's, its 2015 and 2020 incomes filed under the first title. Each is now a table of its own, named by its
     * title; the map's reference value is no table's (its title is not theirs).
     */
    @Test
    void seed000sTwoTablesAreBothReadEachUnderItsTitle() throws IOException {
        Path file = dir.resolve("lomme-revenus.md");
        Files.writeString(file, """
                Evolution du revenu de revenu médian des ménages par UC selon les territoires
                Moyenne France: 1 600 € (2019)

                | Territoire | 2018 | 2019 | Évolution 2018-2019 (%) |
                |----------------------|------|------|-------------------------|
                | Bourg Delivrance 2 | 1501 | 1663 | 83 |
                | Bourg Delivrance 3 | 1663 | 1996 | 133 |
                | Bourg Delivrance 4 | 1653 | 1984 | 120 |
                | Bourg Delivrance 5 | 1761 | 1978 | 216 |
                | Métiers 1 | 1542 | 1720 | 976 |
                | Métiers 2 | 1542 | 1635 | 78 |
                | Mort à Camp Marais 1 | 1423 | 1573 | 144 |
                | Mort à Camp Marais 2 | 1686 | 1836 | 210 |
                | Mort à Camp Marais 3 | 1683 | 1835 | 292 |
                | Mort à Camp Marais 4 | 1544 | 1698 | 119 |
                | Sud Marais 1 | 1609 | 1748 | 143 |
                | Sud Marais 2 | 1452 | 1544 | 92 |
                | Sud Marais 3 | 1296 | 1405 | 119 |

                Analyse des besoins sociaux de Lomme: données sociodémographiques

                7.5 Une personne est pauvre si elle vit dans un ménage dont le niveau de vie est inférieur à 1 102 € par mois en 2019



                Cartographie des personnes pauvres selon les territoires
                Moyenne France: 14,4% (2019)




                Au sein de la commune, le pourcentage de la population sous le seuil de pauvreté (1 102 €) est le plus élevé à Lomme (29%) et le plus faible à Lomme (11%).

                La proportion de populations issues des classes à faible niveau de vie est nettement supérieure à la moyenne de la France métropolitaine. Environ 29% de la population Lommoise appartient au quart des populations les « plus défavorisées » de la France métropolitaine.

                Analyse des besoins sociaux de Lomme: données sociales démographiques



                Le niveau de revenu médian des ménages par UC selon les territoires
                Source : Insee, Filodif 2020




                Les revenus médians les plus faibles observés à l'échelle infracommunale (en dessous de 1 600 € par UC) se retrouvent sur les IRIS Sud Marais 3 (1 405 €), Mont à Camp-Marais 4 (1 508 €), Sud Marais 2 (1 544 €) et Mont à Camp-Marais 1 (1 573 €)

                L'évolution du niveau de revenu médian des ménages par UC selon les territoires
                Source : Insee, Filodif 2015-2020

                | Territoire | 2015 | 2020 | Évolution 2015-2020 (€) |
                |----------------------|------|------|-------------------------|
                | Bourg Délivrance 2 | 1581 | 1663 | 83 |
                | Bourg Délivrance 3 | 1863 | 1996 | 133 |
                | Bourg Délivrance 4 | 1859 | 1984 | 125 |
                | Bourg Délivrance 5 | 1761 | 1978 | 216 |
                | Mithère 1 | 1542 | 1720 | 178 |
                | Mithère 2 | 1542 | 1615 | 73 |
                | Mont à Camp-Marais 1 | 1429 | 1573 | 144 |
                | Mont à Camp-Marais 2 | 1666 | 1836 | 170 |
                | Mont à Camp-Marais 3 | 1633 | 1835 | 202 |
                | Mont à Camp-Marais 4 | 1390 | 1508 | 118 |
                | Sud Marais 1 | 1605 | 1748 | 143 |
                | Sud Marais 2 | 1452 | 1544 | 92 |
                | Sud Marais 3 | 1296 | 1405 | 109 |
                """);
        IndicatorTable t = IndicatorReader.read(file);
        String first = "Evolution du revenu de revenu médian des ménages par UC selon les territoires";
        assertEquals(List.of(first, INCOME), t.indicators());
        assertEquals(List.of(2018, 2019), t.years(first));
        assertEquals(List.of(2015, 2020), t.years(INCOME));
        // Seed line 1012 (the excerpt's 18th) and 1059 (its 65th).
        Indicator a = t.value("Sud Marais 3", first, 2019).orElseThrow();
        assertEquals(1405, a.measure().value());
        assertEquals(18, a.where().row());
        Indicator b = t.value("Sud Marais 3", INCOME, 2015).orElseThrow();
        assertEquals(1296, b.measure().value());
        assertEquals(65, b.where().row());
        assertEquals(1573, t.value("Mont à Camp-Marais 1", INCOME, 2020).orElseThrow().measure().value());
        assertTrue(t.value("Mont à Camp-Marais 1", first, 2019).isEmpty());
        // 13 published changes a table: 2018-2019 and 2015-2020.
        assertEquals(13, t.evolutions().stream().filter(i -> i.name().equals(first) && i.period().equals(new Period(2018, 2019))).count());
        assertEquals(13, t.evolutions().stream().filter(i -> i.name().equals(INCOME) && i.period().equals(new Period(2015, 2020))).count());
        // France: the first table's "Moyenne France: 1 600 € (2019)", not the map's 14,4 % (excerpt line 27).
        assertEquals(1600, t.value("France", first, 2019).orElseThrow().measure().value());
        assertEquals(List.of(first), t.values().stream().filter(i -> i.territory().equals("France")).map(Indicator::name).toList());
        assertTrue(t.notes().stream().anyMatch(n -> n.key().equals("ind.note.reference.unused") && n.english().contains("row 27")),
                t.notes().toString());
    }

    /** Headings name their tables, without their "#" marks. */
    @Test
    void eachTableIsNamedByItsHeading() throws IOException {
        Path file = dir.resolve("deux.md");
        Files.writeString(file, """
                ## Revenu médian 2018-2019

                | Territoire | 2018 | 2019 |
                |---|---|---|
                | Sud Marais 3 | 1296 | 1405 |

                ## Revenu médian 2015-2020
                Source : Insee, Filodif 2015-2020

                | Territoire | 2015 | 2020 |
                |---|---|---|
                | Sud Marais 3 | 1296 | 1405 |
                """);
        IndicatorTable t = IndicatorReader.read(file);
        assertEquals(List.of("Revenu médian 2018-2019", "Revenu médian 2015-2020"), t.indicators());
        assertEquals(1405, t.value("Sud Marais 3", "Revenu médian 2015-2020", 2020).orElseThrow().measure().value());
    }
}
