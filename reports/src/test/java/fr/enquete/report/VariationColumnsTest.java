package fr.enquete.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
