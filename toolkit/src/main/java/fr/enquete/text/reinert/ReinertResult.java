package fr.enquete.text.reinert;

import java.util.Arrays;
import java.util.List;

/**
 * What a Reinert classification found: the dendrogram, the terminal classes, and each segment's class.
 *
 * @param segments     the segments, in the order given
 * @param assignment   each segment's class number, 0 for a segment left unclassified (no active lemma, or no
 *                     class it could join)
 * @param classes      the terminal classes, by number
 * @param tree         the dendrogram
 * @param activeLemmas the active lemmas of the table (columns)
 * @param crossing     how a double classification crossed its two classifications, or null for a simple one
 */
public record ReinertResult(List<TextSegment> segments, int[] assignment, List<ReinertClass> classes, Division tree, int activeLemmas,
                            Crossing crossing) {

    public ReinertResult {
        segments = List.copyOf(segments);
        assignment = assignment.clone();
        classes = List.copyOf(classes);
    }

    /** A simple classification's result. */
    public ReinertResult(List<TextSegment> segments, int[] assignment, List<ReinertClass> classes, Division tree, int activeLemmas) {
        this(segments, assignment, classes, tree, activeLemmas, null);
    }

    /** Whether it is a double classification ({@link #crossing()} then says how it was made). */
    public boolean isDouble() {
        return crossing != null;
    }

    @Override
    public int[] assignment() {
        return assignment.clone();
    }

    /** The class of segment {@code i}, 0 when unclassified. */
    public int classOf(int i) {
        return assignment[i];
    }

    public int classified() {
        return (int) Arrays.stream(assignment).filter(c -> c > 0).count();
    }

    /** The share of the segments classified, in percent. */
    public double percentClassified() {
        return segments.isEmpty() ? 0 : 100.0 * classified() / segments.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReinertResult r && r.segments.equals(segments) && Arrays.equals(r.assignment, assignment)
                && r.classes.equals(classes) && r.tree.equals(tree) && r.activeLemmas == activeLemmas
                && java.util.Objects.equals(r.crossing, crossing);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(assignment) * 31 + classes.hashCode();
    }

    @Override
    public String toString() {
        return "ReinertResult[" + segments.size() + " segments, " + classes.size() + " classes, " + classified() + " classified]";
    }
}
