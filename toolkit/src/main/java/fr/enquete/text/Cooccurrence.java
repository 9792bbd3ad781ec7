package fr.enquete.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which terms of a term table appear in the same answers. */
public final class Cooccurrence {

    /** Two terms and the number of answers holding both. */
    public record Pair(String first, String second, long answers) {
    }

    private Cooccurrence() {
    }

    /** Pairs of the table's terms found together in at least {@code min} answers, most frequent first. */
    public static List<Pair> of(TermIndex index, TermTable table, int min) {
        List<TermTable.TermRow> rows = table.rows();
        List<Set<String>> docs = new ArrayList<>();
        for (int d = 0; d < index.size(); d++) {
            Set<String> keys = new HashSet<>();
            // Either table's terms: every word, and every multi-word term.
            index.words(d).forEach(o -> keys.add(o.key()));
            index.multiwords(d).forEach(o -> keys.add(o.key()));
            docs.add(keys);
        }
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                String a = rows.get(i).key();
                String b = rows.get(j).key();
                long n = docs.stream().filter(s -> s.contains(a) && s.contains(b)).count();
                if (n >= min) {
                    out.add(new Pair(rows.get(i).term(), rows.get(j).term(), n));
                }
            }
        }
        out.sort((x, y) -> Long.compare(y.answers(), x.answers()));
        return out;
    }
}
