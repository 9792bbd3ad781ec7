package fr.enquete.text.reinert;

/**
 * A node of the dendrogram: a terminal class (a leaf) or a class split in two.
 *
 * @param segments   how many segments it holds
 * @param chi2       the chi-square between its two halves (0 for a leaf)
 * @param first      the half on the negative side of the first factor, or null for a leaf
 * @param second     the other half, or null for a leaf
 * @param classNumber the terminal class's number, or 0 for a split
 * @param order      the order in which the splits were made (1 for the first), 0 for a leaf
 */
public record Division(int segments, double chi2, Division first, Division second, int classNumber, int order) {

    public boolean isLeaf() {
        return first == null;
    }

    /** The terminal classes under this node, from top to bottom. */
    public java.util.List<Integer> classes() {
        if (isLeaf()) {
            return java.util.List.of(classNumber);
        }
        java.util.List<Integer> out = new java.util.ArrayList<>(first.classes());
        out.addAll(second.classes());
        return java.util.List.copyOf(out);
    }
}
