package fr.enquete.report;

import fr.enquete.model.QuestionType;
import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.NumericSummary;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The notes printed right under a question's table, the same in every format (the console's text, HTML, Word,
 * Excel, Markdown): what a reader needs to read its figures. Percentages of a multiple choice that add up to more
 * than 100 %, counts masked by statistical secrecy ("&lt; 5", "s") and figures that do not exist ("–": a share of a
 * base of nobody or of no weight, a mean of no value). Each is said only under a table that shows it: a reader of
 * one Excel sheet or one page of a report does not see the report's subtitle or another table's note.
 */
public final class TableNotes {

    private final Labels labels;
    private final Lang lang;

    public TableNotes(Lang lang) {
        this.labels = new Labels(lang);
        this.lang = lang;
    }

    /** The notes under {@code result}'s table (as shown: sorted, rows left out), in {@code survey}; none for most tables. */
    public List<String> of(QuestionResult result, SurveyResult survey) {
        List<String> notes = new ArrayList<>();
        if (result instanceof QuestionResult.Choices c) {
            if (c.question().type() == QuestionType.MULTIPLE) {
                notes.add(labels.get("multiple.note"));
            }
            if (c.rows().stream().anyMatch(ChoiceRow::masked)) {
                notes.add(secrecy(c, survey.secret()));
            }
        }
        if (result instanceof QuestionResult.Numeric n && fr.enquete.stats.Secrecy.withheld(n, survey.secret())) {
            // A year's table shows its first, median and last years only: the note names what the reader sees withheld.
            notes.add(MessageFormat.format(labels.get(n.question().type() == QuestionType.YEAR ? "secret.year" : "secret.numeric"),
                    String.valueOf(survey.secret())));
        } else if (result instanceof QuestionResult.Numeric n && n.dominance() != null) {
            notes.add(composed(n, n.dominance().ofSum() ? "secret.dominance" : "secret.dominance.squares"));
        } else if (result instanceof QuestionResult.Numeric n && n.withheld().contains(fr.enquete.stats.SummaryFigure.STDDEV)
                && !n.withheld().contains(fr.enquete.stats.SummaryFigure.Q1)) {
            // A group's deviation withheld so that the sums of squares do not give another group's back by difference.
            notes.add(composed(n, "secret.difference.stddev"));
        } else if (result instanceof QuestionResult.Numeric n && !n.withheld().isEmpty()) {
            boolean year = n.question().type() == QuestionType.YEAR;
            // A group's sum and mean withheld by difference (a year's table shows neither): the note says so instead of
            // listing them among the published figures.
            String difference = !year && n.withheld().contains(fr.enquete.stats.SummaryFigure.SUM) ? ".difference" : "";
            if (n.withheld().contains(fr.enquete.stats.SummaryFigure.Q1)) {
                // So few answers that the deviation and the quartiles would give the extremes back.
                notes.add(MessageFormat.format(labels.get((year ? "secret.few.year" : "secret.few") + difference),
                        String.valueOf(fr.enquete.stats.Secrecy.FEW_ANSWERS)));
            } else {
                notes.add(labels.get((year ? "secret.extremes.year" : "secret.extremes") + difference));
            }
        }
        if (result instanceof QuestionResult.Dates d && d.withheld()) {
            notes.add(labels.get("secret.dates"));
        }
        String undefined = undefined(result);
        if (!undefined.isEmpty()) {
            notes.add(labels.get(undefined));
        }
        return notes;
    }

    /**
     * The note {@code key} on {@code n}'s summary, naming every figure withheld (for whatever reason: extremes, few answers,
     * dominance, a group's sum by difference) and every figure published, since one note says it all under the table. Its
     * arguments: the dominance rule's units and percentage (1 and "85" by default), the figures withheld, those published and
     * how many these are.
     */
    private String composed(QuestionResult.Numeric n, String key) {
        fr.enquete.stats.Dominance rule = n.dominance() != null ? n.dominance().rule() : fr.enquete.stats.Dominance.DEFAULT;
        List<String> hidden = new ArrayList<>();
        List<String> shown = new ArrayList<>(List.of(labels.get("secret.figure.count")));
        for (String[] f : new String[][] {{"SUM", "sum"}, {"MEAN", "mean"}, {"STDDEV", "stddev"}, {"Q1", "quartiles"},
                {"MIN", "min"}, {"MAX", "max"}}) {
            boolean withheld = n.withheld().contains(fr.enquete.stats.SummaryFigure.valueOf(f[0]));
            (withheld ? hidden : shown).add(labels.get("secret.figure." + f[1]));
        }
        String percent = new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(lang.locale()))
                .format(rule.percent());
        return MessageFormat.format(labels.get(key), rule.units(), percent, list(hidden), list(shown), shown.size());
    }

    /** "a, b et c": the items joined as a sentence lists them. */
    private String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + labels.get("secret.figure.and") + items.get(items.size() - 1);
    }

    /**
     * What the masked cells of this table mean, and only those it shows: "&lt; 5" (a count below the threshold, or
     * grouped answers below it each), "s" (masked only so that the others cannot be recomputed by difference, see
     * {@link ResultTables#maskedCount}), and the "–" of the figures derived from them.
     */
    private String secrecy(QuestionResult.Choices c, int secret) {
        List<String> parts = new ArrayList<>();
        if (c.rows().stream().anyMatch(r -> r.masked() && (r.grouped() > 0 || r.count() < secret))) {
            parts.add(MessageFormat.format(labels.get("secret.table.below"), String.valueOf(secret)));
        }
        if (c.rows().stream().anyMatch(r -> r.masked() && r.grouped() == 0 && r.count() >= secret)) {
            parts.add(MessageFormat.format(labels.get("secret.table.difference"), String.valueOf(secret)));
        }
        parts.add(MessageFormat.format(labels.get("secret.table.derived"), String.valueOf(secret)));
        return MessageFormat.format(labels.get("secret.table"), String.join(labels.get("secret.table.separator"), parts));
    }

    /**
     * The key of the note that says why the table's "–" figures do not exist, or empty when it has none (masked
     * rows' dashes are the secrecy note's). One note a table: the first reason found explains every dash of it.
     */
    private static String undefined(QuestionResult result) {
        if (result instanceof QuestionResult.Choices c) {
            if (c.base() == 0) {
                return "undefined.nobase";
            }
            return c.weightedBase() == 0 ? "undefined.weightless" : "";
        }
        if (result instanceof QuestionResult.Numeric n) {
            NumericSummary s = n.summary();
            if (s.count() == 0) {
                return "undefined.novalue";
            }
            if (s.weight() == 0) {
                return "undefined.weightless";
            }
            // A year's table shows no standard deviation; elsewhere one value (or one of positive weight) has none.
            // A deviation withheld by secrecy is no undefined one.
            return n.question().type() != QuestionType.YEAR && n.question().type() != QuestionType.TIME && Double.isNaN(s.stddev())
                    && !n.withheld().contains(fr.enquete.stats.SummaryFigure.STDDEV) && !Double.isNaN(s.mean())
                    ? "undefined.stddev" : "";
        }
        if (result instanceof QuestionResult.Dates d && d.count() == 0) {
            return "undefined.novalue";
        }
        return "";
    }
}
