package fr.enquete.testing;

import fr.enquete.importer.TableHandler;
import fr.enquete.model.Header;
import fr.enquete.model.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * A handler that keeps what an importer read as lists of cells: the header's names first (once, when several parts
 * of a file are read into it), then every row's cells.
 */
public final class CellRows implements TableHandler {

    private final List<List<String>> rows = new ArrayList<>();

    @Override
    public void header(Header header) {
        if (rows.isEmpty()) {
            rows.add(header.names());
        }
    }

    @Override
    public void row(Row row) {
        List<String> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            cells.add(row.get(i));
        }
        rows.add(cells);
    }

    /** The header's names, then each row's cells, in the order read. */
    public List<List<String>> rows() {
        return rows;
    }
}
