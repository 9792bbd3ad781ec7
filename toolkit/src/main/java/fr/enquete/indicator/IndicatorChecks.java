package fr.enquete.indicator;

import fr.enquete.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a table's published figures disagree with its own values, each allowing for the rounding of every figure
 * involved (half a unit of its last printed decimal):
 *
 * <ul>
 *   <li>a share whose numerator / denominator gives another percentage (68 871 / 103 834 printed "61 %": 66,33 %);</li>
 *   <li>"dont" parts adding up to more, or less, than their total (a breakdown may be partial: look);</li>
 *   <li>a published evolution that the values at both ends do not give: in % (relative), in pts (points of a
 *       share), otherwise in the indicator's unit;</li>
 *   <li>the same indicator, territory and year given twice with different values.</li>
 * </ul>
 */
public final class IndicatorChecks {

    /** A figure to look at, where it was read. */
    public record Finding(SourceLocation where, String message) {
        @Override
        public String toString() {
            return where + ": " + message;
        }
    }

    private IndicatorChecks() {
    }

    public static List<Finding> of(IndicatorTable table) {
        List<Finding> out = new ArrayList<>();
        for (Indicator i : table.values()) {
            ratio(i).ifPresent(out::add);
        }
        parts(table, out);
        for (Indicator e : table.evolutions()) {
            evolution(table, e).ifPresent(out::add);
        }
        for (Indicator d : table.duplicates()) {
            Indicator first = table.value(d.territory(), d.name(), d.period().from()).orElseThrow();
            if (Math.abs(first.measure().value() - d.measure().value()) > first.measure().rounding() + d.measure().rounding() + 1e-9) {
                out.add(new Finding(d.where(), "\"" + d.name() + "\" for " + d.territory() + " in " + d.period() + " is " + fmt(d.measure())
                        + " here and " + fmt(first.measure()) + " at " + first.where() + ": which one?"));
            }
        }
        return out;
    }

    private static java.util.Optional<Finding> ratio(Indicator i) {
        if (i.numerator() == null || i.denominator() == null || i.denominator() == 0 || i.measure().unit() != Unit.PERCENT) {
            return java.util.Optional.empty();
        }
        double computed = 100 * i.numerator() / i.denominator();
        if (Math.abs(computed - i.measure().value()) <= i.measure().rounding() + 1e-9) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Finding(i.where(), "\"" + i.name() + "\" for " + i.territory() + " in " + i.period() + " is printed "
                + fmt(i.measure()) + ", but " + plain(i.numerator()) + " / " + plain(i.denominator()) + " = " + String.format(Locale.ROOT, "%.2f", computed) + " %"));
    }

    private static void parts(IndicatorTable table, List<Finding> out) {
        for (String whole : table.indicators()) {
            List<String> parts = table.parts(whole);
            if (parts.isEmpty()) {
                continue;
            }
            for (Indicator total : table.values().stream().filter(i -> i.name().equals(whole)).toList()) {
                double sum = 0;
                double tolerance = total.measure().rounding();
                int found = 0;
                for (String p : parts) {
                    var part = table.value(total.territory(), p, total.period().from());
                    if (part.isPresent() && part.get().measure().unit() == total.measure().unit()) {
                        sum += part.get().measure().value();
                        tolerance += part.get().measure().rounding();
                        found++;
                    }
                }
                if (found == 0 || Math.abs(sum - total.measure().value()) <= tolerance + 1e-9) {
                    continue;
                }
                String how = sum > total.measure().value() ? "more than" : "less than";
                out.add(new Finding(total.where(), "the " + found + " \"dont\" part(s) of \"" + whole + "\" for " + total.territory() + " in "
                        + total.period() + " add up to " + fmt(new Measure(sum, total.measure().unit(), total.measure().decimals(), false)) + ", "
                        + how + " its " + fmt(total.measure()) + (sum < total.measure().value() ? " (a partial breakdown?)" : "")));
            }
        }
    }

    private static java.util.Optional<Finding> evolution(IndicatorTable table, Indicator e) {
        var a = table.value(e.territory(), e.name(), e.period().from());
        var b = table.value(e.territory(), e.name(), e.period().to());
        if (a.isEmpty() || b.isEmpty()) {
            return java.util.Optional.empty();
        }
        Measure x = a.get().measure();
        Measure y = b.get().measure();
        Measure published = e.measure();
        double computed;
        double tolerance;
        String what;
        if (published.unit() == Unit.PERCENT) {
            if (x.value() == 0) {
                return java.util.Optional.empty();
            }
            computed = 100 * (y.value() / x.value() - 1);
            // The relative change moves by about 100 (dy / x + y dx / x²) with the rounding of both ends.
            tolerance = published.rounding() + 100 * (y.rounding() / Math.abs(x.value()) + Math.abs(y.value()) * x.rounding() / (x.value() * x.value()));
            what = String.format(Locale.ROOT, "%+.2f %%", computed);
        } else {
            computed = y.value() - x.value();
            tolerance = published.rounding() + x.rounding() + y.rounding();
            what = plainSigned(computed) + (published.unit() == Unit.POINTS ? " pts" : x.unit() == Unit.EURO ? " €" : "");
        }
        if (Math.abs(published.value() - computed) <= tolerance + 1e-9) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Finding(e.where(), "the evolution of \"" + e.name() + "\" for " + e.territory() + " in " + e.period()
                + " is printed " + fmt(published) + ", but " + fmt(x) + " in " + e.period().from() + " and " + fmt(y) + " in "
                + e.period().to() + " give " + what));
    }

    static String fmt(Measure m) {
        String n = plain(m.value());
        return m.unit() == Unit.NUMBER ? n : n + " " + m.unit().symbol();
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String plainSigned(double d) {
        return (d > 0 ? "+" : "") + plain(d);
    }
}
