package fr.enquete.stats;

import fr.enquete.model.Question;
import fr.enquete.model.Row;

/** Counts the filled cells of an identifier or technical column. */
final class IdAggregator implements Aggregator {

    private final Question question;
    private final int column;
    private long count;

    IdAggregator(Question question, int column) {
        this.question = question;
        this.column = column;
    }

    @Override
    public void accept(Row row, double w) {
        if (!row.get(column).isEmpty()) {
            count++;
        }
    }

    @Override
    public QuestionResult result(Base b) {
        long base = b.n();
        return new QuestionResult.Identifiers(question, base, count);
    }

    @Override
    public void merge(Aggregator other) {
        count += ((IdAggregator) other).count;
    }
}
