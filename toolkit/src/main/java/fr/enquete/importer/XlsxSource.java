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
import java.util.Arrays;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An Excel workbook (.xlsx), read with Apache POI's streaming (SAX) reader so that a large sheet is
 * never built in memory. The first sheet is read unless one is named. The first non-empty row is the
 * header; cells are rendered as {@link CellText} does.
 */
public final class XlsxSource implements TableSource {

    /** Excel's last column is XFD, the 16 384th. */
    private static final int MAX_COLUMNS = 16_384;

    private final Path file;
    private final String sheet;

    XlsxSource(Path file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String description() {
        return "Excel workbook (.xlsx), sheet " + (sheet == null ? "1" : "\"" + sheet + "\"");
    }

    @Override
    public fr.enquete.model.Message wording() {
        return fr.enquete.model.Message.of("format.xlsx", sheet == null ? "1" : fr.enquete.model.Message.of("format.sheet", sheet));
    }

    @Override
    public void read(TableHandler handler) {
        String name = file.toString();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream stream = sheets.next()) {
                    String sheetName = sheets.getSheetName();
                    names.add(sheetName);
                    if (sheet == null || sheet.equals(sheetName)) {
                        String where = name + " [" + sheetName + "]";
                        RowCollector collector = new RowCollector(where, handler);
                        XMLReader parser = XMLHelper.newXMLReader();
                        // Without a handler the JDK's parser also prints "[Fatal Error] ..." on standard error.
                        parser.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                            @Override
                            public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                                throw e;
                            }
                        });
                        HiddenRows.Marks marks = new HiddenRows.Marks(collector.hidden);
                        marks.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new CellText(), false));
                        parser.setContentHandler(marks);
                        try {
                            parser.parse(new InputSource(stream));
                        } catch (HandlerCalls.Failure | InputException e) {
                            throw e;
                        } catch (RuntimeException e) {
                            // POI's sheet handler trusts the XML: a row number "abc", a shared-string index out of
                            // range or a date serial of 1e309 end in a runtime exception, located here.
                            throw new InputException(SourceLocation.cell(where, collector.lastRow + 1L, null),
                                    Message.of("input.xlsx.cell.malformed", collector.lastRef(), OfficeErrors.explained(e)), e);
                        }
                        collector.passHeader();
                        if (collector.header == null) {
                            throw new InputException(SourceLocation.file(where), Message.of("input.sheet.empty"));
                        }
                        fr.enquete.model.Message note = collector.hidden.note(sheetName, marks);
                        if (note != null) {
                            HandlerCalls.forward(() -> handler.note(note));
                        }
                        return;
                    }
                }
            }
            throw new InputException(SourceLocation.file(name), names.isEmpty() ? Message.of("input.workbook.nosheet")
                    : Message.of("input.workbook.sheet.missing", sheet, String.join(", ", names)));
        } catch (HandlerCalls.Failure f) {
            throw f.getCause();
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new InputException(SourceLocation.file(name), Message.of("input.xlsx.unreadable.format", OfficeErrors.explained(e)), e);
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.ooxml.POIXMLException e) {
            throw new InputException(SourceLocation.file(name), Message.of("input.workbook.unreadable", OfficeErrors.explained(e)), e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new InputException(SourceLocation.file(name), Message.of("input.xlsx.unreadable", OfficeErrors.explained(e)), e);
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            // POI trusts the package's parts: a relationship to "http://invalid.uri", say (found by the mutation campaign).
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(SourceLocation.file(name), Message.of("input.xlsx.unreadable", OfficeErrors.explained(e)), e);
        }
    }

    /** Turns SAX cell events into rows, filling the cells the sheet omits (empty ones) with "". */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String where;
        private final TableHandler handler;
        private Header header;
        /** The data rows the sheet hides, read as the others. */
        final HiddenRows hidden = new HiddenRows();
        /** The header is passed on with the first row: a second header row may be wider (SurveyMonkey's merged cells). */
        private boolean pending;
        private String[] cells = new String[16];
        /** The header's row in the sheet (1-based). */
        private int headerRow;
        private int width;
        private int nextColumn;

        RowCollector(String where, TableHandler handler) {
            this.where = where;
            this.handler = handler;
        }

        /** The last row started (0-based) and cell reference seen, to locate a malformed cell. */
        private int lastRow = -1;
        private String lastRef;

        String lastRef() {
            return lastRef == null ? "after the row's start" : "after cell " + lastRef;
        }

        @Override
        public void startRow(int rowNum) {
            lastRow = rowNum;
            lastRef = null;
            Arrays.fill(cells, null);
            width = 0;
            nextColumn = 0;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? nextColumn : column(ref);
            lastRef = ref;
            nextColumn = col + 1;
            if (col >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
            }
            cells[col] = value;
            width = Math.max(width, col + 1);
        }

        /** The column of a reference such as {@code B7}, checked: a malformed one would give -1 or a vast array. */
        private int column(String ref) {
            int letters = 0;
            while (letters < ref.length() && ref.charAt(letters) >= 'A' && ref.charAt(letters) <= 'Z') {
                letters++;
            }
            boolean digits = letters < ref.length() && ref.substring(letters).chars().allMatch(c -> c >= '0' && c <= '9');
            if (letters == 0 || letters > 3 || !digits) {
                throw new InputException(SourceLocation.cell(where, lastRow + 1L, null),
                        Message.of("input.xlsx.ref.malformed", printable(ref)));
            }
            int col = new CellReference(ref).getCol();
            if (col >= MAX_COLUMNS) {
                throw new InputException(SourceLocation.cell(where, lastRow + 1L, null), Message.of("input.xlsx.ref.beyond", ref));
            }
            return col;
        }

        private static String printable(String s) {
            StringBuilder sb = new StringBuilder();
            s.codePoints().limit(40).forEach(c -> sb.append(Character.isISOControl(c) ? String.format("\\u%04X", c) : Character.toString(c)));
            return sb.toString();
        }

        @Override
        public void endRow(int rowNum) {
            String[] row = new String[header == null ? width : Math.max(width, header.size())];
            for (int i = 0; i < row.length; i++) {
                row[i] = i < cells.length && cells[i] != null ? cells[i] : "";
            }
            Row r = new Row(row, rowNum + 1L);
            if (r.isBlank()) {
                return;
            }
            if (header == null) {
                header = new Header(where, DelimitedSource.headerNames(row));
                headerRow = rowNum + 1;
                pending = true;
                return;
            }
            boolean groupHeadings = pending && HeaderLikeRows.placeholders(header) >= 2;
            if (pending && row.length > header.size() && (SecondHeaderRow.looksLike(header, r) || groupHeadings && fills(row))) {
                // The last question's merged cell spans columns the header row leaves empty: name them. So do group
                // headings whose merged cells stop before the last columns, over a row naming every column (which
                // HandAddedRows then takes as the header): the sheet stores no cell right of the last heading.
                List<String> names = new ArrayList<>(header.names());
                for (int i = names.size(); i < row.length; i++) {
                    names.add("#" + (i + 1));
                }
                header = new Header(where, names);
            }
            passHeader();
            for (int i = header.size(); i < row.length; i++) {
                if (!row[i].isBlank() && header.namedColumns() == 1) {
                    if (handler.findsItsHeader()) {
                        // A title above the table: the handler looks for the header among the rows.
                        break;
                    }
                    throw DelimitedSource.titleRow(where, header);
                }
                if (!row[i].isBlank() && groupHeadings && names(row)) {
                    throw unnamedUnderHeadings(row, rowNum);
                }
                if (!row[i].isBlank()) {
                    throw new InputException(SourceLocation.cell(where, rowNum + 1L, null), Message.of("input.xlsx.cell.unheaded",
                            new CellReference(rowNum, i).formatAsString(), (long) header.size()));
                }
            }
            HandlerCalls.forward(() -> handler.row(r));
            hidden.see(rowNum + 1L);
        }

        /** Whether the filled cells of {@code row} are all words, no number: column names, not a respondent's answers. */
        private static boolean names(String[] row) {
            return Arrays.stream(row).filter(c -> !c.isBlank()).allMatch(c -> Double.isNaN(fr.enquete.model.CellValues.parseNumber(c)));
        }

        /**
         * The error for a row of names under group headings that stop before its last columns, where the names leave a
         * column unnamed: which row holds what, and the first empty name.
         */
        private InputException unnamedUnderHeadings(String[] row, int rowNum) {
            int unnamed = java.util.stream.IntStream.range(0, row.length).filter(c -> row[c].isBlank()).findFirst().orElse(0);
            return new InputException(SourceLocation.cell(where, rowNum + 1L, null), Message.of("input.xlsx.headings.unnamed",
                    String.valueOf(rowNum + 1), String.valueOf(headerRow), CellReference.convertNumToColString(header.size() - 1),
                    new CellReference(rowNum, unnamed).formatAsString()));
        }

        /** Whether every cell of {@code row} is filled: a row naming every column. */
        private static boolean fills(String[] row) {
            return Arrays.stream(row).noneMatch(String::isBlank);
        }

        void passHeader() {
            if (pending) {
                pending = false;
                HandlerCalls.forward(() -> handler.header(header));
            }
        }
    }
}
