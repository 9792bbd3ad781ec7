package fr.enquete.analysis;

import fr.enquete.stats.CrossTab;
import fr.enquete.stats.PairedTests;

/**
 * One cross-tabulation as {@link Analysis#crossTab} publishes it: the table (masked under secrecy, its tests
 * computed) and, for two waves of a panel, the paired test of change.
 *
 * @param table       the table, its mask ({@link CrossTab#mask()}) and tests ({@link CrossTab#tests()})
 * @param paired      whether the table crosses two waves of the same respondents (aligned by {@link CrossTab#paired()})
 * @param pairedTests McNemar's or Bowker's test; null when not paired, when nobody changed answer or the table is not
 *                    square ({@link PairedTests#of}), or when secrecy masks a cell (the test would give it back)
 */
public record CrossTabResult(CrossTab table, boolean paired, PairedTests pairedTests) {

    /** A table not crossing two waves: no paired test. */
    public static CrossTabResult of(CrossTab table) {
        return new CrossTabResult(table, false, null);
    }

    /** The table's result, its paired test computed when {@code paired} and no cell is masked. */
    public static CrossTabResult of(CrossTab table, boolean paired) {
        return new CrossTabResult(table, paired, paired && !table.mask().any() ? PairedTests.of(table) : null);
    }

    /** Whether secrecy withholds the tests: some cell is masked, and the table has tests or is paired. */
    public boolean testsWithheld() {
        return table.mask().any() && (table.tests() != null || paired);
    }
}
