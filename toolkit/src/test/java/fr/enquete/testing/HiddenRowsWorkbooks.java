package fr.enquete.testing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A real Google Forms export saved as the XLSX a user hides rows in, for the importer's and the command line's tests. */
public final class HiddenRowsWorkbooks {

    private HiddenRowsWorkbooks() {
    }

    private static List<List<String>> records() throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(Fixtures.home().resolve("fixtures/real/google-forms/uva-sp24-timestamp-en.csv"))) {
            in.forEach(r -> records.add(r.getFields()));
        }
        return records;
    }

    /** The same export saved as an Excel 97-2003 workbook (.xls, HSSF), the rows {@code hidden} accepts hidden. */
    public static Path writeXls(Path dir, String name, IntPredicate hidden) throws IOException {
        Path out = dir.resolve(name);
        List<List<String>> records = records();
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             OutputStream os = Files.newOutputStream(out)) {
            org.apache.poi.hssf.usermodel.HSSFSheet sheet = wb.createSheet("Form Responses 1");
            for (int r = 0; r < records.size(); r++) {
                org.apache.poi.hssf.usermodel.HSSFRow row = sheet.createRow(r);
                for (int c = 0; c < records.get(r).size(); c++) {
                    row.createCell(c).setCellValue(records.get(r).get(c));
                }
                if (r > 0 && hidden.test(r - 1)) {
                    row.setZeroHeight(true);
                }
            }
            wb.write(os);
        }
        return out;
    }

    /**
     * The same export saved by LibreOffice as ODS: the rows {@code hidden} accepts hidden by hand
     * ({@code table:visibility="collapse"}) or, with {@code filter}, by a standard filter left on (rows marked
     * {@code "filter"}, the sheet's range A1:G92 among the database ranges after the table): the markup LibreOffice 7.4
     * writes converting such an XLSX ({@code soffice --convert-to ods}), checked once.
     */
    public static Path writeOds(Path dir, String name, IntPredicate hidden, boolean filter) throws IOException {
        Path out = dir.resolve(name);
        List<List<String>> records = records();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                + "<office:body><office:spreadsheet><table:table table:name=\"Form Responses 1\">"
                + "<table:table-column table:number-columns-repeated=\"7\"/>");
        for (int r = 0; r < records.size(); r++) {
            boolean hide = r > 0 && hidden.test(r - 1);
            xml.append("<table:table-row").append(hide ? " table:visibility=\"" + (filter ? "filter" : "collapse") + "\"" : "").append('>');
            for (String cell : records.get(r)) {
                if (cell.isEmpty()) {
                    xml.append("<table:table-cell/>");
                } else {
                    xml.append("<table:table-cell office:value-type=\"string\"><text:p>").append(escape(cell)).append("</text:p></table:table-cell>");
                }
            }
            xml.append("</table:table-row>");
        }
        xml.append("</table:table>");
        if (filter) {
            xml.append("<table:database-ranges><table:database-range table:name=\"__Anonymous_Sheet_DB__0\""
                    + " table:target-range-address=\"'Form Responses 1'.A1:'Form Responses 1'.G").append(records.size())
                    .append("\" table:display-filter-buttons=\"true\"><table:filter><table:filter-condition table:field-number=\"3\""
                    + " table:value=\"Undergraduate\" table:operator=\"=\"/></table:filter></table:database-range></table:database-ranges>");
        }
        xml.append("</office:spreadsheet></office:body></office:document-content>");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry m = new java.util.zip.ZipEntry("mimetype");
            m.setMethod(java.util.zip.ZipEntry.STORED);
            m.setSize(mime.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                    + " manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * uva-sp24-timestamp-en.csv (Google Forms, 91 responses) as its linked Google Sheet downloaded as XLSX, sheet "Form
     * Responses 1", the rows {@code hidden} accepts (0-based data rows) hidden; {@code filter} adds the AutoFilter
     * Excel leaves on the table when a column is filtered (here: enrolled = Undergraduate).
     */
    public static Path write(Path dir, String name, IntPredicate hidden, boolean filter) throws IOException {
        Path out = dir.resolve(name);
        List<List<String>> records = records();
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            XSSFSheet sheet = wb.createSheet("Form Responses 1");
            for (int r = 0; r < records.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < records.get(r).size(); c++) {
                    row.createCell(c).setCellValue(records.get(r).get(c));
                }
                if (r > 0 && hidden.test(r - 1)) {
                    row.setZeroHeight(true);
                }
            }
            if (filter) {
                sheet.setAutoFilter(new CellRangeAddress(0, records.size() - 1, 0, records.get(0).size() - 1));
                sheet.getCTWorksheet().addNewSheetPr().setFilterMode(true);
            }
            wb.write(os);
        }
        if (filter) {
            // The criterion as Excel writes it (POI's schema subset lacks <filterColumn>): column D = Undergraduate.
            try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(out)) {
                Path xml = zip.getPath("xl/worksheets/sheet1.xml");
                String sheet = Files.readString(xml);
                String withCriterion = sheet.replaceFirst("<autoFilter ref=\"([A-Z0-9:]+)\"/>",
                        "<autoFilter ref=\"$1\"><filterColumn colId=\"3\"><filters><filter val=\"Undergraduate\"/></filters></filterColumn></autoFilter>");
                if (withCriterion.equals(sheet)) {
                    throw new IllegalStateException("no <autoFilter/> in " + sheet);
                }
                Files.writeString(xml, withCriterion);
            }
        }
        return out;
    }
}
