package fr.enquete.stats;

import fr.enquete.model.Question;
import fr.enquete.model.Row;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts a single-choice or scale question. Answers are matched to the listed choices exactly, then
 * loosely (case, spacing and a final full stop ignored), so that "Oui, plutôt" counts for "Oui, plutôt.";
 * anything else becomes an extra, unlisted row and a diagnostic: nothing is dropped.
 */
final class ChoiceAggregator implements Aggregator {

    private final Question question;
    private final int column;
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, String> loose = new HashMap<>();
    private final Map<String, String> resolved = new HashMap<>();
    private final int listed;
    private long answered;

    ChoiceAggregator(Question question, int column) {
        this.question = question;
        this.column = column;
        for (String c : question.choices()) {
            counts.putIfAbsent(c, new long[1]);
            loose.putIfAbsent(looseKey(c), c);
        }
        this.listed = counts.size();
    }

    @Override
    public void accept(Row row) {
        String v = question.decode(row.get(column));
        if (v.isEmpty()) {
            return;
        }
        answered++;
        String key = resolved.computeIfAbsent(v, this::resolve);
        counts.computeIfAbsent(key, k -> new long[1])[0]++;
    }

    private String resolve(String value) {
        if (counts.containsKey(value)) {
            return value;
        }
        return loose.getOrDefault(looseKey(value), value);
    }

    /** The listed choice a (decoded) answer counts under: itself, or the choice it equals up to case, spaces, final dot. */
    static String match(Question q, String value) {
        for (String c : q.choices()) {
            if (c.equals(value)) {
                return c;
            }
        }
        String k = looseKey(value);
        for (String c : q.choices()) {
            if (looseKey(c).equals(k)) {
                return c;
            }
        }
        return value;
    }

    static String looseKey(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }

    @Override
    public QuestionResult result(long base) {
        List<ChoiceRow> rows = new ArrayList<>(counts.size() + 1);
        int i = 0;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long n = e.getValue()[0];
            rows.add(new ChoiceRow(e.getKey(), n, percent(n, base), false, i++ < listed || listed == 0));
        }
        long missing = base - answered;
        rows.add(new ChoiceRow("", missing, percent(missing, base), true, true));
        return new QuestionResult.Choices(question, base, answered, rows);
    }

    /** The values found that are not among the listed choices, with their counts. */
    Map<String, Long> unlisted() {
        Map<String, Long> out = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            if (i++ >= listed && listed > 0) {
                out.put(e.getKey(), e.getValue()[0]);
            }
        }
        return out;
    }

    static double percent(long count, long base) {
        return base == 0 ? Double.NaN : 100.0 * count / base;
    }
}
