package fr.enquete.text;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns term occurrences into a ranked {@link TermTable}: by occurrences, then answers, then term in
 * French alphabetical order; the top N is extended to every row tied with the N-th.
 */
final class TermCounter {

    private final Map<String, long[]> counts = new HashMap<>(); // key -> {occurrences, answers}
    private final Map<String, Map<String, Long>> labels = new HashMap<>();
    private final Map<String, Map<String, Long>> forms = new HashMap<>();
    private long documents;

    /** Adds one document's occurrences as (key, label, form) triples. */
    <T> void add(List<T> occurrences, Function<T, String> key, Function<T, String> label, Function<T, String> form) {
        documents++;
        Set<String> seen = new HashSet<>();
        for (T o : occurrences) {
            String k = key.apply(o);
            long[] c = counts.computeIfAbsent(k, x -> new long[2]);
            c[0]++;
            if (seen.add(k)) {
                c[1]++;
            }
            labels.computeIfAbsent(k, x -> new HashMap<>()).merge(label.apply(o), 1L, Long::sum);
            forms.computeIfAbsent(k, x -> new HashMap<>()).merge(form.apply(o), 1L, Long::sum);
        }
    }

    /**
     * @param byAnswers whether answers break ties of occurrences before the alphabet (the naive method of
     *                  published tables uses the alphabet only)
     */
    TermTable table(int top, String method, boolean byAnswers) {
        Collator collator = collator();
        List<TermTable.TermRow> all = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            String label = mostFrequent(labels.get(e.getKey()), collator);
            List<TermTable.Form> f = new ArrayList<>();
            forms.get(e.getKey()).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey, collator))
                    .forEach(x -> f.add(new TermTable.Form(x.getKey(), x.getValue())));
            long answers = e.getValue()[1];
            all.add(new TermTable.TermRow(0, e.getKey(), label, e.getValue()[0], answers,
                    documents == 0 ? Double.NaN : 100.0 * answers / documents, f));
        }
        Comparator<TermTable.TermRow> order = Comparator.comparingLong(TermTable.TermRow::occurrences).reversed();
        if (byAnswers) {
            order = order.thenComparing(Comparator.comparingLong(TermTable.TermRow::answers).reversed());
        }
        all.sort(order.thenComparing(TermTable.TermRow::term, collator));
        List<TermTable.TermRow> shown = new ArrayList<>();
        int rank = 0;
        long previous = -1;
        for (int i = 0; i < all.size(); i++) {
            TermTable.TermRow r = all.get(i);
            if (i >= top && r.occurrences() != all.get(top - 1).occurrences()) {
                break;
            }
            if (r.occurrences() != previous) {
                rank = i + 1;
                previous = r.occurrences();
            }
            shown.add(new TermTable.TermRow(rank, r.key(), r.term(), r.occurrences(), r.answers(), r.percent(), r.forms()));
        }
        return new TermTable(shown, Math.max(0, shown.size() - top), documents, all.size(), method);
    }

    private static String mostFrequent(Map<String, Long> m, Collator collator) {
        return m.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey, collator))
                .findFirst().orElseThrow().getKey();
    }

    static Collator collator() {
        Collator c = Collator.getInstance(Locale.FRENCH);
        c.setStrength(Collator.TERTIARY);
        return c;
    }

}
