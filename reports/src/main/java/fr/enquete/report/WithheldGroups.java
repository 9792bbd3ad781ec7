package fr.enquete.report;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Under {@code --secret N}, the groups of {@code --by} whose text figures ({@code terms}' specificities, a class
 * profile's line) are withheld, as {@code stats --by BY --secret N} withholds them, and why.
 *
 * @param by          the grouping question's id
 * @param secret      the secrecy threshold
 * @param small       groups that stats leaves out: their number of respondents is masked in the table of {@code by}
 * @param otherMasked groups in whose table stats masks the "Autre" answer of question {@code otherOf}, which the texts
 *                    specify
 * @param otherOf     that question's id (null when the texts specify no "Autre")
 */
public record WithheldGroups(String by, int secret, Set<String> small, Set<String> otherMasked, String otherOf) {

    public static final WithheldGroups NONE = new WithheldGroups(null, 0, Set.of(), Set.of(), null);

    public WithheldGroups {
        small = Set.copyOf(small);
        otherMasked = Set.copyOf(otherMasked);
    }

    public boolean contains(String group) {
        return small.contains(group) || otherMasked.contains(group);
    }

    public boolean isEmpty() {
        return small.isEmpty() && otherMasked.isEmpty();
    }

    /** Every withheld group, sorted (an order of their figures would tell them apart). */
    public SortedSet<String> all() {
        SortedSet<String> out = new TreeSet<>(small);
        out.addAll(otherMasked);
        return out;
    }
}
