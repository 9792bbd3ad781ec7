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

    /** {@link #description()} in either language, for {@code enquete inspect}. */
    default fr.enquete.model.Message wording() {
        return fr.enquete.model.Message.plain(description());
    }

    /** Streams the header then every non-blank row to {@code handler}. */
    void read(TableHandler handler);

    /**
     * The source cut into parts that read as this source would over consecutive rows (each streams the header, then
     * its rows, numbered as in the whole file), to be read on several threads and merged in order; a source that
     * cannot be cut returns itself. A part may throw {@link PartMismatch}: then read the whole source instead.
     *
     * @param chunkBytes about how many bytes of the file a part covers
     */
    default java.util.List<TableSource> split(long chunkBytes) {
        return java.util.List.of(this);
    }

    /** Only the header, without reading the rows (to tell what kind of table a file holds). */
    default fr.enquete.model.Header header() {
        fr.enquete.model.Header[] found = new fr.enquete.model.Header[1];
        EarlyStop.read(this, new TableHandler() {
            @Override
            public void header(fr.enquete.model.Header header) {
                found[0] = header;
                throw EarlyStop.now();
            }

            @Override
            public void row(fr.enquete.model.Row row) {
            }
        });
        return found[0];
    }
}
