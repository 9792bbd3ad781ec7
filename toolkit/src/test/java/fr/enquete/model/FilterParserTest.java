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
        assertTrue(e.getMessage().contains("expected a number or a date after '>='") && e.getMessage().contains("at character 8"), e.getMessage());
    }

    /**
     * Dates compared in order, by their day: a date-time on 1 March at 14:00 is {@code >= 2024-03-01} and not
     * {@code > 2024-03-01}; the cell in any form a date question reads (ISO, French slashed, a workbook's date-time).
     */
    @Test
    void datesComparedByTheirDay() {
        Header sent = new Header("t.csv", List.of("submitdate", "qpv"));
        java.util.function.BiPredicate<String, String> holds = (expr, cell) ->
                FilterParser.parse(expr).bind(sent).test(new Row(new String[] {cell, ""}, 2));
        assertTrue(holds.test("submitdate >= 2024-03-01", "2024-03-01 14:00:00"));
        assertEquals(false, holds.test("submitdate > 2024-03-01", "2024-03-01 14:00:00"));
        assertTrue(holds.test("submitdate <= 2024-03-01", "2024-03-01T23:59:59"));
        assertEquals(false, holds.test("submitdate < 2024-03-01", "2024-03-01"));
        assertTrue(holds.test("submitdate < 2024-03-01", "29/02/2024 18:30"), "French slashed, day first");
        assertTrue(holds.test("submitdate >= 2024-03-01", "01/03/2024"), "1 March in a French export, not 3 January");
        assertTrue(holds.test("submitdate > 2024-01-31", "2/13/2024 9:00:00 AM"), "a date only month first");
        assertEquals(false, holds.test("submitdate < 2024-03-01", ""), "a blank cell is in no order");
        assertEquals(false, holds.test("submitdate < 2024-03-01", "hier"), "nor is a word");
        assertEquals(false, holds.test("submitdate < 2024-03-01", "1980-01-01 00:00:00"), "LimeSurvey's 'not recorded'");
        // Month first where the platform writes so: Google Forms in English (Timestamp).
        Header english = new Header("t.csv", List.of("Timestamp"));
        assertTrue(FilterParser.parse("Timestamp >= 2024-03-01").bind(english).test(new Row(new String[] {"3/1/2024 10:00:00"}, 2)));
        Filter f = FilterParser.parse("submitdate >= \"2024-3-1\" and qpv = Oui");
        assertEquals("submitdate >= 2024-03-01 and qpv = Oui", f.expression());
        assertEquals(f, FilterParser.parse(f.expression()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FilterParser.parse("submitdate >= 2024-02-30"));
        assertTrue(e.getMessage().contains("\"2024-02-30\" is no day of the calendar") && e.getMessage().contains("at character 15"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FilterParser.parse("submitdate < 01/03/2024"));
        assertTrue(e.getMessage().contains("expected a date written year-month-day after '<' (submitdate < 2024-03-01)"), e.getMessage());
    }
}
