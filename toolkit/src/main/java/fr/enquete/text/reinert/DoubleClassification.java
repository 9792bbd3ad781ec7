package fr.enquete.text.reinert;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;

/**
 * IRaMuTeQ's "classification double sur RST" (Reinert's double classification): the segments are grouped into
 * units ("regroupements de segments de texte") of two sizes, each grouping is classified as the simple
 * classification does ({@link ReinertClassification}), each segment takes the classes of its units, and the two
 * trees are crossed: every class of the first (terminal or not) with every class of the second. A crossed class
 * (the segments both share) is a candidate when it has enough segments and the two classes are associated (a positive
 * chi-square above 3,84, p &lt; 0,05). The classes kept are the candidates that do not share a segment and together
 * have the largest sum of chi-squares, at most the number of classes asked for. A segment in none of them is left
 * unclassified: the classes are those both groupings find, and the share of segments classified says how much of the
 * corpus they cover.
 *
 * <p>Written from what IRaMuTeQ's R scripts chdtxt.R and chdquest.R and its corpus.py ({@code make_uc}) do (read,
 * not copied; GPL): IRaMuTeQ keeps the crossed classes one by one in a fixed order, each that overlaps none kept
 * before; here the partition is the best one, found exactly ({@link BestPartition}).
 */
public final class DoubleClassification {

    /** IRaMuTeQ's default unit sizes, in active forms. */
    public static final int RST1 = 12;
    public static final int RST2 = 14;

    private DoubleClassification() {
    }

    /** Thrown when the two classifications share no class: no crossed class is large and associated enough. */
    public static final class NoStableClass extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int minSize;

        NoStableClass(int minSize) {
            super("no crossed class has at least " + minSize + " segments and a significant association");
            this.minSize = minSize;
        }

        public int minSize() {
            return minSize;
        }
    }

    /** Thrown when the segments make too few units of a size to classify them. */
    public static final class TooFewUnits extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int size;
        private final int units;
        private final int needed;

        TooFewUnits(int size, int units, int needed) {
            super("units of " + size + " active forms: " + units + " units; at least " + needed + " are needed to make two classes");
            this.size = size;
            this.units = units;
            this.needed = needed;
        }

        /** The units' size, in active forms. */
        public int size() {
            return size;
        }

        public int units() {
            return units;
        }

        public int needed() {
            return needed;
        }
    }

    /** Two segments of one text (a transcript, a document): a unit may group them. */
    public static final BiPredicate<TextSegment, TextSegment> SAME_SOURCE = (a, b) -> a.source().equals(b.source());

    /** Two segments of one answer (same source and row): a unit never groups two answers. */
    public static final BiPredicate<TextSegment, TextSegment> SAME_ANSWER = (a, b) -> a.source().equals(b.source()) && a.line() == b.line();

    /**
     * Classifies the segments of {@code m} twice, on units of {@code rst1} and {@code rst2} active forms, and keeps the
     * crossed classes of the best partition.
     *
     * @param sameText whether two consecutive segments belong to one text, which a unit may not leave
     */
    public static ReinertResult classify(SegmentMatrix m, ReinertOptions options, int rst1, int rst2,
                                         BiPredicate<TextSegment, TextSegment> sameText) {
        if (rst1 < 1 || rst2 < 1) {
            throw new IllegalArgumentException("unit sizes must be at least 1 active form: " + rst1 + ", " + rst2);
        }
        int[] active = IntStream.range(0, m.segmentCount()).filter(i -> m.rowView(i).length > 0).toArray();
        int n = active.length;
        Classified one = classifyUnits(m, active, rst1, sameText, options);
        Classified two = classifyUnits(m, active, rst2, sameText, options);
        int minSize = options.minClassSize(n);
        List<Candidate> candidates = new ArrayList<>();
        for (Branch a : one.branches()) {
            for (Branch b : two.branches()) {
                BitSet both = (BitSet) a.segments().clone();
                both.and(b.segments());
                int k = both.cardinality();
                if (k < minSize) {
                    continue;
                }
                double chi2 = ReinertClassification.signedChi2(k, a.size(), b.size(), n);
                if (chi2 > ReinertClassification.P05) {
                    candidates.add(new Candidate(a, b, both, k, chi2));
                }
            }
        }
        if (candidates.isEmpty()) {
            throw new NoStableClass(minSize);
        }
        candidates.sort(Comparator.comparingDouble(Candidate::chi2).reversed().thenComparing(Comparator.comparingInt(Candidate::size).reversed())
                .thenComparingInt(c -> c.first().preorder()).thenComparingInt(c -> c.second().preorder()));
        List<Candidate> kept = BestPartition.of(candidates, options.classes());
        Outcome o = outcome(m, options, one, kept);
        Crossing crossing = new Crossing(rst1, rst2, one.units(), two.units(), minSize, candidates.size(), o.crossed());
        return new ReinertResult(m.segments(), o.assignment(), o.classes(), o.tree(), m.lemmaCount(), crossing);
    }

    /** A class of one of the two trees (its root left out), with the segments of its units. */
    record Branch(ReinertClassification.Node node, BitSet segments, int size, int preorder) {
    }

    /** A crossed class: the segments of {@code first} (first tree) that are in {@code second} (second tree). */
    record Candidate(Branch first, Branch second, BitSet segments, int size, double chi2) {
    }

    /** One of the two classifications: its tree and its classes as sets of segments. */
    private record Classified(ReinertClassification.Tree tree, List<Branch> branches, int units) {
    }

    private static Classified classifyUnits(SegmentMatrix m, int[] active, int size, BiPredicate<TextSegment, TextSegment> sameText,
                                            ReinertOptions options) {
        List<int[]> units = units(m, active, size, sameText);
        SegmentMatrix table = unitTable(m, units);
        ReinertClassification.Tree tree;
        try {
            tree = ReinertClassification.grow(table, options);
        } catch (ReinertClassification.TooFewSegments e) {
            throw new TooFewUnits(size, e.classifiable(), e.needed());
        }
        List<Branch> branches = new ArrayList<>();
        collect(tree.root(), units, branches, true);
        return new Classified(tree, branches, units.size());
    }

    private static void collect(ReinertClassification.Node node, List<int[]> units, List<Branch> out, boolean root) {
        if (!root) {
            BitSet s = new BitSet();
            for (int u : node.rows) {
                for (int i : units.get(u)) {
                    s.set(i);
                }
            }
            out.add(new Branch(node, s, s.cardinality(), out.size()));
        }
        if (node.first != null) {
            collect(node.first, units, out, false);
            collect(node.second, units, out, false);
        }
    }

    /**
     * Consecutive segments with an active form, grouped in their order until a group holds at least {@code size}
     * active forms (each segment counting its distinct active lemmas, as IRaMuTeQ counts them); a group never spans
     * two texts, so the last group of a text may be smaller.
     */
    static List<int[]> units(SegmentMatrix m, int[] active, int size, BiPredicate<TextSegment, TextSegment> sameText) {
        List<int[]> out = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int forms = 0;
        for (int i : active) {
            if (!current.isEmpty() && !sameText.test(m.segments().get(current.get(current.size() - 1)), m.segments().get(i))) {
                out.add(current.stream().mapToInt(Integer::intValue).toArray());
                current.clear();
                forms = 0;
            }
            current.add(i);
            forms += m.rowView(i).length;
            if (forms >= size) {
                out.add(current.stream().mapToInt(Integer::intValue).toArray());
                current.clear();
                forms = 0;
            }
        }
        if (!current.isEmpty()) {
            out.add(current.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /** The units × active lemmas table: a unit has a lemma when one of its segments has it. */
    private static SegmentMatrix unitTable(SegmentMatrix m, List<int[]> units) {
        List<TextSegment> segments = new ArrayList<>();
        int[][] rows = new int[units.size()][];
        for (int u = 0; u < rows.length; u++) {
            int[] members = units.get(u);
            StringBuilder text = new StringBuilder();
            java.util.TreeSet<Integer> lemmas = new java.util.TreeSet<>();
            for (int i : members) {
                text.append(text.length() == 0 ? "" : " ").append(m.segments().get(i).text());
                for (int j : m.rowView(i)) {
                    lemmas.add(j);
                }
            }
            TextSegment first = m.segments().get(members[0]);
            segments.add(new TextSegment(first.source(), first.line(), text.toString()));
            rows[u] = lemmas.stream().mapToInt(Integer::intValue).toArray();
        }
        return new SegmentMatrix(segments, m.lemmas(), rows);
    }

    /** The kept classes numbered along their dendrogram: each segment's class, the classes described, the tree. */
    private record Outcome(int[] assignment, List<ReinertClass> classes, Division tree, List<Crossing.CrossedClass> crossed) {
    }

    private static Outcome outcome(SegmentMatrix m, ReinertOptions options, Classified one, List<Candidate> kept) {
        Map<ReinertClassification.Node, List<Integer>> placed = new HashMap<>();
        for (int c = 0; c < kept.size(); c++) {
            placed.computeIfAbsent(kept.get(c).first().node(), k -> new ArrayList<>()).add(c);
        }
        Part top = part(one.tree().root(), placed, kept, m);
        // leaves numbered from top to bottom, splits by decreasing size as the simple classification makes them
        List<Integer> leafOrder = new ArrayList<>();
        top.leaves(leafOrder);
        List<Part> splits = new ArrayList<>();
        top.splits(splits);
        List<Part> bySize = new ArrayList<>(splits);
        bySize.sort(Comparator.comparingInt((Part p) -> -p.segments().cardinality()).thenComparingInt(splits::indexOf));
        int[] assignment = new int[m.segmentCount()];
        int[] number = new int[kept.size()];
        for (int k = 0; k < leafOrder.size(); k++) {
            int c = leafOrder.get(k);
            number[c] = k + 1;
            kept.get(c).segments().stream().forEach(i -> assignment[i] = number[c]);
        }
        int classified = (int) java.util.Arrays.stream(assignment).filter(a -> a > 0).count();
        List<ReinertClass> classes = new ArrayList<>();
        List<Crossing.CrossedClass> crossed = new ArrayList<>();
        for (int k = 0; k < leafOrder.size(); k++) {
            classes.add(ReinertClassification.describe(m, assignment, k + 1, classified, options));
            Candidate c = kept.get(leafOrder.get(k));
            crossed.add(new Crossing.CrossedClass(k + 1, c.first().size(), c.second().size(), c.size(), c.chi2()));
        }
        return new Outcome(assignment, classes, top.toDivision(number, bySize), crossed);
    }

    /** The kept classes under a node of the first tree, as a binary tree: the first tree with the other classes pruned. */
    private static Part part(ReinertClassification.Node node, Map<ReinertClassification.Node, List<Integer>> placed, List<Candidate> kept,
                             SegmentMatrix m) {
        List<Part> items = new ArrayList<>();
        // kept classes at this node, then those below it
        for (int c : placed.getOrDefault(node, List.of())) {
            items.add(Part.leaf(c, kept.get(c).segments()));
        }
        if (node.first != null) {
            Part a = part(node.first, placed, kept, m);
            Part b = part(node.second, placed, kept, m);
            if (a != null) {
                items.add(a);
            }
            if (b != null) {
                items.add(b);
            }
        }
        return items.isEmpty() ? null : Part.chain(items, m);
    }
}
