package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.Row;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Predicate;

/** A source that reads another one, changing what it passes on (limits, derived columns, merged headers...). */
public abstract class ForwardingSource implements TableSource {

    protected final TableSource source;

    protected ForwardingSource(TableSource source) {
        this.source = source;
    }

    @Override
    public Path file() {
        return source.file();
    }

    @Override
    public String description() {
        return source.description();
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
            public void read(TableHandler handler) {
                source.read(new TableHandler() {
                    private Predicate<Row> keep;

                    @Override
                    public int[] numberColumns() {
                        return handler.numberColumns();
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

                    @Override
                    public void leftOut(Row row, fr.enquete.model.Message why) {
                        handler.leftOut(row, why);
                    }

                    @Override
                    public void note(fr.enquete.model.Message what) {
                        handler.note(what);
                    }
                });
            }
        };
    }
}
