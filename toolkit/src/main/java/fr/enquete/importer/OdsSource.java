package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * An OpenDocument spreadsheet (.ods, LibreOffice), streamed from its {@code content.xml} with StAX: rows and
 * cells with their repeat counts (a repeated empty tail is never materialised), numbers as their value,
 * dates as ISO dates, times in an elapsed format ({@code [HH]:MM}) as ISO durations, text with its paragraphs.
 * Read through POI's zip reader, so the zip-bomb limit applies, and with DTDs and external entities disabled.
 */
final class OdsSource implements TableSource {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    /** Cells a sheet may always expand to, however few it writes: a genuine small sheet never meets the limit. */
    private static final long FREE_CELLS = 10_000;

    private final Path file;
    private final String sheet;
    private final Limits limits;

    OdsSource(Path file, String sheet, Limits limits) {
        this.file = file;
        this.sheet = sheet;
        this.limits = limits;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String description() {
        return "OpenDocument spreadsheet (.ods), sheet " + (sheet == null ? "1" : "\"" + sheet + "\"");
    }

    @Override
    public fr.enquete.model.Message wording() {
        return fr.enquete.model.Message.of("format.ods", sheet == null ? "1" : fr.enquete.model.Message.of("format.sheet", sheet));
    }

    @Override
    public void read(TableHandler handler) {
        String name = file.toString();
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            ZipArchiveEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new InputException(SourceLocation.file(name), Message.of("input.ods.nocontent"));
            }
            OdsElapsedStyles elapsed = elapsedStyles(zip);
            try (InputStream in = zip.getInputStream(content)) {
                // content.xml is UTF-8 (ODF 1.2, 3.1), decoded strictly so that a damaged byte prints nothing.
                XMLStreamReader x = fr.enquete.io.SafeXml.utf8(in);
                try {
                    parse(x, handler, name, elapsed);
                } finally {
                    x.close();
                }
            }
        } catch (IOException e) {
            throw new InputException(SourceLocation.file(name), Message.of("input.ods.unreadable", OfficeErrors.explained(e)), e);
        } catch (XMLStreamException e) {
            throw new InputException(SourceLocation.file(name), Message.of("input.ods.xml", OfficeErrors.explained(e)), e);
        }
    }

    /**
     * The styles of styles.xml, where LibreOffice keeps the data styles of formats like [HH]:MM that cells of
     * content.xml name. Styles only change how time cells are read: a damaged styles.xml keeps those read before the
     * damage, and the sheet is read as before (its data is in content.xml).
     */
    private static OdsElapsedStyles elapsedStyles(ZipSecureFile zip) throws IOException {
        OdsElapsedStyles elapsed = new OdsElapsedStyles();
        ZipArchiveEntry styles = zip.getEntry("styles.xml");
        if (styles == null) {
            return elapsed;
        }
        try (InputStream in = zip.getInputStream(styles)) {
            XMLStreamReader x = fr.enquete.io.SafeXml.utf8(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT) {
                        elapsed.see(x);
                    }
                }
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            // Kept: the styles seen before the damage.
        }
        return elapsed;
    }

    private void parse(XMLStreamReader x, TableHandler handler, String name, OdsElapsedStyles elapsed) throws XMLStreamException {
        List<String> names = new ArrayList<>();
        boolean inTable = false;
        String where = name;
        Header header = null;
        long rowNumber = 0;
        List<String> cells = null;
        int rowRepeat = 1;
        int cellRepeat = 1;
        StringBuilder text = null;
        String value = null;
        boolean found = false;
        String sheetName = null;
        // Rows the sheet hides: "collapse" by hand, "filter" by a filter left on (its range is read after the tables).
        HiddenRows hidden = new HiddenRows();
        boolean rowHidden = false;
        boolean filtered = false;
        // Repeat attributes turn a few bytes into millions of cells: the cells written in the XML and those
        // the repeats make are counted, and the repeats refused before they are expanded.
        long written = 0;
        long expanded = 0;
        long pendingEmpty = 0;
        // The sheet's columns' default cell styles (a cell without its own style takes its row's, then its column's).
        OdsColumnStyles columnStyles = null;
        String rowStyle = null;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String ns = x.getNamespaceURI();
                String local = x.getLocalName();
                if (cells == null) {
                    elapsed.see(x);
                }
                if (TABLE.equals(ns) && local.equals("table")) {
                    String tableName = x.getAttributeValue(TABLE, "name");
                    names.add(tableName);
                    inTable = !found && (sheet == null || sheet.equals(tableName));
                    if (inTable) {
                        columnStyles = new OdsColumnStyles();
                        found = true;
                        sheetName = tableName;
                        where = name + " [" + tableName + "]";
                    }
                } else if (inTable && cells == null && TABLE.equals(ns) && local.equals("table-column")) {
                    columnStyles.add(repeat(x, "number-columns-repeated"), x.getAttributeValue(TABLE, "default-cell-style-name"));
                } else if (inTable && TABLE.equals(ns) && local.equals("table-row")) {
                    cells = new ArrayList<>();
                    rowStyle = x.getAttributeValue(TABLE, "default-cell-style-name");
                    pendingEmpty = 0;
                    rowRepeat = repeat(x, "number-rows-repeated");
                    String visibility = x.getAttributeValue(TABLE, "visibility");
                    rowHidden = "collapse".equals(visibility) || "filter".equals(visibility);
                    filtered |= "filter".equals(visibility);
                } else if (inTable && cells != null && TABLE.equals(ns) && (local.equals("table-cell") || local.equals("covered-table-cell"))) {
                    cellRepeat = repeat(x, "number-columns-repeated");
                    String type = x.getAttributeValue(OFFICE, "value-type");
                    value = type == null ? null : switch (type) {
                        case "float", "percentage", "currency" -> x.getAttributeValue(OFFICE, "value");
                        case "date" -> x.getAttributeValue(OFFICE, "date-value");
                        case "boolean" -> x.getAttributeValue(OFFICE, "boolean-value");
                        // [HH]:MM: a duration like XLSX's [h]:mm (PT26H30M); another time style shows a time of day.
                        case "time" -> elapsed.elapsed(cellStyle(x, rowStyle, columnStyles, cells.size() + pendingEmpty))
                                ? duration(x.getAttributeValue(OFFICE, "time-value")) : null;
                        default -> null;
                    };
                    text = new StringBuilder();
                } else if (text != null && TEXT.equals(ns)) {
                    switch (local) {
                        case "p" -> {
                            if (!text.isEmpty()) {
                                text.append('\n');
                            }
                        }
                        case "s" -> text.append(" ".repeat(Math.min(1000, repeatOf(x.getAttributeValue(TEXT, "c")))));
                        case "tab" -> text.append('\t');
                        case "line-break" -> text.append('\n');
                        default -> { }
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && text != null) {
                text.append(x.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String ns = x.getNamespaceURI();
                String local = x.getLocalName();
                if (inTable && cells != null && TABLE.equals(ns) && (local.equals("table-cell") || local.equals("covered-table-cell"))) {
                    String v = value != null ? value : text == null ? "" : text.toString();
                    written++;
                    // Empty cells are added only when a value follows them: a row's repeated empty tail (often
                    // to column 16 384) is never materialised nor counted. A value beyond the column limit is
                    // refused before its repeats are expanded.
                    if (v.isEmpty()) {
                        pendingEmpty = Math.min(pendingEmpty + cellRepeat, limits.maxColumns() + 1L);
                    } else {
                        if (cells.size() + pendingEmpty + cellRepeat > limits.maxColumns()) {
                            throw new InputException(SourceLocation.cell(where, rowNumber + 1, null), Message.of("input.ods.repeat.wide",
                                    (long) cellRepeat, (long) limits.maxColumns()));
                        }
                        expanded = checkExpansion(expanded + pendingEmpty + cellRepeat - 1, written, where, rowNumber + 1);
                        for (long i = 0; i < pendingEmpty; i++) {
                            cells.add("");
                        }
                        for (int i = 0; i < cellRepeat; i++) {
                            cells.add(v);
                        }
                        pendingEmpty = 0;
                    }
                    text = null;
                    value = null;
                } else if (inTable && cells != null && TABLE.equals(ns) && local.equals("table-row")) {
                    int last = cells.size();
                    while (last > 0 && cells.get(last - 1).isEmpty()) {
                        last--;
                    }
                    String[] row = cells.subList(0, last).toArray(String[]::new);
                    boolean blank = last == 0;
                    // A block of repeated empty rows is skipped at once; a repeated filled row is repeated.
                    int times = blank ? 1 : rowRepeat;
                    expanded = checkExpansion(expanded + (long) (times - 1) * Math.max(last, 1), written, where, rowNumber + 1);
                    for (int i = 0; i < times; i++) {
                        rowNumber++;
                        if (blank) {
                            rowNumber += rowRepeat - 1;
                            break;
                        }
                        if (header == null) {
                            header = new Header(where, DelimitedSource.headerNames(row));
                            handler.header(header);
                        } else {
                            String[] padded = java.util.Arrays.copyOf(row, Math.max(row.length, header.size()));
                            for (int c = 0; c < padded.length; c++) {
                                if (padded[c] == null) {
                                    padded[c] = "";
                                }
                            }
                            handler.row(new Row(padded, rowNumber));
                            hidden.see(rowNumber, rowHidden);
                        }
                    }
                    cells = null;
                } else if (TABLE.equals(ns) && local.equals("table") && inTable) {
                    if (header == null) {
                        throw new InputException(SourceLocation.file(where), Message.of("input.sheet.empty"));
                    }
                    fr.enquete.model.Message note = hidden.note(sheetName, filtered ? filterRange(x, sheetName) : null);
                    if (note != null) {
                        handler.note(note);
                    }
                    return;
                }
            }
        }
        throw new InputException(SourceLocation.file(name), names.isEmpty() ? Message.of("input.ods.nosheet")
                : Message.of("input.ods.sheet.missing", sheet, String.join(", ", names)));
    }

    /**
     * The range of the filter on {@code sheetName} ({@code A1:G92}), read from the database ranges that follow the
     * tables in content.xml ({@code table:target-range-address="'Form Responses 1'.A1:'Form Responses 1'.G92"}), or
     * null when none names it.
     */
    private static String filterRange(XMLStreamReader x, String sheetName) throws XMLStreamException {
        while (x.hasNext()) {
            if (x.next() == XMLStreamConstants.START_ELEMENT && TABLE.equals(x.getNamespaceURI()) && x.getLocalName().equals("database-range")) {
                String target = x.getAttributeValue(TABLE, "target-range-address");
                String[] ends = target == null ? new String[0] : target.split(":");
                if (ends.length == 2 && sheetOf(ends[0]).equals(sheetName)) {
                    return cellOf(ends[0]) + ":" + cellOf(ends[1]);
                }
            }
        }
        return null;
    }

    /** The sheet of an ODF cell address ({@code 'Form Responses 1'.A1}, {@code Feuille1.$A$1}), unquoted. */
    private static String sheetOf(String address) {
        int dot = address.lastIndexOf('.');
        String s = dot < 0 ? "" : address.substring(0, dot).replace("$", "");
        return s.length() >= 2 && s.startsWith("'") && s.endsWith("'") ? s.substring(1, s.length() - 1).replace("''", "'") : s;
    }

    /** The cell of an ODF cell address, as a spreadsheet shows it: {@code A1}. */
    private static String cellOf(String address) {
        return address.substring(address.lastIndexOf('.') + 1).replace("$", "");
    }

    /** The cells made so far, or a located error when they outgrow the expansion limit over the cells written. */
    private long checkExpansion(long expanded, long written, String where, long row) {
        long allowed = (long) limits.maxExpansion() * Math.max(written, FREE_CELLS);
        if (expanded > allowed) {
            throw new InputException(SourceLocation.cell(where, row, null), Message.of("input.ods.repeat.expansion",
                    written, allowed, (long) limits.maxExpansion()));
        }
        return expanded;
    }

    /** The style of the cell at {@code column}: its own, else its row's default, else its column's. */
    private static String cellStyle(XMLStreamReader x, String rowStyle, OdsColumnStyles columns, long column) {
        String own = x.getAttributeValue(TABLE, "style-name");
        return own != null ? own : rowStyle != null ? rowStyle : columns.at(column);
    }

    /**
     * An {@code office:time-value} ({@code PT26H30M00S}) as {@link CellText#duration} writes an XLSX elapsed cell,
     * rounded to the second: {@code PT26H30M}; null (the cell's text is read) when it is no non-negative duration.
     */
    private static String duration(String timeValue) {
        if (timeValue == null) {
            return null;
        }
        try {
            java.time.Duration d = java.time.Duration.parse(timeValue.strip());
            return d.isNegative() ? null : java.time.Duration.ofSeconds(d.getSeconds() + (d.getNano() >= 500_000_000 ? 1 : 0)).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static int repeat(XMLStreamReader x, String attribute) {
        return repeatOf(x.getAttributeValue(TABLE, attribute));
    }

    private static int repeatOf(String v) {
        if (v == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(v));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
