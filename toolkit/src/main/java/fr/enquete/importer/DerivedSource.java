package fr.enquete.importer;

import fr.enquete.model.Derivation;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Names;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** An export with the spec's derived columns appended, computed row by row as it streams. */
public final class DerivedSource extends ForwardingSource {

    private final List<Derivation> derivations;

    private DerivedSource(TableSource source, List<Derivation> derivations) {
        super(source);
        this.derivations = List.copyOf(derivations);
    }

    /** The source itself when there is nothing to derive. */
    public static TableSource of(TableSource source, List<Derivation> derivations) {
        return derivations.isEmpty() ? source : new DerivedSource(source, derivations);
    }

    @Override
    public void read(TableHandler handler) {
        source.read(new TableHandler() {
            private int[] from;
            private int width;

            @Override
            public void header(Header header) {
                from = new int[derivations.size()];
                List<String> names = new ArrayList<>(header.names());
                for (int i = 0; i < derivations.size(); i++) {
                    Derivation d = derivations.get(i);
                    from[i] = header.indexOf(d.from()).orElseThrow(() -> new InputException(SourceLocation.file(header.source()),
                            "derived question \"" + d.column() + "\" recodes column \"" + d.from() + "\", which " + header.source() + " lacks"
                                    + Names.didYouMean(d.from(), header.names())));
                    if (header.contains(d.column())) {
                        throw new InputException(SourceLocation.file(header.source()), "derived question \"" + d.column()
                                + "\" has the name of an export column; give it another id");
                    }
                    names.add(d.column());
                }
                width = header.size();
                handler.header(new Header(header.source(), names));
            }

            @Override
            public void row(Row row) {
                String[] cells = new String[width + derivations.size()];
                for (int i = 0; i < width; i++) {
                    cells[i] = row.get(i);
                }
                for (int i = 0; i < derivations.size(); i++) {
                    cells[width + i] = derivations.get(i).apply(row.get(from[i]));
                }
                handler.row(new Row(cells, row.number()));
            }
        });
    }
}
