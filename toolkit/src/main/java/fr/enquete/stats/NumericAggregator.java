package fr.enquete.stats;

import fr.enquete.model.InputException;
import fr.enquete.model.Question;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.util.List;

/** Summarises a numeric question; a cell that is not a number stops the analysis unless lenient. */
final class NumericAggregator implements Aggregator {

    private final Question question;
    private final int column;
    private final String file;
    private final boolean lenient;
    private final List<Diagnostic> diagnostics;
    private final NumericSummary.Builder summary;
    /** A time of day's question: its cells are read as minutes since midnight. */
    private final boolean time;
    /** A duration's question: its cells are read as minutes (1:30, 45 min, PT1H30M; plain numbers in its unit). */
    private final boolean duration;

    NumericAggregator(Question question, int column, String file, AnalysisOptions options, List<Diagnostic> diagnostics) {
        this.question = question;
        this.column = column;
        this.file = file;
        this.lenient = options.lenient();
        this.diagnostics = diagnostics;
        this.summary = new NumericSummary.Builder(options.quantiles(), options.exactLimit());
        this.time = question.type() == fr.enquete.model.QuestionType.TIME;
        this.duration = question.type() == fr.enquete.model.QuestionType.DURATION;
    }

    @Override
    public void accept(Row row, double w) {
        // The cell's number without its text when the reader kept it as a value (Row#number); a time's minutes.
        double d = time ? fr.enquete.model.TimeOfDay.minutes(row.get(column))
                : duration ? fr.enquete.model.ElapsedTime.minutes(row.get(column), question.unit()) : row.number(column);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            String v = row.get(column);
            if (v.isEmpty()) {
                return;
            }
            SourceLocation where = SourceLocation.cell(file, row.number(), question.column());
            if (!lenient) {
                throw new InputException(where, time ? fr.enquete.model.Message.of("input.time.expected", question.id(), v)
                        : !duration ? fr.enquete.model.Message.of("input.number.expected", question.id(), v)
                        : question.unit() == null ? fr.enquete.model.Message.of("input.duration.expected", question.id(), v)
                        : fr.enquete.model.Message.of("input.duration.expected.unit", question.id(), v,
                                fr.enquete.model.Message.of("unit." + question.unit().name().toLowerCase(java.util.Locale.ROOT))));
            }
            diagnostics.add(new Diagnostic(where, fr.enquete.model.Message.of("number.missing", question.id(), v)));
            return;
        }
        summary.add(d, w);
    }

    @Override
    public QuestionResult result(Base base) {
        // Minutes (times of day, durations) are binned on whole hours or their parts, so the axis reads 08:00, 10:00.
        return new QuestionResult.Numeric(question, base.n(), summary.build(), summary.histogram(time || duration));
    }

    @Override
    public void merge(Aggregator other) {
        summary.merge(((NumericAggregator) other).summary);
    }
}
