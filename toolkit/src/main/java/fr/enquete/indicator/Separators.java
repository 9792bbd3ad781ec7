package fr.enquete.indicator;

import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How an indicator table writes its numbers, read from all its cells: "31.606" is 31 606 in a file that writes
 * "1.466.743" or "38,7 %" (dots group thousands there), and 31,606 in one that writes "38.7 %". Read cell by cell,
 * one column printed "1.466.743" as 1 466 743 and "31.606" inhabitants as 31,606, a rate of 317 per 1 000 becoming
 * a gap of "+317,00 ‰ hab." without a word.
 */
final class Separators {

    /** One dot before three digits, nothing else: a decimal or a thousands separator, as the file goes. */
    private static final Pattern AMBIGUOUS = Pattern.compile("[+-]?\\d{1,3}\\.\\d{3}");
    /** Dots that can only group thousands ("1.466.743", "1.234,5"), or a decimal comma ("38,7"). */
    private static final Pattern COMMA_WORLD = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?|\\d{1,3}(?:\\.\\d{3})+,\\d+|\\d,\\d");
    /** A decimal dot that cannot be thousands: one, two or more than three digits after it ("38.7", "0.0952"). */
    private static final Pattern DOT_DECIMAL = Pattern.compile("(?<![\\d.])\\d+\\.(?:\\d{1,2}|\\d{4,})(?![\\d.,])");
    private static final Pattern UNIT = Pattern.compile("[\\s\u00A0\u202F]*(?:%|‰|€|pts|points)$", Pattern.CASE_INSENSITIVE);

    private final Map<SourceLocation, String> ambiguous = new LinkedHashMap<>();
    private boolean commas;
    private boolean dots;

    /** Notes one cell. */
    void see(String cell, SourceLocation where) {
        String t = UNIT.matcher(cell.strip()).replaceAll("");
        if (AMBIGUOUS.matcher(t).matches()) {
            ambiguous.put(where, cell.strip());
        } else if (COMMA_WORLD.matcher(t).find()) {
            commas = true;
        } else if (DOT_DECIMAL.matcher(t).find()) {
            dots = true;
        }
    }

    void merge(Separators o) {
        ambiguous.putAll(o.ambiguous);
        commas |= o.commas;
        dots |= o.dots;
    }

    /**
     * The figures, those of ambiguous cells read as thousands when the file's other numbers group thousands with dots
     * or write decimals with commas (and none writes a decimal dot), with a note; as they were otherwise.
     */
    List<Indicator> thousands(List<Indicator> figures, List<Message> notes) {
        if (ambiguous.isEmpty() || !commas || dots) {
            return figures;
        }
        List<Indicator> out = new ArrayList<>(figures.size());
        int changed = 0;
        for (Indicator i : figures) {
            if (ambiguous.containsKey(i.where()) && i.measure().decimals() == 3) {
                Measure m = i.measure();
                i = new Indicator(i.territory(), i.name(), i.period(), new Measure(Math.round(m.value() * 1000), m.unit(), 0, m.provisional(), m.signed()),
                        i.numerator(), i.denominator(), i.level(), i.parent(), i.where());
                changed++;
            }
            out.add(i);
        }
        if (changed > 0) {
            Map.Entry<SourceLocation, String> first = ambiguous.entrySet().iterator().next();
            notes.add(Message.of("ind.note.thousands", first.getKey(), first.getValue(), changed));
        }
        return out;
    }
}
