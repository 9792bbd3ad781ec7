package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;

/** Any source, checked against {@link Limits} as it streams: too many columns, too long a cell. */
final class LimitedSource extends ForwardingSource {

    private final Limits limits;

    LimitedSource(TableSource source, Limits limits) {
        super(source);
        this.limits = limits;
    }

    @Override
    protected TableSource around(TableSource part) {
        return new LimitedSource(part, limits);
    }

    @Override
    protected void pass(TableHandler handler) {
        source.read(new ForwardingHandler(handler) {
            private Header header;

            @Override
            public void header(Header h) {
                if (h.size() > limits.maxColumns()) {
                    throw new InputException(SourceLocation.file(h.source()), Message.of("input.columns.limit",
                            (long) h.size(), (long) limits.maxColumns()));
                }
                header = h;
                handler.header(h);
            }

            private boolean first = true;

            @Override
            public void row(Row row) {
                if (first) {
                    first = false;
                    long headings = header.namedColumns();
                    long filled = java.util.stream.IntStream.range(0, row.size()).filter(i -> !row.get(i).isBlank()).count();
                    if (headings == 1 && filled >= 3 && !handler.findsItsHeader()) {
                        throw DelimitedSource.titleRow(header.source(), header);
                    }
                }
                for (int i = 0; i < row.size(); i++) {
                    // The length as read bounds the trimmed one: trim only a cell that long.
                    if (row.length(i) > limits.maxCellChars() && row.get(i).length() > limits.maxCellChars()) {
                        throw new InputException(SourceLocation.cell(header.source(), row.number(),
                                i < header.size() ? header.names().get(i) : null), Message.of("input.cell.limit",
                                (long) row.get(i).length(), (long) limits.maxCellChars()));
                    }
                }
                handler.row(row);
            }
        });
    }
}
