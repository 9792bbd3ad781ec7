package fr.enquete.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The indicators of a file, in file order: values by territory, indicator and year, and published evolutions
 * over spans. A value given twice for the same territory, indicator and year is kept once and listed in
 * {@link #duplicates()} (a check reports them when they differ).
 *
 * @param source where the table was read from, for messages
 */
public record IndicatorTable(String source, List<Indicator> values, List<Indicator> evolutions, List<Indicator> duplicates,
                             List<fr.enquete.model.Message> notes, List<String> order) {

    /**
     * @param order the territories in the file's order, those without a value in some row too (empty: the order of
     *              the values); {@link #territories()} follows it
     */
    public IndicatorTable {
        values = List.copyOf(values);
        evolutions = List.copyOf(evolutions);
        duplicates = List.copyOf(duplicates);
        notes = List.copyOf(notes);
        order = List.copyOf(order == null ? List.of() : order);
    }

    public IndicatorTable(String source, List<Indicator> values, List<Indicator> evolutions, List<Indicator> duplicates,
                          List<fr.enquete.model.Message> notes) {
        this(source, values, evolutions, duplicates, notes, List.of());
    }

    /** The same table, its territories in this order (the file's, "n.d." cells counted). */
    public IndicatorTable inOrder(List<String> territories) {
        return new IndicatorTable(source, values, evolutions, duplicates, notes, territories);
    }

    /** Builds a table from figures in file order. */
    public static IndicatorTable of(String source, List<Indicator> figures, List<fr.enquete.model.Message> notes) {
        Map<String, Indicator> seen = new LinkedHashMap<>();
        List<Indicator> evolutions = new ArrayList<>();
        List<Indicator> duplicates = new ArrayList<>();
        for (Indicator i : figures) {
            if (i.period().span()) {
                evolutions.add(i);
            } else if (seen.putIfAbsent(key(i.territory(), Entry.of(i), i.period().from()), i) != null) {
                duplicates.add(i);
            }
        }
        return new IndicatorTable(source, new ArrayList<>(seen.values()), evolutions, duplicates, notes);
    }

    private static String key(String territory, Entry entry, int year) {
        return territory + "\u0000" + entry.name() + "\u0000" + entry.parent() + "\u0000" + year;
    }

    /**
     * An indicator of the table: its name and the whole it is a part of (null for a whole). CAF tables print the same
     * "dont" under two wholes: "dont bénéficiaires dans le parc locatif privé" under the count of housing-aid recipients
     * (8 882) and under their share (14,8 %), two figures that were taken for one given twice ("which one?"), the share
     * left out of the comparison and of its total's parts.
     */
    public record Entry(String name, String parent) {
        public static Entry of(Indicator i) {
            return new Entry(i.name(), i.parent());
        }

        boolean names(Indicator i) {
            return i.name().equals(name) && java.util.Objects.equals(i.parent(), parent);
        }
    }

    /** The indicators with their wholes, in order of first appearance: a "dont" of one name under two wholes is two. */
    public List<Entry> entries() {
        Set<Entry> out = new LinkedHashSet<>();
        values.forEach(i -> out.add(Entry.of(i)));
        return List.copyOf(out);
    }

    /** The value of an indicator, as a part of its whole, for a territory and year. */
    public Optional<Indicator> value(String territory, Entry entry, int year) {
        return values.stream().filter(i -> i.territory().equals(territory) && entry.names(i) && i.period().from() == year).findFirst();
    }

    /** The years an indicator, as a part of its whole, has a value for, ascending. */
    public List<Integer> years(Entry entry) {
        List<Integer> out = new ArrayList<>(values.stream().filter(entry::names).map(i -> i.period().from()).distinct().toList());
        Collections.sort(out);
        return out;
    }

    /**
     * The territories with a value, in the file's order: a territory whose first cell is "n.d." or secret keeps its
     * place (it moved last, and became the default reference, every gap's sign turned round).
     */
    public List<String> territories() {
        Set<String> present = new LinkedHashSet<>();
        values.forEach(i -> present.add(i.territory()));
        evolutions.forEach(i -> present.add(i.territory()));
        Set<String> out = new LinkedHashSet<>();
        order.stream().filter(present::contains).forEach(out::add);
        out.addAll(present);
        return List.copyOf(out);
    }

    /** The indicators, in order of first appearance. */
    public List<String> indicators() {
        Set<String> out = new LinkedHashSet<>();
        values.forEach(i -> out.add(i.name()));
        return List.copyOf(out);
    }

    /** The value of an indicator for a territory and year. */
    public Optional<Indicator> value(String territory, String name, int year) {
        return values.stream().filter(i -> i.territory().equals(territory) && i.name().equals(name) && i.period().from() == year).findFirst();
    }

    /** The years an indicator has a value for, ascending. */
    public List<Integer> years(String name) {
        List<Integer> out = new ArrayList<>(values.stream().filter(i -> i.name().equals(name)).map(i -> i.period().from()).distinct().toList());
        Collections.sort(out);
        return out;
    }

    /** The "dont" parts of an indicator, in file order. */
    public List<String> parts(String name) {
        Set<String> out = new LinkedHashSet<>();
        values.stream().filter(i -> name.equals(i.parent())).forEach(i -> out.add(i.name()));
        return List.copyOf(out);
    }

    /** The indicator an indicator is a part of, or null. */
    public String parent(String name) {
        return values.stream().filter(i -> i.name().equals(name) && i.parent() != null).map(Indicator::parent).findFirst().orElse(null);
    }

    /** Whether a name is one of the table's territories, as {@link #territory(String)} finds them. */
    public boolean hasTerritory(String t) {
        return territories().contains(territory(t));
    }

    /**
     * The table's own spelling of a territory a user names: as written, else differing in case only (a study file's
     * "Pas-de-calais", copied from a CAF table, for the "Pas-de-Calais" the table now spells as INSEE does), else
     * differing in accents or hyphens too ({@link TerritoryNames}); the name itself when the table has no such territory.
     */
    public String territory(String name) {
        List<String> all = territories();
        if (all.contains(name)) {
            return name;
        }
        String key = TerritoryNames.key(name);
        return all.stream().filter(t -> t.equalsIgnoreCase(name.strip())).findFirst()
                .or(() -> all.stream().filter(t -> TerritoryNames.key(t).equals(key)).findFirst()).orElse(name);
    }
}
