package fr.enquete.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The territories (sub-areas: IRIS, quartiers...) ranked on an indicator for a year, ties sharing a rank, each with
 * its gap to a reference territory when it has a value that year.
 */
public record Ranking(String indicator, int year, String level, boolean ascending, String reference, List<Entry> entries) {

    public Ranking {
        entries = List.copyOf(entries);
    }

    /** @param gap the gap to the reference, or null */
    public record Entry(int rank, Indicator value, Gap gap) {
    }

    /**
     * @param year      null for the latest year the indicator has values for
     * @param level     only the territories of this level (the file's niveau column), or null for all
     * @param reference a territory to compare with (null: none)
     */
    public static Ranking of(IndicatorTable table, String indicator, Integer year, String level, boolean ascending, String reference) {
        List<Integer> years = table.years(indicator);
        if (years.isEmpty()) {
            throw new IllegalArgumentException("no indicator \"" + indicator + "\"");
        }
        int y = year != null ? year : years.get(years.size() - 1);
        List<Indicator> values = new ArrayList<>(table.values().stream().filter(i -> i.name().equals(indicator) && i.period().from() == y
                && (level == null || i.level().equalsIgnoreCase(level)) && !i.territory().equals(reference)).toList());
        Comparator<Indicator> byValue = Comparator.comparingDouble(i -> i.measure().value());
        values.sort(ascending ? byValue : byValue.reversed());
        Indicator ref = reference == null ? null : table.value(reference, indicator, y).orElse(null);
        List<Entry> entries = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            Indicator v = values.get(k);
            int rank = k > 0 && values.get(k - 1).measure().value() == v.measure().value() ? entries.get(k - 1).rank() : k + 1;
            entries.add(new Entry(rank, v, ref == null ? null : Gap.of(v.measure(), ref.measure())));
        }
        return new Ranking(indicator, y, level, ascending, ref == null ? null : reference, entries);
    }
}
