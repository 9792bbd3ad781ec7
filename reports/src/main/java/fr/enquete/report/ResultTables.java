package fr.enquete.report;

import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.NumericSummary;
import fr.enquete.stats.QuestionResult;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/** Words and formats question results as {@link ResultTable}s, in one language. */
public final class ResultTables {

    private static final java.time.format.DateTimeFormatter DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Lang lang;
    private final Labels labels;
    private final NumberFormats numbers;

    public ResultTables(Lang lang) {
        this.lang = lang;
        this.labels = new Labels(lang);
        this.numbers = new NumberFormats(lang);
    }

    public Lang lang() {
        return lang;
    }

    public Labels labels() {
        return labels;
    }

    public NumberFormats numbers() {
        return numbers;
    }

    /** The table of a result; empty for free text and identifiers, which have none. */
    public ResultTable table(QuestionResult result) {
        List<List<String>> rows = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        List<Boolean> missing = new ArrayList<>();
        if (result instanceof QuestionResult.Choices c) {
            for (ChoiceRow r : c.rows()) {
                String label = r.missing() ? labels.get("missing")
                        : r.listed() ? r.label() : r.label() + " (" + labels.get("unlisted") + ")";
                rows.add(List.of(label, numbers.integer(r.count()), numbers.percent(r.percent())));
                shares.add(r.percent());
                missing.add(r.missing());
            }
            return ResultTable.of(List.of(labels.get("answer"), labels.get("count"), labels.get("percent")),
                    rows, shares, missing);
        }
        if (result instanceof QuestionResult.Numeric n) {
            NumericSummary s = n.summary();
            stat(rows, "stat.count", numbers.integer(s.count()));
            stat(rows, "stat.sum", s.count() == 0 ? "–" : numbers.decimal(s.sum()));
            stat(rows, "stat.mean", numbers.decimal(s.mean()));
            stat(rows, "stat.stddev", numbers.decimal(s.stddev()));
            stat(rows, "stat.min", numbers.decimal(s.min()));
            stat(rows, "stat.q1", numbers.decimal(s.q1()));
            stat(rows, "stat.median", numbers.decimal(s.median()));
            stat(rows, "stat.q3", numbers.decimal(s.q3()));
            stat(rows, "stat.max", numbers.decimal(s.max()));
            stat(rows, "stat.missing", numbers.integer(n.base() - s.count()));
            return statistics(rows, shares, missing);
        }
        if (result instanceof QuestionResult.Dates d) {
            stat(rows, "stat.count", numbers.integer(d.count()));
            stat(rows, "stat.first", d.first() == null ? "–" : DATE_TIME.format(d.first()));
            stat(rows, "stat.last", d.last() == null ? "–" : DATE_TIME.format(d.last()));
            stat(rows, "stat.missing", numbers.integer(d.base() - d.count()));
            return statistics(rows, shares, missing);
        }
        return ResultTable.of(List.of(), List.of(), List.of(), List.of());
    }

    /** The line that says who the percentages are about: "Base : 75 répondants concernés (filtre : ...)". */
    public String baseLine(QuestionResult result) {
        String filter = result.question().filter().expression();
        String who = filter.isEmpty() ? labels.get("base.all") : MessageFormat.format(labels.get("base.filtered"), filter);
        return labels.get("base") + labels.get("colon") + numbers.integer(result.base()) + " " + who;
    }

    public String textCount(QuestionResult.Text t) {
        return MessageFormat.format(labels.get("text.count"), numbers.integer(t.answers().size()), numbers.integer(t.base()));
    }

    private ResultTable statistics(List<List<String>> rows, List<Double> shares, List<Boolean> missing) {
        for (int i = 0; i < rows.size(); i++) {
            shares.add(Double.NaN);
            missing.add(i == rows.size() - 1);
        }
        return ResultTable.of(List.of(labels.get("statistic"), labels.get("value")), rows, shares, missing);
    }

    private void stat(List<List<String>> rows, String key, String value) {
        rows.add(List.of(labels.get(key), value));
    }
}
