package fr.enquete.indicator;

import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * The rest of a territory once one of its parts is taken out ("le reste de la Métropole" = the Métropole minus its
 * QPV), computed from counts only: a count is the whole's minus the part's; a share is (the whole's numerator minus the
 * part's) over (the whole's denominator minus the part's). From two shares alone the rest cannot be known (it depends on
 * the part's weight), so those are refused, each with the reason.
 *
 * @param table   the table with the complement's values added
 * @param refused why an indicator the whole and the part both have got no value for the complement
 */
public record Complement(String name, String whole, String part, IndicatorTable table, List<Message> refused) {

    public Complement {
        refused = List.copyOf(refused);
    }

    /**
     * Parses {@code NAME=WHOLE - PART} (a space on each side of the minus, since names hold hyphens: Pas-de-Calais).
     *
     * @return {name, whole, part}
     */
    public static String[] parse(String spec) {
        int eq = spec.indexOf('=');
        int minus = spec.indexOf(" - ", Math.max(eq, 0));
        if (eq <= 0 || minus < 0) {
            throw new IllegalArgumentException("expected NAME=WHOLE - PART (\"Reste du Pas-de-Calais=Pas-de-calais - CA Béthune-Bruay\"), found \""
                    + spec + "\"");
        }
        return new String[] {spec.substring(0, eq).strip(), spec.substring(eq + 1, minus).strip(), spec.substring(minus + 3).strip()};
    }

    public static Complement of(IndicatorTable table, String name, String named, String namedPart) {
        String whole = table.territory(named);
        String part = table.territory(namedPart);
        for (String t : List.of(whole, part)) {
            if (!table.hasTerritory(t)) {
                throw new IllegalArgumentException("no territory \"" + t + "\" for the complement " + name
                        + fr.enquete.model.Names.didYouMean(t, table.territories()));
            }
        }
        if (table.hasTerritory(name)) {
            throw new IllegalArgumentException("the complement's name \"" + name + "\" is already a territory of the table");
        }
        List<Indicator> added = new ArrayList<>();
        List<Message> refused = new ArrayList<>();
        SourceLocation where = SourceLocation.file(table.source() + " (" + whole + " - " + part + ")");
        for (Indicator w : table.values()) {
            if (!w.territory().equals(whole)) {
                continue;
            }
            var p = table.value(part, IndicatorTable.Entry.of(w), w.period().from());
            if (p.isEmpty()) {
                continue;
            }
            Measure mw = w.measure();
            Measure mp = p.get().measure();
            String year = String.valueOf(w.period().from());
            if (mw.unit() != mp.unit()) {
                refused.add(Message.of("ind.complement.units", w.name(), year));
            } else if (Comparison.isCount(table, IndicatorTable.Entry.of(w), mw)) {
                added.add(new Indicator(name, w.name(), w.period(), new Measure(mw.value() - mp.value(), mw.unit(),
                        Math.max(mw.decimals(), mp.decimals()), mw.provisional() || mp.provisional()), null, null, "", w.parent(), where));
            } else if (w.numerator() != null && w.denominator() != null && p.get().numerator() != null && p.get().denominator() != null
                    && mw.unit().scale() > 0) {
                double num = w.numerator() - p.get().numerator();
                double den = w.denominator() - p.get().denominator();
                if (den <= 0 || num < 0) {
                    refused.add(Message.of("ind.complement.negative", w.name(), year, part, whole));
                    continue;
                }
                // Printed as precisely as the shares it is computed beside: 53,88 % next to 54,7 % and 54,0 % claimed a
                // precision the inputs do not have, and its gap read -0,12 pt. The value itself stays unrounded.
                added.add(new Indicator(name, w.name(), w.period(), new Measure(mw.unit().scale() * num / den, mw.unit(),
                        Math.max(mw.decimals(), mp.decimals()), mw.provisional() || mp.provisional()), num, den, "", w.parent(), where));
            } else {
                refused.add(Message.of("ind.complement.rates", w.name(), year));
            }
        }
        IndicatorTable out = new IndicatorTable(table.source(), concat(table.values(), added), table.evolutions(), table.duplicates(),
                table.notes(), table.order());
        return new Complement(name, whole, part, out, refused);
    }

    private static List<Indicator> concat(List<Indicator> a, List<Indicator> b) {
        List<Indicator> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
