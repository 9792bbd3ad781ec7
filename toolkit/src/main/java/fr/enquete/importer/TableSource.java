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
}
