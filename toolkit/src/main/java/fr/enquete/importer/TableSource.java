package fr.enquete.importer;

import java.nio.file.Path;

/**
 * An export whose format has been recognised, ready to be streamed (as often as needed: inference
 * reads it once, analysis once more). Reading never holds the whole file in memory.
 */
public interface TableSource {

    Path file();

    /** The format as found, for {@code enquete inspect}: e.g. "CSV, UTF-8 with BOM, ';' separated". */
    String description();

    /** Streams the header then every non-blank row to {@code handler}. */
    void read(TableHandler handler);

    /** Only the header, without reading the rows (to tell what kind of table a file holds). */
    default fr.enquete.model.Header header() {
        final class Stop extends RuntimeException {
            Stop() {
                super(null, null, false, false);
            }
        }
        fr.enquete.model.Header[] found = new fr.enquete.model.Header[1];
        try {
            read(new TableHandler() {
                @Override
                public void header(fr.enquete.model.Header header) {
                    found[0] = header;
                    throw new Stop();
                }

                @Override
                public void row(fr.enquete.model.Row row) {
                }
            });
        } catch (Stop stop) {
            // Reading ends at the header, by design.
        }
        return found[0];
    }
}
