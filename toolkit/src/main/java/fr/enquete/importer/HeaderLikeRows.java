package fr.enquete.importer;

import fr.enquete.model.CellValues;
import fr.enquete.model.Header;
import fr.enquete.model.Message;
import fr.enquete.model.Row;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shapes of rows a spreadsheet user adds around a header ({@link HandAddedRows}): the columns' labels under their
 * codes, the header again, group headings over the names.
 */
final class HeaderLikeRows {

    /** The values a column must hold below a label row: fewer prove nothing about the cell over them. */
    static final int MIN_VALUES = 10;

    private HeaderLikeRows() {
    }

    /** How many of the header's columns have no name (a blank cell, named {@code #8} by the reader). */
    static int placeholders(Header header) {
        return (int) header.names().stream().filter(SecondHeaderRow::isPlaceholder).count();
    }

    /** Whether {@code row} fills every column of the header, those it leaves unnamed too. */
    static boolean namesEveryColumn(Header header, Row row) {
        for (int i = 0; i < header.size(); i++) {
            if (row.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The row's first {@code width} cells. */
    static String[] cells(Row row, int width) {
        String[] cells = new String[width];
        for (int i = 0; i < width; i++) {
            cells[i] = row.get(i);
        }
        return cells;
    }

    /** The first column a group heading stands over with unnamed columns after it, else the first named one. */
    static int groupColumn(Header headings) {
        List<String> names = headings.names();
        for (int i = 0; i + 1 < names.size(); i++) {
            if (!SecondHeaderRow.isPlaceholder(names.get(i)) && SecondHeaderRow.isPlaceholder(names.get(i + 1))) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Whether {@code row} is the header again, as two exports pasted one under the other give it: two cells at least,
     * each its column's name (or the name a repeated one was made unique from: {@code Commentaires} over
     * {@code Commentaires (2)}).
     */
    static boolean repeatsHeader(Header header, Row row) {
        int named = 0;
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            if (i >= header.size()) {
                return false;
            }
            String name = header.names().get(i);
            if (!cell.equals(name) && !(name.startsWith(cell) && SecondHeaderRow.repeats(name, cell))) {
                return false;
            }
            named++;
        }
        return named >= 2;
    }

    /** Why {@code rows}' first row is a second header row (labels under the codes), or null when it is a respondent's. */
    static Message labelRow(Header header, List<Row> rows) {
        if (header == null || rows.size() <= MIN_VALUES) {
            return null;
        }
        Row labels = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            String cell = labels.get(i);
            if (cell.isEmpty()) {
                if (!SecondHeaderRow.isPlaceholder(header.names().get(i))) {
                    return null;
                }
                continue;
            }
            if (isValue(cell)) {
                return null;
            }
        }
        // The columns holding only numbers or dates below, where a respondent's row would hold one too.
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = labels.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            Set<String> below = new HashSet<>();
            int filled = 0;
            boolean valuesOnly = true;
            for (Row r : rows.subList(1, rows.size())) {
                String v = r.get(i);
                if (!v.isEmpty()) {
                    below.add(v);
                    filled++;
                    valuesOnly &= isValue(v);
                }
            }
            if (below.contains(cell)) {
                return null;
            }
            if (valuesOnly && filled >= MIN_VALUES) {
                values.add(i);
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        // The example shown: a label that differs from its column's name, when one does.
        int example = values.stream().filter(i -> !Platform.fold(labels.get(i)).equals(Platform.fold(header.names().get(i))))
                .findFirst().orElse(values.get(0));
        return Message.of("row.labels.left", labels.get(example), header.names().get(example));
    }

    private static boolean isValue(String cell) {
        return !Double.isNaN(CellValues.parseNumber(cell)) || CellValues.readDate(cell) != null;
    }
}
