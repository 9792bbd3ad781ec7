package fr.enquete.report;

import fr.enquete.model.CellValues;
import fr.enquete.model.Filter;
import fr.enquete.model.OptionColumn;
import fr.enquete.model.Question;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A filter as a report's reader reads it, by the questions' wording rather than the export's columns: « La promotion
 * de la santé » cochée, « Does your company have an open source program…? » = « No, but planning one ». The spec's
 * syntax ({@code actions[SQ001] = Y}, a SurveyMonkey question in backquotes) is for the analyst's spec and JSON.
 */
public final class FilterWording {

    /** What a column holds: a question's answer, or one option of a multiple choice. */
    private record Column(Question question, String option) {
    }

    private final Map<String, Column> columns = new HashMap<>();
    private final Lang lang;

    public FilterWording(List<Question> questions, Lang lang) {
        this.lang = lang;
        for (Question q : questions) {
            if (!q.options().isEmpty()) {
                for (OptionColumn o : q.options()) {
                    columns.putIfAbsent(o.column(), new Column(q, o.label()));
                }
            } else {
                columns.putIfAbsent(q.column(), new Column(q, null));
            }
        }
    }

    /** The filter in words; the spec's expression for a column no question reads. */
    public String of(Filter f) {
        if (f instanceof Filter.Comparison c) {
            return comparison(c);
        }
        if (f instanceof Filter.Ordered o) {
            return ordered(o);
        }
        if (f instanceof Filter.DateOrdered d) {
            return dated(d);
        }
        if (f instanceof Filter.And a) {
            return String.join(lang.pick(" et ", " and "), a.parts().stream()
                    .map(p -> p instanceof Filter.Or ? "(" + of(p) + ")" : of(p)).toList());
        }
        if (f instanceof Filter.Or o) {
            return String.join(lang.pick(" ou ", " or "), o.parts().stream().map(this::of).toList());
        }
        if (f instanceof Filter.Not n) {
            return lang.pick("non (", "not (") + of(n.inner()) + ")";
        }
        return f.expression();
    }

    private String comparison(Filter.Comparison c) {
        Column column = columns.get(c.column());
        if (column == null) {
            return c.expression();
        }
        if (column.option() != null) {
            // A tick (Y, 1, the option's own text), an untick (N, 0) or nothing: the option ticked or not.
            boolean ticked = !c.value().isBlank() && CellValues.isTick(c.value());
            boolean yes = ticked == c.equal();
            return quote(column.option()) + " " + (yes ? lang.pick("cochée", "ticked") : lang.pick("non cochée", "not ticked"));
        }
        String label = column.question().label();
        if (c.value().isBlank()) {
            return (c.equal() ? lang.pick("sans réponse à ", "no answer to ") : lang.pick("réponse à ", "an answer to ")) + quote(label);
        }
        return quote(label) + (c.equal() ? " = " : " \u2260 ") + quote(column.question().decode(c.value()));
    }

    /** « Nombre de salariés » ≥ 10: the question's label, the order as printed, the number as the report writes it. */
    private String ordered(Filter.Ordered o) {
        Column column = columns.get(o.column());
        if (column == null || column.option() != null) {
            return o.expression();
        }
        return quote(column.question().label()) + " " + symbol(o.order()) + " " + new NumberFormats(lang).decimal(o.value());
    }

    /** « Date de soumission » ≥ 1er mars 2024: the day as the report prints dates. */
    private String dated(Filter.DateOrdered d) {
        Column column = columns.get(d.column());
        if (column == null || column.option() != null) {
            return d.expression();
        }
        return quote(column.question().label()) + " " + symbol(d.order()) + " " + DateFormats.day(d.value(), lang);
    }

    private static String symbol(Filter.Ordered.Order order) {
        return switch (order) {
            case LESS -> "<";
            case AT_MOST -> "\u2264";
            case MORE -> ">";
            case AT_LEAST -> "\u2265";
        };
    }

    private String quote(String text) {
        return lang == Lang.FR ? Guillemets.around(text) : "\u201C" + text + "\u201D";
    }
}
