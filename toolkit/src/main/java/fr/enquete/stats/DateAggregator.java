package fr.enquete.stats;

import fr.enquete.model.CellValues;
import fr.enquete.model.DateEvidence;
import fr.enquete.model.DateOrder;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Question;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Counts the dates of a date question and keeps the first and the last. Slashed dates are read in the order the
 * whole column proves ({@link DateEvidence}), else in the platform language's ({@link DateOrder#defaultFor}):
 * both readings are followed until the end, never mixed.
 */
final class DateAggregator implements Aggregator {

    private final Question question;
    private final int column;
    private final String file;
    private final boolean lenient;
    private final List<Diagnostic> diagnostics;
    private final DateOrder fallback;
    private final DateEvidence evidence = new DateEvidence();
    private long count;
    /** LimeSurvey's 1980-01-01 00:00:00 cells: "completed, date not recorded", not dates. */
    private long undated;
    /** First and last date read day first [0] and month first [1]. */
    private final LocalDateTime[] first = new LocalDateTime[2];
    private final LocalDateTime[] last = new LocalDateTime[2];

    DateAggregator(Question question, int column, String file, boolean lenient, List<Diagnostic> diagnostics,
                   DateOrder fallback) {
        this.question = question;
        this.fallback = fallback;
        this.column = column;
        this.file = file;
        evidence.fromFile(file);
        this.lenient = lenient;
        this.diagnostics = diagnostics;
    }

    @Override
    public void accept(Row row, double w) {
        String v = row.get(column);
        if (v.isEmpty()) {
            return;
        }
        if (fr.enquete.model.UndatedPlaceholder.in(question.column(), v)) {
            undated++;
            return;
        }
        CellValues.DateCell d = CellValues.readDate(v);
        if (d == null) {
            SourceLocation where = SourceLocation.cell(file, row.number(), question.column());
            if (!lenient) {
                throw new InputException(where, Message.of("date.expected", question.id(), v));
            }
            diagnostics.add(new Diagnostic(where, fr.enquete.model.Message.of("date.missing", question.id(), v)));
            return;
        }
        evidence.see(d, v, row.number());
        count++;
        for (DateOrder o : DateOrder.values()) {
            keep(o.ordinal(), d.in(o));
        }
    }

    private void keep(int order, LocalDateTime d) {
        if (d == null) {
            return;
        }
        if (first[order] == null || d.isBefore(first[order])) {
            first[order] = d;
        }
        if (last[order] == null || d.isAfter(last[order])) {
            last[order] = d;
        }
    }

    @Override
    public QuestionResult result(Base b) {
        if (evidence.mixed()) {
            throw new InputException(SourceLocation.cell(file, evidence.monthProofRow(), question.column()),
                    Message.of("date.question", question.id(), evidence.mixedWording()));
        }
        if (evidence.halfConverted()) {
            throw new InputException(SourceLocation.cell(file, evidence.halfConvertedRow(), question.column()),
                    Message.of("date.question", question.id(), evidence.halfConvertedWording()));
        }
        if (undated > 0) {
            diagnostics.add(new Diagnostic(SourceLocation.file(file).withColumn(question.column()),
                    fr.enquete.model.Message.of("date.undated", question.id(), undated)));
        }
        int o = evidence.decide(fallback).ordinal();
        return new QuestionResult.Dates(question, b.n(), count, first[o], last[o]);
    }

    @Override
    public void merge(Aggregator other) {
        DateAggregator o = (DateAggregator) other;
        count += o.count;
        undated += o.undated;
        evidence.merge(o.evidence);
        for (int i = 0; i < 2; i++) {
            keep(i, o.first[i]);
            keep(i, o.last[i]);
        }
    }
}
