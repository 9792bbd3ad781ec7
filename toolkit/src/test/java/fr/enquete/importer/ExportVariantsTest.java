package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.CellValues;
import fr.enquete.model.InputException;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same survey saved the ways exports reach study teams (delimiter, encoding, BOM, line ends,
 * quoting, decimal comma and thousands separators, Excel) must give exactly the same tables.
 */
class ExportVariantsTest {

    @TempDir
    static Path dir;

    private static List<String> header;
    private static List<List<String>> rows;
    private static SurveyResult reference;

    @BeforeAll
    static void readFixture() throws IOException {
        try (Reader r = Files.newBufferedReader(Fixtures.export(), StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', r.read(), "the fixture is written with a BOM, as LimeSurvey does");
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(';').build().parse(r).getRecords();
            header = records.get(0).toList();
            rows = records.subList(1, records.size()).stream().map(CSVRecord::toList).toList();
        }
        reference = Fixtures.analyse();
    }

    private static Path write(String name, Charset cs, boolean bom, CSVFormat format, java.util.function.UnaryOperator<List<String>> edit)
            throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Writer w = new java.io.OutputStreamWriter(out, cs);
            try (CSVPrinter printer = new CSVPrinter(w, format)) {
                printer.printRecord(header);
                for (List<String> row : rows) {
                    printer.printRecord(edit.apply(row));
                }
            }
        }
        return p;
    }

    private static SurveyResult analyse(Path p) {
        return Fixtures.analyse(p, AnalysisOptions.DEFAULTS);
    }

    @Test
    void commaSeparatedUtf8WithoutBomAndLf() throws IOException {
        Path p = write("comma.csv", StandardCharsets.UTF_8, false,
                CSVFormat.RFC4180.builder().setRecordSeparator("\n").setQuoteMode(QuoteMode.MINIMAL).build(), r -> r);
        assertEquals(reference, analyse(p));
        assertTrue(Importers.open(p, ImportOptions.DEFAULTS).description().contains("',' separated"));
    }

    @Test
    void tabSeparatedWithBomAndCrlf() throws IOException {
        Path p = write("tab.tsv", StandardCharsets.UTF_8, true,
                CSVFormat.TDF.builder().setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).build(), r -> r);
        assertEquals(reference, analyse(p));
        assertTrue(Importers.open(p, ImportOptions.DEFAULTS).description().contains("tab separated"));
    }

    /** French Excel's "CSV (séparateur : point-virgule)": Windows-1252, decimal comma, grouped thousands. */
    @Test
    void frenchExcelCsvWithDecimalCommaAndThousandsSeparators() throws IOException {
        int adherents = header.indexOf("adherents");
        int salaries = header.indexOf("salaries");
        Path p = write("excel-fr.csv", Charset.forName("windows-1252"), false,
                CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n").build(), r -> {
                    List<String> copy = new ArrayList<>(r);
                    String a = copy.get(adherents);
                    if (a.length() > 3) {
                        copy.set(adherents, a.substring(0, a.length() - 3) + "\u00A0" + a.substring(a.length() - 3));
                    }
                    String s = copy.get(salaries);
                    if (!s.isEmpty()) {
                        copy.set(salaries, s + ",0");
                    }
                    return copy;
                });
        assertTrue(Importers.open(p, ImportOptions.DEFAULTS).description().contains("windows-1252"));
        assertEquals(reference, analyse(p));
    }

    @Test
    void excelWorkbookWithNumberAndDateCells() throws IOException {
        Path p = dir.resolve("export.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet first = wb.createSheet("Notes");
            first.createRow(0).createCell(0).setCellValue("Not the data");
            XSSFSheet sheet = wb.createSheet("Réponses");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
            XSSFRow h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            int submit = header.indexOf("submitdate");
            for (int i = 0; i < rows.size(); i++) {
                XSSFRow row = sheet.createRow(i + 1);
                List<String> cells = rows.get(i);
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v.isEmpty()) {
                        continue; // Excel leaves empty cells out of the file
                    }
                    XSSFCell cell = row.createCell(c);
                    double d = CellValues.parseNumber(v);
                    if (c == submit) {
                        cell.setCellValue(CellValues.parseDate(v));
                        cell.setCellStyle(dateStyle);
                    } else if (!Double.isNaN(d) && !v.startsWith("0")) {
                        cell.setCellValue(d);
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        InputException firstSheet = assertThrows(InputException.class, () -> Fixtures.analyse(p, AnalysisOptions.DEFAULTS));
        assertTrue(firstSheet.getMessage().contains("export.xlsx [Notes] lacks"), firstSheet.getMessage());
        SurveyResult named = fr.enquete.stats.SurveyAnalyzer.analyze(
                Importers.open(p, new ImportOptions("Réponses", null, null)),
                fr.enquete.spec.SpecReader.read(Fixtures.spec()).survey(), AnalysisOptions.DEFAULTS);
        assertEquals(reference, named);
        InputException wrongSheet = assertThrows(InputException.class, () -> fr.enquete.stats.SurveyAnalyzer.analyze(
                Importers.open(p, new ImportOptions("Feuil1", null, null)),
                fr.enquete.spec.SpecReader.read(Fixtures.spec()).survey(), AnalysisOptions.DEFAULTS));
        assertTrue(wrongSheet.getMessage().contains("no sheet named \"Feuil1\"; the workbook has Notes, Réponses"),
                wrongSheet.getMessage());
    }

    @Test
    void sniffsSemicolonEvenWhenHeadersHoldCommas() {
        String text = "\"Êtes-vous en QPV, ou ANRU ?\";\"Oui, plutôt\";x\n\"Oui\";\"a, b\";1\n\"Non\";\"c\";2\n";
        assertEquals(';', DelimitedSource.sniffDelimiter(text));
        assertEquals(',', DelimitedSource.sniffDelimiter("a,b,c\n1,2,3\n"));
        assertEquals('\t', DelimitedSource.sniffDelimiter("a\tb;c\n1\t2;3\n4\t5\n"));
    }

    /**
     * A CAF table pasted with its section above it (seed 002, lines 654-666): six lines of one cell, some with commas,
     * before the tab-separated header. Looking for the first split record among three lines only, tab was never tried
     * and the sentences' commas won.
     */
    @Test
    void sniffsTabsUnderSixTitleAndSentenceLines() {
        String text = """
                1.4.2 Logement et habitat

                Comparés au(à l') DEPARTEMENT, les bénéficiaires d'aides au logement :

                - sont proportionnellement plus nombreux,
                - ayant un taux d'effort supérieur ou égal à 30% dans le parc locatif privé sont moins nombreux.

                Les bénéficiaires dans le parc locatif public sont plus nombreux (28,9% des allocataires)

                La Caf verse mensuellement sur le territoire, près de 6 900 000 € au titre des prestations légales pour les aides au logement.

                \tAnnée Réf\tCa De Bethune-Bruay, Artois-Lys Romane\tVariation sur 5 ans(*)\tPas-de-calais\tVariation sur 5 ans(*)
                Nombre de bénéficiaires d'aides au logement\t2019\t29 567\t↔ -0,5%\t153 331\t↓ -3,2%
                Part des bénéficiaires d'aides au logement\t2019\t49,3%\t\t48,5%\t
                """;
        assertEquals('\t', DelimitedSource.sniffDelimiter(text));
    }

    @Test
    void utf8CheckToleratesACharacterCutByTheSampleEnd() {
        byte[] e = "é".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(("abc" + "é").getBytes(StandardCharsets.UTF_8), 4);
        assertTrue(DelimitedSource.isUtf8(cut, true));
        assertEquals(false, DelimitedSource.isUtf8(cut, false));
        assertTrue(DelimitedSource.isUtf8(e, false));
        assertEquals(false, DelimitedSource.isUtf8("é".getBytes(Charset.forName("windows-1252")), false));
    }
}
