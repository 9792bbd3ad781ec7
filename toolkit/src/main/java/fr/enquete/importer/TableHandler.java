package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.Row;

/** Receives an export as it is read: the header once, then each non-blank data row in order. */
public interface TableHandler {

    void header(Header header);

    /** The row is only valid during the call: importers may reuse it. */
    void row(Row row);
}
