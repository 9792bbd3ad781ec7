package fr.enquete.indicator;

import java.util.List;

/**
 * What {@code enquete indicators} computed from a table: the comparison, the evolutions and the ranking asked for,
 * and the checks.
 *
 * @param changes the evolutions between two years, or null when not asked
 * @param ranking the ranking asked for, or null
 */
public record IndicatorAnalysis(IndicatorTable table, Comparison comparison, List<Change> changes, Integer from, Integer to,
                                Ranking ranking, List<IndicatorChecks.Finding> checks, Portrait portrait) {

    public IndicatorAnalysis {
        changes = changes == null ? null : List.copyOf(changes);
        checks = List.copyOf(checks);
        portrait = portrait == null ? Portrait.NONE : portrait;
    }

    public IndicatorAnalysis(IndicatorTable table, Comparison comparison, List<Change> changes, Integer from, Integer to, Ranking ranking,
                             List<IndicatorChecks.Finding> checks) {
        this(table, comparison, changes, from, to, ranking, checks, Portrait.NONE);
    }
}
