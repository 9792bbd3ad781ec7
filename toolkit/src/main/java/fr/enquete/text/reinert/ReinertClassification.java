package fr.enquete.text.reinert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The descending hierarchical classification of Max Reinert (1983, 1990), the method of ALCESTE and of IRaMuTeQ's
 * "classification simple sur segments de texte": starting from all segments with an active lemma, the largest
 * class is split in two ({@link Bipartition}: first factor of its correspondence analysis, best cut, reallocation),
 * until the number of terminal classes asked for is reached or no class can be split into two halves of the
 * minimum size. Segments without an active lemma stay unclassified. Then each class gets its characteristic
 * lemmas (chi-square of class × lemma against the other classes) and its most typical segments. There is no
 * randomness: the same table gives the same classes.
 */
public final class ReinertClassification {

    static final double P05 = 3.841458820694124;

    private ReinertClassification() {
    }

    /** Thrown when there are too few segments with an active lemma to make two classes. */
    public static final class TooFewSegments extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int classifiable;
        private final int needed;

        TooFewSegments(int classifiable, int needed) {
            super(classifiable + " segments have an active lemma; at least " + needed + " are needed to make two classes");
            this.classifiable = classifiable;
            this.needed = needed;
        }

        public int classifiable() {
            return classifiable;
        }

        public int needed() {
            return needed;
        }
    }

    public static ReinertResult classify(SegmentMatrix m, ReinertOptions options) {
        Tree t = grow(m, options);
        int[] assignment = new int[m.segmentCount()];
        for (int c = 0; c < t.leaves().size(); c++) {
            for (int i : t.leaves().get(c).rows) {
                assignment[i] = c + 1;
            }
        }
        List<ReinertClass> classes = new ArrayList<>();
        for (int c = 0; c < t.leaves().size(); c++) {
            classes.add(describe(m, assignment, c + 1, t.root().rows.length, options));
        }
        int[] number = {0};
        Division tree = t.root().toDivision(number);
        return new ReinertResult(m.segments(), assignment, classes, tree, m.lemmaCount());
    }

    /** The dendrogram as it grew: its root and its terminal classes from top to bottom. */
    record Tree(Node root, List<Node> leaves) {
    }

    /**
     * Splits the largest class in two, then the next largest, until {@code options.classes()} terminal classes or no
     * class can be split; the rows of the nodes are those of {@code m}.
     */
    static Tree grow(SegmentMatrix m, ReinertOptions options) {
        int[] active = IntStream.range(0, m.segmentCount()).filter(i -> m.rowView(i).length > 0).toArray();
        int minSize = options.minClassSize(active.length);
        if (active.length < 2 * minSize || active.length < 4) {
            throw new TooFewSegments(active.length, Math.max(4, 2 * minSize));
        }
        Node root = new Node(active);
        List<Node> leaves = new ArrayList<>(List.of(root));
        int splits = 0;
        while (leaves.size() < options.classes()) {
            Node next = leaves.stream().filter(n -> !n.final_ && n.rows.length >= 2 * minSize)
                    .max(Comparator.<Node>comparingInt(n -> n.rows.length).thenComparing(n -> -n.rows[0])).orElse(null);
            if (next == null) {
                break;
            }
            Bipartition b = Bipartition.split(m, next.rows, minSize);
            if (b == null) {
                next.final_ = true;
                continue;
            }
            next.first = new Node(b.first());
            next.second = new Node(b.second());
            next.chi2 = b.chi2();
            next.order = ++splits;
            int at = leaves.indexOf(next);
            leaves.set(at, next.second);
            leaves.add(at, next.first);
        }
        // no split found (segments that all use the same words): one class, which is what the corpus says
        return new Tree(root, List.copyOf(leaves));
    }

    /** The class's characteristic lemmas and typical segments. */
    static ReinertClass describe(SegmentMatrix m, int[] assignment, int number, int classified, ReinertOptions options) {
        int cols = m.lemmaCount();
        int[] inClass = new int[cols];
        int[] total = new int[cols];
        int size = 0;
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] == 0) {
                continue;
            }
            boolean in = assignment[i] == number;
            size += in ? 1 : 0;
            for (int j : m.rowView(i)) {
                total[j]++;
                if (in) {
                    inClass[j]++;
                }
            }
        }
        double[] chi2 = new double[cols];
        ChiSquaredDistribution dist = new ChiSquaredDistribution(null, 1);
        List<CharacteristicLemma> lemmas = new ArrayList<>();
        for (int j = 0; j < cols; j++) {
            chi2[j] = signedChi2(inClass[j], size, total[j], classified);
            if (chi2[j] >= P05) {
                lemmas.add(new CharacteristicLemma(m.lemmas().get(j), inClass[j], total[j], chi2[j], 1 - dist.cumulativeProbability(chi2[j])));
            }
        }
        lemmas.sort(Comparator.comparingDouble(CharacteristicLemma::chi2).reversed().thenComparing(CharacteristicLemma::lemma));
        // a segment with none of the class's characteristic lemmas is not typical of it, whatever the class's size
        List<TypicalSegment> typical = new ArrayList<>();
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] != number) {
                continue;
            }
            double score = 0;
            for (int j : m.rowView(i)) {
                if (chi2[j] >= P05) {
                    score += chi2[j];
                }
            }
            if (score > 0) {
                typical.add(new TypicalSegment(i, score, m.segments().get(i)));
            }
        }
        typical.sort(Comparator.comparingDouble(TypicalSegment::score).reversed().thenComparingInt(TypicalSegment::index));
        return new ReinertClass(number, size, 100.0 * size / classified,
                lemmas.subList(0, Math.min(options.lemmas(), lemmas.size())),
                typical.subList(0, Math.min(options.typical(), typical.size())));
    }

    /**
     * The chi-square of the 2 × 2 table (in the class or not × with the lemma or not) without continuity correction,
     * negative when the lemma is rarer in the class than expected; 0 when a margin is empty.
     *
     * @param a segments of the class with the lemma
     * @param k segments of the class
     * @param c segments with the lemma
     * @param n segments
     */
    static double signedChi2(long a, long k, long c, long n) {
        long b = k - a;
        long cc = c - a;
        long d = n - k - cc;
        double den = (double) k * (n - k) * c * (n - c);
        if (den == 0) {
            return 0;
        }
        double diff = (double) a * d - (double) b * cc;
        double x = n * diff * diff / den;
        return diff < 0 ? -x : x;
    }

    /** A class while the tree grows. */
    static final class Node {
        final int[] rows;
        Node first;
        Node second;
        double chi2;
        int order;
        boolean final_;

        Node(int[] rows) {
            this.rows = rows;
        }

        Division toDivision(int[] number) {
            if (first == null) {
                return new Division(rows.length, 0, null, null, ++number[0], 0);
            }
            Division a = first.toDivision(number);
            Division b = second.toDivision(number);
            return new Division(rows.length, chi2, a, b, 0, order);
        }
    }
}
