package fr.enquete.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Indicators side by side (commune vs EPCI vs département vs France): one line per indicator for a year, the
 * territories in columns, and each territory's gap to the reference territory.
 *
 * @param territories the columns, the reference among them
 * @param reference   what the others are compared with
 */
public record Comparison(List<String> territories, String reference, List<Line> lines) {

    public Comparison {
        territories = List.copyOf(territories);
        lines = List.copyOf(lines);
    }

    /**
     * @param values     aligned with {@link #territories()}, null where the territory has no value
     * @param gaps       aligned with {@link #territories()}, null for the reference and where a value is missing
     * @param variations aligned with {@link #territories()}: the published evolution over several years ending in
     *                   {@code year} (a CAF table's "Variation sur 5 ans"), else over the year starting in {@code year}
     *                   ("Evolution annuelle"), else over the year ending in it ("Évolution 2018-2019" beside 2019),
     *                   null where none is printed
     */
    public record Line(String indicator, int year, String parent, List<Indicator> values, List<Gap> gaps, List<Indicator> variations) {
        public Line {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
            gaps = java.util.Collections.unmodifiableList(new ArrayList<>(gaps));
            variations = java.util.Collections.unmodifiableList(new ArrayList<>(variations));
        }

        public Line(String indicator, int year, String parent, List<Indicator> values, List<Gap> gaps) {
            this(indicator, year, parent, values, gaps, java.util.Collections.nCopies(values.size(), null));
        }

        /**
         * The indicator named without the table's indentation: a "dont" part after the whole it is part of ("Nombre
         * d'équipements, dont EAJE"), as a sentence or a CSV row read alone needs it.
         */
        public String named() {
            return parent == null ? indicator : parent + ", " + indicator;
        }

        /** The line's period as its values give it: the school year "2019-2020" for 2020, else the year. */
        public Period period() {
            return values.stream().filter(java.util.Objects::nonNull).map(Indicator::period).filter(Period::schoolYear).findFirst()
                    .orElse(Period.year(year));
        }
    }

    /** Whether some line prints a published variation for the territory at {@code index}. */
    public boolean hasVariations(int index) {
        return lines.stream().anyMatch(l -> l.variations().get(index) != null);
    }

    /**
     * @param territories the territories in the order wanted (empty: the table's order), named as a user writes them
     *                    ({@link IndicatorTable#territory}); a reference not among them is compared last
     * @param reference   the reference territory (null: the {@linkplain #widest widest} of {@code territories}, or none)
     * @param year        the year to compare (null: for each indicator, the latest year the reference has a value for,
     *                    or any territory compared when there is no reference)
     * @throws IllegalArgumentException when a territory or the reference is not in the table (its column would be empty
     *                                  and every gap missing)
     */
    public static Comparison of(IndicatorTable table, List<String> territories, String reference, Integer year) {
        List<String> known = table.territories();
        List<String> asked = new ArrayList<>(territories);
        if (reference != null) {
            asked.add(reference);
        }
        for (String t : asked) {
            if (!known.contains(table.territory(t))) {
                throw new IllegalArgumentException("no territory \"" + t + "\" in the table" + fr.enquete.model.Names.didYouMean(t, known));
            }
        }
        List<String> cols = new ArrayList<>(territories.isEmpty() ? table.territories() : territories.stream().map(table::territory).toList());
        String named = reference == null ? null : table.territory(reference);
        if (named != null && !cols.contains(named)) {
            cols.add(named);
        }
        String ref = named != null ? named : widest(table, cols).orElse(null);
        List<Line> lines = new ArrayList<>();
        for (IndicatorTable.Entry entry : table.entries()) {
            Optional<Integer> y = year != null ? Optional.of(year) : latest(table, entry, ref, cols);
            if (y.isEmpty()) {
                continue;
            }
            List<Indicator> values = new ArrayList<>();
            for (String t : cols) {
                values.add(table.value(t, entry, y.get()).orElse(null));
            }
            if (values.stream().allMatch(java.util.Objects::isNull)) {
                continue;
            }
            Indicator r = ref == null ? null : values.get(cols.indexOf(ref));
            List<Gap> gaps = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                Indicator v = values.get(i);
                gaps.add(v == null || r == null || cols.get(i).equals(ref) ? null : gap(table, entry, y.get(), v, r));
            }
            List<Indicator> variations = new ArrayList<>();
            for (String t : cols) {
                variations.add(variation(table, t, entry, y.get()));
            }
            lines.add(new Line(entry.name(), y.get(), entry.parent(), values, gaps, variations));
        }
        return new Comparison(cols, ref, lines);
    }

    /**
     * The published evolution printed beside a territory's value for {@code year}: one over several years ending that
     * year (a CAF table's "Variation sur 5 ans"), else the one-year change from that year to the next (a CAF table's
     * "Evolution annuelle (provisoire)" row, printed under the figure it follows: without it the row was in no table),
     * else the one-year change ending that year, printed beside it as the longer ones are (a table with years as
     * columns' "Évolution 2018-2019" beside its 2019 value: it was checked but in no table).
     */
    private static Indicator variation(IndicatorTable table, String territory, IndicatorTable.Entry entry, int year) {
        List<Indicator> own = table.evolutions().stream().filter(e -> e.territory().equals(territory) && entry.names(e)).toList();
        return own.stream().filter(e -> e.period().to() == year && e.period().years() > 1).findFirst()
                .or(() -> own.stream().filter(e -> e.period().from() == year && e.period().years() == 1).findFirst())
                .or(() -> own.stream().filter(e -> e.period().to() == year && e.period().years() == 1).findFirst())
                .orElse(null);
    }

    /** Whether the territories are compared with a reference: not when none of them is wider than the others. */
    public boolean hasReference() {
        return reference != null;
    }

    /** The reference's column in {@link #territories()}, or -1 when there is none. */
    public int referenceIndex() {
        return reference == null ? -1 : territories.indexOf(reference);
    }

    /**
     * The territory the others are compared with when none is named: when the table gives every territory's level (its
     * {@code niveau}: France, région, département, EPCI, commune, quartier, IRIS), the one whose level is wider than
     * every other's, or none when the widest level is shared (19 communes of a metropole are peers); otherwise the last
     * (a CAF table's widest column). Populations are not used: Lille has more inhabitants than Roubaix and Tourcoing
     * together without containing them.
     */
    public static Optional<String> widest(IndicatorTable table, List<String> territories) {
        if (territories.isEmpty()) {
            return Optional.empty();
        }
        java.util.Map<String, java.util.OptionalInt> levels = new java.util.LinkedHashMap<>();
        for (String t : territories) {
            levels.put(t, table.values().stream().filter(i -> i.territory().equals(t) && !i.level().isBlank()).findFirst()
                    .map(i -> TerritoryLevel.rank(i.level())).orElse(java.util.OptionalInt.empty()));
        }
        if (levels.values().stream().allMatch(java.util.OptionalInt::isPresent)) {
            int top = levels.values().stream().mapToInt(java.util.OptionalInt::getAsInt).min().orElseThrow();
            List<String> wide = territories.stream().filter(t -> levels.get(t).getAsInt() == top).toList();
            return wide.size() == 1 && territories.size() > 1 ? Optional.of(wide.get(0)) : Optional.empty();
        }
        return territories.size() < 2 ? Optional.empty() : Optional.of(territories.get(territories.size() - 1));
    }

    /**
     * Shares and rates are compared as they are; a count (Nombre..., and its "dont" parts) only per 1 000 inhabitants
     * and an amount in euros (Montant...) only per inhabitant, when the table gives both territories' population, else
     * not at all: 31 606 inhabitants against 1 466 743 says nothing but the sizes of the territories.
     */
    private static Gap gap(IndicatorTable table, IndicatorTable.Entry entry, int year, Indicator v, Indicator r) {
        if (Change.isRateOfChange(entry.name(), v.measure(), r.measure())) {
            // -0,1 % against +0,1 % is 0,2 points apart, not "-200 %": in points, else not at all.
            Gap g = Gap.of(v.measure(), r.measure());
            return g.inPoints() ? g.differenceOnly() : null;
        }
        if (!isCount(table, entry, v.measure())) {
            return Gap.of(v.measure(), r.measure());
        }
        if (isPopulation(entry.name())) {
            return null;
        }
        Optional<Indicator> pv = population(table, v.territory(), year);
        Optional<Indicator> pr = population(table, r.territory(), year);
        if (pv.isEmpty() || pr.isEmpty() || pv.get().measure().value() <= 0 || pr.get().measure().value() <= 0) {
            return null;
        }
        // Euros per inhabitant, as public budgets give them: "+6 808,3 ‰ hab." for an amount read as a share of the
        // inhabitants (seen on the study's portrait).
        int per = v.measure().unit() == Unit.EURO ? 1 : 1000;
        return Gap.perInhabitants(v.measure(), pv.get().measure().value(), r.measure(), pr.get().measure().value(), per,
                List.of(pv.get().period().from(), pr.get().period().from()));
    }

    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("^(nombre|nbre|nb|effectifs?|montants?|total)\\b.*");

    /**
     * A count by its name ("Nombre de...", "Montant...", or a part of one, however deep: "avec un projet famille" under
     * "dont centres sociaux" under "Nombre d'équipements"), in a unit that is not a share.
     */
    static boolean isCount(IndicatorTable table, IndicatorTable.Entry entry, Measure m) {
        if (m.unit() != Unit.NUMBER && m.unit() != Unit.EURO) {
            return false;
        }
        String f = IndicatorReader.fold(entry.name());
        if (COUNT.matcher(f).matches() || isPopulation(entry.name())) {
            return true;
        }
        // A few levels at most: a table naming a part after its own whole must not loop.
        String parent = entry.parent();
        for (int depth = 0; parent != null && depth < 4; depth++) {
            if (COUNT.matcher(IndicatorReader.fold(parent)).matches()) {
                return true;
            }
            parent = table.parent(parent);
        }
        return false;
    }

    static boolean isPopulation(String name) {
        String f = IndicatorReader.fold(name);
        return f.matches("^(nombre d'habitants|population|habitants)\\b.*") && !f.contains("evolution");
    }

    /** The territory's population: that year's, else the latest before it, else the earliest after it. */
    private static Optional<Indicator> population(IndicatorTable table, String territory, int year) {
        List<Indicator> all = table.values().stream().filter(i -> i.territory().equals(territory) && isPopulation(i.name())
                && i.measure().unit() == Unit.NUMBER).toList();
        return all.stream().filter(i -> i.period().from() <= year).max(java.util.Comparator.comparingInt(i -> i.period().from()))
                .or(() -> all.stream().min(java.util.Comparator.comparingInt(i -> i.period().from())));
    }

    private static Optional<Integer> latest(IndicatorTable table, IndicatorTable.Entry entry, String ref, List<String> cols) {
        List<Integer> years = table.years(entry);
        for (int i = years.size() - 1; i >= 0 && ref != null; i--) {
            if (table.value(ref, entry, years.get(i)).isPresent()) {
                return Optional.of(years.get(i));
            }
        }
        for (int i = years.size() - 1; i >= 0; i--) {
            int y = years.get(i);
            if (cols.stream().anyMatch(t -> table.value(t, entry, y).isPresent())) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }
}
