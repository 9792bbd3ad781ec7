package fr.enquete.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as people read it, already worded and formatted in the report's language: seed 003's
 * {@code Réponse | Décompte | Pourcentage} or {@code Calcul | Résultat}. Writers lay it out; they compute
 * nothing. Each cell has its text and, for numbers, its value, so a spreadsheet stores numbers as numbers.
 *
 * @param header  the column titles
 * @param rows    the cells as text; numbers formatted
 * @param values  the cells' numeric values (percent cells in percent, 45.05), NaN for text cells
 * @param shares  for each row, the share (0 to 100) to draw as a bar, or NaN for none
 * @param missing for each row, whether it is the "no answer" row
 * @param kinds   for each column, what it holds
 * @param totals  for each row, whether it is a total (a crossing's margin line): set apart as a total, not greyed as
 *                "no answer" (its "Total" read as the no-answer line)
 */
public record ResultTable(List<String> header, List<List<String>> rows, List<List<Double>> values, List<Double> shares,
                          List<Boolean> missing, List<Kind> kinds, List<Boolean> totals) {

    /** What a column holds, for alignment and spreadsheet number formats. */
    public enum Kind {
        TEXT, INTEGER, DECIMAL, PERCENT,
        /**
         * Confidence intervals ("53,49 – 72,87 %"): text, having no one value, but aligned as the percentages beside
         * them; as text they stood left of their header, out of line with every figure of their table.
         */
        INTERVAL;

        /** Whether the column's cells are figures of one value each (a study's figures.json lists them). */
        public boolean figures() {
            return this != TEXT && this != INTERVAL;
        }
    }

    public ResultTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        values = values.stream().map(List::copyOf).toList();
        shares = List.copyOf(shares);
        missing = List.copyOf(missing);
        kinds = List.copyOf(kinds);
        totals = List.copyOf(totals);
        if (values.size() != rows.size() || shares.size() != rows.size() || missing.size() != rows.size() || kinds.size() != header.size()
                || totals.size() != rows.size()) {
            throw new IllegalArgumentException("inconsistent table sizes");
        }
    }

    /** A table without total rows. */
    public ResultTable(List<String> header, List<List<String>> rows, List<List<Double>> values, List<Double> shares,
                       List<Boolean> missing, List<Kind> kinds) {
        this(header, rows, values, shares, missing, kinds, java.util.Collections.nCopies(rows.size(), false));
    }

    /** Whether row {@code r} is a total. */
    public boolean total(int r) {
        return totals.get(r);
    }

    /** What indents a label one level under the one above it ("dont …" under its whole), in a text cell. */
    public static final String INDENT = "   ";

    /**
     * How many levels a text cell is indented by its leading spaces ({@link #INDENT} a level; two spaces or more
     * count as one): writers that do not keep spaces (HTML, Word, Excel, Markdown) indent it their own way.
     */
    public static int indentLevel(String cell) {
        int spaces = cell.length() - cell.stripLeading().length();
        return (spaces + 1) / INDENT.length();
    }

    /** Whether column {@code c} is aligned as numbers (right): figures or intervals. */
    public boolean numeric(int c) {
        return kinds.get(c) != Kind.TEXT;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * The table without the columns no row fills (the first column stays): a plan's "Valeur de référence" and
     * "Cible" when no indicator has one read as missing data, not as nothing to say.
     */
    public ResultTable withoutEmptyColumns() {
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            int column = c;
            if (c == 0 || rows.stream().anyMatch(r -> !r.get(column).isBlank())) {
                kept.add(c);
            }
        }
        if (kept.size() == header.size() || rows.isEmpty()) {
            return this;
        }
        return columns(kept);
    }

    /** The table with only the columns {@code kept} (indexes), in that order; its rows as they are. */
    public ResultTable columns(List<Integer> kept) {
        return new ResultTable(kept.stream().map(header::get).toList(),
                rows.stream().map(r -> kept.stream().map(r::get).toList()).toList(),
                values.stream().map(r -> kept.stream().map(r::get).toList()).toList(), shares, missing,
                kept.stream().map(kinds::get).toList(), totals);
    }

    public static ResultTable empty() {
        return new ResultTable(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final List<String> header;
        private final List<Kind> kinds;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<List<Double>> values = new ArrayList<>();
        private final List<Double> shares = new ArrayList<>();
        private final List<Boolean> missing = new ArrayList<>();
        private final List<Boolean> totals = new ArrayList<>();

        public Builder(List<String> header, List<Kind> kinds) {
            this.header = header;
            this.kinds = kinds;
        }

        /** A row: alternating text and value per cell is awkward, so cells come as {@link Cell}s. */
        public Builder row(List<Cell> cells, double share, boolean missingRow) {
            rows.add(cells.stream().map(Cell::text).toList());
            values.add(cells.stream().map(Cell::value).toList());
            shares.add(share);
            missing.add(missingRow);
            totals.add(false);
            return this;
        }

        /** A total row (a crossing's margin line). */
        public Builder total(List<Cell> cells) {
            row(cells, Double.NaN, false);
            totals.set(totals.size() - 1, true);
            return this;
        }

        public ResultTable build() {
            return new ResultTable(header, rows, values, shares, missing, kinds, totals);
        }
    }

    /** A cell: its text and, for a number, its value (NaN for text). */
    public record Cell(String text, double value) {
        public static Cell text(String text) {
            return new Cell(text, Double.NaN);
        }
    }
}
