package fr.enquete.stats;

import java.util.Arrays;

/**
 * The answers to a numeric question as their distinct values, each with how many gave it and, once weights other
 * than 1 appear, the sum of their weights, of the squared weights, and how many had a positive weight (what Hmisc
 * counts). Memory grows with the distinct values, not the answers; two tables merge by adding their entries, so
 * parts of a file can be counted apart.
 */
final class ValueTable {

    /** Key (the value's bits) at 2i and count at 2i + 1: one cache line a probe. An empty slot has count 0. */
    private long[] slots = new long[128];
    private int capacity = 64;
    private double[] weights;
    private double[] squares;
    private long[] positives;
    private int size;

    int distinct() {
        return size;
    }

    boolean weighted() {
        return weights != null;
    }

    void add(double value, double w) {
        if (w != 1 && weights == null) {
            startWeights();
        }
        int i = slot(bits(value));
        slots[2 * i + 1]++;
        if (weights != null) {
            weights[i] += w;
            squares[i] += w * w;
            positives[i] += w > 0 ? 1 : 0;
        }
    }

    /** Adds every entry of {@code other}. */
    void merge(ValueTable other) {
        if (other.weights != null && weights == null) {
            startWeights();
        }
        for (int k = 0; k < other.capacity; k++) {
            long count = other.slots[2 * k + 1];
            if (count == 0) {
                continue;
            }
            int i = slot(other.slots[2 * k]);
            slots[2 * i + 1] += count;
            if (weights != null) {
                weights[i] += other.weights == null ? count : other.weights[k];
                squares[i] += other.weights == null ? count : other.squares[k];
                positives[i] += other.weights == null ? count : other.positives[k];
            }
        }
    }

    /** The entries sorted by value. */
    Sorted sorted() {
        double[] values = new double[size];
        int m = 0;
        for (int k = 0; k < capacity; k++) {
            if (slots[2 * k + 1] > 0) {
                values[m++] = Double.longBitsToDouble(slots[2 * k]);
            }
        }
        Arrays.sort(values);
        long[] c = new long[size];
        double[] w = new double[size];
        double[] sq = new double[size];
        long[] pos = new long[size];
        for (int i = 0; i < size; i++) {
            int k = find(bits(values[i]));
            long count = slots[2 * k + 1];
            c[i] = count;
            w[i] = weights == null ? count : weights[k];
            sq[i] = weights == null ? count : squares[k];
            pos[i] = weights == null ? count : positives[k];
        }
        return new Sorted(values, c, w, sq, pos, weights != null);
    }

    /**
     * @param weighted whether any weight other than 1 was met (else weights, squares and positives are the counts)
     */
    record Sorted(double[] values, long[] counts, double[] weights, double[] squares, long[] positives, boolean weighted) {
    }

    /** -0.0 and 0.0 are one value. */
    private static long bits(double v) {
        return Double.doubleToLongBits(v == 0 ? 0.0 : v);
    }

    /** The slot of a key, claimed for it when new (an empty slot has count 0; the caller adds to it at once). */
    private int slot(long key) {
        if (4 * (size + 1) > 3 * capacity) {
            grow();
        }
        int mask = capacity - 1;
        int i = mix(key) & mask;
        while (slots[2 * i + 1] != 0) {
            if (slots[2 * i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        slots[2 * i] = key;
        size++;
        return i;
    }

    /** The slot of a key that is there. */
    private int find(long key) {
        int mask = capacity - 1;
        int i = mix(key) & mask;
        while (slots[2 * i] != key || slots[2 * i + 1] == 0) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /**
     * MurmurHash3's 64-bit finaliser: every bit of the key reaches the low bits the slot is taken from. (A mere
     * multiplication does not: whole numbers stored as doubles have all-zero low bits, which only carry upwards.)
     */
    private static int mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }

    private void grow() {
        long[] old = slots;
        int oldCapacity = capacity;
        double[] oldWeights = weights;
        double[] oldSquares = squares;
        long[] oldPositives = positives;
        capacity *= 2;
        slots = new long[2 * capacity];
        if (oldWeights != null) {
            weights = new double[capacity];
            squares = new double[capacity];
            positives = new long[capacity];
        }
        int mask = capacity - 1;
        for (int k = 0; k < oldCapacity; k++) {
            if (old[2 * k + 1] == 0) {
                continue;
            }
            int i = mix(old[2 * k]) & mask;
            while (slots[2 * i + 1] != 0) {
                i = (i + 1) & mask;
            }
            slots[2 * i] = old[2 * k];
            slots[2 * i + 1] = old[2 * k + 1];
            if (oldWeights != null) {
                weights[i] = oldWeights[k];
                squares[i] = oldSquares[k];
                positives[i] = oldPositives[k];
            }
        }
    }

    private void startWeights() {
        weights = new double[capacity];
        squares = new double[capacity];
        positives = new long[capacity];
        for (int k = 0; k < capacity; k++) {
            weights[k] = slots[2 * k + 1];
            squares[k] = slots[2 * k + 1];
            positives[k] = slots[2 * k + 1];
        }
    }
}
