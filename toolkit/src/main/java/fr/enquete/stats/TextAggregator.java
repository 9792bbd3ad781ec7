package fr.enquete.stats;

import fr.enquete.model.Question;
import fr.enquete.model.Row;
import java.util.ArrayList;
import java.util.List;

/** Keeps the non-empty free-text answers, in file order, with their row numbers. */
final class TextAggregator implements Aggregator {

    private final Question question;
    private final int column;
    private final List<QuestionResult.Verbatim> answers = new ArrayList<>();

    TextAggregator(Question question, int column) {
        this.question = question;
        this.column = column;
    }

    @Override
    public void accept(Row row, double w) {
        String v = row.get(column);
        if (!v.isEmpty()) {
            answers.add(new QuestionResult.Verbatim(row.number(), v));
        }
    }

    @Override
    public QuestionResult result(Base b) {
        long base = b.n();
        return new QuestionResult.Text(question, base, answers);
    }

    @Override
    public void merge(Aggregator other) {
        answers.addAll(((TextAggregator) other).answers);
    }
}
