package fr.enquete.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.indicator.Comparison;
import fr.enquete.indicator.IndicatorReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gap between two rates per inhabitant is the difference of the rates as the sentence prints them, so that a reader
 * who subtracts finds the table's figure.
 */
class RateGapTest {

    @TempDir
    Path dir;

    /**
     * The Lens CTG's childcare places (seed 001, fixtures/indicateurs/lens-cadrage.tsv): 115 places for 31 606
     * inhabitants, 4 224 for 1 466 743. By hand: 1000 * 115 / 31 606 = 3,6386 (printed 3,6), 1000 * 4 224 / 1 466 743
     * = 2,8798 (printed 2,9); 3,6 - 2,9 = 0,7. The unrounded difference, 0,7588, printed "+0,8" beside them.
     */
    @Test
    void gapIsTheDifferenceOfThePrintedRates() throws Exception {
        Line places = places("""
                territoire;indicateur;année;valeur
                Lens;Nombre d'habitants;2020;31 606
                Lens;Nombre de places EAJE;2020;115
                Pas-de-Calais;Nombre d'habitants;2020;1 466 743
                Pas-de-Calais;Nombre de places EAJE;2020;4 224
                """, "Pas-de-Calais");
        assertTrue(places.sentence().contains("soit 3,6 pour 1 000 habitants, au-dessus du Pas-de-Calais (2,9 pour 1 000 habitants"),
                places.sentence());
        assertEquals("+0,7 ‰ hab.", places.gap());
    }

    /**
     * A rate on a half rounds up as printed: 1000 * 130 / 40 000 = 3,25 prints "3,3" and 1000 * 1 000 / 450 000 = 2,222
     * prints "2,2", so the gap is 1,1, where the unrounded 1,028 would print "+1,0".
     */
    @Test
    void halfUpRatesGiveTheirGap() throws Exception {
        Line places = places("""
                territoire;indicateur;année;valeur
                Lens;Nombre d'habitants;2021;40 000
                Lens;Nombre de places;2021;130
                France;Nombre d'habitants;2021;450 000
                France;Nombre de places;2021;1 000
                """, "France");
        assertTrue(places.sentence().contains("soit 3,3 pour 1 000 habitants, au-dessus de la France (2,2 pour"), places.sentence());
        assertEquals("+1,1 ‰ hab.", places.gap());
    }

    /**
     * Rates that print alike are level: 1000 * 145 / 40 000 = 3,625 and 1000 * 1 620 / 450 000 = 3,6 both print "3,6";
     * "3,6 ... au-dessus de la France (3,6 ...)" read as a mistake.
     */
    @Test
    void ratesThatPrintAlikeAreLevel() throws Exception {
        Line places = places("""
                territoire;indicateur;année;valeur
                Lens;Nombre d'habitants;2021;40 000
                Lens;Nombre de places;2021;145
                France;Nombre d'habitants;2021;450 000
                France;Nombre de places;2021;1 620
                """, "France");
        assertTrue(places.sentence().contains("soit 3,6 pour 1 000 habitants, au niveau de la France (3,6 pour"), places.sentence());
        assertEquals("0,0 ‰ hab.", places.gap());
    }

    private record Line(String sentence, String gap) {
    }

    /** Lens's sentence and gap cell for the places line of {@code csv}, against {@code reference}, spaces made plain. */
    private Line places(String csv, String reference) throws Exception {
        Path file = dir.resolve("places.csv");
        Files.writeString(file, csv);
        Comparison c = Comparison.of(IndicatorReader.read(file), List.of(), reference, null);
        Comparison.Line line = c.lines().stream().filter(l -> l.indicator().startsWith("Nombre de places")).findFirst().orElseThrow();
        IndicatorTables tables = new IndicatorTables(Lang.FR);
        String gap = tables.gap(line.gaps().get(0), line.values().get(0).measure(), line.values().get(c.referenceIndex()).measure());
        return new Line(plain(tables.sentence(c, line, 0)), plain(gap));
    }

    private static String plain(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
