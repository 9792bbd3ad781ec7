package fr.enquete.text;

import java.util.Arrays;
import java.util.List;

/**
 * A model's features and their rows of numbers, looked up by the feature's text, in two flat arrays: a slot array
 * holding each feature's hash beside where its entry starts, and every entry end to end, each one its key's characters
 * followed by its row. A {@code HashMap<String, double[]>} fetches a node, its key, the key's characters and the row
 * from four places in memory, and those fetches (cache misses: the tables are megabytes) were half the French
 * pipeline's time; here a present feature (nine lookups in ten) costs the slot and one entry, read from start to end,
 * and an absent one the slot alone (docs/performance.md, "Twelfth pass"). Immutable, thread-safe.
 */
final class FeatureTable {

    /** Each slot: 0 if empty, else the key's hash in the high half and where its entry starts, plus 1, in the low half. */
    private final long[] slots;
    private final int mask;
    /**
     * Every entry end to end: the key's length, its characters four to a long (the first in the low bits), the row's
     * length, the row.
     */
    private final long[] entries;
    private final int size;

    private FeatureTable(long[] slots, long[] entries, int size) {
        this.slots = slots;
        this.mask = slots.length - 1;
        this.entries = entries;
        this.size = size;
    }

    /** The table of {@code keys.get(i)} to {@code rows.get(i)}; the keys must be distinct. */
    static FeatureTable of(List<String> keys, List<long[]> rows) {
        int n = keys.size();
        if (rows.size() != n) {
            throw new IllegalArgumentException(n + " keys for " + rows.size() + " rows");
        }
        int length = 0;
        for (int i = 0; i < n; i++) {
            length = Math.addExact(length, 2 + (keys.get(i).length() + 3) / 4 + rows.get(i).length);
        }
        long[] entries = new long[length];
        int[] starts = new int[n];
        int at = 0;
        for (int i = 0; i < n; i++) {
            starts[i] = at;
            at = put(keys.get(i), rows.get(i), entries, at);
        }
        // At most half full: an absent key's probe ends at an empty slot soon.
        int slots = Integer.highestOneBit(Math.max(2, n) * 2 - 1) * 2;
        FeatureTable table = new FeatureTable(new long[slots], entries, n);
        for (int i = 0; i < n; i++) {
            table.place(keys.get(i), starts[i]);
        }
        return table;
    }

    /**
     * Writes one entry at {@code at}, returns where the next starts. A method of its own so that the JIT compiles it
     * after a few hundred entries: the loop calling it runs once, in the interpreter (tables are made on a cold JVM).
     */
    private static int put(String key, long[] row, long[] entries, int at) {
        int length = key.length();
        entries[at++] = length;
        for (int c = 0; c < length; c++) {
            entries[at + (c >> 2)] |= (long) key.charAt(c) << ((c & 3) << 4);
        }
        at += (length + 3) >> 2;
        entries[at++] = row.length;
        System.arraycopy(row, 0, entries, at, row.length);
        return at + row.length;
    }

    /** Places key {@code i}, whose entry starts at {@code start}, in a free slot (same reason as {@link #put}). */
    private void place(String key, int start) {
        if (find(key) >= 0) {
            throw new IllegalArgumentException("the key " + key + " is given twice");
        }
        int h = key.hashCode();
        int slot = spread(h) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = (long) h << 32 | (start + 1);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /**
     * Where {@code key}'s row is in {@link #entries()}: its length there, its numbers after it; -1 if the table does
     * not hold the key.
     */
    int find(String key) {
        int h = key.hashCode();
        int slot = spread(h) & mask;
        while (true) {
            long e = slots[slot];
            if (e == 0) {
                return -1;
            }
            if ((int) (e >>> 32) == h) {
                int start = (int) e - 1;
                int row = matches(key, start);
                if (row >= 0) {
                    return row;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Where the row of the entry at {@code start} is if its key is {@code key}, else -1. */
    private int matches(String key, int start) {
        int length = key.length();
        if (entries[start] != length) {
            return -1;
        }
        int at = start + 1;
        for (int c = 0; c < length; c += 4, at++) {
            long packed = entries[at];
            for (int k = c, end = Math.min(length, c + 4); k < end; k++, packed >>>= 16) {
                if (key.charAt(k) != (char) packed) {
                    return -1;
                }
            }
        }
        return at;
    }

    /** How many keys the table holds. */
    int size() {
        return size;
    }

    /** Every entry end to end (read only): the rows {@link #find} points to are there. */
    long[] entries() {
        return entries;
    }

    /** The row of {@code key}, a copy; null if the table does not hold it. */
    long[] row(String key) {
        int at = find(key);
        return at < 0 ? null : Arrays.copyOfRange(entries, at + 1, at + 1 + (int) entries[at]);
    }
}
