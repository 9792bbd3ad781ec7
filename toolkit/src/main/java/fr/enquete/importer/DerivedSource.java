package fr.enquete.importer;

import fr.enquete.model.DerivedColumn;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Names;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** An export with the spec's derived columns appended, computed row by row as it streams. */
public final class DerivedSource extends ForwardingSource {

    private final List<DerivedColumn> derivations;

    private DerivedSource(TableSource source, List<DerivedColumn> derivations) {
        super(source);
        this.derivations = List.copyOf(derivations);
    }

    /** The source itself when there is nothing to derive. */
    public static TableSource of(TableSource source, List<DerivedColumn> derivations) {
        return derivations.isEmpty() ? source : new DerivedSource(source, derivations);
    }

    @Override
    protected TableSource around(TableSource part) {
        return new DerivedSource(part, derivations);
    }

    @Override
    protected void pass(TableHandler handler) {
        // Neither findsItsHeader nor numberColumns is passed on: the derivations need the real header's names (not a
        // title row taken for one), and every cell is copied into the wider row, so a whole number kept unmade would be
        // made here anyway (273 000 rows with and without a derived question: the same time).
        source.read(new ForwardingHandler(handler) {
            private int[][] from;
            private int width;
            private String where;

            @Override
            public boolean findsItsHeader() {
                return false;
            }

            @Override
            public int[] numberColumns() {
                return new int[0];
            }

            @Override
            public void header(Header header) {
                from = new int[derivations.size()][];
                List<String> names = new ArrayList<>(header.names());
                for (int i = 0; i < derivations.size(); i++) {
                    DerivedColumn d = derivations.get(i);
                    // A derived column may read one derived before it (a recoded answer of a class, say).
                    Header known = new Header(header.source(), names);
                    from[i] = d.inputs().stream().mapToInt(c -> known.indexOf(c).orElseThrow(() -> new InputException(
                            SourceLocation.file(header.source()), Names.closest(c, header.names())
                                    .map(hint -> Message.of("input.derived.missing.hint", d.question(), c, header.source(), hint))
                                    .orElse(Message.of("input.derived.missing", d.question(), c, header.source()))))).toArray();
                    if (known.contains(d.column())) {
                        throw new InputException(SourceLocation.file(header.source()), Message.of("input.derived.clash", d.column()));
                    }
                    names.add(d.column());
                }
                width = header.size();
                where = header.source();
                // The export's names as read: a repeated one stays known as repeated (Header.copies).
                handler.header(header.with(names.subList(header.size(), names.size())));
            }

            @Override
            public void row(Row row) {
                String[] cells = new String[width + derivations.size()];
                for (int i = 0; i < width; i++) {
                    cells[i] = row.get(i);
                }
                Row partial = new Row(cells, row.number());
                for (int i = 0; i < derivations.size(); i++) {
                    int[] in = from[i];
                    String[] values = new String[in.length];
                    for (int k = 0; k < in.length; k++) {
                        values[k] = partial.get(in[k]);
                    }
                    try {
                        cells[width + i] = derivations.get(i).apply(java.util.Arrays.asList(values));
                    } catch (fr.enquete.model.BoundedRegex.TooSlow e) {
                        throw new InputException(SourceLocation.cell(where, row.number(), derivations.get(i).column()),
                                "question \"" + derivations.get(i).question() + "\": " + e.getMessage(), e);
                    }
                }
                handler.row(partial);
            }

        });
    }
}
