package fr.enquete.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Years are not quantities: "Année de création" (type: year in the fixture spec) printed "Somme 171 230, Moyenne
 * 1 991,05". Now its first, median and last year, without thousands separators. Figures from Python on the export:
 * 86 years from 1956 to 2017, statistics.quantiles(x, n=4, method='inclusive')[1] = 1992.5; 91 - 86 = 5 missing.
 */
class YearQuestionTest {

    @Test
    void aYearQuestionGetsItsFirstMedianAndLastYearAndNoSum() {
        SurveyResult result = Fixtures.analyse();
        QuestionResult creation = Fixtures.question(result, "creation");
        ResultTable fr = new ResultTables(Lang.FR).table(creation, result);
        assertEquals(List.of(List.of("Décompte", "86"), List.of("Première année", "1956"), List.of("Année médiane", "1992,5"),
                List.of("Dernière année", "2017"), List.of("Sans réponse", "5")), fr.rows());
        // The years are numbers too, so that a spreadsheet stores them as such (they were text cells, left-aligned).
        assertEquals(List.of(86.0, 1956.0, 1992.5, 2017.0, 5.0), fr.values().stream().map(r -> r.get(1)).toList());
        ResultTable en = new ResultTables(Lang.EN).table(creation, result);
        assertEquals(List.of("Median year", "1992.5"), en.rows().get(2));
        // A quantity keeps its sum and separators: adherents is numeric.
        ResultTable adherents = new ResultTables(Lang.FR).table(Fixtures.question(result, "adherents"), result);
        assertEquals("Somme", adherents.rows().get(1).get(0));
    }
}
