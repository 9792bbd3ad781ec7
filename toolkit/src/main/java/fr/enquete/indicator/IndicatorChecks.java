package fr.enquete.indicator;

import fr.enquete.model.Message;
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

    /** A figure to look at, where it was read; worded in the output's language when printed. */
    public record Finding(SourceLocation where, Message message) {
        /** In {@code locale}'s language, the table by its file's name only. */
        public String text(Locale locale) {
            return Message.located(where, message, locale);
        }

        /** English, with the file's full path. */
        @Override
        public String toString() {
            return where + ": " + message.english();
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
            Indicator first = table.value(d.territory(), IndicatorTable.Entry.of(d), d.period().from()).orElseThrow();
            if (Math.abs(first.measure().value() - d.measure().value()) > first.measure().rounding() + d.measure().rounding() + 1e-9) {
                out.add(new Finding(d.where(), Message.of("ind.duplicate", d.name(), d.territory(), d.period().toString(),
                        fmt(d.measure()), fmt(first.measure()), first.where())));
            }
        }
        return out;
    }

    private static java.util.Optional<Finding> ratio(Indicator i) {
        double scale = i.measure().unit().scale();
        if (i.numerator() == null || i.denominator() == null || i.denominator() == 0 || scale == 0) {
            return java.util.Optional.empty();
        }
        double computed = scale * i.numerator() / i.denominator();
        if (Math.abs(computed - i.measure().value()) <= i.measure().rounding() + 1e-9) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Finding(i.where(), Message.of("ind.ratio", i.name(), i.territory(), i.period().toString(),
                fmt(i.measure()), Message.Figure.of(i.numerator()), Message.Figure.of(i.denominator()),
                new Message.Figure(computed, i.measure().unit().symbol(), 2, false, true))));
    }

    private static void parts(IndicatorTable table, List<Finding> out) {
        for (String whole : table.indicators()) {
            List<String> parts = table.parts(whole);
            if (parts.isEmpty()) {
                continue;
            }
            for (Indicator total : table.values().stream().filter(i -> i.name().equals(whole) && i.parent() == null).toList()) {
                double sum = 0;
                double tolerance = total.measure().rounding();
                int found = 0;
                for (String p : parts) {
                    var part = table.value(total.territory(), new IndicatorTable.Entry(p, whole), total.period().from());
                    if (part.isPresent() && part.get().measure().unit() == total.measure().unit()) {
                        sum += part.get().measure().value();
                        tolerance += part.get().measure().rounding();
                        found++;
                    }
                }
                if (found == 0 || Math.abs(sum - total.measure().value()) <= tolerance + 1e-9) {
                    continue;
                }
                out.add(new Finding(total.where(), Message.of(sum > total.measure().value() ? "ind.parts.more" : "ind.parts.less", found,
                        whole, total.territory(), total.period().toString(),
                        fmt(new Measure(sum, total.measure().unit(), total.measure().decimals(), false)), fmt(total.measure()))));
            }
        }
    }

    private static java.util.Optional<Finding> evolution(IndicatorTable table, Indicator e) {
        var a = table.value(e.territory(), IndicatorTable.Entry.of(e), e.period().from());
        var b = table.value(e.territory(), IndicatorTable.Entry.of(e), e.period().to());
        if (a.isEmpty() || b.isEmpty()) {
            return java.util.Optional.empty();
        }
        Measure x = a.get().measure();
        Measure y = b.get().measure();
        Measure published = e.measure();
        double computed;
        double tolerance;
        Message.Figure what;
        if (published.unit() == Unit.PERCENT) {
            if (x.value() == 0) {
                return java.util.Optional.empty();
            }
            computed = 100 * (y.value() / x.value() - 1);
            // The relative change moves by about 100 (dy / x + y dx / x²) with the rounding of both ends.
            tolerance = published.rounding() + 100 * (y.rounding() / Math.abs(x.value()) + Math.abs(y.value()) * x.rounding() / (x.value() * x.value()));
            what = new Message.Figure(computed, "%", 2, true, true);
        } else {
            computed = y.value() - x.value();
            tolerance = published.rounding() + x.rounding() + y.rounding();
            what = new Message.Figure(computed, published.unit() == Unit.POINTS ? "pts" : x.unit() == Unit.EURO ? "€" : "", -1, true, true);
        }
        if (Math.abs(published.value() - computed) <= tolerance + 1e-9) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Finding(e.where(), Message.of("ind.evolution", e.name(), e.territory(), e.period().toString(),
                fmt(published), fmt(x), e.period().start().toString(), fmt(y), e.period().end().toString(), what)));
    }

    /**
     * A published figure as printed: its value with the decimals it was printed with ("-9,0 %", "13,0 %": the shortest
     * form read "-9 %", as if the table had rounded to the unit), and its unit.
     */
    static Message.Figure fmt(Measure m) {
        return new Message.Figure(m.value(), m.unit() == Unit.NUMBER ? "" : m.unit().symbol(), Math.max(0, m.decimals()), false, true);
    }
}
