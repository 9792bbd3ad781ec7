package fr.enquete.stats;

import fr.enquete.model.CellValues;
import fr.enquete.model.OptionColumn;
import fr.enquete.model.Question;
import fr.enquete.model.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts a multiple-choice question: per option, the respondents of the base who ticked it, so the
 * percentages (over respondents, not over ticks) can sum above 100 %. The missing row counts the
 * respondents of the base who ticked nothing.
 */
final class MultipleAggregator implements Aggregator {

    private final Question question;
    private final int[] columns;
    private final long[] counts;
    private long answered;

    MultipleAggregator(Question question, int[] columns) {
        this.question = question;
        this.columns = columns;
        this.counts = new long[columns.length];
    }

    @Override
    public void accept(Row row) {
        boolean any = false;
        for (int i = 0; i < columns.length; i++) {
            if (CellValues.isTick(row.get(columns[i]))) {
                counts[i]++;
                any = true;
            }
        }
        if (any) {
            answered++;
        }
    }

    @Override
    public QuestionResult result(long base) {
        List<OptionColumn> options = question.options();
        List<ChoiceRow> rows = new ArrayList<>(options.size() + 1);
        for (int i = 0; i < options.size(); i++) {
            rows.add(new ChoiceRow(options.get(i).label(), counts[i], ChoiceAggregator.percent(counts[i], base), false, true));
        }
        long missing = base - answered;
        rows.add(new ChoiceRow("", missing, ChoiceAggregator.percent(missing, base), true, true));
        return new QuestionResult.Choices(question, base, answered, rows);
    }
}
