package fr.enquete.importer;

import java.util.Map;
import java.util.TreeMap;

/**
 * The default cell style of each column of an OpenDocument sheet ({@code table:default-cell-style-name}), which a cell
 * without a style of its own takes: LibreOffice writes a column formatted as a whole so. Kept as runs of columns, since
 * one element may stand for 16 384 of them.
 */
final class OdsColumnStyles {

    /** The first column of each run, and its style ("" for none). */
    private final TreeMap<Long, String> runs = new TreeMap<>();
    private long next;

    /** The next {@code count} columns, in the style {@code style} (null for none). */
    void add(int count, String style) {
        runs.put(next, style == null ? "" : style);
        next += count;
        runs.put(next, "");
    }

    /** The default style of the column at index {@code column} (from 0), or null. */
    String at(long column) {
        Map.Entry<Long, String> run = runs.floorEntry(column);
        return run == null || run.getValue().isEmpty() ? null : run.getValue();
    }
}
