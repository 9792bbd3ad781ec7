package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.report.Lang;
import fr.enquete.report.ResultTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** "dont" lines, indented with {@link ResultTable#INDENT}, as each writer that drops leading spaces indents them. */
class IndentedCellsTest {

    @Test
    void levelsAreReadFromLeadingSpaces() {
        assertEquals(0, ResultTable.indentLevel("Nombre de places EAJE"));
        assertEquals(1, ResultTable.indentLevel(ResultTable.INDENT + "dont EAJE"));
        assertEquals(2, ResultTable.indentLevel(ResultTable.INDENT.repeat(2) + "Évolution annuelle (provisoire)"));
        // Two spaces already indent, as the HTML writer has always read them.
        assertEquals(1, ResultTable.indentLevel("  dont"));
    }

    /**
     * A long "dont" label wraps and is indented, a short one is indented only: the indented styles were made once per
     * level whatever the style they indent, so the first one made (wrapped or not) served both.
     */
    @Test
    void excelIndentsWrappedAndPlainLabelsEachWithTheirOwnStyle() throws Exception {
        String long_ = "dont prestations de service versées aux établissements d'accueil du jeune enfant au titre de la PSU";
        assertTrue(long_.length() > 88);
        ResultTable t = new ResultTable.Builder(List.of("Indicateur", "Lens"), List.of(ResultTable.Kind.TEXT, ResultTable.Kind.DECIMAL))
                .row(List.of(ResultTable.Cell.text("Montants des financements"), new ResultTable.Cell("877 755 €", 877755)), Double.NaN, false)
                .row(List.of(ResultTable.Cell.text(ResultTable.INDENT + long_), new ResultTable.Cell("687 772 €", 687772)), Double.NaN, false)
                .row(List.of(ResultTable.Cell.text(ResultTable.INDENT + "dont CEJ"), new ResultTable.Cell("189 983 €", 189983)), Double.NaN, false)
                .build();
        Report report = new Report("Portrait", "", "", Lang.FR, List.of(new Report.Section(1, "c", "", "Comparaison", "",
                List.of(new Report.Table(t, false)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter().write(report, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(1);
            Cell whole = null;
            Cell wrapped = null;
            Cell plain = null;
            for (Row row : sheet) {
                Cell c = row.getCell(0);
                if (c == null) {
                    continue;
                }
                String text = c.getStringCellValue();
                whole = text.startsWith("Montants") ? c : whole;
                wrapped = text.equals(long_) ? c : wrapped;
                plain = text.equals("dont CEJ") ? c : plain;
            }
            assertTrue(wrapped.getCellStyle().getWrapText(), "the long label wraps");
            assertFalse(plain.getCellStyle().getWrapText(), "the short label does not");
            assertEquals(whole.getCellStyle().getIndention() + 1, wrapped.getCellStyle().getIndention());
            assertEquals(whole.getCellStyle().getIndention() + 1, plain.getCellStyle().getIndention());
        }
    }
}
