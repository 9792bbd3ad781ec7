package fr.enquete.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Key figures, gaps over time, targets and complement territories on the seeds' tables. Expected figures by hand
 * (Python): 1296 - 1863 = -567, 1405 - 1996 = -591; (793263 - 151539) / (1468018 - 276895) = 53,8755 %; 44 - 59 = -15.
 */
class PortraitTest {

    private static Path fixture(String name) {
        return Fixtures.home().resolve("fixtures/indicateurs").resolve(name);
    }

    @Test
    void keyFiguresAreFoundByKindOrNamed() {
        IndicatorTable lens = IndicatorReader.read(fixture("lens-cadrage.tsv"));
        assertEquals(List.of("Nombre d'habitants (INSEE)", "Nombre d'allocataires Caf", "Taux de couverture Caf"), KeyFigures.of(lens, List.of()));
        IndicatorTable bethune = IndicatorReader.read(fixture("bethune-reperes.csv"));
        assertEquals(List.of("Population", "Nombre d'allocataires CAF", "Taux de couverture Caf"), KeyFigures.of(bethune, List.of()));
        assertEquals(List.of("Part de ménages non-imposés"), KeyFigures.of(bethune, List.of("Part de ménages non-imposés")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyFigures.of(bethune, List.of("Populaton")));
        assertTrue(e.getMessage().contains("Population"), e.getMessage());
    }

    @Test
    void theGapIsFollowedAtEachDate() {
        IndicatorTable t = IndicatorReader.read(fixture("lomme-revenus.csv"));
        Comparison c = Comparison.of(t, List.of("Sud Marais 3", "Bourg Délivrance 3"), "Bourg Délivrance 3", null);
        List<GapTrend> trends = GapTrend.of(t, c);
        assertEquals(1, trends.size());
        GapTrend g = trends.get(0);
        // The file holds both of the seed's tables (2015, 2020 and the garbled 2018, 2019): every date is listed.
        assertEquals(List.of(2015, 2018, 2019, 2020), g.points().stream().map(GapTrend.Point::year).toList());
        assertEquals(List.of(-567.0, -367.0, -591.0, -591.0), g.points().stream().map(GapTrend.Point::gap).toList());
        assertEquals(-567, g.first().gap(), 1e-9);
        assertEquals(-591, g.last().gap(), 1e-9);
        assertEquals(24, g.change(), 1e-9);
        assertEquals(GapTrend.Trend.WIDENS, g.trend());
        assertEquals(-4.8, g.changePerYear(), 1e-9);
        assertFalse(g.inPoints());
        // Mithère 2 (1542 -> 1615) against Mithère 1 (1542 -> 1720): from level to 105 € below.
        Comparison m = Comparison.of(t, List.of("Mithère 2", "Mithère 1"), "Mithère 1", null);
        assertEquals(GapTrend.Trend.WIDENS, GapTrend.of(t, m).get(0).trend());
        // Bourg Délivrance 2 against 4: -278 then -321.
        Comparison b = Comparison.of(t, List.of("Bourg Délivrance 4", "Bourg Délivrance 2"), "Bourg Délivrance 2", null);
        GapTrend bd = GapTrend.of(t, b).get(0);
        assertEquals(278, bd.first().gap(), 1e-9);
        assertEquals(321, bd.last().gap(), 1e-9);
    }

    @Test
    void countsHaveNoGapOverTime() {
        // Lens's counts over 2018-2021 are sizes of territories: no gap is followed on them.
        IndicatorTable t = IndicatorReader.read(fixture("lens-cadrage.tsv"));
        assertEquals(List.of(), GapTrend.of(t, Comparison.of(t, List.of(), "Pas-de-Calais", null)));
    }

    @Test
    void halvingTheEmploymentGapIsFollowed() {
        IndicatorTable t = IndicatorReader.read(fixture("mel-contrat-de-ville.csv"));
        Target target = Target.parse("Taux d'emploi=gap/2@2020");
        assertEquals(0.5, target.factor());
        Target.Status s = target.follow(t, "QPV", "Métropole Européenne de Lille");
        assertEquals(2013, s.baseline());
        assertEquals(-15, s.start(), 1e-9);
        assertEquals(-7.5, s.goal(), 1e-9);
        assertEquals(7.5, s.distance(), 1e-9);
        assertFalse(s.reached());
        assertEquals(Unit.PERCENT, s.unit());
        // A value target: 50 % of employment for the QPV, 6 points from 44 %.
        Target.Status v = Target.parse("Taux d'emploi=50 %@2020").follow(t, "QPV", "Métropole Européenne de Lille");
        assertEquals(6, v.distance(), 1e-9);
        assertEquals(0.5, Target.parse("Taux d'emploi=écart*0,5@2020").factor());
        assertThrows(IllegalArgumentException.class, () -> Target.parse("Taux d'emploi=moitié"));
        assertThrows(IllegalArgumentException.class, () -> Target.parse("Taux d'emploi=gap*2@2020"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Target.parse("Taux d'emplo=gap/2@2020").follow(t, "QPV", "Métropole Européenne de Lille"));
        assertTrue(e.getMessage().contains("Taux d'emploi"), e.getMessage());
    }

    @Test
    void theRestOfATerritoryComesFromCounts() {
        IndicatorTable t = IndicatorReader.read(fixture("bethune-reperes.csv"));
        Complement c = Complement.of(t, "Reste du Pas-de-Calais", "Pas-de-Calais", "CA Béthune-Bruay");
        Indicator rest = c.table().value("Reste du Pas-de-Calais", "Taux de couverture Caf", 2019).orElseThrow();
        assertEquals(53.8755443392496, rest.measure().value(), 1e-9);
        assertEquals(641724, rest.numerator(), 1e-9);
        assertEquals(1191123, rest.denominator(), 1e-9);
        assertEquals(List.of(), c.refused());

        IndicatorTable cadrage = IndicatorReader.read(fixture("bethune-cadrage.tsv"));
        Complement r = Complement.of(cadrage, "Reste du Pas-de-Calais", "Pas-de-Calais", "Ca De Bethune-Bruay, Artois-Lys Romane");
        assertEquals(1191123, r.table().value("Reste du Pas-de-Calais", "Nombre d'habitants (INSEE)", 2017).orElseThrow().measure().value());
        assertEquals(256091, r.table().value("Reste du Pas-de-Calais", "Nombre d'allocataires Caf", 2019).orElseThrow().measure().value());
        assertEquals(44133, r.table().value("Reste du Pas-de-Calais", "Nombre de bénéficiaires du Rsa", 2019).orElseThrow().measure().value());
        // The shares are printed without their counts: refused, each said.
        assertTrue(r.table().value("Reste du Pas-de-Calais", "Taux de couverture Caf", 2019).isEmpty());
        List<String> refused = r.refused().stream().map(m -> m.text(Locale.FRENCH)).toList();
        assertTrue(refused.stream().anyMatch(m -> m.contains("Part des bénéficiaires du Rsa") && m.contains("taux seuls")), refused.toString());

        IndicatorTable mel = IndicatorReader.read(fixture("mel-contrat-de-ville.csv"));
        Complement none = Complement.of(mel, "Reste de la Métropole", "Métropole Européenne de Lille", "QPV");
        assertEquals(5, none.refused().size());
        assertFalse(none.table().hasTerritory("Reste de la Métropole"));
        assertThrows(IllegalArgumentException.class, () -> Complement.of(mel, "Reste", "MEL", "QPV"));
        assertEquals(List.of("Reste", "Pas-de-Calais", "Ca De Bethune-Bruay, Artois-Lys Romane"),
                List.of(Complement.parse("Reste=Pas-de-Calais - Ca De Bethune-Bruay, Artois-Lys Romane")));
    }

    /**
     * The path of a target and its straight way, by hand from seed 000's incomes: Sud Marais 3 minus Bourg Délivrance 3
     * is -567 (2015), -367 (2018), -591 (2019, 2020); halving it by 2026 aims at -283,5, and the even pace would have
     * reached -567 + (-283,5 + 567) * 5 / 11 = -438,136 in 2020.
     */
    @Test
    void aTargetKeepsItsPathAndItsStraightWay() {
        IndicatorTable t = IndicatorReader.read(fr.enquete.testing.Fixtures.home().resolve("fixtures/indicateurs/lomme-revenus.csv"));
        Target.Status s = Target.parse("Revenu médian des ménages par UC=gap/2@2026").follow(t, "Sud Marais 3", "Bourg Délivrance 3");
        assertEquals(List.of(new Target.Point(2015, -567), new Target.Point(2018, -367), new Target.Point(2019, -591),
                new Target.Point(2020, -591)), s.path());
        assertEquals(-567, s.onTrack(2015), 1e-9);
        assertEquals(-438.1363636, s.onTrack(2020), 1e-6);
        assertEquals(-283.5, s.onTrack(2026), 1e-9);
    }

    /**
     * A deadline as CAF and Éducation nationale tables count, a school year: "@2025-2026" was refused ("expected
     * INDICATOR=gap/2@YEAR"). It ends in 2026, as the table's 2019-2020 ends in 2020, and is printed as written. By hand:
     * gaps 16,9 - 13,0 = 3,9 points (2015-2016) and 14,2 - 11,5 = 2,7 (2019-2020); half of 3,9 is 1,95, 0,75 point still
     * to go; the even pace from 2016 to 2026 reads 3,9 + (1,95 - 3,9) * 4 / 10 = 3,12 in 2020.
     */
    @Test
    void aTargetsDeadlineMayBeASchoolYear(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path file = dir.resolve("retard-6e.csv");
        java.nio.file.Files.writeString(file, """
                territoire;indicateur;année;valeur;unité
                Lens;Part des élèves en retard;2015-2016;16,9;%
                Pas-de-Calais;Part des élèves en retard;2015-2016;13,0;%
                Lens;Part des élèves en retard;2019-2020;14,2;%
                Pas-de-Calais;Part des élèves en retard;2019-2020;11,5;%
                """);
        IndicatorTable t = IndicatorReader.read(file);
        Target target = Target.parse("Part des élèves en retard=gap/2@2025-2026");
        assertEquals(2026, target.year());
        assertTrue(target.schoolYear());
        assertEquals("2025-2026", target.deadline());
        assertEquals(target, Target.parse("Part des élèves en retard=gap/2 @ 2025/2026"));
        Target.Status s = target.follow(t, "Lens", "Pas-de-Calais");
        assertEquals(0.75, s.distance(), 1e-9);
        assertEquals(1.95, s.onTrack(2026), 1e-9);
        assertEquals(3.12, s.onTrack(2020), 1e-9);
        assertEquals("2026", Target.parse("Part des élèves en retard=gap/2@2026").deadline());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Target.parse("Part des élèves en retard=gap/2@2025-2027"));
        assertTrue(e.getMessage().contains("the deadline after \"@\" is a year (2026) or a school year (2025-2026), found \"2025-2027\""),
                e.getMessage());
    }
}
