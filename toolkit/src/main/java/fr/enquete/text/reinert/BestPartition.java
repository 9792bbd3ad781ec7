package fr.enquete.text.reinert;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The best partition of a double classification's crossed classes: among the sets of at most {@code max}
 * candidates that share no segment, the one with the largest sum of chi-squares. Found exactly by a depth-first
 * search over the candidates in their order (strongest first), cut when even the strongest candidates still free
 * could not beat the best set found; the first best set in that order is kept, so the result is deterministic.
 */
final class BestPartition {

    private static final double EPSILON = 1e-9;

    private final double[] chi2;
    private final BitSet[] conflicts;
    private final int max;
    private double best = -1;
    private BitSet bestSet = new BitSet();

    private BestPartition(List<DoubleClassification.Candidate> candidates, int max) {
        int n = candidates.size();
        this.max = max;
        chi2 = new double[n];
        conflicts = new BitSet[n];
        for (int i = 0; i < n; i++) {
            chi2[i] = candidates.get(i).chi2();
            conflicts[i] = new BitSet(n);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (candidates.get(i).segments().intersects(candidates.get(j).segments())) {
                    conflicts[i].set(j);
                    conflicts[j].set(i);
                }
            }
        }
    }

    /** @param candidates in decreasing order of chi-square */
    static List<DoubleClassification.Candidate> of(List<DoubleClassification.Candidate> candidates, int max) {
        BestPartition p = new BestPartition(candidates, max);
        p.search(0, 0, 0, new BitSet(), new BitSet());
        List<DoubleClassification.Candidate> out = new ArrayList<>();
        p.bestSet.stream().forEach(i -> out.add(candidates.get(i)));
        return out;
    }

    private void search(int from, int count, double sum, BitSet chosen, BitSet blocked) {
        if (sum > best + EPSILON) {
            best = sum;
            bestSet = (BitSet) chosen.clone();
        }
        if (count == max) {
            return;
        }
        int n = chi2.length;
        for (int i = blocked.nextClearBit(from); i < n; i = blocked.nextClearBit(i + 1)) {
            if (bound(i, blocked, max - count) + sum <= best + EPSILON) {
                return;
            }
            BitSet nextBlocked = (BitSet) blocked.clone();
            nextBlocked.or(conflicts[i]);
            chosen.set(i);
            search(i + 1, count + 1, sum + chi2[i], chosen, nextBlocked);
            chosen.clear(i);
        }
    }

    /** The sum of the {@code k} largest chi-squares still free from {@code from} on (they come in decreasing order). */
    private double bound(int from, BitSet blocked, int k) {
        double s = 0;
        int taken = 0;
        for (int i = blocked.nextClearBit(from); i < chi2.length && taken < k; i = blocked.nextClearBit(i + 1)) {
            s += chi2[i];
            taken++;
        }
        return s;
    }
}
