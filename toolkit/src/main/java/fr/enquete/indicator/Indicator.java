package fr.enquete.indicator;

import fr.enquete.model.SourceLocation;

/**
 * One published figure: an indicator for a territory and a year (or, over a span, its published evolution).
 *
 * @param numerator   what the share counts (68 871 households), or null
 * @param denominator what it is counted among (103 834 households), or null
 * @param level       the territory's level (commune, EPCI, département, IRIS...), or "" when not given
 * @param parent      the indicator this one is a part of ("dont ..."), or null
 * @param where       the cell the value was read from
 */
public record Indicator(String territory, String name, Period period, Measure measure, Double numerator, Double denominator,
                        String level, String parent, SourceLocation where) {

    /** The same figure for another period (a span read as the school year it is). */
    public Indicator at(Period other) {
        return new Indicator(territory, name, other, measure, numerator, denominator, level, parent, where);
    }
}
