package fr.enquete.stats;

import fr.enquete.model.Question;
import fr.enquete.model.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a single-choice or scale question. Answers are matched to the listed choices exactly, then
 * loosely (case, spacing and a final full stop ignored), so that "Oui, plutôt" counts for "Oui, plutôt.";
 * anything else becomes an extra, unlisted row and a diagnostic: nothing is dropped.
 */
final class ChoiceAggregator implements Aggregator {

    private final Question question;
    private final int column;
    /** Per answer: {respondents, their weight}. */
    private final Map<String, double[]> counts = new LinkedHashMap<>();
    private final Map<String, String> loose = new HashMap<>();
    private final Map<String, String> resolved = new HashMap<>();
    private final int listed;
    /** The first rows of each answer outside the list, so that a diagnostic can say where to look. */
    private final Map<String, List<Long>> unlistedRows = new HashMap<>();
    private long answered;
    private double weightedAnswered;

    /** How many rows of an unlisted answer are kept for its diagnostic. */
    static final int ROWS_KEPT = 5;

    ChoiceAggregator(Question question, int column) {
        this.question = question;
        this.column = column;
        for (String c : question.choices()) {
            counts.putIfAbsent(c, new double[2]);
            loose.putIfAbsent(looseKey(c), c);
        }
        this.listed = counts.size();
    }

    @Override
    public void accept(Row row, double w) {
        String v = question.decode(row.get(column));
        if (v.isEmpty()) {
            return;
        }
        answered++;
        weightedAnswered += w;
        String key = resolved.computeIfAbsent(v, this::resolve);
        double[] n = counts.computeIfAbsent(key, k -> new double[2]);
        n[0]++;
        n[1] += w;
        if (listed > 0 && !question.choices().isEmpty() && n[0] <= ROWS_KEPT && !loose.containsValue(key)) {
            unlistedRows.computeIfAbsent(key, k -> new ArrayList<>()).add(row.number());
        }
    }

    private String resolve(String value) {
        if (counts.containsKey(value)) {
            return value;
        }
        return loose.getOrDefault(looseKey(value), value);
    }

    /** The listed choice a (decoded) answer counts under: itself, or the choice it equals up to case, spaces, final dot. */
    static String match(Question q, String value) {
        return fr.enquete.model.ChoiceMatch.match(q.choices(), value);
    }

    static String looseKey(String s) {
        return fr.enquete.model.ChoiceMatch.looseKey(s);
    }

    @Override
    public QuestionResult result(Base base) {
        List<ChoiceRow> rows = new ArrayList<>(counts.size() + 1);
        int i = 0;
        for (Map.Entry<String, double[]> e : counts.entrySet()) {
            long n = (long) e.getValue()[0];
            double w = e.getValue()[1];
            rows.add(new ChoiceRow(e.getKey(), n, w, percent(w, base.weighted()), false, i++ < listed || listed == 0));
        }
        long missing = base.n() - answered;
        double weightedMissing = base.weighted() - weightedAnswered;
        rows.add(new ChoiceRow("", missing, weightedMissing, percent(weightedMissing, base.weighted()), true, true));
        return new QuestionResult.Choices(question, base.n(), answered, rows, base.weighted(), base.effective());
    }

    /** The values found that are not among the listed choices, with their counts. */
    Map<String, Long> unlisted() {
        Map<String, Long> out = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, double[]> e : counts.entrySet()) {
            if (i++ >= listed && listed > 0) {
                out.put(e.getKey(), (long) e.getValue()[0]);
            }
        }
        return out;
    }

    /** The first rows (at most {@link #ROWS_KEPT}) where an unlisted answer was met. */
    List<Long> rowsOf(String unlisted) {
        return unlistedRows.getOrDefault(unlisted, List.of());
    }

    static double percent(double weight, double base) {
        return base == 0 ? Double.NaN : 100.0 * weight / base;
    }
}
