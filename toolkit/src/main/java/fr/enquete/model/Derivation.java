package fr.enquete.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A question computed from another column before the analysis (the spec's {@code from:}): a number cut into
 * classes ({@code classes: [1970, 1980, 1990]} gives "Avant 1970", "1970 à 1979", "1980 à 1989", "1990 et +"),
 * or answers merged into broader ones ({@code merge: {Public: [Collectivité, État]}}). The value is written
 * into a column named after the derived question, which the analysis then reads like any other.
 *
 * @param column the derived column's name (the derived question's id)
 * @param from   the export column it is computed from
 * @param breaks class limits, ascending (empty for a merge)
 * @param merge  new label to the answers it gathers (empty for classes); other answers keep their label
 */
public record Derivation(String column, String from, List<Double> breaks, Map<String, List<String>> merge) implements DerivedColumn {

    public Derivation {
        breaks = List.copyOf(breaks);
        // The gathered answers' lists are copied too: a caller's list changed later would change the derivation.
        Map<String, List<String>> copy = new LinkedHashMap<>();
        merge.forEach((label, answers) -> copy.put(label, List.copyOf(answers)));
        merge = java.util.Collections.unmodifiableMap(copy);
    }

    @Override
    public List<String> inputs() {
        return List.of(from);
    }

    @Override
    public String apply(List<String> cells) {
        return apply(cells.get(0));
    }

    @Override
    public String question() {
        return column;
    }

    /** The labels of the classes, in order ("Avant 1970", "1970 à 1979", ..., "2010 et +"). */
    public List<String> classLabels() {
        List<String> out = new ArrayList<>();
        boolean integers = breaks.stream().allMatch(b -> b == Math.rint(b));
        out.add("Avant " + fmt(breaks.get(0)));
        for (int i = 0; i + 1 < breaks.size(); i++) {
            out.add(integers ? fmt(breaks.get(i)) + " à " + fmt(breaks.get(i + 1) - 1)
                    : "De " + fmt(breaks.get(i)) + " à moins de " + fmt(breaks.get(i + 1)));
        }
        out.add(fmt(breaks.get(breaks.size() - 1)) + " et +");
        return out;
    }

    /** The derived value of a cell ("" stays "": no answer; a number that does not read stays as written). */
    public String apply(String cell) {
        String v = cell.strip();
        if (v.isEmpty()) {
            return "";
        }
        if (!breaks.isEmpty()) {
            double x = CellValues.parseNumber(v);
            if (Double.isNaN(x)) {
                return v;
            }
            List<String> labels = classLabels();
            int i = 0;
            while (i < breaks.size() && x >= breaks.get(i)) {
                i++;
            }
            return labels.get(i);
        }
        for (Map.Entry<String, List<String>> e : merge.entrySet()) {
            for (String old : e.getValue()) {
                if (old.strip().equalsIgnoreCase(v)) {
                    return e.getKey();
                }
            }
        }
        return v;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%s", d).replace('.', ',');
    }
}
