package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.Row;

/** Receives an export as it is read: the header once, then each non-blank data row in order. */
public interface TableHandler {

    void header(Header header);

    /** The row is only valid during the call: importers may reuse it. */
    void row(Row row);

    /**
     * A non-blank row that is no respondent's, left out, and why: a row a spreadsheet user added (a second header row
     * of labels, a total row; see {@link HandAddedRows}). Only valid during the call, as {@link #row(Row)}. A handler
     * that passes rows on passes these on too; the default ignores them.
     */
    default void leftOut(Row row, fr.enquete.model.Message why) {
    }

    /**
     * Something about the file a reader should know although every row is read as usual: rows a workbook hides (a
     * filter left on, rows hidden by hand), which the user probably thinks removed. Passed on by handlers that pass
     * rows on; the default ignores it.
     */
    default void note(fr.enquete.model.Message what) {
    }

    /**
     * Whether the handler finds its header itself among the rows (an indicator table pasted under its headings): then
     * a one-cell title taken as the header is passed on with the wider rows below it instead of being refused.
     */
    default boolean findsItsHeader() {
        return false;
    }

    /**
     * A table of a source of several (a Markdown file's pipe tables, each under its own heading) has ended: the lines
     * that follow are above the next table, whose header is passed as a row as the first one's was. Sent only to a
     * handler that {@linkplain #findsItsHeader() finds its header}, and passed on by handlers that pass rows on; the
     * default ignores it.
     */
    default void tableEnds() {
    }

    /**
     * The columns this handler reads as numbers ({@link Row#number(int)}), by their index in the header it was given;
     * null while it has no header yet (a reader asks again after each row until it gets an answer). A reader may
     * then keep those columns' plainly written whole numbers as values and make their text only when
     * {@link Row#get(int)} asks for it, which saves a {@code String} a cell; what the rows return is the same
     * either way. A handler that passes rows on unchanged passes its own handler's answer on; the default is none.
     */
    default int[] numberColumns() {
        return new int[0];
    }
}
