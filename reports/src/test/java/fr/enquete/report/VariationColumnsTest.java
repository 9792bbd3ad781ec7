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

/** The headings of the published variations' columns beside each territory's values. */
class VariationColumnsTest {

    @TempDir
    Path dir;

    private List<String> header(String csv, Lang lang) throws Exception {
        Path file = dir.resolve("indicateurs.csv");
        Files.writeString(file, csv);
        return new IndicatorTables(lang).comparison(Comparison.of(IndicatorReader.read(file), List.of(), null, null)).header();
    }

    /** Variations over five and three years in one column: the heading names no span, each cell gives its own. */
    @Test
    void spansOfSeveralLengthsShareAPlainHeading() throws Exception {
        String csv = """
                territoire;indicateur;année;valeur
                Lens;Taux de couverture;2020;67,7 %
                Lens;Taux de couverture;2015-2020;+2,1 %
                Lens;Part des familles;2020;38,7 %
                Lens;Part des familles;2017-2020;+1,0 %
                France;Taux de couverture;2020;53,9 %
                France;Part des familles;2020;51,6 %
                """;
        assertEquals(List.of("Indicateur", "Année", "Lens", "Variation (Lens)", "France", "Écart Lens / France"), header(csv, Lang.FR));
        assertEquals("Change (Lens)", header(csv, Lang.EN).get(3));
        // One span: the heading says it.
        String five = csv.replace("2017-2020", "2015-2020");
        assertEquals("Variation sur 5 ans (Lens)", header(five, Lang.FR).get(3));
    }

    /**
     * A count's rate per 1 000 inhabitants says which year's inhabitants it divides by when it is not the figure's
     * own: nothing for 2020 over 2020, "(population 2019)" for 2021 over the latest population before it, and both
     * years when the two territories' latest differ. Rates by hand: 1000 * 120 / 40 000 = 3,0; 1000 * 900 / 450 000
     * = 2,0; 1000 * 130 / 40 000 = 3,25 (3,3); 1000 * 1 000 / 450 000 = 2,22; with France's 2021 population,
     * 1000 * 1 000 / 500 000 = 2,0.
     */
    @Test
    void ratesSayWhichYearsInhabitantsTheyDivideBy() throws Exception {
        String csv = """
                territoire;indicateur;année;valeur
                Lens;Nombre d'habitants;2019;40 000
                Lens;Nombre d'habitants;2020;40 000
                Lens;Nombre de places;2020;120
                Lens;Nombre de places;2021;130
                France;Nombre d'habitants;2019;450 000
                France;Nombre d'habitants;2020;450 000
                France;Nombre de places;2020;900
                France;Nombre de places;2021;1 000
                """;
        Path file = dir.resolve("places.csv");
        Files.writeString(file, csv);
        assertEquals("Nombre de places (2020) : 120 pour Lens, soit 3,0 pour 1 000 habitants, au-dessus de la France"
                + " (2,0 pour 1 000 habitants, 900 au total).", placesSentence(file, 2020));
        assertEquals("Nombre de places (2021) : 130 pour Lens, soit 3,3 pour 1 000 habitants (population 2020), au-dessus de la France"
                + " (2,2 pour 1 000 habitants, 1 000 au total).", placesSentence(file, 2021));
        // Never "(population" at a line's end and "2020)" on the next (seen in the study's Word file).
        Comparison c = Comparison.of(IndicatorReader.read(file), List.of(), "France", 2021);
        assertTrue(new IndicatorTables(Lang.FR).sentence(c, c.lines().stream().filter(l -> l.indicator().equals("Nombre de places")).findFirst().orElseThrow(), 0).contains("(population\u00A02020)"));
        Files.writeString(file, csv + "France;Nombre d'habitants;2021;500 000\n");
        assertEquals("Nombre de places (2021) : 130 pour Lens, soit 3,3 pour 1 000 habitants (populations 2020 et 2021), au-dessus de la France"
                + " (2,0 pour 1 000 habitants, 1 000 au total).", placesSentence(file, 2021));
    }

    /** Lens's reading sentence of "Nombre de places" against France in {@code year}, spaces made plain. */
    private static String placesSentence(Path file, int year) {
        Comparison c = Comparison.of(IndicatorReader.read(file), List.of(), "France", year);
        Comparison.Line places = c.lines().stream().filter(l -> l.indicator().equals("Nombre de places")).findFirst().orElseThrow();
        return new IndicatorTables(Lang.FR).sentence(c, places, 0).replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
