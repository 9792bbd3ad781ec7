package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.Row;

/** Receives an export as it is read: the header once, then each non-blank data row in order. */
public interface TableHandler {

    void header(Header header);

    /** The row is only valid during the call: importers may reuse it. */
    void row(Row row);

    /**
     * Whether the handler finds its header itself among the rows (an indicator table pasted under its headings): then
     * a one-cell title taken as the header is passed on with the wider rows below it instead of being refused.
     */
    default boolean findsItsHeader() {
        return false;
    }
}
