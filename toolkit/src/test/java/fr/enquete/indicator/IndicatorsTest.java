package fr.enquete.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.InputException;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indicator tables from the seeds: seed 001's CAF tables for Lens (wide), seed 000's income tables for Lomme's IRIS
 * (long, with both published evolution tables), seed 002's key figures (numerators and denominators). The expected
 * figures are the seeds' own, or computed by hand (Python: 1663 - 1581, 100 * (1663 / 1581 - 1), ...).
 */
class IndicatorsTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) {
        return Fixtures.home().resolve("fixtures/indicateurs").resolve(name);
    }

    @Test
    void cafTablesAreReadAsPrinted() {
        IndicatorTable t = IndicatorReader.read(fixture("lens-cadrage.tsv"));
        // The CAF table prints "Pas-de-calais"; INSEE spells it "Pas-de-Calais", as a study's cover does: one spelling
        // in the document, the renaming noted, and the table's name still found as a user copies it.
        assertEquals(List.of("Lens", "Pas-de-Calais"), t.territories());
        List<String> english = t.notes().stream().map(n -> n.text(java.util.Locale.ENGLISH)).toList();
        List<String> french = t.notes().stream().map(n -> n.text(java.util.Locale.FRENCH)).toList();
        assertTrue(english.contains("lens-cadrage.tsv: \"Pas-de-calais\" written \"Pas-de-Calais\", as INSEE's Code officiel géographique spells it"),
                english.toString());
        // French reports print it in French (a review found the English sentence quoted in the study).
        assertTrue(french.contains("lens-cadrage.tsv\u00A0: «\u00A0Pas-de-calais\u00A0» écrit «\u00A0Pas-de-Calais\u00A0», comme l’écrit le Code"
                + " officiel géographique de l’Insee"), french.toString());
        assertEquals("Pas-de-Calais", t.territory("Pas-de-calais"));
        assertEquals("Lens", t.territory("Lens"));
        assertEquals("Arras", t.territory("Arras"), "not a territory of the table: as written");
        Indicator coverage = t.value("Lens", "Taux de couverture Caf", 2020).orElseThrow();
        assertEquals(67.7, coverage.measure().value());
        assertEquals(Unit.PERCENT, coverage.measure().unit());
        assertEquals(1, coverage.measure().decimals());
        // <b> marks stripped, "- €" is zero, thousands with spaces.
        assertEquals(1.02, t.value("Lens", "Indice jeunesse (Rp Insee)", 2018).orElseThrow().measure().value());
        assertEquals(0.0, t.value("Lens", "dont subventions de fonctionnement", 2020).orElseThrow().measure().value());
        assertEquals(30748043.0, t.value("Pas-de-Calais", "Montants des financements d'Action Sociale Caf", 2020).orElseThrow().measure().value());
        // "dont" parts belong to the last whole indicator above them, past the "Evolution annuelle" lines.
        assertEquals(List.of("dont EAJE", "dont RAM"), t.parts("Nombre d'équipements bénéficiaires de prestations de service"));
        assertEquals(List.of("dont couples avec enfant(s)", "dont familles monoparentales"), t.parts("Part des familles allocataires"));
        // The 5-year variation columns and the annual evolutions are published evolutions over spans.
        Indicator variation = t.evolutions().stream().filter(e -> e.territory().equals("Lens") && e.name().equals("Nombre d'allocataires Caf"))
                .findFirst().orElseThrow();
        assertEquals(new Period(2015, 2020), variation.period());
        assertEquals(15.7, variation.measure().value());
        assertTrue(t.evolutions().stream().anyMatch(e -> e.name().equals("Nombre de places EAJE") && e.period().equals(new Period(2020, 2021))
                && e.territory().equals("Pas-de-Calais") && e.measure().value() == 16));
        // Every "dont" adds up (Lens 877 755 € = 687 772 + 0 + 189 983; Pas-de-Calais 51,6 % vs 36,6 + 15,1 within rounding).
        assertEquals(List.of(), IndicatorChecks.of(t));
    }

    /**
     * A territory whose first value is "n.d." (or "s", secret) keeps its place in the file's order: it moved last,
     * became the default reference, and every gap of the portrait turned round ("51,6 % pour le Pas-de-Calais,
     * au-dessus de Lens"; a probe found it).
     */
    @Test
    void aTerritoryWhoseFirstValueIsMissingKeepsItsPlace() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("nd");
        for (String missing : List.of("n.d.", "s")) {
            java.nio.file.Path f = dir.resolve("t.csv");
            java.nio.file.Files.writeString(f, "territoire;indicateur;année;valeur\nLens;Nombre d allocataires Caf;2020;" + missing + "\n"
                    + "Pas-de-Calais;Nombre d allocataires Caf;2020;318 388\nLens;Part des familles allocataires;2020;38,7%\n"
                    + "Pas-de-Calais;Part des familles allocataires;2020;51,6%\n");
            IndicatorTable t = IndicatorReader.read(f);
            assertEquals(List.of("Lens", "Pas-de-Calais"), t.territories(), missing);
            Comparison c = Comparison.of(t, List.of(), null, null);
            assertEquals("Pas-de-Calais", c.reference(), missing);
            // By hand: 38,7 - 51,6 = -12,9 points for Lens.
            Gap g = c.lines().stream().filter(l -> l.indicator().startsWith("Part")).findFirst().orElseThrow().gaps().get(0);
            assertEquals(-1, g.direction(), missing);
        }
    }

    @Test
    void aComparisonOfATerritoryNotInTheTableIsRefused() {
        // The command line refused "Nope"; the library gave a column of nothing and every gap null, without a word.
        IndicatorTable t = IndicatorReader.read(fixture("lens-cadrage.tsv"));
        IllegalArgumentException reference = assertThrows(IllegalArgumentException.class, () -> Comparison.of(t, List.of(), "Nope", null));
        assertTrue(reference.getMessage().startsWith("no territory \"Nope\" in the table"), reference.getMessage());
        IllegalArgumentException listed = assertThrows(IllegalArgumentException.class,
                () -> Comparison.of(t, List.of("Lens", "Pas-de-Calis"), null, null));
        assertTrue(listed.getMessage().contains("\"Pas-de-Calis\"") && listed.getMessage().contains("Pas-de-Calais"), listed.getMessage());
        // Case and spaces aside, a territory is the table's.
        assertEquals("Pas-de-Calais", Comparison.of(t, List.of("lens"), " pas-de-calais ", null).reference());
    }

    @Test
    void comparisonsComeFromTheNumbersNotFromTheText() {
        IndicatorTable t = IndicatorReader.read(fixture("lens-cadrage.tsv"));
        Comparison c = Comparison.of(t, List.of(), "Pas-de-Calais", null);
        Comparison.Line capacity = c.lines().stream().filter(l -> l.indicator().startsWith("Capacité théorique")).findFirst().orElseThrow();
        // Seed 001 writes that Lens's capacity (33,6) is "supérieure" to the département's (51,5): it is below, 0,65 times.
        Gap g = capacity.gaps().get(0);
        assertEquals(-1, g.direction());
        assertEquals(33.6 / 51.5, g.ratio(), 1e-12);
        assertEquals(100 * (33.6 / 51.5 - 1), g.relative(), 1e-9);
        assertTrue(Double.isNaN(g.points()), "not a share: no points");
        Comparison.Line coverage = c.lines().stream().filter(l -> l.indicator().equals("Taux de couverture Caf")).findFirst().orElseThrow();
        assertEquals(67.7 - 53.9, coverage.gaps().get(0).points(), 1e-9);
        // 3,9 % vs 4,0 %: printed to the same precision and different, so below (level only when the gap is under the
        // coarser rounding: 4 and 3,9 could be equal).
        Comparison.Line aaeh = c.lines().stream().filter(l -> l.indicator().equals("Part des enfants bénéficiaires de l'AAEH")).findFirst().orElseThrow();
        assertEquals(-1, aaeh.gaps().get(0).direction());
        Comparison.Line none = c.lines().stream().filter(l -> l.indicator().startsWith("Part des enfants de moins de 3 ans d'allocataires Caf bénéficiaires d'un complément d'activité"))
                .findFirst().orElseThrow();
        assertEquals(0, none.gaps().get(0).direction(), "0,0 % and 0,0 %");
        assertEquals(0, Gap.of(new Measure(4, Unit.PERCENT, 0, false), new Measure(3.9, Unit.PERCENT, 1, false)).direction());
    }

    /**
     * The reference by default is the territory of the widest level, not the last column: France among Lomme's IRIS
     * (the niveau column); and none among peers, the 19 communes of the MEL's urban renewal sites or three towns, all
     * "commune" (whatever their sizes: Lille 236 234 inhabitants, Roubaix 98 892, Tourcoing 98 656, INSEE 2020). A table
     * without levels keeps the CAF tables' convention, the last column.
     */
    @Test
    void theDefaultReferenceIsTheWidestLevelOrNone() throws IOException {
        IndicatorTable lomme = IndicatorReader.read(fixture("lomme-revenus.csv"));
        assertEquals("France", Comparison.of(lomme, List.of(), null, null).reference());
        assertEquals("France", Comparison.of(lomme, List.of("Sud Marais 3", "France", "Mithère 1"), null, null).reference());
        assertEquals(java.util.Optional.empty(), Comparison.widest(lomme, List.of("Sud Marais 3", "Mithère 1")));

        IndicatorTable npru = IndicatorReader.read(fixture("mel-npru.csv"));
        Comparison peers = Comparison.of(npru, List.of(), null, null);
        assertEquals(null, peers.reference());
        assertEquals(-1, peers.referenceIndex());
        assertTrue(peers.lines().stream().allMatch(l -> l.gaps().stream().allMatch(java.util.Objects::isNull)));
        assertEquals(2016, peers.lines().get(0).year());
        assertEquals(List.of(), GapTrend.of(npru, peers));

        String towns = """
                territoire;niveau;indicateur;année;valeur;unité
                Lille;Commune;Population;2020;236 234;nombre
                Roubaix;Commune;Population;2020;98 892;nombre
                Tourcoing;Commune;Population;2020;98 656;nombre
                Lille;Commune;Taux de pauvreté;2020;26;%
                Roubaix;Commune;Taux de pauvreté;2020;43;%
                Tourcoing;Commune;Taux de pauvreté;2020;29;%
                Nord;Département;Taux de pauvreté;2020;19;%
                """;
        Path file = dir.resolve("villes.csv");
        Files.writeString(file, towns.replace("Nord;Département;Taux de pauvreté;2020;19;%\n", ""));
        assertEquals(null, Comparison.of(IndicatorReader.read(file), List.of(), null, null).reference());
        Files.writeString(file, towns);
        assertEquals("Nord", Comparison.of(IndicatorReader.read(file), List.of(), null, null).reference());
        assertEquals("Nord", Comparison.of(IndicatorReader.read(file), List.of("Nord", "Lille"), null, null).reference());
        Files.writeString(file, towns.replace(";Commune;", ";;").replace(";Département;", ";;"));
        assertEquals("Nord", Comparison.of(IndicatorReader.read(file), List.of(), null, null).reference());
        assertEquals("Lille", Comparison.of(IndicatorReader.read(file), List.of("Nord", "Lille"), null, null).reference());

        IndicatorTable lens = IndicatorReader.read(fixture("lens-cadrage.tsv"));
        assertEquals("Pas-de-Calais", Comparison.of(lens, List.of(), null, null).reference());
    }

    @Test
    void aGapTargetNeedsAReference() {
        IndicatorTable npru = IndicatorReader.read(fixture("mel-npru.csv"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Target.parse("Sites du NPRU=gap/2@2020").follow(npru, "Roubaix", null));
        assertTrue(e.getMessage().contains("name the reference territory"), e.getMessage());
    }

    @Test
    void publishedEvolutionsAreCheckedAgainstTheValues() {
        IndicatorTable t = IndicatorReader.read(fixture("lomme-revenus.csv"));
        List<IndicatorChecks.Finding> f = IndicatorChecks.of(t);
        // Seed 000's 2015-2020 table agrees with its values within rounding (1663 - 1581 = 82, printed 83); its 2018-2019
        // table, "Évolution 2018-2019 (%)", cannot: 83 % where 1501 -> 1663 is +10,79 %, and so for its 13 rows.
        assertEquals(13, f.size(), f.toString());
        assertTrue(f.stream().allMatch(x -> x.message().english().contains("in 2018-2019 is printed")), f.toString());
        assertTrue(f.get(0).message().english().contains("Bourg Délivrance 2") && f.get(0).message().english().contains("give +10.79 %"), f.get(0).toString());
        assertTrue(f.get(0).text(java.util.Locale.FRENCH).replace('\u00A0', ' ').startsWith("lomme-revenus.csv, ligne 44, colonne « valeur » : l’évolution de"
                + " « Revenu médian des ménages par UC » pour Bourg Délivrance 2 en 2018-2019 est publiée à 83 %, mais 1 501 € en 2018 et"
                + " 1 663 € en 2019 donnent +10,79 %"), f.get(0).text(java.util.Locale.FRENCH));
        assertTrue(f.get(0).where().toString().contains("lomme-revenus.csv, row 44"), f.get(0).where().toString());
        Change bd2 = Change.of(t, 2015, 2020).stream().filter(c -> c.territory().equals("Bourg Délivrance 2")).findFirst().orElseThrow();
        assertEquals(82, bd2.difference(), 1e-12);
        assertEquals(5.186590765338384, bd2.relative(), 1e-9);
        assertEquals(1.0164438903719875, bd2.annual(), 1e-9);
    }

    @Test
    void sub_areasAreRankedAsTheSeedNamesTheLowestIncomes() {
        IndicatorTable t = IndicatorReader.read(fixture("lomme-revenus.csv"));
        Ranking r = Ranking.of(t, "Revenu médian des ménages par UC", 2020, "IRIS", true, null);
        // Seed 000: "Sud Marais 3 (1 405 €), Mont à Camp-Marais 4 (1 508 €), Sud Marais 2 (1 544 €) et Mont à Camp-Marais 1 (1 573 €)".
        assertEquals(List.of("Sud Marais 3", "Mont à Camp-Marais 4", "Sud Marais 2", "Mont à Camp-Marais 1"),
                r.entries().stream().limit(4).map(e -> e.value().territory()).toList());
        assertEquals(13, r.entries().size(), "France is not an IRIS");
        // Mithère 1 and Mithère 2 both had 1542 in 2015: a tie shares its rank.
        Ranking in2015 = Ranking.of(t, "Revenu médian des ménages par UC", 2015, "IRIS", false, null);
        List<Integer> ranks = in2015.entries().stream().filter(e -> e.value().territory().startsWith("Mithère")).map(Ranking.Entry::rank).toList();
        assertEquals(ranks.get(0), ranks.get(1));
    }

    @Test
    void sharesAreCheckedAgainstTheirNumeratorAndDenominator() {
        List<IndicatorChecks.Finding> f = IndicatorChecks.of(IndicatorReader.read(fixture("bethune-reperes.csv")));
        // Seed 002: "Part de ménages non-imposés : 61%" with 68 871 non-taxed of 34 963 + 68 871 households: 66,33 %.
        // 10 291 / 56 597 = 18,18 % (printed 18 %) and 151 539 / 276 895 = 54,73 % (54,7 %) agree.
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().english().contains("\"Part de ménages non-imposés\"")
                && f.get(0).message().english().contains("68,871 / 103,834 = 66.33 %"), f.get(0).toString());
        assertTrue(f.get(0).text(java.util.Locale.FRENCH).replace('\u00A0', ' ').endsWith("est publié à 61 %, mais 68 871 / 103 834 = 66,33 %"),
                f.get(0).text(java.util.Locale.FRENCH));
    }

    @Test
    void duplicatesAndBadCellsAreLocated() throws IOException {
        Path twice = dir.resolve("twice.csv");
        Files.writeString(twice, "territoire;indicateur;année;valeur\nCABBALR;Population;2017;276 895\nCABBALR;Population;2017;277 730\n");
        List<IndicatorChecks.Finding> f = IndicatorChecks.of(IndicatorReader.read(twice));
        assertEquals(1, f.size());
        assertTrue(f.get(0).toString().contains("twice.csv, row 3") && f.get(0).message().english().contains("is 277,730 here and 276,895 at"), f.toString());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "territoire;indicateur;année;valeur\nLens;Taux;2020;environ 60\n");
        InputException e = assertThrows(InputException.class, () -> IndicatorReader.read(bad));
        assertTrue(e.getMessage().contains("bad.csv, row 2, column \"valeur\": expected a value"), e.getMessage());
        Files.writeString(bad, "territoire;indicateur;année;valeur\nLens;Taux;vingt;60\n");
        InputException y = assertThrows(InputException.class, () -> IndicatorReader.read(bad));
        assertTrue(y.getMessage().contains("row 2, column \"année\": expected a year (2020) or a span (2015-2020), found \"vingt\""), y.getMessage());
        Files.writeString(bad, "commune;chiffre\nLens;60\n");
        InputException shape = assertThrows(InputException.class, () -> IndicatorReader.read(bad));
        assertTrue(shape.getMessage().contains("needs either the columns territoire, indicateur"), shape.getMessage());
    }

    /**
     * Seed 002 (CTG Béthune-Bruay, "1.1. Données de cadrage" and "1.5.1"/"1.5.2"), pasted with the heading lines above
     * its header, 📉/📈 before the variations, and the shares printed without their year under their count.
     */
    @Test
    void bethuneTablesAreReadWithTheirArrowsBlankYearsAndHeadings() {
        IndicatorTable t = IndicatorReader.read(fixture("bethune-cadrage.tsv"));
        String ca = "Ca De Bethune-Bruay, Artois-Lys Romane";
        assertEquals(List.of(ca, "Pas-de-Calais"), t.territories());
        assertEquals(276895.0, t.value(ca, "Nombre d'habitants (INSEE)", 2017).orElseThrow().measure().value());
        // "📉 -0,2%" and "📈 +0,3%": the population's 5-year variations, 2012-2017.
        assertEquals(-0.2, evolution(t, ca, "Nombre d'habitants (INSEE)").measure().value());
        assertEquals(0.3, evolution(t, "Pas-de-Calais", "Nombre d'habitants (INSEE)").measure().value());
        assertEquals(new Period(2012, 2017), evolution(t, ca, "Nombre d'habitants (INSEE)").period());
        assertEquals(-25.5, evolution(t, ca, "Nombre de bénéficiaires du Rsa").measure().value());
        // A blank "Année Réf" repeats the year of the row above (2019), and says so.
        assertEquals(17.3, t.value(ca, "Part des bénéficiaires du Rsa", 2019).orElseThrow().measure().value());
        assertEquals(8.7, t.value("Pas-de-Calais", "Part des bénéficiaires d'Aah", 2019).orElseThrow().measure().value());
        List<String> english = t.notes().stream().map(n -> n.text(java.util.Locale.ENGLISH)).toList();
        // Row 17, the file's line (and a spreadsheet's row): its four blank lines above count (it said row 13).
        assertTrue(english.stream().anyMatch(n -> n.contains("row 17") && n.contains("Part des bénéficiaires du Rsa")
                && n.contains("2019")), english.toString());
        assertTrue(t.notes().stream().map(n -> n.text(java.util.Locale.FRENCH)).anyMatch(n -> n.contains("ligne 17")
                && n.contains("n’a pas d’année\u00A0: lue comme 2019, l’année de la ligne au-dessus")), t.notes().toString());
        // The heading lines above the header are skipped and listed.
        assertTrue(english.stream().anyMatch(n -> n.contains("row 1") && n.contains("1.1. Données de cadrage")), english.toString());
        assertEquals(13, t.indicators().size());
    }

    /**
     * "31.606" is read as the rest of its file writes numbers: in one with "1.466.743", dots group thousands (a probe's
     * column printed 1 466 743 beside 31,606 inhabitants, and a rate of 317 per 1 000 became a gap of +317 ‰); in one
     * with "38.7 %", the dot is a decimal one, as before.
     */
    @Test
    void anAmbiguousDotIsReadAsTheRestOfTheFile() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("dots");
        java.nio.file.Path thousands = dir.resolve("milliers.csv");
        java.nio.file.Files.writeString(thousands, "territoire;indicateur;année;valeur\nLens;Nombre d'habitants;2020;31.606\n"
                + "Pas-de-Calais;Nombre d'habitants;2020;1.466.743\nLens;Nombre d'allocataires Caf;2020;10.026\n"
                + "Pas-de-Calais;Nombre d'allocataires Caf;2020;318.388\n");
        IndicatorTable t = IndicatorReader.read(thousands);
        assertEquals(31606, t.value("Lens", "Nombre d'habitants", 2020).orElseThrow().measure().value());
        assertEquals(0, t.value("Lens", "Nombre d'habitants", 2020).orElseThrow().measure().decimals());
        assertEquals(1466743, t.value("Pas-de-Calais", "Nombre d'habitants", 2020).orElseThrow().measure().value());
        assertEquals(318388, t.value("Pas-de-Calais", "Nombre d'allocataires Caf", 2020).orElseThrow().measure().value());
        assertTrue(t.notes().stream().anyMatch(n -> n.text(java.util.Locale.ENGLISH).contains("\"31.606\" read as the 3 values of its kind")),
                t.notes().toString());
        java.nio.file.Path decimals = dir.resolve("decimales.csv");
        java.nio.file.Files.writeString(decimals, "territoire;indicateur;année;valeur\nLens;Indice;2020;31.606\nLens;Taux;2020;38.7%\n");
        assertEquals(31.606, IndicatorReader.read(decimals).value("Lens", "Indice", 2020).orElseThrow().measure().value(), 1e-9);
    }

    /** French spreadsheets put a no-break space before % and €: "12,5\u00A0%" was refused, found "12,5 %" (a probe). */
    @Test
    void noBreakSpacesBeforeAUnitAreSpaces() {
        for (String cell : List.of("12,5\u00A0%", "12,5\u202F%", "877\u202F755\u00A0€", "877 755\u202F€", "3,6\u00A0‰")) {
            Measure m = Measure.parse(cell).orElseThrow();
            assertEquals(cell.contains("€") ? 877755 : cell.contains("‰") ? 3.6 : 12.5, m.value(), 1e-9, cell);
            assertEquals(cell.contains("€") ? Unit.EURO : cell.contains("‰") ? Unit.PER_MILLE : Unit.PERCENT, m.unit(), cell);
        }
    }

    @Test
    void otherArrowsAreReadAsTheTrianglesAre() {
        for (String cell : List.of("📉 -0,2%", "📈 +0,3%", "⬇️ -0,2%", "🔻 -0,2%", "↘ -0,2%", "➡ +0,0%", "▼ -0,2%")) {
            Measure m = Measure.parse(cell).orElseThrow();
            assertEquals(Unit.PERCENT, m.unit(), cell);
            assertEquals(cell.contains("+") ? cell.contains("0,0") ? 0.0 : 0.3 : -0.2, m.value(), cell);
        }
    }

    /**
     * Seed 002's housing table (lines 654-675) pasted with its section: a heading, a sentence, two bullets, two more
     * sentences, then the header. Its commas ("Comparés au(à l') DEPARTEMENT, les ...", "28,9%") made the file read as
     * comma-separated, the delimiter being looked for in the first three lines only: "no row of the file holds" an
     * indicator table's columns.
     */
    @Test
    void aTablePastedUnderSixLinesOfItsSectionIsFound() {
        IndicatorTable t = IndicatorReader.read(fixture("bethune-logement.tsv"));
        String ca = "Ca De Bethune-Bruay, Artois-Lys Romane";
        assertEquals(List.of(ca, "Pas-de-Calais"), t.territories());
        assertEquals(29567.0, t.value(ca, "Nombre de bénéficiaires d'aides au logement", 2019).orElseThrow().measure().value());
        assertEquals(153331.0, t.value("Pas-de-Calais", "Nombre de bénéficiaires d'aides au logement", 2019).orElseThrow().measure().value());
        assertEquals(49.3, t.value(ca, "Part des bénéficiaires d'aides au logement", 2019).orElseThrow().measure().value());
        // The "↔ -0,5%" and "↓ -3,2%" variations, 2014-2019.
        assertEquals(-0.5, evolution(t, ca, "Nombre de bénéficiaires d'aides au logement").measure().value());
        assertEquals(-3.2, evolution(t, "Pas-de-Calais", "Nombre de bénéficiaires d'aides au logement").measure().value());
        List<String> english = t.notes().stream().map(n -> n.text(java.util.Locale.ENGLISH)).toList();
        assertTrue(english.stream().anyMatch(n -> n.startsWith("bethune-logement.tsv, row 10: \"La Caf verse mensuellement")
                && n.endsWith("is above the header: skipped")), english.toString());
    }

    /**
     * Seed 002's housing table prints "dont bénéficiaires dans le parc locatif privé" under the count of recipients (8 882)
     * and again under their share (14,8 %). Taken for one figure given twice, the share was left out of the comparison,
     * a check asked "14,8 % here and 8 882 there: which one?", and the share's parts added up to 34,5 % of 49,3 % ("a
     * partial breakdown?"), where the four add up: 14,8 + 28,9 + 3,0 + 2,6 = 49,3 (Pas-de-Calais: 15,7 + 27,4 + 3,0 + 2,4
     * = 48,5). The count's one part is a partial breakdown indeed (8 882 of 29 567).
     */
    @Test
    void aDontOfOneNameUnderTwoWholesIsTwoFigures() {
        IndicatorTable t = IndicatorReader.read(fixture("bethune-logement.tsv"));
        String ca = "Ca De Bethune-Bruay, Artois-Lys Romane";
        String part = "dont bénéficiaires dans le parc locatif privé";
        assertEquals(List.of(), t.duplicates());
        List<String> checks = IndicatorChecks.of(t).stream().map(f -> f.text(java.util.Locale.ENGLISH)).toList();
        assertEquals(2, checks.size(), checks.toString());
        assertTrue(checks.get(0).contains("Nombre de bénéficiaires d'aides au logement") && checks.get(0).contains("8,882")
                && checks.get(0).contains("29,567"), checks.toString());
        assertTrue(checks.get(1).contains("49,721") && checks.get(1).contains("153,331"), checks.toString());
        Comparison c = Comparison.of(t, List.of(), null, null);
        List<Comparison.Line> privates = c.lines().stream().filter(l -> l.indicator().equals(part)).toList();
        assertEquals(2, privates.size());
        assertEquals("Nombre de bénéficiaires d'aides au logement", privates.get(0).parent());
        assertEquals(8882.0, privates.get(0).values().get(0).measure().value());
        assertEquals("Part des bénéficiaires d'aides au logement", privates.get(1).parent());
        assertEquals(14.8, privates.get(1).values().get(0).measure().value());
        assertEquals(15.7, privates.get(1).values().get(1).measure().value());
        // 14,8 - 15,7 = -0,9 point.
        assertEquals(-0.9, privates.get(1).gaps().get(0).points(), 1e-9);
        // The count's 5-year variations stay the count part's: -2,8 % and -5,7 %, 2014-2019.
        assertEquals(-2.8, privates.get(0).variations().get(0).measure().value());
        assertEquals(-5.7, privates.get(0).variations().get(1).measure().value());
        assertEquals(null, privates.get(1).variations().get(0));
    }

    /**
     * Below a header line further down the file (seed 002's "Année Ref" block of youth equipments), the notes named the
     * indicators' blank column: 'ligne 37, colonne «  » : « 1.3 Soutenir ... »'. They name the row only, as above it.
     */
    /**
     * Seed 002, lines 641-652 ("1.4.1 Animation de la vie sociale", CTG Béthune-Bruay) as pasted, and seed 001, lines
     * 627-637 (Lens): the CAF print their "dont" lines here with a dash, "- dont centres sociaux", and a line "avec un
     * projet famille" under the first. The dashed parts were read as wholes: no breakdown of the equipments, and the
     * next dashed part would have hung off "avec un projet famille". The parts add up (by hand: 2 + 2 = 4, 41 + 16 = 57;
     * Lens 2 + 0 = 2, 44 + 20 = 64).
     */
    @Test
    void aDontLineWrittenWithABulletIsAPart() throws IOException {
        Path bethune = dir.resolve("avs.tsv");
        Files.writeString(bethune, """
                \t<i>Année Réf</i>\tCa De Bethune-Bruay, Artois-Lys Romane\tPas-de-calais
                Nombre d'équipements\t2019\t4\t57
                Evolution annuelle (provisoire) :\t2020\t+3\t+7
                - dont centres sociaux\t2019\t2\t41
                Evolution annuelle (provisoire) :\t2020\t+1\t+3
                avec un projet famille\t2019\t2\t37
                Evolution annuelle (provisoire) :\t2020\t+1\t+3
                - dont espaces de vie sociale\t2019\t2\t16
                Evolution annuelle (provisoire) :\t2020\t+2\t+4
                Montants des financements d'Action Sociale Caf\t\t458 166 €\t6 418 274 €
                dont prestations de service\t2019\t222 051 €\t3 886 011 €
                dont subventions de fonctionnemer\t2019\t236 115 €\t2 532 263 €
                """);
        IndicatorTable t = IndicatorReader.read(bethune);
        assertEquals(List.of("dont centres sociaux", "dont espaces de vie sociale"), t.parts("Nombre d'équipements"));
        assertEquals("Nombre d'équipements", t.parent("dont espaces de vie sociale"));
        assertEquals(List.of("avec un projet famille"), t.parts("dont centres sociaux"));
        assertEquals(41.0, t.value("Pas-de-Calais", new IndicatorTable.Entry("dont centres sociaux", "Nombre d'équipements"), 2019)
                .orElseThrow().measure().value());
        // The annual change of a dashed part is that part's (+3 centres sociaux in the Pas-de-Calais, 2019-2020).
        assertTrue(t.evolutions().stream().anyMatch(e -> e.name().equals("dont centres sociaux") && e.territory().equals("Pas-de-Calais")
                && e.period().equals(new Period(2019, 2020)) && e.measure().value() == 3), t.evolutions().toString());
        assertEquals(List.of(), IndicatorChecks.of(t));
        // A part short of its total is still found: Lens's 44 + 20 printed 44 + 10.
        Path lens = dir.resolve("lens-avs.tsv");
        Files.writeString(lens, """
                \tAnnée Réf\tLens\tPas-de-calais
                Nombre d'habitants (INSEE)\t2018\t31 606\t1 466 743
                Nombre d'équipements\t2020\t2\t64
                Evolution annuelle (provisoire) :\t2021\t+0\t+5
                • dont centres sociaux\t2020\t2\t44
                Evolution annuelle (provisoire) :\t2021\t+0\t+1
                avec un projet famille\t2020\t2\t40
                Evolution annuelle (provisoire) :\t2021\t+0\t+0
                – dont espaces de vie sociale\t2020\t0\t10
                """);
        IndicatorTable l = IndicatorReader.read(lens);
        assertEquals(List.of("dont centres sociaux", "dont espaces de vie sociale"), l.parts("Nombre d'équipements"));
        List<IndicatorChecks.Finding> found = IndicatorChecks.of(l);
        assertEquals(1, found.size(), found.toString());
        assertEquals("ind.parts.less", found.get(0).message().key());
        assertTrue(found.get(0).toString().contains("Pas-de-Calais"), found.toString());
        // "avec un projet famille" counts equipments as its wholes do: per 1 000 inhabitants (by hand: 1000 * 2 / 31 606 =
        // 0.0632791, 1000 * 40 / 1 466 743 = 0.0272713), not as a ratio of sizes ("0,05 (-95 %)").
        Gap family = Comparison.of(l, List.of(), "Pas-de-Calais", null).lines().stream().filter(x -> x.indicator().equals("avec un projet famille"))
                .findFirst().orElseThrow().gaps().get(0);
        assertTrue(family.perInhabitants(), family.toString());
        assertEquals(0.0632791, family.rate(), 1e-7);
        assertEquals(0.0272713, family.referenceRate(), 1e-7);
    }

    /**
     * Seed 002 (CTG Béthune-Bruay), lines 539-557, 564-565 and 585-599 as pasted: "1.2.1 Petite enfance" and "1.2.2
     * Jeunesse" each print "Nombre d'équipements bénéficiaires de prestations de service" and "Montants des financements
     * d'Action Sociale Caf" for 2019 with their own "dont". The jeunesse totals were duplicates of the petite enfance ones
     * (a check said 3 792 514 € disagreed with 6 174 994 €) and their parts hung off those. Each section's total keeps
     * its parts, which add up (by hand: 4 492 115 + 119 966 + 1 562 913 = 6 174 994; 1 681 770 + 504 633 + 1 606 111 =
     * 3 792 514; 28 + 8 = 36).
     */
    @Test
    void aTotalRepeatedInEachSectionOwnsItsParts() throws IOException {
        String pasted = """
                1.2.1 Petite enfance
                
                La Caf verse mensuellement sur le territoire, près de 700 000 € au titre des prestations légales pour la garde d'enfants.
                
                La Caf verse annuellement près de 6 200 000 € au titre des différentes prestations de service pour la petite enfance et du CEJ volet enfance.
                
                \tAnnée Réf\tCa De Bethune-Bruay, Artois-Lys Romane\tVariation sur 5 ans(*)\tPas-de-calais\tVariation sur 5 ans(*)
                Nombre de places EAJE\t2019\t670\t\t4 205\t
                Evolution annuelle (provisoire) :\t2020\t+0\t\t+3\t
                Nombre d'équipements bénéficiaires de prestations de service\t2019\t36\t\t232\t
                Evolution annuelle (provisoire) :\t2020\t-2\t\t-5\t
                dont EAJE\t2019\t28\t\t167\t
                Evolution annuelle (provisoire) :\t2020\t+0\t\t-3\t
                dont RAM\t2019\t8\t\t65\t
                Evolution annuelle (provisoire) :\t2020\t-2\t\t-2\t
                Montants des financements d'Action Sociale Caf\t2019\t6 174 994 €\t\t37 668 112 €\t
                dont prestations de service (PSU)\t2019\t4 492 115 €\t\t27 942 099 €\t
                dont subventions de fonctionnement\t2019\t119 966 €\t\t1 125 587 €\t
                dont CEJ volet enfance\t2019\t1 562 913 €\t\t8 600 426 €\t
                
                1.2.2 Jeunesse
                La Caf verse annuellement près de 3 800 000 € au titre des différentes prestations de service pour la jeunesse et du CEJ volet jeunesse.
                
                \tAnnée Ref\tCa De Bethune-Bruay, Artois-Lys Romane\tPas-de-calais
                Nombre d'équipements bénéficiaires de prestations de service\t2019\t108\t620
                Evolution annuelle (provisoire) :\t2020\t-3\t-32
                Périscolaires\t2019\t42\t193
                Evolution annuelle (provisoire) :\t2020\t+0\t+2
                Extrascolaires\t2019\t65\t420
                Evolution annuelle (provisoire) :\t2020\t-3\t-34
                Foyers Jeunes Travailleurs\t2019\t1\t7
                Evolution annuelle (provisoire) :\t2020\t+0\t+0
                Montants des financements d'Action Sociale Caf\t2019\t3 792 514 €\t23 791 760 €
                dont prestations de service\t2019\t1 681 770 €\t9 756 526 €
                dont subventions de fonctionnement\t2019\t504 633 €\t4 128 505 €
                dont CEJ volet jeunesse\t2019\t1 606 111 €\t9 906 728 €
                """;
        Path f = dir.resolve("bethune-enfance-jeunesse.tsv");
        Files.writeString(f, pasted);
        IndicatorTable t = IndicatorReader.read(f);
        String funds = "Montants des financements d'Action Sociale Caf";
        String equipments = "Nombre d'équipements bénéficiaires de prestations de service";
        assertEquals(List.of("dont prestations de service (PSU)", "dont subventions de fonctionnement", "dont CEJ volet enfance"),
                t.parts(funds + " (Petite enfance)"));
        assertEquals(List.of("dont prestations de service", "dont subventions de fonctionnement", "dont CEJ volet jeunesse"),
                t.parts(funds + " (Jeunesse)"));
        assertEquals(6174994.0, t.value("Ca De Bethune-Bruay, Artois-Lys Romane", funds + " (Petite enfance)", 2019)
                .orElseThrow().measure().value());
        assertEquals(23791760.0, t.value("Pas-de-Calais", funds + " (Jeunesse)", 2019).orElseThrow().measure().value());
        assertEquals(List.of("dont EAJE", "dont RAM"), t.parts(equipments + " (Petite enfance)"));
        assertEquals(108.0, t.value("Ca De Bethune-Bruay, Artois-Lys Romane", equipments + " (Jeunesse)", 2019).orElseThrow().measure().value());
        // Each total's annual change stays with it: -2 (petite enfance), -3 (jeunesse) for the CA in 2019-2020.
        assertTrue(t.evolutions().stream().anyMatch(e -> e.name().equals(equipments + " (Jeunesse)") && e.measure().value() == -3
                && e.territory().startsWith("Ca De")), t.evolutions().toString());
        assertTrue(t.duplicates().isEmpty(), t.duplicates().toString());
        assertEquals(List.of(), IndicatorChecks.of(t));
        List<String> renamed = t.notes().stream().filter(n -> n.key().equals("ind.note.section")).map(n -> n.text(java.util.Locale.ENGLISH)).toList();
        assertEquals(4, renamed.size(), renamed.toString());
        assertTrue(renamed.contains("bethune-enfance-jeunesse.tsv, row 33: \"" + funds + "\" is repeated in another section of the table, with its"
                + " own parts: read as \"" + funds + " (Jeunesse)\""), renamed.toString());
        // Without the headings (pasted from the header lines), the totals are named after their rows.
        Files.writeString(f, pasted.replace("1.2.1 Petite enfance", "").replace("1.2.2 Jeunesse", ""));
        IndicatorTable rows = IndicatorReader.read(f);
        assertEquals(List.of("dont prestations de service", "dont subventions de fonctionnement", "dont CEJ volet jeunesse"),
                rows.parts(funds + " (l. 33)"));
        assertEquals(6174994.0, rows.value("Ca De Bethune-Bruay, Artois-Lys Romane", funds + " (l. 16)", 2019).orElseThrow().measure().value());
        // A total given twice within one block is still a duplicate, which the checks report.
        Files.writeString(f, "\tAnnée Réf\tLens\tPas-de-calais\n" + funds + "\t2020\t877 755 €\t30 748 043 €\n"
                + funds + "\t2020\t878 755 €\t30 748 043 €\n");
        IndicatorTable twice = IndicatorReader.read(f);
        assertEquals(List.of("ind.duplicate"), IndicatorChecks.of(twice).stream().map(x -> x.message().key()).toList());
    }

    @Test
    void notesBelowALaterHeaderLineNameNoBlankColumn() {
        List<String> french = IndicatorReader.read(fixture("bethune-jeunesse.tsv")).notes().stream()
                .map(n -> n.text(java.util.Locale.FRENCH).replaceAll("[\u00A0\u202F]", " ")).toList();
        assertTrue(french.contains("bethune-jeunesse.tsv, ligne 37 : « 1.3 Soutenir la fonction parentale et faciliter les relations"
                + " parents-enfants » n’a pas de chiffre (un intertitre ?) : ligne ignorée"), french.toString());
        assertTrue(french.stream().noneMatch(n -> n.contains("colonne «  »")), french.toString());
    }

    /**
     * One "dont" part short of its total read "les 1 partie « dont » ... totalisent 8 882" ("the 1 "dont" part ... add up
     * to"): one part is "la partie ... vaut", several "les 2 parties ... totalisent". Seed 002's housing count has one
     * part (8 882 of 29 567); seed 001's département has three equipments' parts, 23 + 52 + 4 = 79 of 87.
     */
    @Test
    void onePartShortOfItsTotalIsWordedInTheSingular() {
        List<String> housing = IndicatorChecks.of(IndicatorReader.read(fixture("bethune-logement.tsv"))).stream()
                .map(f -> f.text(java.util.Locale.FRENCH).replaceAll("[\u00A0\u202F]", " ")).toList();
        assertEquals("bethune-logement.tsv, ligne 13, colonne « Ca De Bethune-Bruay, Artois-Lys Romane » : la partie « dont » de"
                + " « Nombre de bénéficiaires d'aides au logement » pour Ca De Bethune-Bruay, Artois-Lys Romane en 2019 vaut 8 882,"
                + " moins que son total de 29 567 (une ventilation partielle ?)", housing.get(0));
        assertTrue(IndicatorChecks.of(IndicatorReader.read(fixture("bethune-logement.tsv"))).get(0).text(java.util.Locale.ENGLISH)
                .contains(": the one \"dont\" part of \"Nombre de bénéficiaires d'aides au logement\" for Ca De Bethune-Bruay,"
                        + " Artois-Lys Romane in 2019 comes to 8,882, less than its 29,567 (a partial breakdown?)"));
        List<String> parenting = IndicatorChecks.of(IndicatorReader.read(fixture("lens-parentalite.tsv"))).stream()
                .map(f -> f.text(java.util.Locale.FRENCH).replaceAll("[\u00A0\u202F]", " ")).toList();
        assertTrue(parenting.stream().anyMatch(n -> n.contains(": les 3 parties « dont » de ") && n.contains(" totalisent 79, moins que son"
                + " total de 87 (une ventilation partielle ?)")), parenting.toString());
    }

    /**
     * Seed 002's youth table prints its 5-year variations after pointing hands ("👆 +2,8%", "👉 -0,3%"): the file was
     * refused at its first one ("expected a value ..., found "👆 +2,8%""), the arrows and triangles alone being known.
     * Variations read as those of seed 002's lines 574-582, over 2012-2017 (population) and 2014-2019 (CAF children).
     */
    @Test
    void pointingHandsAndOtherSymbolsBeforeAVariationAreMarks() {
        for (String cell : List.of("👆 +2,8%", "👉 -0,3%", "👆🏽 +2,8%", "☝ +2,8%", "👇️ -0,3%")) {
            Measure m = Measure.parse(cell).orElseThrow();
            assertEquals(Unit.PERCENT, m.unit(), cell);
            assertEquals(cell.contains("+") ? 2.8 : -0.3, m.value(), cell);
        }
        IndicatorTable t = IndicatorReader.read(fixture("bethune-jeunesse.tsv"));
        String ca = "Ca De Bethune-Bruay, Artois-Lys Romane";
        assertEquals(2.8, evolution(t, ca, "Population de 6 à moins de 18 ans (pop. Insee)").measure().value());
        assertEquals(new Period(2012, 2017), evolution(t, ca, "Population de 6 à moins de 18 ans (pop. Insee)").period());
        assertEquals(1.3, evolution(t, "Pas-de-Calais", "Population de 6 à moins de 18 ans (pop. Insee)").measure().value());
        assertEquals(0.8, evolution(t, ca, "Nombre d'enfants de 6 à moins de 18 ans Caf").measure().value());
        assertEquals(-0.3, evolution(t, "Pas-de-Calais", "Nombre d'enfants de 6 à moins de 18 ans Caf").measure().value());
        assertEquals(1.1, evolution(t, ca, "Nombre d'enfants de 12 à moins de 18 ans Caf").measure().value());
        assertEquals(-0.5, evolution(t, "Pas-de-Calais", "Nombre d'enfants de 12 à moins de 18 ans Caf").measure().value());
        assertEquals(new Period(2014, 2019), evolution(t, ca, "Nombre d'enfants de 18 à moins de 20 ans Caf").period());
        assertEquals(13.3, evolution(t, ca, "Nombre d'enfants de 18 à moins de 20 ans Caf").measure().value());
    }

    /**
     * "+ 1,5 %" was read, "- 2,5 %" refused ("expected a value ..., found "- 2,5 %""), as were the minus signs of typeset
     * tables copied from a PDF: "−0,2 %" (U+2212) and "–0,2 %" (an en dash). A dash alone is still no value, and "- €" zero.
     */
    @Test
    void aMinusIsReadSpacedOrTypeset() {
        for (String[] c : new String[][] {{"- 2,5 %", "-2.5", "1"}, {"−0,2 %", "-0.2", "1"}, {"–0,2 %", "-0.2", "1"}, {"− 3,9 pts", "-3.9", "1"},
                {"- 1 234 €", "-1234", "0"}, {"▼ − 22,3 %", "-22.3", "1"}, {"+ 1,5 %", "1.5", "1"}}) {
            Measure m = Measure.parse(c[0]).orElseThrow();
            assertEquals(Double.parseDouble(c[1]), m.value(), c[0]);
            assertEquals(Integer.parseInt(c[2]), m.decimals(), c[0]);
        }
        assertEquals(0.0, Measure.parse("- €").orElseThrow().value());
        assertTrue(Measure.parse("–").isEmpty());
        assertTrue(Measure.parse("−").isEmpty());
        assertEquals(0.0, Measure.parse("− €").orElseThrow().value());
    }

    /**
     * A separator met twice groups thousands: "1.234.567" read as 1 234 567 with three decimals and printed
     * "1 234 567,000" (a probe of bad inputs). A separator met once keeps its reading: "4,0" one decimal, "1.234,5" one,
     * "1 466 743" none.
     */
    @Test
    void aRepeatedSeparatorGroupsThousands() {
        for (String[] c : new String[][] {{"1.234.567", "1234567", "0"}, {"1,234,567", "1234567", "0"}, {"1.234,5", "1234.5", "1"},
                {"4,0", "4", "1"}, {"1 466 743", "1466743", "0"}, {"67,7 %", "67.7", "1"}}) {
            Measure m = Measure.parse(c[0]).orElseThrow();
            assertEquals(Double.parseDouble(c[1]), m.value(), c[0]);
            assertEquals(Integer.parseInt(c[2]), m.decimals(), c[0]);
        }
    }

    /**
     * A value whose own unit the unit column contradicts ("12,5 %" on a row saying "nombre") lost its "%" without a word
     * (a probe of bad inputs). It is read as the column says, and a note says so; a value without a sign, or with the
     * column's, gets no note.
     */
    @Test
    void aValueWhoseUnitTheColumnContradictsIsNoted() throws IOException {
        Path file = dir.resolve("unites.csv");
        Files.writeString(file, """
                territoire;indicateur;année;valeur;unité
                Lens;Taux de pauvreté;2020;12,5 %;nombre
                Lens;Part des familles;2020;38,7 %;%
                Lens;Nombre de places;2020;115;nombre
                """);
        IndicatorTable t = IndicatorReader.read(file);
        Measure poverty = t.value("Lens", "Taux de pauvreté", 2020).orElseThrow().measure();
        assertEquals(Unit.NUMBER, poverty.unit());
        assertEquals(12.5, poverty.value());
        List<String> notes = t.notes().stream().map(n -> n.text(java.util.Locale.FRENCH)).toList();
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("ligne 2") && notes.get(0).contains("«\u00A012,5 %\u00A0» porte l’unité «\u00A0%\u00A0», la colonne unité dit «\u00A0nombre\u00A0»"),
                notes.toString());
    }

    /**
     * One territory spelled two ways in one table, as tables pasted from several documents are ("Lomme" from the
     * commune's ABS, "LOMME" from an INSEE export; the Métropole with and without its accents): two columns each with
     * half the figures, and no gap between the halves, without a word. Read as one territory in its first spelling,
     * each other spelling noted at its first row.
     */
    @Test
    void aTerritorySpelledTwoWaysIsOneTerritory() throws IOException {
        Path file = dir.resolve("lomme-mel.csv");
        Files.writeString(file, """
                territoire;indicateur;année;valeur;unité
                Lomme;Taux d'emploi;2020;55,2;%
                LOMME;Part des familles monoparentales;2020;21,4;%
                Métropole européenne de Lille;Taux d'emploi;2020;60,1;%
                Metropole Europeenne de Lille;Part des familles monoparentales;2020;18,0;%
                Nord;Taux d'emploi;2020;58,0;%
                Nord;Part des familles monoparentales;2020;17,5;%
                """);
        IndicatorTable t = IndicatorReader.read(file);
        assertEquals(List.of("Lomme", "Métropole européenne de Lille", "Nord"), t.territories());
        assertEquals(21.4, t.value("Lomme", "Part des familles monoparentales", 2020).orElseThrow().measure().value());
        Comparison c = Comparison.of(t, List.of(), null, null);
        // 21,4 - 17,5 = 3,9 points; 18,0 - 17,5 = 0,5 point.
        assertEquals(3.9, c.lines().get(1).gaps().get(0).points(), 1e-9);
        assertEquals(0.5, c.lines().get(1).gaps().get(1).points(), 1e-9);
        List<String> notes = t.notes().stream().map(n -> n.text(java.util.Locale.FRENCH).replace('\u00A0', ' ')).toList();
        assertEquals(List.of("lomme-mel.csv, ligne 3 : « LOMME » lu comme « Lomme », écrit ainsi plus haut (seules la casse, les accents"
                + " ou les tirets diffèrent) : un seul territoire", "lomme-mel.csv, ligne 5 : « Metropole Europeenne de Lille » lu comme"
                + " « Métropole européenne de Lille », écrit ainsi plus haut (seules la casse, les accents ou les tirets diffèrent) : un seul"
                + " territoire"), notes);
        // Options may name it either way.
        assertEquals("Métropole européenne de Lille", t.territory("Metropole europeenne de Lille"));
    }

    /**
     * A school year, as CAF and Éducation nationale tables write it ("2018-2019", "2019/2020", "2020 - 2021" as seed 002
     * heads its thematic sheets, line 1530), was refused as a published evolution with no value at either end. Two
     * consecutive years with no single-year value at their ends are one period: after 2018-2019, compared and followed
     * between school years (by hand, python3: 14,2 - 15,0 = -0,8 pt and 100 * (14.2 / 15 - 1) = -5,3333 % for Lens; 11,5 -
     * 11,9 = -0,4 pt and -3,3613 % for the Pas-de-Calais). A span with its values (Lens's employment rate, 2015-2020) is
     * still a published evolution.
     */
    @Test
    void aSchoolYearIsOnePeriod() throws IOException {
        Path file = dir.resolve("ecoles.csv");
        Files.writeString(file, """
                territoire;indicateur;année;valeur;unité
                Lens;Taux d'emploi;2020;48,2;%
                Pas-de-Calais;Taux d'emploi;2020;58,0;%
                Lens;Taux d'emploi;2015-2020;-1,5;pts
                Lens;Part des élèves entrant en 6e avec au moins un an de retard;2019/2020;14,2;%
                Pas-de-Calais;Part des élèves entrant en 6e avec au moins un an de retard;2019/2020;11,5;%
                Lens;Part des élèves entrant en 6e avec au moins un an de retard;2018-2019;15,0;%
                Pas-de-Calais;Part des élèves entrant en 6e avec au moins un an de retard;2018 - 2019;11,9;%
                """);
        IndicatorTable t = IndicatorReader.read(file);
        String late = "Part des élèves entrant en 6e avec au moins un an de retard";
        assertEquals(1, t.evolutions().size(), t.evolutions().toString());
        assertEquals(List.of(2019, 2020), t.years(late), "keyed by the year each ends");
        Indicator now = t.value("Lens", late, 2020).orElseThrow();
        assertTrue(now.period().schoolYear());
        assertEquals("2019-2020", now.period().toString());
        assertEquals("2018-2019", t.value("Pas-de-Calais", late, 2019).orElseThrow().period().toString());
        Comparison c = Comparison.of(t, List.of(), "Pas-de-Calais", null);
        Comparison.Line line = c.lines().stream().filter(l -> l.indicator().equals(late)).findFirst().orElseThrow();
        assertEquals("2019-2020", line.period().toString());
        assertEquals(2.7, line.gaps().get(0).points(), 1e-9);
        List<Change> changes = Change.of(t, 2019, 2020);
        assertEquals(2, changes.size(), changes.toString());
        assertEquals(-0.8, changes.get(0).difference(), 1e-9);
        assertEquals(-5.333333333, changes.get(0).relative(), 1e-6);
        assertEquals(-3.361344538, changes.get(1).relative(), 1e-6);
        assertEquals(-5.333333333, changes.get(0).annual(), 1e-6, "one year between two consecutive school years");
        assertEquals(List.of(), IndicatorChecks.of(t));
        // A CAF table's "Année Réf" may hold one too.
        Path wide = dir.resolve("ecoles.tsv");
        Files.writeString(wide, "\tAnnée Réf\tLens\tPas-de-calais\nPart des élèves en retard\t2019-2020\t14,2%\t11,5%\n");
        assertEquals("2019-2020", IndicatorReader.read(wide).value("Pas-de-Calais", "Part des élèves en retard", 2020).orElseThrow()
                .period().toString());
    }

    /**
     * A table by school year that prints its own change, as CAF tables print "Évolution 2015-2020" beside their 2015-2016 …
     * 2019-2020 columns, was refused: no value "in 2015 or 2020". The change runs from the first school year to the last
     * (2015-2016 to 2019-2020), is printed as published beside the last and checked like a change between years. By hand
     * (python3, once): Lens 14,2 - 16,9 = -2,7 pts, as published; the Pas-de-Calais 100 * (11.5 / 13.0 - 1) = -11,54 %,
     * not the -9,0 % printed.
     */
    @Test
    void aPublishedChangeOverSchoolYearsIsReadAndChecked() throws IOException {
        Path file = dir.resolve("retard-6e.csv");
        String late = "Part des élèves entrant en 6e avec au moins un an de retard";
        Files.writeString(file, """
                territoire;indicateur;année;valeur;unité
                Lens;%1$s;2015-2016;16,9;%%
                Lens;%1$s;2016-2017;16,1;%%
                Lens;%1$s;2017-2018;15,4;%%
                Lens;%1$s;2018-2019;15,0;%%
                Lens;%1$s;2019-2020;14,2;%%
                Lens;%1$s;2015-2020;-2,7;pts
                Pas-de-Calais;%1$s;2015-2016;13,0;%%
                Pas-de-Calais;%1$s;2019-2020;11,5;%%
                Pas-de-Calais;%1$s;2015-2020;-9,0;%%
                """.formatted(late));
        IndicatorTable t = IndicatorReader.read(file);
        assertEquals(List.of(2016, 2017, 2018, 2019, 2020), t.years(late));
        assertEquals(2, t.evolutions().size(), t.evolutions().toString());
        Period published = t.evolutions().get(0).period();
        assertEquals("2015-2020", published.toString(), "printed as published");
        assertEquals(4, published.years(), "four years from 2015-2016 to 2019-2020");
        Comparison c = Comparison.of(t, List.of(), "Pas-de-Calais", null);
        Comparison.Line line = c.lines().get(0);
        assertEquals("2019-2020", line.period().toString());
        assertEquals(-2.7, line.variations().get(c.territories().indexOf("Lens")).measure().value(), 1e-9, "beside the last school year");
        List<IndicatorChecks.Finding> checks = IndicatorChecks.of(t);
        assertEquals(1, checks.size(), checks.toString());
        String message = checks.get(0).text(Locale.FRENCH);
        assertTrue(message.contains("retard-6e.csv, ligne 10") && message.contains("pour Pas-de-Calais en 2015-2020 est publiée à -9,0\u00A0%")
                && message.contains("13,0\u00A0% en 2015-2016 et 11,5\u00A0% en 2019-2020 donnent -11,54\u00A0%"), message);
    }

    /**
     * A CAF table laid out as seed 001 prints its "données de cadrage" (the indicator, "Année Réf", each territory followed
     * by its "Variation sur 5 ans(*)"), with a school year as the reference year: the variation beside 2019-2020 was keyed
     * as calendar years, printed "(2015-2020)" and checked "13,2 % en 2015 et 11,5 % en 2020". It runs over five school
     * years, from 2014-2015 to 2019-2020. By hand (python3, once): Lens 100 * (14.2 / 17.5 - 1) = -18,86 %, printed -18,9 %;
     * the Pas-de-Calais 100 * (11.5 / 13.2 - 1) = -12,88 %, not the -9,0 % printed.
     */
    @Test
    void aFiveYearVariationBesideASchoolYearIsOverSchoolYears() throws IOException {
        Path file = dir.resolve("retard-6e.tsv");
        String late = "Part des élèves entrant en 6e avec au moins un an de retard";
        Files.writeString(file, """
                \tAnnée Réf\tLens\tVariation sur 5 ans(*)\tPas-de-calais\tVariation sur 5 ans(*)
                %1$s\t2014-2015\t17,5%%\t\t13,2%%\t
                %1$s\t2019-2020\t14,2%%\t-18,9%%\t11,5%%\t-9,0%%
                """.formatted(late));
        IndicatorTable t = IndicatorReader.read(file);
        assertEquals(List.of(2015, 2020), t.years(late));
        assertEquals(2, t.evolutions().size(), t.evolutions().toString());
        Period five = t.evolutions().get(0).period();
        assertEquals(Period.betweenSchoolYears(2015, 2020), five);
        assertEquals("2014-2015", five.start().toString());
        assertEquals("2019-2020", five.end().toString());
        assertEquals(5, five.years());
        List<IndicatorChecks.Finding> checks = IndicatorChecks.of(t);
        assertEquals(1, checks.size(), checks.toString());
        String message = checks.get(0).text(Locale.FRENCH);
        assertTrue(message.contains("retard-6e.tsv, ligne 3") && message.contains("pour Pas-de-Calais en 2014-2020 est publiée à -9,0\u00A0%")
                && message.contains("13,2\u00A0% en 2014-2015 et 11,5\u00A0% en 2019-2020 donnent -12,88\u00A0%"), message);
    }

    /**
     * Seed 001's "Animation de la vie sociale" table (lines 622-637), pasted with its Markdown heading "#### Animation de
     * la vie sociale" above: the importers took a heading starting with "#" for the name they give a blank column ("#1")
     * and refused the file ("row 5: this row has 4 cells but the header has 1 columns"). Read, its parts add up by hand:
     * 44 + 20 = 64 equipments and 4 101 074 + 2 260 307 = 6 361 381 € for the Pas-de-Calais, 171 900 + 71 359 = 243 259 €
     * for Lens; the blank year of the funding row is the 2020 of the row above it.
     */
    @Test
    void aMarkdownHeadingAboveACafTableIsSkipped() {
        IndicatorTable t = IndicatorReader.read(fixture("lens-vie-sociale.tsv"));
        assertEquals(List.of("Lens", "Pas-de-Calais"), t.territories());
        assertEquals(20, t.value("Pas-de-Calais", new IndicatorTable.Entry("dont espaces de vie sociale", "Nombre d'équipements"), 2020)
                .orElseThrow().measure().value(), 1e-9);
        assertEquals(243259, t.value("Lens", "Montants des financements d'Action Sociale Caf", 2020).orElseThrow().measure().value(), 1e-9);
        assertEquals(List.of(), IndicatorChecks.of(t));
        assertTrue(t.notes().get(0).english().contains("#### Animation de la vie sociale"), t.notes().toString());
    }

    /**
     * What stays an error: a span of more than a year with no value at either end (in no table and no check), and an
     * indicator given both in single years and in school years, whose order and distance the table does not say.
     */
    @Test
    void aLongSpanAloneOrSchoolYearsMixedWithYearsAreLocated() throws IOException {
        Path file = dir.resolve("ecoles.csv");
        Files.writeString(file, """
                territoire;indicateur;année;valeur;unité
                Lens;Taux d'emploi;2020;48,2;%
                Lens;Taux de chômage;2015-2020;-1,5;pts
                """);
        InputException e = assertThrows(InputException.class, () -> IndicatorReader.read(file));
        assertTrue(e.getMessage().contains("ecoles.csv, row 3, column \"année\": \"2015-2020\" is a span") && e.getMessage().contains(
                "no value of it for Lens in 2015 or 2020"), e.getMessage());
        Files.writeString(file, """
                territoire;indicateur;année;valeur;unité
                Lens;Part des élèves entrant en 6e avec au moins un an de retard;2018;15,0;%
                Lens;Part des élèves entrant en 6e avec au moins un an de retard;2019-2020;14,2;%
                """);
        InputException mixed = assertThrows(InputException.class, () -> IndicatorReader.read(file));
        assertTrue(mixed.getMessage().contains("ecoles.csv, row 3, column \"année\": \"2019-2020\" is a school year")
                && mixed.getMessage().contains("row 2 gives \"Part des élèves entrant en 6e avec au moins un an de retard\" for the single year 2018"),
                mixed.getMessage());
    }

    /**
     * Seed 001's "Evolution de la Population Insee": -0,1 % for Lens, +0,1 % for the Pas-de-Calais. Their relative gap,
     * (-0,1 / 0,1 - 1) = -200 %, went to JSON and CSV, and an evolution of such a rate between two years read as a
     * relative change too: a change of a change means nothing. They differ by 0,2 point, and that alone is given.
     */
    @Test
    void ratesOfChangeAreComparedInPointsOnly() throws IOException {
        IndicatorTable lens = IndicatorReader.read(fixture("lens-cadrage.tsv"));
        Comparison c = Comparison.of(lens, List.of(), null, null);
        Comparison.Line line = c.lines().stream().filter(l -> l.indicator().equals("Evolution de la Population Insee")).findFirst().orElseThrow();
        Gap g = line.gaps().get(c.territories().indexOf("Lens"));
        assertEquals(-0.2, g.points(), 1e-9);
        assertTrue(Double.isNaN(g.relative()) && Double.isNaN(g.ratio()), g.toString());
        Path file = dir.resolve("population.csv");
        Files.writeString(file, """
                territoire;indicateur;année;valeur;unité
                Lens;Evolution annuelle moyenne de la population;2013;-0,4;%
                Lens;Evolution annuelle moyenne de la population;2018;-0,1;%
                Lens;Part des familles monoparentales;2013;14,0;%
                Lens;Part des familles monoparentales;2018;15,6;%
                """);
        List<Change> changes = Change.of(IndicatorReader.read(file), 2013, 2018);
        // -0,1 - (-0,4) = +0,3 point; no relative change (it would read -75 %) nor annual one.
        assertEquals(0.3, changes.get(0).difference(), 1e-9);
        assertTrue(Double.isNaN(changes.get(0).relative()) && Double.isNaN(changes.get(0).annual()), changes.get(0).toString());
        // A share keeps its relative change: 15,6 / 14,0 - 1 = +11,43 %.
        assertEquals(11.428571, changes.get(1).relative(), 1e-6);
    }

    @Test
    void aBlankYearWithNoYearAboveIsLocated() throws IOException {
        Path bad = dir.resolve("sans-annee.tsv");
        Files.writeString(bad, "\tAnnée Réf\tLens\tPas-de-Calais\nPart des bénéficiaires du Rsa\t\t17,3%\t17,2%\n");
        InputException e = assertThrows(InputException.class, () -> IndicatorReader.read(bad));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("Année Réf") && e.getMessage().contains("no row above"),
                e.getMessage());
    }

    /**
     * Seed 001 (CTG Lens, "Soutenir la fonction parentale"): a block with variation columns, a sentence, then a block
     * without them whose territories are headed "=Lens", "=Pas-de-Calais" (pasted from formulas).
     */
    @Test
    void bothTableShapesInOneFileAreRead() {
        IndicatorTable t = IndicatorReader.read(fixture("lens-parentalite.tsv"));
        assertEquals(List.of("Lens", "Pas-de-Calais"), t.territories());
        assertEquals(-4.5, evolution(t, "Lens", "Nombre de bénéficiaires d'allocations familiales").measure().value());
        assertEquals(87.0, t.value("Pas-de-Calais", "Nombre d'équipements bénéficiaires de prestations de service", 2020).orElseThrow()
                .measure().value());
        assertEquals(18.0, t.value("Lens", "dont actions REAAP", 2019).orElseThrow().measure().value());
        // The blank year of the funding row repeats 2020 (the row above), not the 2021 of an "Evolution annuelle" line.
        assertEquals(5580117.0, t.value("Pas-de-Calais", "Montants des financements d'Action Sociale Caf", 2020).orElseThrow().measure().value());
        // The seed's own breakdown is partial: 23 + 52 + 4 = 79 of 87 equipments for the département.
        assertTrue(IndicatorChecks.of(t).stream().anyMatch(f -> f.toString().contains("79")), IndicatorChecks.of(t).toString());
    }

    private static Indicator evolution(IndicatorTable t, String territory, String name) {
        return t.evolutions().stream().filter(e -> e.territory().equals(territory) && e.name().equals(name) && e.period().to() - e.period().from() == 5)
                .findFirst().orElseThrow(() -> new AssertionError("no 5-year variation of " + name + " for " + territory));
    }

    /**
     * Seed 002 ("HANDICAP"): 4 621 AAH beneficiaries, "soit 32,8 bénéficiaires pour 1000 personnes âgées de 20-59 ans".
     * The seed does not print the denominator: 140 884 is the one the rate implies (4621 / 32.8 * 1000 = 140884.1);
     * Python: 1000 * 4621 / 140884 = 32.80, 1000 * 4621 / 120000 = 38.51.
     */
    @Test
    void ratesPerThousandAreCheckedPerThousand() throws IOException {
        Path f = dir.resolve("aah.csv");
        Files.writeString(f, """
                territoire;indicateur;année;valeur;unité;numérateur;dénominateur
                CA Béthune-Bruay;Bénéficiaires de l'AAH pour 1000 personnes de 20-59 ans;2018;32,8;‰;4 621;140 884
                CA Béthune-Bruay;Bénéficiaires de l'AAH pour 1000 (autre dénominateur);2018;32,8 ‰;;4 621;120 000
                CA Béthune-Bruay;Bénéficiaires de l'AAH (pour 1 000);2018;32,8;pour 1 000;4 621;140 884
                """);
        IndicatorTable t = IndicatorReader.read(f);
        assertEquals(Unit.PER_MILLE, t.value("CA Béthune-Bruay", "Bénéficiaires de l'AAH (pour 1 000)", 2018).orElseThrow().measure().unit());
        List<IndicatorChecks.Finding> found = IndicatorChecks.of(t);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().english().contains("4,621 / 120,000 = 38.51 ‰"), found.get(0).toString());
    }
}
