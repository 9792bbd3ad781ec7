package fr.enquete.report.doc;

import org.apache.poi.ooxml.POIXMLDocument;

/**
 * A POI document made in memory and written elsewhere ({@link StableZip}), let go without being saved again: POI's
 * {@code close()} of a new document writes the whole package once more into the buffer it was created with, then
 * drops it (about 0,1 s of CPU for a report's Word or Excel file with its charts; docs/performance.md, "Tenth pass").
 * {@link #close} reverts the package instead, which releases the same resources without writing.
 */
record InMemoryDocument<D extends POIXMLDocument>(D document) implements AutoCloseable {

    @Override
    public void close() {
        document.getPackage().revert();
    }
}
