package fr.enquete.importer;

import fr.enquete.model.Message;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The data rows a workbook's sheet hides: rows a filter left on hides, or rows hidden by hand. They are read as the
 * others (they are data), but the user who hid them probably thinks them removed, so the reader notes them
 * ({@link TableHandler#note}) with the sheet's name and the first rows' numbers. XLSX, XLS and ODS alike.
 */
final class HiddenRows {

    /** The rows named in the note; the others are counted. */
    static final int SHOWN = 10;

    private final List<Long> first = new ArrayList<>();
    private long count;
    /** Whether the row being read is hidden, as its {@code <row hidden="1">} says. */
    private boolean current;

    /** A data row read, by its number in the sheet (1-based): recorded when the sheet hides it. */
    void see(long row) {
        if (current) {
            count++;
            if (first.size() < SHOWN) {
                first.add(row);
            }
        }
    }

    /** A data row read, by its number in the sheet, and whether the sheet hides it (as XLS and ODS rows say). */
    void see(long row, boolean hidden) {
        current = hidden;
        see(row);
    }

    /** The note to pass on, or null when no data row is hidden. */
    Message note(String sheet, Marks marks) {
        return note(sheet, marks.filterRange);
    }

    /** The note to pass on, naming the range of the filter left on (null: none), or null when no data row is hidden. */
    Message note(String sheet, String filterRange) {
        if (count == 0) {
            return null;
        }
        Message.Rows rows = new Message.Rows(first, count > first.size());
        return filterRange == null ? Message.of("sheet.hidden.rows", sheet, count, rows)
                : Message.of("sheet.hidden.filter", sheet, count, rows, filterRange);
    }

    /**
     * Reads the sheet's XML on its way to POI's handler: whether each row is hidden, and the range of a filter that
     * is on ({@code <autoFilter ref="A1:F200">} with a {@code <filterColumn>}, or {@code <sheetPr filterMode="1">}).
     */
    static final class Marks extends XMLFilterImpl {
        private final HiddenRows rows;
        private String autoFilter;
        private boolean filtering;
        /** The range of the filter left on, or null when none filters. */
        String filterRange;

        Marks(HiddenRows rows) {
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            switch (localName == null ? "" : localName) {
                case "row" -> {
                    String hidden = atts.getValue("hidden");
                    rows.current = "1".equals(hidden) || "true".equals(hidden);
                }
                case "sheetPr" -> filtering |= "1".equals(atts.getValue("filterMode")) || "true".equals(atts.getValue("filterMode"));
                case "autoFilter" -> autoFilter = atts.getValue("ref");
                case "filterColumn" -> filtering = true;
                default -> {
                }
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endDocument() throws SAXException {
            if (filtering && autoFilter != null) {
                filterRange = autoFilter;
            }
            super.endDocument();
        }
    }
}
