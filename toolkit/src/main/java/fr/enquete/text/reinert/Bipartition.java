package fr.enquete.text.reinert;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One step of the descending hierarchical classification: a class's segments split in two. The segments are
 * ordered on the first factor of the correspondence analysis of the class's table; the cut along that order with
 * the largest chi-square of the 2 × lemmas table (occurrences of each lemma in each half) is taken; then segments
 * are moved one at a time to the other half while that raises the chi-square (Reinert's reallocation). Both halves
 * keep at least {@code minSize} segments.
 *
 * @param first   segments of the half on the negative side of the factor, in increasing order
 * @param second  segments of the other half, in increasing order
 * @param chi2    chi-square between the halves after reallocation
 */
record Bipartition(int[] first, int[] second, double chi2) {

    private static final int MAX_PASSES = 200;

    /** The split of {@code rows}, or null when none gives two halves of {@code minSize} segments with a positive chi-square. */
    static Bipartition split(SegmentMatrix m, int[] rows, int minSize) {
        if (rows.length < 2 * minSize || rows.length < 2) {
            return null;
        }
        FirstFactor f = FirstFactor.of(m, rows);
        if (f.inertia() <= 0) {
            return null;
        }
        double[] coord = f.rowCoordinates();
        Integer[] order = new Integer[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> coord[i]).thenComparingInt(i -> rows[i]));
        Table t = new Table(m, rows);
        // cut scan: rows move from the second half to the first in factor order
        double best = -1;
        int bestCut = -1;
        for (int p = 0; p < rows.length - 1; p++) {
            t.move(order[p], true);
            int firstSize = p + 1;
            if (firstSize >= minSize && rows.length - firstSize >= minSize) {
                double c = t.chi2();
                if (c > best + 1e-12) {
                    best = c;
                    bestCut = firstSize;
                }
            }
        }
        if (bestCut < 0 || best <= 0) {
            return null;
        }
        t = new Table(m, rows);
        for (int p = 0; p < bestCut; p++) {
            t.move(order[p], true);
        }
        t.reallocate(minSize);
        int[] a = t.members(true);
        int[] b = t.members(false);
        return new Bipartition(a, b, t.chi2());
    }

    /** The 2 × lemmas occurrence table of a split in progress, with the sums its chi-square needs kept up to date. */
    private static final class Table {
        private final int[][] rows;
        private final int[] ids;
        private final boolean[] inFirst;
        private final double[] colTotal;
        private final double[] a;
        private final double[] b;
        private final double n;
        private double ra;
        private double rb;
        private double sa;
        private double sb;
        private int countFirst;

        Table(SegmentMatrix m, int[] ids) {
            this.ids = ids;
            rows = new int[ids.length][];
            int cols = m.lemmaCount();
            colTotal = new double[cols];
            a = new double[cols];
            b = new double[cols];
            double total = 0;
            for (int i = 0; i < ids.length; i++) {
                rows[i] = m.rowView(ids[i]);
                for (int j : rows[i]) {
                    colTotal[j]++;
                    b[j]++;
                }
                total += rows[i].length;
            }
            n = total;
            rb = total;
            for (int j = 0; j < cols; j++) {
                if (colTotal[j] > 0) {
                    sb += b[j] * b[j] / colTotal[j];
                }
            }
            inFirst = new boolean[ids.length];
        }

        /** Moves local row {@code i} to the first half ({@code toFirst}) or to the second. */
        void move(int i, boolean toFirst) {
            if (inFirst[i] == toFirst) {
                return;
            }
            double[] from = toFirst ? b : a;
            double[] to = toFirst ? a : b;
            double dFrom = 0;
            double dTo = 0;
            for (int j : rows[i]) {
                dFrom += (2 * from[j] - 1) / colTotal[j];
                dTo += (2 * to[j] + 1) / colTotal[j];
                from[j]--;
                to[j]++;
            }
            int len = rows[i].length;
            if (toFirst) {
                sb -= dFrom;
                sa += dTo;
                rb -= len;
                ra += len;
                countFirst++;
            } else {
                sa -= dFrom;
                sb += dTo;
                ra -= len;
                rb += len;
                countFirst--;
            }
            inFirst[i] = toFirst;
        }

        double chi2() {
            return chi2(sa, sb, ra, rb);
        }

        private double chi2(double sa, double sb, double ra, double rb) {
            if (ra <= 0 || rb <= 0) {
                return 0;
            }
            return n * (sa / ra + sb / rb - 1);
        }

        /** The chi-square if local row {@code i} changed half, the table left as it is. */
        private double chi2IfMoved(int i) {
            boolean toFirst = !inFirst[i];
            double[] from = toFirst ? b : a;
            double[] to = toFirst ? a : b;
            double dFrom = 0;
            double dTo = 0;
            for (int j : rows[i]) {
                dFrom += (2 * from[j] - 1) / colTotal[j];
                dTo += (2 * to[j] + 1) / colTotal[j];
            }
            int len = rows[i].length;
            return toFirst ? chi2(sa + dTo, sb - dFrom, ra + len, rb - len) : chi2(sa - dFrom, sb + dTo, ra - len, rb + len);
        }

        /** Moves segments, in a fixed order, while a move raises the chi-square and leaves both halves big enough. */
        void reallocate(int minSize) {
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                boolean moved = false;
                for (int i = 0; i < rows.length; i++) {
                    int left = inFirst[i] ? countFirst - 1 : rows.length - countFirst - 1;
                    if (left < minSize) {
                        continue;
                    }
                    double current = chi2();
                    if (chi2IfMoved(i) > current * (1 + 1e-12) + 1e-12) {
                        move(i, !inFirst[i]);
                        moved = true;
                    }
                }
                if (!moved) {
                    return;
                }
            }
        }

        int[] members(boolean first) {
            return java.util.stream.IntStream.range(0, ids.length).filter(i -> inFirst[i] == first).map(i -> ids[i]).sorted().toArray();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bipartition p && Arrays.equals(p.first, first) && Arrays.equals(p.second, second) && p.chi2 == chi2;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(first) * 31 + Arrays.hashCode(second);
    }

    @Override
    public String toString() {
        return "Bipartition[" + first.length + " | " + second.length + ", chi2=" + chi2 + "]";
    }
}
