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
    /** One answer's respondents and their weight; {@code unlisted} is the answer when it is not a listed choice. */
    private static final class Counter {
        long n;
        final CompensatedSum w = new CompensatedSum();
        String unlisted;
    }

    /** Per answer, in choice order then as met. */
    private final Map<String, Counter> counts = new LinkedHashMap<>();
    private final Map<String, String> loose = new HashMap<>();
    /** Each raw cell met, to the counter of the choice it counts under: one lookup a cell. */
    private final Map<String, Counter> resolved = new HashMap<>();
    private final boolean coded;
    /** Without weights every weight is 1: the sums of weights are the counts, and are not added up cell by cell. */
    private final boolean unit;
    private final int listed;
    /** The first rows of each answer outside the list, so that a diagnostic can say where to look. */
    private final Map<String, List<Long>> unlistedRows = new HashMap<>();
    private long answered;
    private final CompensatedSum weightedAnswered = new CompensatedSum();

    /** How many rows of an unlisted answer are kept for its diagnostic. */
    static final int ROWS_KEPT = 5;

    ChoiceAggregator(Question question, int column, boolean unit) {
        this.question = question;
        this.column = column;
        this.unit = unit;
        for (String c : question.choices()) {
            counts.putIfAbsent(c, new Counter());
            loose.putIfAbsent(looseKey(c), c);
        }
        this.listed = counts.size();
        this.coded = !question.codes().isEmpty();
    }

    @Override
    public void accept(Row row, double w) {
        String cell = row.get(column);
        if (cell.isEmpty()) {
            return;
        }
        Counter n = resolved.get(cell);
        if (n == null) {
            String v = coded ? question.decode(cell) : cell;
            if (v.isEmpty()) {
                return;
            }
            String key = resolve(v);
            n = counts.computeIfAbsent(key, k -> new Counter());
            resolved.put(cell, n);
            if (listed > 0 && !loose.containsValue(key)) {
                n.unlisted = key;
            }
        }
        answered++;
        n.n++;
        if (!unit) {
            weightedAnswered.add(w);
            n.w.add(w);
        }
        if (n.unlisted != null && n.n <= ROWS_KEPT) {
            unlistedRows.computeIfAbsent(n.unlisted, k -> new ArrayList<>()).add(row.number());
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
        for (Map.Entry<String, Counter> e : counts.entrySet()) {
            long n = e.getValue().n;
            // Ones added with compensation sum to the count exactly.
            double w = unit ? n : e.getValue().w.value();
            rows.add(new ChoiceRow(e.getKey(), n, w, percent(w, base.weighted()), false, i++ < listed || listed == 0));
        }
        long missing = base.n() - answered;
        double weightedMissing = base.weighted() - (unit ? answered : weightedAnswered.value());
        rows.add(new ChoiceRow("", missing, weightedMissing, percent(weightedMissing, base.weighted()), true, true));
        return new QuestionResult.Choices(question, base.n(), answered, rows, base.weighted(), base.effective());
    }

    /** The values found that are not among the listed choices, with their counts. */
    Map<String, Long> unlisted() {
        Map<String, Long> out = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Counter> e : counts.entrySet()) {
            if (i++ >= listed && listed > 0) {
                out.put(e.getKey(), e.getValue().n);
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

    @Override
    public void merge(Aggregator other) {
        ChoiceAggregator o = (ChoiceAggregator) other;
        // Listed choices come first in both; answers first met in the later part come after, as in one pass.
        o.counts.forEach((key, n) -> {
            Counter mine = counts.computeIfAbsent(key, k -> new Counter());
            mine.n += n.n;
            mine.w.add(n.w);
        });
        o.unlistedRows.forEach((key, rows) -> {
            List<Long> mine = unlistedRows.computeIfAbsent(key, k -> new ArrayList<>());
            for (Long r : rows) {
                if (mine.size() < ROWS_KEPT) {
                    mine.add(r);
                }
            }
        });
        answered += o.answered;
        weightedAnswered.add(o.weightedAnswered);
    }
}
