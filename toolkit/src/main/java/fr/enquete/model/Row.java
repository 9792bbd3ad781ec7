package fr.enquete.model;

/**
 * One data row of an export. Cells are the raw strings of the file; a cell past the end of a short
 * row reads as empty. {@link #number()} is the row as a spreadsheet shows it (the header is row 1).
 * Rows are handed to consumers one at a time and must not be kept: importers may reuse them.
 *
 * <p>A reader may keep some cells as numbers rather than text ({@link #of(String[], long[], long)}): a whole
 * number written plainly (as {@link Long#toString(long)} writes it) may then be kept as its value, and its text made
 * only if {@link #get(int)} asks for it. What every method returns is the same either way.
 */
public final class Row {

    private final String[] cells;
    /** Where {@code cells[i]} is null, {@code wholes[i]} is the cell's whole number; null when no cell is kept so. */
    private final long[] wholes;
    private final long number;

    public Row(String[] cells, long number) {
        this(cells, null, number);
    }

    private Row(String[] cells, long[] wholes, long number) {
        this.cells = cells;
        this.wholes = wholes;
        this.number = number;
    }

    /**
     * A row some of whose cells are kept as whole numbers, for importers: where {@code cells[i]} is null and
     * {@code wholes} has an {@code i}th value, the cell is the number {@code wholes[i]}, whose text is
     * {@code Long.toString(wholes[i])}; elsewhere {@code wholes} is not read. With {@code wholes} null this is
     * {@link #Row(String[], long)}.
     */
    public static Row of(String[] cells, long[] wholes, long number) {
        return new Row(cells, wholes, number);
    }

    public long number() {
        return number;
    }

    /** This row in a row of its own, valid after the call that gave this one (importers reuse theirs). */
    public Row copy() {
        return new Row(cells.clone(), wholes == null ? null : wholes.clone(), number);
    }

    /** This row when no cell is {@code blank}, else a copy of it with those cells empty. */
    public Row blanking(java.util.function.Predicate<String> blank) {
        Row copy = null;
        for (int i = 0; i < cells.length; i++) {
            if (blank.test(get(i))) {
                if (copy == null) {
                    copy = copy();
                }
                copy.cells[i] = "";
            }
        }
        return copy == null ? this : copy;
    }

    public int size() {
        return cells.length;
    }

    /** The cell at {@code index}, trimmed; empty when the row is shorter. Never null. */
    public String get(int index) {
        if (index < 0 || index >= cells.length) {
            return "";
        }
        String v = cells[index];
        if (v == null) {
            return kept(index) ? Long.toString(wholes[index]) : "";
        }
        int n = v.length();
        // Most cells start and end with a printable ASCII character: nothing to strip, no Unicode lookup.
        if (n == 0 || v.charAt(0) > ' ' && v.charAt(0) < 0x7f && v.charAt(n - 1) > ' ' && v.charAt(n - 1) < 0x7f) {
            return v;
        }
        return v.strip();
    }

    /**
     * The cell at {@code index} read as a number, as {@link CellValues#parseNumber(String)} reads {@link #get(int)}:
     * NaN when it is empty or not a number. A cell the reader kept as a number is not made into text.
     */
    public double number(int index) {
        if (index >= 0 && index < cells.length && cells[index] == null && kept(index)) {
            // The value parseNumber gives its text: exact under 2^53, correctly rounded above, as Double.parseDouble.
            return wholes[index];
        }
        return CellValues.parseNumber(get(index));
    }

    private boolean kept(int index) {
        return wholes != null && index < wholes.length;
    }

    /**
     * Whether the cell at {@code index} is blank, as {@code get(index).isBlank()}, without making the text of a number
     * kept as a value: the analysis asks it of every answer column of every row.
     */
    public boolean isBlank(int index) {
        if (index < 0 || index >= cells.length) {
            return true;
        }
        String v = cells[index];
        return v == null ? !kept(index) : v.isBlank();
    }

    /** The length of the cell at {@code index} as read, before trimming: at least {@code get(index).length()}. */
    public int length(int index) {
        if (index < 0 || index >= cells.length) {
            return 0;
        }
        if (cells[index] == null) {
            return kept(index) ? digits(wholes[index]) : 0;
        }
        return cells[index].length();
    }

    /** The length of {@code Long.toString(v)}, without making it (no division: every cell's length is checked). */
    private static int digits(long v) {
        int n = v < 0 ? 2 : 1;
        // Negative, so that Long.MIN_VALUE has a value too.
        long a = v < 0 ? v : -v;
        // Up to -10^18, the last power of ten a long holds.
        for (long p = -10; a <= p; p *= 10) {
            n++;
            if (p == -1_000_000_000_000_000_000L) {
                break;
            }
        }
        return n;
    }

    public boolean isBlank() {
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            if (c == null ? kept(i) : !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
