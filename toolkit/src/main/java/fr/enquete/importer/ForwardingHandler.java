package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.Message;
import fr.enquete.model.Row;

/**
 * A handler that passes everything it is told on to another: the header, the rows, the rows left out, and the
 * answers a handler gives its source ({@link #findsItsHeader}, {@link #numberColumns}). The wrappers of
 * {@link ForwardingSource} override what they change; forwarding the rest by hand, each wrapper forgot a different
 * part of it.
 */
class ForwardingHandler implements TableHandler {

    protected final TableHandler handler;

    ForwardingHandler(TableHandler handler) {
        this.handler = handler;
    }

    @Override
    public void header(Header header) {
        handler.header(header);
    }

    @Override
    public void row(Row row) {
        handler.row(row);
    }

    @Override
    public void leftOut(Row row, Message why) {
        handler.leftOut(row, why);
    }

    @Override
    public void note(Message what) {
        handler.note(what);
    }

    @Override
    public void tableEnds() {
        handler.tableEnds();
    }

    @Override
    public boolean findsItsHeader() {
        return handler.findsItsHeader();
    }

    @Override
    public int[] numberColumns() {
        return handler.numberColumns();
    }
}
