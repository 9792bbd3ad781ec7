package fr.enquete.stats;

import fr.enquete.model.CellValues;
import fr.enquete.model.InputException;
import fr.enquete.model.Question;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.time.LocalDateTime;
import java.util.List;

/** Counts the dates of a date question and keeps the first and the last. */
final class DateAggregator implements Aggregator {

    private final Question question;
    private final int column;
    private final String file;
    private final boolean lenient;
    private final List<Diagnostic> diagnostics;
    private long count;
    private LocalDateTime first;
    private LocalDateTime last;

    DateAggregator(Question question, int column, String file, boolean lenient, List<Diagnostic> diagnostics) {
        this.question = question;
        this.column = column;
        this.file = file;
        this.lenient = lenient;
        this.diagnostics = diagnostics;
    }

    @Override
    public void accept(Row row, double w) {
        String v = row.get(column);
        if (v.isEmpty()) {
            return;
        }
        LocalDateTime d = CellValues.parseDate(v);
        if (d == null) {
            SourceLocation where = SourceLocation.cell(file, row.number(), question.column());
            String msg = "expected a date (2019-06-14 or 14/06/2019) for date question \"" + question.id()
                    + "\", found \"" + v + "\"";
            if (!lenient) {
                throw new InputException(where, msg + " (or pass --lenient to count it as missing)");
            }
            diagnostics.add(new Diagnostic(where, fr.enquete.model.Message.of("date.missing", question.id(), v)));
            return;
        }
        count++;
        if (first == null || d.isBefore(first)) {
            first = d;
        }
        if (last == null || d.isAfter(last)) {
            last = d;
        }
    }

    @Override
    public QuestionResult result(Base b) {
        long base = b.n();
        return new QuestionResult.Dates(question, base, count, first, last);
    }

    @Override
    public void merge(Aggregator other) {
        DateAggregator o = (DateAggregator) other;
        count += o.count;
        if (o.first != null && (first == null || o.first.isBefore(first))) {
            first = o.first;
        }
        if (o.last != null && (last == null || o.last.isAfter(last))) {
            last = o.last;
        }
    }
}
