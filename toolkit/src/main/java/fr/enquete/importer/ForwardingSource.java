package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.Row;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Predicate;

/** A source that reads another one, changing what it passes on (limits, derived columns, merged headers...). */
public abstract class ForwardingSource implements TableSource {

    protected final TableSource source;

    /**
     * The header this source passes on, once a read has passed it: a weight column's check, the split into parts and
     * the platform's detection each asked for it, and each reopened a workbook to read it (a whole open of the file,
     * its shared strings included, for one row).
     */
    private volatile Header header;

    protected ForwardingSource(TableSource source) {
        this.source = source;
    }

    /** Streams the inner source to {@code handler}, changed as this source changes it, remembering the header passed. */
    @Override
    public final void read(TableHandler handler) {
        // A handler that finds its header among the rows is given the file's first row as a header: not this source's.
        pass(handler.findsItsHeader() ? handler : new ForwardingHandler(handler) {
            @Override
            public void header(Header h) {
                header = h;
                handler.header(h);
            }
        });
    }

    /** What {@link #read} does: the inner source read, what this source changes changed. */
    protected abstract void pass(TableHandler handler);

    /** The header this source passes on: read once (the rows' read remembers it too). */
    @Override
    public Header header() {
        Header known = header;
        return known != null ? known : TableSource.super.header();
    }

    @Override
    public Path file() {
        return source.file();
    }

    @Override
    public String description() {
        return source.description();
    }

    @Override
    public fr.enquete.model.Message wording() {
        return source.wording();
    }

    /** Each part of the inner source wrapped as this source wraps it (see {@link TableSource#split(long)}). */
    @Override
    public java.util.List<TableSource> split(long chunkBytes) {
        java.util.List<TableSource> parts = source.split(chunkBytes);
        return parts.size() == 1 ? java.util.List.of(this) : parts.stream().map(this::around).toList();
    }

    /** This wrapper around another source: one part of the file. */
    protected abstract TableSource around(TableSource part);

    /** Only the rows the predicate made from the header accepts (a group of respondents, say). */
    public static TableSource filtered(TableSource source, Function<Header, Predicate<Row>> predicate) {
        return new ForwardingSource(source) {
            @Override
            protected TableSource around(TableSource part) {
                return filtered(part, predicate);
            }

            @Override
            protected void pass(TableHandler handler) {
                // findsItsHeader is not passed on: the predicate is made from the real header's names.
                source.read(new ForwardingHandler(handler) {
                    private Predicate<Row> keep;

                    @Override
                    public boolean findsItsHeader() {
                        return false;
                    }

                    @Override
                    public void header(Header header) {
                        keep = predicate.apply(header);
                        handler.header(header);
                    }

                    @Override
                    public void row(Row row) {
                        if (keep.test(row)) {
                            handler.row(row);
                        }
                    }

                });
            }
        };
    }
}
