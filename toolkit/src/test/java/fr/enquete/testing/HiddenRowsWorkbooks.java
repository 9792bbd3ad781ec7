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

    /**
     * uva-sp24-timestamp-en.csv (Google Forms, 91 responses) as its linked Google Sheet downloaded as XLSX, sheet "Form
     * Responses 1", the rows {@code hidden} accepts (0-based data rows) hidden; {@code filter} adds the AutoFilter
     * Excel leaves on the table when a column is filtered (here: enrolled = Undergraduate).
     */
    public static Path write(Path dir, String name, IntPredicate hidden, boolean filter) throws IOException {
        Path out = dir.resolve(name);
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(Fixtures.home().resolve("fixtures/real/google-forms/uva-sp24-timestamp-en.csv"))) {
            in.forEach(r -> records.add(r.getFields()));
        }
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
