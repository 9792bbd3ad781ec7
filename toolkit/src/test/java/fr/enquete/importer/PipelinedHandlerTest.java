package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows handed to a second thread arrive all, in order; the handler's errors and the source's reach the caller. */
class PipelinedHandlerTest {

    /** 5 000 rows numbered 2..5001, reusing one array as importers may. */
    private static TableSource source(RuntimeException failAtRow3000) {
        return new TableSource() {
            @Override
            public Path file() {
                return Path.of("synthetic.csv");
            }

            @Override
            public String description() {
                return "synthetic";
            }

            @Override
            public void read(TableHandler handler) {
                handler.header(new Header("synthetic.csv", List.of("n")));
                String[] cells = new String[1];
                for (int i = 0; i < 5000; i++) {
                    if (i == 3000 && failAtRow3000 != null) {
                        throw failAtRow3000;
                    }
                    cells[0] = String.valueOf(i);
                    handler.row(new Row(cells, i + 2));
                }
            }
        };
    }

    @Test
    void everyRowArrivesInOrderWithItsOwnCells() {
        List<String> seen = new ArrayList<>();
        PipelinedHandler.read(source(null), new TableHandler() {
            @Override
            public void header(Header header) {
                seen.add("header");
            }

            @Override
            public void row(Row row) {
                seen.add(row.get(0) + "@" + row.number());
            }
        });
        assertEquals(5001, seen.size());
        assertEquals("header", seen.get(0));
        assertEquals("0@2", seen.get(1));
        assertEquals("4999@5001", seen.get(5000));
    }

    @Test
    void theHandlersErrorStopsTheReadAndReachesTheCaller() {
        InputException bad = new InputException(SourceLocation.cell("synthetic.csv", 1002, "n"), "expected a number");
        InputException thrown = assertThrows(InputException.class, () -> PipelinedHandler.read(source(null), new TableHandler() {
            @Override
            public void header(Header header) {
            }

            @Override
            public void row(Row row) {
                if (row.number() == 1002) {
                    throw bad;
                }
            }
        }));
        assertSame(bad, thrown);
    }

    @Test
    void theSourcesErrorReachesTheCaller() {
        InputException truncated = new InputException(SourceLocation.file("synthetic.csv"), "truncated");
        assertSame(truncated, assertThrows(InputException.class, () -> PipelinedHandler.read(source(truncated), new TableHandler() {
            @Override
            public void header(Header header) {
            }

            @Override
            public void row(Row row) {
            }
        })));
    }
}
