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

    /** The row of answers outside the listed choices of a joined question. */
    static final String OTHER = "Autre";

    private final Question question;
    private final int[] columns;
    private final long[] counts;
    private final CompensatedSum[] weighted;
    private final java.util.Map<String, Long> others = new java.util.TreeMap<>();
    private long otherRespondents;
    private final CompensatedSum otherWeight = new CompensatedSum();
    private long answered;
    private final CompensatedSum weightedAnswered = new CompensatedSum();
    /** Without weights every weight is 1: the sums of weights are the counts, and are not added up tick by tick. */
    private final boolean unit;
    /** The listed "Autre" choice that answers outside the list count under, or null (joined only). */
    private final String listedOther;

    MultipleAggregator(Question question, int[] columns, boolean unit) {
        this.question = question;
        this.unit = unit;
        this.columns = columns;
        this.counts = new long[question.joined() ? question.choices().size() : columns.length];
        this.weighted = new CompensatedSum[counts.length];
        java.util.Arrays.setAll(weighted, i -> new CompensatedSum());
        this.listedOther = question.listedOtherChoice();
    }

    @Override
    public void accept(Row row, double w) {
        if (question.joined()) {
            acceptJoined(row.get(columns[0]), w);
            return;
        }
        boolean any = false;
        for (int i = 0; i < columns.length; i++) {
            if (CellValues.isTick(row.get(columns[i]))) {
                counts[i]++;
                if (!unit) {
                    weighted[i].add(w);
                }
                any = true;
            }
        }
        if (any) {
            answered++;
            if (!unit) {
                weightedAnswered.add(w);
            }
        }
    }

    /** One cell holding the ticked choices joined; answers outside the list are counted together. */
    private void acceptJoined(String cell, double w) {
        if (cell.isBlank()) {
            return;
        }
        String labels = question.decodeJoined(cell);
        fr.enquete.model.JoinedChoices.Split split = fr.enquete.model.JoinedChoices.split(labels, question.separator(), question.choices());
        if (split.known().isEmpty() && split.others().isEmpty()) {
            // Separators alone (","): nothing ticked, no answer, as a blank cell.
            return;
        }
        if (!split.others().isEmpty()) {
            if (listedOther == null) {
                otherRespondents++;
                if (!unit) {
                    otherWeight.add(w);
                }
            }
            split.others().forEach(o -> others.merge(o, 1L, Long::sum));
        }
        for (String counted : split.counted(listedOther)) {
            int i = question.choices().indexOf(counted);
            counts[i]++;
            if (!unit) {
                weighted[i].add(w);
            }
        }
        answered++;
        if (!unit) {
            weightedAnswered.add(w);
        }
    }

    /** Answers outside the listed choices of a joined question ("Autre" texts), with how many gave each. */
    java.util.Map<String, Long> others() {
        return java.util.Collections.unmodifiableMap(others);
    }

    @Override
    public QuestionResult result(Base base) {
        List<String> labels = question.joined() ? question.choices() : question.options().stream().map(OptionColumn::label).toList();
        List<ChoiceRow> rows = new ArrayList<>(labels.size() + 2);
        double of = base.weighted();
        for (int i = 0; i < labels.size(); i++) {
            double w = weight(counts[i], weighted[i]);
            rows.add(new ChoiceRow(labels.get(i), counts[i], w, ChoiceAggregator.percent(w, of), false, true));
        }
        if (otherRespondents > 0) {
            // Google Forms writes the "Autre" text inline: one row for all answers outside the list, when the
            // choices list no "Autre" to count them under.
            double w = weight(otherRespondents, otherWeight);
            rows.add(new ChoiceRow(OTHER, otherRespondents, w, ChoiceAggregator.percent(w, of), false, false));
        }
        long missing = base.n() - answered;
        double weightedMissing = of - weight(answered, weightedAnswered);
        rows.add(new ChoiceRow("", missing, weightedMissing, ChoiceAggregator.percent(weightedMissing, of), true, true));
        return new QuestionResult.Choices(question, base.n(), answered, rows, of, base.effective());
    }

    /** Ones added with compensation sum to the count exactly. */
    private double weight(long count, CompensatedSum sum) {
        return unit ? count : sum.value();
    }

    @Override
    public void merge(Aggregator other) {
        MultipleAggregator o = (MultipleAggregator) other;
        for (int i = 0; i < counts.length; i++) {
            counts[i] += o.counts[i];
            weighted[i].add(o.weighted[i]);
        }
        o.others.forEach((k, v) -> others.merge(k, v, Long::sum));
        otherRespondents += o.otherRespondents;
        otherWeight.add(o.otherWeight);
        answered += o.answered;
        weightedAnswered.add(o.weightedAnswered);
    }
}
