package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;

/**
 * Any source, checked against {@link Limits} as it streams: too many columns, too long a cell. A delimited source
 * that checks its cells itself ({@link DelimitedSource#limitingCells}, with this limit or a lower one) has only the
 * cells of its first row checked here (after the title check, which comes first); it checks the other rows as it
 * reads them, with the same error ({@link #tooLong}).
 */
final class LimitedSource extends ForwardingSource {

    private final Limits limits;
    /** Whether the source checks the cells of every row but the first itself. */
    private final boolean cellsChecked;

    LimitedSource(TableSource source, Limits limits) {
        this(source, limits, source instanceof DelimitedSource d && d.cellLimit() <= limits.maxCellChars());
    }

    private LimitedSource(TableSource source, Limits limits, boolean cellsChecked) {
        super(source);
        this.limits = limits;
        this.cellsChecked = cellsChecked;
    }

    @Override
    protected TableSource around(TableSource part) {
        return new LimitedSource(part, limits, cellsChecked);
    }

    /** The error for the first cell of {@code row} whose trimmed text exceeds {@code maxCellChars}; null if none. */
    static InputException tooLong(Row row, Header header, int maxCellChars) {
        for (int i = 0; i < row.size(); i++) {
            // The length as read bounds the trimmed one: trim only a cell that long.
            if (row.length(i) > maxCellChars && row.get(i).length() > maxCellChars) {
                return new InputException(SourceLocation.cell(header.source(), row.number(),
                        i < header.size() ? header.names().get(i) : null), "this cell holds " + row.get(i).length()
                        + " characters, more than the limit of " + maxCellChars
                        + " (raise it with --max-cell-chars if the file is genuine)");
            }
        }
        return null;
    }

    @Override
    public void read(TableHandler handler) {
        source.read(new TableHandler() {
            private Header header;

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
                if (h.size() > limits.maxColumns()) {
                    throw new InputException(SourceLocation.file(h.source()), "the header has " + h.size()
                            + " columns, more than the limit of " + limits.maxColumns() + " (raise it with --max-columns if the file is genuine)");
                }
                header = h;
                handler.header(h);
            }

            private boolean first = true;

            @Override
            public void row(Row row) {
                boolean check = !cellsChecked;
                if (first) {
                    first = false;
                    check = true;
                    long headings = header.names().stream().filter(n -> !n.startsWith("#")).count();
                    long filled = java.util.stream.IntStream.range(0, row.size()).filter(i -> !row.get(i).isBlank()).count();
                    if (headings == 1 && filled >= 3 && !handler.findsItsHeader()) {
                        throw DelimitedSource.titleRow(header.source(), header);
                    }
                }
                if (check) {
                    InputException e = tooLong(row, header, limits.maxCellChars());
                    if (e != null) {
                        throw e;
                    }
                }
                handler.row(row);
            }
        });
    }
}
