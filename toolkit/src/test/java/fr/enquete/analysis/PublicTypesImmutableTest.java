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
}
