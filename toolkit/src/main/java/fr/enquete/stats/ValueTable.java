package fr.enquete.stats;

import java.util.Arrays;

/**
 * The answers to a numeric question as their distinct values, each with how many gave it and, once weights other
 * than 1 appear, the sum of their weights, of the squared weights, and how many had a positive weight (what Hmisc
 * counts). Memory grows with the distinct values, not the answers; two tables merge by adding their entries, so
 * parts of a file can be counted apart.
 *
 * <p>Without weights, the whole numbers from 0 to {@link #SMALL} - 1 (ages, years, amounts, scores: most answers) are
 * counted in an array indexed by the value, grown as larger ones come, instead of the hash table: one array slot an
 * answer, no hashing and no probing. Every other value, and every value once weights appear, is in the hash table;
 * a value is never in both.
 */
final class ValueTable {

    /** Key (the value's bits) at 2i and count at 2i + 1: one cache line a probe. An empty slot has count 0. */
    private long[] slots = new long[128];
    private int capacity = 64;
    private double[] weights;
    private double[] squares;
    private long[] positives;
    private int size;
    /** Below this, whole numbers are counted by index while no weight other than 1 was met (64 KB at most). */
    static final int SMALL = 1 << 13;
    /** The counts of the whole numbers 0 to its length - 1, or null (none yet, or weights met). */
    private long[] small;
    private int smallDistinct;

    int distinct() {
        return size + smallDistinct;
    }

    boolean weighted() {
        return weights != null;
    }

    void add(double value, double w) {
        if (w != 1 && weights == null) {
            startWeights();
        }
        if (weights == null && isSmall(value)) {
            count((int) value, 1);
            return;
        }
        int i = slot(bits(value));
        slots[2 * i + 1]++;
        if (weights != null) {
            weights[i] += w;
            squares[i] += w * w;
            positives[i] += w > 0 ? 1 : 0;
        }
    }

    /** Whether a value is one of the whole numbers counted by index (-0.0 is 0, as in the hash table). */
    private static boolean isSmall(double value) {
        int k = (int) value;
        return k == value && k >= 0 && k < SMALL;
    }

    /** Adds {@code count} answers of the whole number {@code k} to the array (grown to hold it). */
    private void count(int k, long count) {
        if (small == null || k >= small.length) {
            int length = small == null ? 256 : small.length;
            while (length <= k) {
                length *= 2;
            }
            small = small == null ? new long[length] : Arrays.copyOf(small, length);
        }
        if (small[k] == 0) {
            smallDistinct++;
        }
        small[k] += count;
    }

    /** Adds {@code count} unweighted answers of {@code value} to the hash table. */
    private void countInTable(double value, long count) {
        int i = slot(bits(value));
        slots[2 * i + 1] += count;
        if (weights != null) {
            weights[i] += count;
            squares[i] += count;
            positives[i] += count;
        }
    }

    /** Adds every entry of {@code other}. */
    void merge(ValueTable other) {
        if (other.weights != null && weights == null) {
            startWeights();
        }
        if (other.small != null) {
            for (int k = 0; k < other.small.length; k++) {
                if (other.small[k] > 0) {
                    if (weights == null) {
                        count(k, other.small[k]);
                    } else {
                        countInTable(k, other.small[k]);
                    }
                }
            }
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
        int size = distinct();
        double[] values = new double[size];
        int m = 0;
        if (small != null) {
            for (int k = 0; k < small.length; k++) {
                if (small[k] > 0) {
                    values[m++] = k;
                }
            }
        }
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
            if (small != null && isSmall(values[i]) && small[(int) values[i]] > 0) {
                // Counted by index: no weights met, so weights, squares and positives are the count.
                long count = small[(int) values[i]];
                c[i] = count;
                w[i] = count;
                sq[i] = count;
                pos[i] = count;
                continue;
            }
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
        // From now on every value is in the hash table.
        long[] counted = small;
        small = null;
        smallDistinct = 0;
        weights = new double[capacity];
        squares = new double[capacity];
        positives = new long[capacity];
        for (int k = 0; k < capacity; k++) {
            weights[k] = slots[2 * k + 1];
            squares[k] = slots[2 * k + 1];
            positives[k] = slots[2 * k + 1];
        }
        if (counted != null) {
            for (int k = 0; k < counted.length; k++) {
                if (counted[k] > 0) {
                    countInTable(k, counted[k]);
                }
            }
        }
    }
}
