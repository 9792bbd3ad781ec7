package fr.enquete.importer;

import java.util.Arrays;

/**
 * The cells of one column handed back as the same {@code String} each time the same short text comes again: a
 * survey's choice columns hold a handful of labels over a million rows. Reusing the instance saves the copy of each
 * cell and, downstream, the hashing and comparing of its characters (a {@code String} keeps its hash, and a map
 * finds the same instance by identity). A column that shows more than {@link #DISTINCT} different texts (numbers, free
 * text) stops being looked up at once and gets a new {@code String} per cell, as it did before. Which instance a cell
 * gets never changes its text: the results are the same either way.
 */
final class CellStrings {

    /** Different texts kept per column before it is given up. */
    static final int DISTINCT = 64;
    /** Longer cells are not looked up (labels are short; long ones are free text). */
    static final int MAX_LENGTH = 48;
    private static final int SLOTS = 128;
    /** Columns past this one are not looked up: about 1,6 KB a column, 3 MB at most for a reader. */
    static final int COLUMNS = 2048;

    private final CellDecoding text;
    private final String[] strings = new String[SLOTS];
    private final char[][] chars = new char[SLOTS][];
    private final int[] hashes = new int[SLOTS];
    private int size;
    private boolean open = true;
    /** Whether this column's texts are keyed by every character ({@link #fullKey}) rather than by {@link #key}. */
    private boolean full;
    /** Probes after which a column goes over to {@link #fullKey}. */
    static final int LONG_PROBE = 8;

    /** A column whose cells' text {@code text} makes from the characters read (the lookup is by those characters). */
    CellStrings(CellDecoding text) {
        this.text = text;
    }

    /**
     * A cell's slot key from its length and four of its characters (first, second, middle, last), read independently:
     * hashing every character is a chain of multiplications (a third of this lookup's time on the benchmark's
     * labels), and a column's few labels differ there. Texts that share the key are told apart by their characters;
     * a column whose texts agree in length and in those four characters (codes such as {@code A--01----Z}) would probe
     * long, and goes over to {@link #fullKey} at its first long probe. A sum of every character times a weight for its
     * position was slower still (docs/performance.md, "Seventh pass").
     */
    static int key(char[] buf, int offset, int length) {
        int end = offset + length - 1;
        return length * 0x9E3779B1 + buf[offset] * 31 * 31 * 31 + buf[Math.min(offset + 1, end)] * 31 * 31
                + buf[offset + (length >> 1)] * 31 + buf[end];
    }

    /** The key of every character ({@code String.hashCode}'s), for a column whose texts {@link #key} does not tell apart. */
    static int fullKey(char[] buf, int offset, int length) {
        int h = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            h = 31 * h + buf[i];
        }
        return h;
    }

    /** The text of {@code buf[offset, offset + length)}, the instance met before when there was one. */
    String of(char[] buf, int offset, int length) {
        if (!open || length > MAX_LENGTH) {
            return text.of(buf, offset, length);
        }
        int h = full ? fullKey(buf, offset, length) : key(buf, offset, length);
        int mask = SLOTS - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        int probes = 0;
        while (true) {
            char[] known = chars[slot];
            if (known == null) {
                break;
            }
            if (hashes[slot] == h && known.length == length
                    && Arrays.equals(known, 0, length, buf, offset, offset + length)) {
                return strings[slot];
            }
            if (++probes == LONG_PROBE && !full) {
                // Texts the short key does not tell apart: key this column by every character from now on.
                rekey();
                return of(buf, offset, length);
            }
            slot = (slot + 1) & mask;
        }
        String s = text.of(buf, offset, length);
        if (size == DISTINCT) {
            // Many different texts: a column of numbers or free text, not worth looking up.
            open = false;
            return s;
        }
        chars[slot] = Arrays.copyOfRange(buf, offset, offset + length);
        strings[slot] = s;
        hashes[slot] = h;
        size++;
        return s;
    }

    /** The texts kept so far placed again by {@link #fullKey}, which the column uses from now on. */
    private void rekey() {
        full = true;
        String[] oldStrings = strings.clone();
        char[][] oldChars = chars.clone();
        Arrays.fill(strings, null);
        Arrays.fill(chars, null);
        int mask = SLOTS - 1;
        for (int i = 0; i < SLOTS; i++) {
            if (oldChars[i] != null) {
                int h = fullKey(oldChars[i], 0, oldChars[i].length);
                int slot = (h ^ (h >>> 16)) & mask;
                while (chars[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                chars[slot] = oldChars[i];
                strings[slot] = oldStrings[i];
                hashes[slot] = h;
            }
        }
    }
}
