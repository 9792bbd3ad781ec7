package fr.enquete.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.stats.CrossTab;
import fr.enquete.stats.Secrecy;
import fr.enquete.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** What a library user is handed cannot change the results it came from (docs/library.md: an immutable result). */
class PublicTypesImmutableTest {

    /**
     * dpt x qpv of the fixture, hand count (pandas: pd.crosstab(d.dpt, d.qpv)): 59 has 27 "Oui". {@code grid()} handed
     * out the table's own array: writing into it changed the published table, its margins and what secrecy hides.
     */
    @Test
    void aCrossTabsGridIsACopy() {
        CrossTab t = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).crossTab("dpt", "qpv", false).table();
        assertEquals(27, t.count(0, 0));
        Secrecy.Grid grid = t.grid();
        grid.counts()[0][0] = 1;
        assertEquals(27, t.count(0, 0));
        assertEquals(27, t.grid().counts()[0][0]);
        long[][] given = {{27, 4}, {9, 5}};
        Secrecy.Grid made = new Secrecy.Grid(given, java.util.List.of("a", "b"), java.util.List.of("x", "y"), null, null, null, null);
        given[0][0] = 1;
        assertEquals(27, made.counts()[0][0]);
    }
    /**
     * A spec built in code: the caller's lists, changed after the model objects were made, changed what they did. A
     * merge of "Nord" and "Pas-de-Calais" into "Hauts-de-France" then took in "Somme"; a filter "dpt = 59 and qpv = Oui"
     * lost its second part.
     */
    @Test
    void modelObjectsKeepTheListsTheyWereGiven() {
        java.util.List<String> answers = new java.util.ArrayList<>(java.util.List.of("Nord", "Pas-de-Calais"));
        fr.enquete.model.Derivation merged = new fr.enquete.model.Derivation("region", "dpt", java.util.List.of(),
                java.util.Map.of("Hauts-de-France", answers));
        answers.add("Somme");
        assertEquals("Somme", merged.apply("Somme"));
        assertEquals("Hauts-de-France", merged.apply("Nord"));

        java.util.List<fr.enquete.model.Filter> parts = new java.util.ArrayList<>(java.util.List.of(
                fr.enquete.model.FilterParser.parse("dpt = 59"), fr.enquete.model.FilterParser.parse("qpv = Oui")));
        fr.enquete.model.Filter both = new fr.enquete.model.Filter.And(parts);
        parts.remove(1);
        assertEquals("dpt = 59 and qpv = Oui", both.expression());
    }
}
