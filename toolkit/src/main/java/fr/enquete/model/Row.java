package fr.enquete.model;

/**
 * One data row of an export. Cells are the raw strings of the file; a cell past the end of a short
 * row reads as empty. {@link #number()} is the row as a spreadsheet shows it (the header is row 1).
 * Rows are handed to consumers one at a time and must not be kept: importers may reuse them.
 */
public final class Row {

    private final String[] cells;
    private final long number;

    public Row(String[] cells, long number) {
        this.cells = cells;
        this.number = number;
    }

    public long number() {
        return number;
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
            return "";
        }
        int n = v.length();
        // Most cells start and end with a printable ASCII character: nothing to strip, no Unicode lookup.
        if (n == 0 || v.charAt(0) > ' ' && v.charAt(0) < 0x7f && v.charAt(n - 1) > ' ' && v.charAt(n - 1) < 0x7f) {
            return v;
        }
        return v.strip();
    }

    /** The length of the cell at {@code index} as read, before trimming: at least {@code get(index).length()}. */
    public int length(int index) {
        if (index < 0 || index >= cells.length || cells[index] == null) {
            return 0;
        }
        return cells[index].length();
    }

    public boolean isBlank() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
