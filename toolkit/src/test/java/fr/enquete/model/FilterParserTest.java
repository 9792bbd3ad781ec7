package fr.enquete.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterParserTest {

    private final Header header = new Header("t.csv", List.of("actions[SQ001]", "qpv", "dpt", "Votre avis sur le centre"));

    private boolean test(String expr, String... cells) {
        return FilterParser.parse(expr).bind(header).test(new Row(cells, 2));
    }

    @Test
    void comparesTrimmedCells() {
        assertTrue(test("actions[SQ001] = Y", "Y", "", "", ""));
        assertTrue(test("actions[SQ001] = Y", " Y ", "", "", ""));
        assertEquals(false, test("actions[SQ001] = Y", "", "Oui", "", ""));
        assertTrue(test("actions[SQ001] != Y", "", "Oui", "", ""));
        assertTrue(test("qpv == Oui", "", "Oui", "", ""));
    }

    @Test
    void andOrNotAndParentheses() {
        assertTrue(test("qpv = Oui and (dpt = 59 or dpt = 62)", "", "Oui", "62", ""));
        assertEquals(false, test("qpv = Oui and (dpt = 59 or dpt = 62)", "", "Oui", "80", ""));
        // and binds tighter than or
        assertTrue(test("dpt = 80 or qpv = Oui and dpt = 59", "", "Non", "80", ""));
        assertTrue(test("not qpv = Oui", "", "Non", "", ""));
        assertTrue(test("NOT (qpv = Oui OR qpv = Non)", "", "", "", ""));
    }

    @Test
    void quotedValuesAndColumnsWithSpaces() {
        assertTrue(test("`Votre avis sur le centre` = \"Très bien, merci\"", "", "", "", "Très bien, merci"));
        assertTrue(test("qpv = 'Oui'", "", "Oui", "", ""));
        assertTrue(test("qpv = \"\"", "", "", "", ""), "empty value means an empty cell");
        assertTrue(test("qpv != \"\"", "", "Non", "", ""));
    }

    @Test
    void listsItsColumnsAndPrintsBackItsExpression() {
        Filter f = FilterParser.parse("qpv = Oui and (dpt = 59 or `Votre avis sur le centre` != \"\")");
        assertEquals(Set.of("qpv", "dpt", "Votre avis sur le centre"), f.columns());
        assertEquals(f, FilterParser.parse(f.expression()));
    }

    @Test
    void malformedFiltersSayWhatWasExpectedAndWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FilterParser.parse("qpv Oui"));
        assertTrue(e.getMessage().contains("expected '=', '!=', '<', '<=', '>' or '>='"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FilterParser.parse("(qpv = Oui"));
        assertTrue(e.getMessage().contains("expected ')'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FilterParser.parse("qpv = Oui dpt = 59"));
        assertTrue(e.getMessage().contains("at character 11"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FilterParser.parse("qpv = \"Oui"));
    }

    @Test
    void blankMeansEverybody() {
        assertEquals(Filter.ALL, FilterParser.parse("  "));
    }

    /** Numbers compared in order: the dpt column holds the number here, read as every numeric answer is (a comma too). */
    @Test
    void numbersComparedInOrder() {
        assertTrue(test("dpt >= 59", "", "", "59", ""));
        assertTrue(test("dpt>=59", "", "", "62", ""));
        assertEquals(false, test("dpt > 59", "", "", "59", ""));
        assertTrue(test("dpt < 59.5", "", "", "59", ""));
        assertTrue(test("dpt <= 2,5", "", "", "2,5", ""), "a decimal comma on both sides");
        assertEquals(false, test("dpt <= 2,5", "", "", "2,51", ""));
        assertEquals(false, test("dpt < 100", "", "", "", ""), "a blank cell is in no order");
        assertEquals(false, test("dpt < 100", "", "", "Nord", ""), "nor is a word");
        assertTrue(test("not dpt < 100", "", "", "", ""), "so 'not' takes it in");
        assertTrue(test("qpv = Oui and dpt >= -3", "", "Oui", "-2", ""));
        Filter f = FilterParser.parse("dpt >= 2,50 and qpv = '<5'");
        assertEquals("dpt >= 2.5 and qpv = \"<5\"", f.expression());
        assertEquals(f, FilterParser.parse(f.expression()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FilterParser.parse("dpt >= beaucoup"));
        assertTrue(e.getMessage().contains("expected a number after '>='") && e.getMessage().contains("at character 8"), e.getMessage());
    }
}
