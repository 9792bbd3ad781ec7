package fr.enquete.text.reinert;

import java.util.BitSet;
import java.util.List;

/**
 * A node of a double classification's dendrogram while it is built: a kept class, or two parts joined. A join's
 * chi-square is that of the 2 × lemmas table of its two parts (occurrences of each active lemma in each), the
 * figure a split of the simple classification carries.
 */
final class Part {

    private final int kept;
    private final Part first;
    private final Part second;
    private final BitSet segments;
    private final double chi2;

    private Part(int kept, Part first, Part second, BitSet segments, double chi2) {
        this.kept = kept;
        this.first = first;
        this.second = second;
        this.segments = segments;
        this.chi2 = chi2;
    }

    static Part leaf(int kept, BitSet segments) {
        return new Part(kept, null, null, segments, 0);
    }

    static Part join(Part a, Part b, SegmentMatrix m) {
        BitSet all = (BitSet) a.segments.clone();
        all.or(b.segments);
        return new Part(-1, a, b, all, chi2(m, a.segments, b.segments));
    }

    /** The parts joined from the right: a, b, c give (a, (b, c)); one part is itself. */
    static Part chain(List<Part> items, SegmentMatrix m) {
        Part p = items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            p = join(items.get(i), p, m);
        }
        return p;
    }

    BitSet segments() {
        return segments;
    }

    /** The kept classes' indices, from top to bottom. */
    void leaves(List<Integer> out) {
        if (first == null) {
            out.add(kept);
        } else {
            first.leaves(out);
            second.leaves(out);
        }
    }

    /** The joins, in preorder. */
    void splits(List<Part> out) {
        if (first != null) {
            out.add(this);
            first.splits(out);
            second.splits(out);
        }
    }

    /**
     * @param number the final class number of each kept class
     * @param order  the joins in the order their splits are numbered
     */
    Division toDivision(int[] number, List<Part> order) {
        if (first == null) {
            return new Division(segments.cardinality(), 0, null, null, number[kept], 0);
        }
        return new Division(segments.cardinality(), chi2, first.toDivision(number, order), second.toDivision(number, order), 0,
                order.indexOf(this) + 1);
    }

    /** The chi-square of the 2 × lemmas table of the active lemmas' occurrences in segments {@code a} and {@code b}. */
    static double chi2(SegmentMatrix m, BitSet a, BitSet b) {
        int cols = m.lemmaCount();
        double[] ca = new double[cols];
        double[] cb = new double[cols];
        double ra = count(m, a, ca);
        double rb = count(m, b, cb);
        if (ra == 0 || rb == 0) {
            return 0;
        }
        double sa = 0;
        double sb = 0;
        for (int j = 0; j < cols; j++) {
            double c = ca[j] + cb[j];
            if (c > 0) {
                sa += ca[j] * ca[j] / c;
                sb += cb[j] * cb[j] / c;
            }
        }
        return (ra + rb) * (sa / ra + sb / rb - 1);
    }

    private static double count(SegmentMatrix m, BitSet rows, double[] into) {
        double total = 0;
        for (int i = rows.nextSetBit(0); i >= 0; i = rows.nextSetBit(i + 1)) {
            for (int j : m.rowView(i)) {
                into[j]++;
                total++;
            }
        }
        return total;
    }
}
