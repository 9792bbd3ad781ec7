package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.Message;
import fr.enquete.model.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows a study team adds to an export in a spreadsheet, which are no respondent's: a second header row giving the
 * columns' labels under their codes, total rows ("Total" then sums), and the header again where two exports were
 * pasted one under the other. A first row of group headings (a heading over the first of its columns, the others
 * blank) over a row naming every column gives way to that row as the header. Each is left out and reported to the
 * handler ({@link TableHandler#leftOut}); before, each was counted as one more respondent, its labels as answers and
 * its sums in the means.
 *
 * <p>A total row: its first filled cell says total ({@code Total}, {@code TOTAL :}, {@code Total général},
 * {@code Sous-total}, {@code Sum}; not "Somme", a department) and every other filled cell, one at least, is a number. A label row:
 * the first row under the header, filled in every named column, holding no number nor date, none of its cells found
 * again in its column in the rows that follow, over at least one column whose following cells,
 * {@value HeaderLikeRows#MIN_VALUES} at least, are all numbers or dates (which a respondent's row would fill with one
 * too).
 */
final class HandAddedRows extends ForwardingSource {

    /** The rows read ahead to decide whether the first one is a label row. */
    static final int LOOKAHEAD = 100;

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

    @Override
    protected void pass(TableHandler handler) {
        Reading reading = new Reading(handler);
        source.read(reading);
        reading.finish();
    }

    /** Passes rows on, holding the first ones back until the first is known to be a label row or not. */
    private final class Reading extends ForwardingHandler {
        private Header header;
        /** The first row and those read after it, held until it is known whether the first is a label row. */
        private List<Row> ahead = first ? new ArrayList<>() : null;
        /** Whether the header is held too, until it is known whether it is a row of group headings. */
        private boolean headerHeld;

        Reading(TableHandler handler) {
            super(handler);
        }

        @Override
        public void header(Header h) {
            header = h;
            headerHeld = ahead != null && HeaderLikeRows.placeholders(h) >= 2;
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

        /** After the last row: the rows still held go on. */
        void finish() {
            if (ahead != null) {
                flush();
            }
        }

        private void flush() {
            List<Row> held = ahead;
            ahead = null;
            Message label = HeaderLikeRows.labelRow(header, held);
            if (headerHeld) {
                headerHeld = false;
                if (label != null && HeaderLikeRows.namesEveryColumn(header, held.get(0))) {
                    // The header held group headings over the first row's names: that row names the columns.
                    Header headings = header;
                    Row names = held.get(0);
                    String[] cells = HeaderLikeRows.cells(names, headings.size());
                    header = new Header(headings.source(), DelimitedSource.headerNames(cells));
                    handler.header(header);
                    int group = HeaderLikeRows.groupColumn(headings);
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
            String total = TotalRow.word(row);
            if (total != null) {
                handler.leftOut(row, Message.of("row.total.left", total));
            } else if (HeaderLikeRows.repeatsHeader(header, row)) {
                handler.leftOut(row, Message.of("row.header.left"));
            } else {
                handler.row(row);
            }
        }
    }
}
