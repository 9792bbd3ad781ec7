package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.InputException;
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
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector,
                                new CellText(), false));
                        parser.parse(new InputSource(stream));
                        collector.passHeader();
                        if (collector.header == null) {
                            throw new InputException(SourceLocation.file(where), "the sheet is empty: no header row found");
                        }
                        return;
                    }
                }
            }
            throw new InputException(SourceLocation.file(name), names.isEmpty() ? "the workbook has no sheet"
                    : "no sheet named \"" + sheet + "\"; the workbook has " + String.join(", ", names));
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new InputException(SourceLocation.file(name),
                    "not a readable .xlsx workbook (truncated, encrypted or another format): " + OfficeErrors.explain(e), e);
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.ooxml.POIXMLException e) {
            throw new InputException(SourceLocation.file(name), "cannot read the workbook: " + OfficeErrors.explain(e), e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new InputException(SourceLocation.file(name), "not a readable .xlsx workbook: " + OfficeErrors.explain(e), e);
        }
    }

    /** Turns SAX cell events into rows, filling the cells the sheet omits (empty ones) with "". */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String where;
        private final TableHandler handler;
        private Header header;
        /** The header is passed on with the first row: a second header row may be wider (SurveyMonkey's merged cells). */
        private boolean pending;
        private String[] cells = new String[16];
        private int width;
        private int nextColumn;

        RowCollector(String where, TableHandler handler) {
            this.where = where;
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(cells, null);
            width = 0;
            nextColumn = 0;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? nextColumn : new CellReference(ref).getCol();
            nextColumn = col + 1;
            if (col >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
            }
            cells[col] = value;
            width = Math.max(width, col + 1);
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
                pending = true;
                return;
            }
            if (pending && row.length > header.size() && SecondHeaderRow.looksLike(header, r)) {
                // The last question's merged cell spans columns the header row leaves empty: name them.
                List<String> names = new ArrayList<>(header.names());
                for (int i = names.size(); i < row.length; i++) {
                    names.add("#" + (i + 1));
                }
                header = new Header(where, names);
            }
            passHeader();
            for (int i = header.size(); i < row.length; i++) {
                if (!row[i].isBlank() && header.names().stream().filter(n -> !n.startsWith("#")).count() == 1) {
                    throw DelimitedSource.titleRow(where, header);
                }
                if (!row[i].isBlank()) {
                    throw new InputException(SourceLocation.cell(where, rowNum + 1L, null),
                            "cell " + new CellReference(rowNum, i).formatAsString() + " lies right of the last header column ("
                                    + header.size() + " columns); give it a header or delete it");
                }
            }
            handler.row(r);
        }

        void passHeader() {
            if (pending) {
                pending = false;
                handler.header(header);
            }
        }
    }
}
