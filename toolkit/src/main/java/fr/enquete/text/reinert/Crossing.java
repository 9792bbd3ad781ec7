package fr.enquete.text.reinert;

import java.util.List;

/**
 * How a double classification was made (IRaMuTeQ's "classification double sur RST"): two classifications of the
 * segments grouped into units of two sizes, crossed, and the stable classes kept.
 *
 * @param rst1        the first units' size: consecutive segments of one text are grouped until they hold this many
 *                    active forms
 * @param rst2        the second units' size
 * @param units1      units of the first classification
 * @param units2      units of the second classification
 * @param minSize     a crossed class is a candidate when it has at least this many segments
 * @param candidates  crossed classes with at least {@code minSize} segments and a chi-square of association above
 *                    3,84 (p &lt; 0,05)
 * @param kept        the crossed classes kept (the best partition), by final class number
 */
public record Crossing(int rst1, int rst2, int units1, int units2, int minSize, int candidates, List<CrossedClass> kept) {

    public Crossing {
        kept = List.copyOf(kept);
    }

    /**
     * A crossed class kept: the segments a class of the first classification and a class of the second share.
     *
     * @param number    its final class number
     * @param first     segments of its class in the first classification
     * @param second    segments of its class in the second
     * @param segments  segments of both
     * @param chi2      the chi-square of the 2 × 2 table (in the first class or not × in the second or not)
     */
    public record CrossedClass(int number, int first, int second, int segments, double chi2) {
    }

    /** The sum of the chi-squares of the crossed classes kept, which the partition maximises. */
    public double chi2() {
        return kept.stream().mapToDouble(CrossedClass::chi2).sum();
    }
}
