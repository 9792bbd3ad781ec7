package fr.enquete.text;

import fr.enquete.stats.CorrespondenceAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The terms of a term table crossed with the respondents' groups (the {@link TextDocument#group()} of each answer,
 * e.g. the département): how many times each term occurs in the answers of each group. The input of a
 * correspondence analysis of terms x groups. Terms that occur in no group's answers (only in answers without a
 * group) are left out, and so are groups in whose answers no term of the table occurs: such a row or column would be
 * empty.
 *
 * @param terms         the terms, in the term table's order (their labels as the table shows them)
 * @param groups        the groups, in the order of {@link Specificity#byGroup}
 * @param counts        {@code counts[term][group]}: occurrences of the term in the group's answers
 * @param droppedTerms  terms of the table left out (no occurrence in any group)
 * @param droppedGroups groups left out (none of the table's terms in their answers)
 */
public record TermGroupTable(List<String> terms, List<String> groups, long[][] counts, List<String> droppedTerms,
                             List<String> droppedGroups) {

    public TermGroupTable {
        terms = List.copyOf(terms);
        groups = List.copyOf(groups);
        counts = copy(counts);
        droppedTerms = List.copyOf(droppedTerms);
        droppedGroups = List.copyOf(droppedGroups);
    }

    /** Occurrences of term {@code t} in group {@code g}. */
    public long count(int t, int g) {
        return counts[t][g];
    }

    @Override
    public long[][] counts() {
        return copy(counts);
    }

    /** Crosses the rows of {@code table} (made from {@code index}) with the groups of the index's documents. */
    public static TermGroupTable of(TermIndex index, TermTable table) {
        Map<String, Map<String, Long>> perGroup = new TreeMap<>();
        for (int d = 0; d < index.size(); d++) {
            String g = index.documents().get(d).group();
            if (g == null || g.isBlank()) {
                continue;
            }
            Map<String, Long> counts = perGroup.computeIfAbsent(g, k -> new HashMap<>());
            // Every word, inside a multi-word term or not, as the single-lemma table counts them; and the multi-word
            // terms (their keys hold a space, no word's does), so that either table can be crossed.
            for (TermOccurrence o : index.words(d)) {
                counts.merge(o.key(), 1L, Long::sum);
            }
            for (TermOccurrence o : index.multiwords(d)) {
                counts.merge(o.key(), 1L, Long::sum);
            }
        }
        List<String> allGroups = new ArrayList<>(perGroup.keySet());
        List<String> terms = new ArrayList<>();
        List<long[]> rows = new ArrayList<>();
        List<String> droppedTerms = new ArrayList<>();
        long[] groupTotals = new long[allGroups.size()];
        for (TermTable.TermRow r : table.rows()) {
            long[] row = new long[allGroups.size()];
            long sum = 0;
            for (int g = 0; g < row.length; g++) {
                row[g] = perGroup.get(allGroups.get(g)).getOrDefault(r.key(), 0L);
                sum += row[g];
            }
            if (sum == 0) {
                droppedTerms.add(r.term());
                continue;
            }
            terms.add(r.term());
            rows.add(row);
            for (int g = 0; g < row.length; g++) {
                groupTotals[g] += row[g];
            }
        }
        List<String> groups = new ArrayList<>();
        List<String> droppedGroups = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int g = 0; g < allGroups.size(); g++) {
            if (groupTotals[g] > 0) {
                groups.add(allGroups.get(g));
                kept.add(g);
            } else {
                droppedGroups.add(allGroups.get(g));
            }
        }
        long[][] counts = new long[rows.size()][kept.size()];
        for (int t = 0; t < rows.size(); t++) {
            for (int g = 0; g < kept.size(); g++) {
                counts[t][g] = rows.get(t)[kept.get(g)];
            }
        }
        return new TermGroupTable(terms, groups, counts, droppedTerms, droppedGroups);
    }

    /**
     * The correspondence analysis of this table: terms as rows, groups as columns.
     *
     * @throws IllegalArgumentException when the table has fewer than 2 terms or 2 groups
     */
    public CorrespondenceAnalysis correspondenceAnalysis() {
        double[][] n = new double[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            n[t] = new double[counts[t].length];
            for (int g = 0; g < counts[t].length; g++) {
                n[t][g] = counts[t][g];
            }
        }
        return CorrespondenceAnalysis.of(terms, groups, n);
    }

    private static long[][] copy(long[][] a) {
        long[][] out = new long[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
