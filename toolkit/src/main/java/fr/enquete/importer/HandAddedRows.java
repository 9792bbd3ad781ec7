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
 * Rows a study team adds to an export in a spreadsheet, which are no respondent's: a second header row giving the
 * columns' labels under their codes, total rows ("Total" then sums), and the header again where two exports were
 * pasted one under the other. A first row of group headings (a heading over the first of its columns, the others
 * blank) over a row naming every column gives way to that row as the header. Each is left out and reported to the
 * handler ({@link TableHandler#leftOut}); before, each was counted as one more respondent, its labels as answers and
 * its sums in the means.
 *
 * <p>A total row: its first filled cell says total ({@code Total}, {@code TOTAL :}, {@code Total général},
 * {@code Sous-total}, {@code Somme}, {@code Sum}) and every other filled cell, one at least, is a number. A label row:
 * the first row under the header, filled in every named column, holding no number nor date, none of its cells found
 * again in its column in the rows that follow, over at least one column whose following cells, {@value #MIN_VALUES} at
 * least, are all numbers or dates (which a respondent's row would fill with one too).
 */
final class HandAddedRows extends ForwardingSource {

    /** The rows read ahead to decide whether the first one is a label row. */
    static final int LOOKAHEAD = 100;

    /** The values a column must hold below a label row: fewer prove nothing about the cell over them. */
    static final int MIN_VALUES = 10;

    private static final Set<String> TOTAL_WORDS = Set.of("total", "totaux", "total general", "grand total", "sous-total",
            "sous total", "somme", "sum", "subtotal", "sub-total");

    /** False for the later parts of a split file, whose first row is a respondent's. */
    private final boolean first;

    HandAddedRows(TableSource source) {
        this(source, true);
    }

    private HandAddedRows(TableSource source, boolean first) {
        super(source);
        this.first = first;
    }

    @Override
    protected TableSource around(TableSource part) {
        return new HandAddedRows(part, false);
    }

    /** The first part's first row is the file's: it may be a label row, as when the file is read whole. */
    @Override
    public List<TableSource> split(long chunkBytes) {
        List<TableSource> parts = source.split(chunkBytes);
        if (parts.size() == 1) {
            return List.of(this);
        }
        List<TableSource> wrapped = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            wrapped.add(new HandAddedRows(parts.get(k), first && k == 0));
        }
        return wrapped;
    }

    /** The word that makes {@code row} a total row, or null when it is none. */
    static String totalWord(Row row) {
        int i = 0;
        while (i < row.size() && row.get(i).isEmpty()) {
            i++;
        }
        if (i == row.size()) {
            return null;
        }
        String label = row.get(i);
        if (label.length() > 16) {
            return null;
        }
        String folded = Platform.fold(label.endsWith(":") ? label.substring(0, label.length() - 1) : label);
        if (!TOTAL_WORDS.contains(folded)) {
            return null;
        }
        boolean numbers = false;
        for (int j = i + 1; j < row.size(); j++) {
            String cell = row.get(j);
            if (cell.isEmpty()) {
                continue;
            }
            if (Double.isNaN(CellValues.parseNumber(cell))) {
                return null;
            }
            numbers = true;
        }
        return numbers ? label : null;
    }

    @Override
    public void read(TableHandler handler) {
        Reading reading = new Reading(handler);
        source.read(reading);
        reading.finish();
    }

    /** Passes rows on, holding the first ones back until the first is known to be a label row or not. */
    private final class Reading implements TableHandler {
        private final TableHandler handler;
        private Header header;
        /** The first row and those read after it, held until it is known whether the first is a label row. */
        private List<Row> ahead = first ? new ArrayList<>() : null;
        /** Whether the header is held too, until it is known whether it is a row of group headings. */
        private boolean headerHeld;

        Reading(TableHandler handler) {
            this.handler = handler;
        }

        @Override
        public boolean findsItsHeader() {
            return handler.findsItsHeader();
        }

        @Override
        public int[] numberColumns() {
            return handler.numberColumns();
        }

        @Override
        public void header(Header h) {
            header = h;
            headerHeld = ahead != null && placeholders(h) >= 2;
            if (!headerHeld) {
                handler.header(h);
            }
        }

        @Override
        public void row(Row row) {
            if (ahead == null) {
                pass(row);
                return;
            }
            ahead.add(row.copy());
            if (ahead.size() > LOOKAHEAD) {
                flush();
            }
        }

        @Override
        public void leftOut(Row row, Message why) {
            handler.leftOut(row, why);
        }

        /** After the last row: the rows still held go on. */
        void finish() {
            if (ahead != null) {
                flush();
            }
        }

        private void flush() {
            List<Row> held = ahead;
            ahead = null;
            Message label = labelRow(header, held);
            if (headerHeld) {
                headerHeld = false;
                if (label != null && namesEveryColumn(header, held.get(0))) {
                    // The header held group headings over the first row's names: that row names the columns.
                    Header headings = header;
                    Row names = held.get(0);
                    header = new Header(headings.source(), DelimitedSource.headerNames(text(names, headings.size())));
                    handler.header(header);
                    int group = groupColumn(headings);
                    handler.leftOut(new Row(headings.names().toArray(String[]::new), names.number() - 1),
                            Message.of("row.groups.left", headings.names().get(group), names.get(group)));
                    held.subList(1, held.size()).forEach(this::pass);
                    return;
                }
                handler.header(header);
            }
            for (int k = 0; k < held.size(); k++) {
                if (k == 0 && label != null) {
                    handler.leftOut(held.get(0), label);
                } else {
                    pass(held.get(k));
                }
            }
        }

        private void pass(Row row) {
            String total = totalWord(row);
            if (total != null) {
                handler.leftOut(row, Message.of("row.total.left", total));
            } else if (repeatsHeader(header, row)) {
                handler.leftOut(row, Message.of("row.header.left"));
            } else {
                handler.row(row);
            }
        }
    }

    /** How many of the header's columns have no name (a blank cell, named {@code #8} by the reader). */
    private static int placeholders(Header header) {
        return (int) header.names().stream().filter(SecondHeaderRow::isPlaceholder).count();
    }

    /** Whether {@code row} fills every column of the header, those it leaves unnamed too. */
    private static boolean namesEveryColumn(Header header, Row row) {
        for (int i = 0; i < header.size(); i++) {
            if (row.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String[] text(Row row, int width) {
        String[] cells = new String[width];
        for (int i = 0; i < width; i++) {
            cells[i] = row.get(i);
        }
        return cells;
    }

    /** The first column a group heading stands over with unnamed columns after it, else the first named one. */
    private static int groupColumn(Header headings) {
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
