package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.InputException;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Survey;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.QuantileMethod;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged exports end in an error that says where and what to do, never in a wrong table. */
class BadInputTest {

    @TempDir
    Path dir;

    private static final Survey SURVEY = new Survey("t", List.of(Question.of("nom", QuestionType.TEXT),
            Question.of("adherents", QuestionType.NUMERIC)));

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private InputException fails(Path p, Survey survey) {
        return assertThrows(InputException.class,
                () -> SurveyAnalyzer.analyze(Importers.open(p, ImportOptions.DEFAULTS), survey, AnalysisOptions.DEFAULTS));
    }

    @Test
    void unclosedQuoteNamesTheRowWhereTheCellStarts() throws IOException {
        Path p = file("quote.csv", "nom;adherents\n\"Centre A\";120\n\"Centre B;130\nCentre C;140\n");
        InputException e = fails(p, SURVEY);
        assertTrue(e.getMessage().contains("row 3"), e.getMessage());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
        assertEquals(3, e.location().row());
    }

    @Test
    void rowWiderThanTheHeaderIsRefused() throws IOException {
        Path p = file("ragged.csv", "nom;adherents\nCentre A;120\nCentre B;130;oops\n");
        InputException e = fails(p, SURVEY);
        assertTrue(e.getMessage().contains("ragged.csv, row 3"), e.getMessage());
        assertTrue(e.getMessage().contains("3 cells but the header has 2 columns"), e.getMessage());
    }

    @Test
    void shortRowsAndTrailingEmptyCellsAreFine() throws IOException {
        Path p = file("short.csv", "nom;adherents\nCentre A;120;;\nCentre B\n\n");
        SurveyResult r = SurveyAnalyzer.analyze(Importers.open(p, ImportOptions.DEFAULTS), SURVEY, AnalysisOptions.DEFAULTS);
        assertEquals(2, r.respondents());
        assertEquals(1, ((QuestionResult.Numeric) r.questions().get(1)).summary().count());
    }

    @Test
    void textInANumericQuestionIsLocatedOrCountedMissingWhenLenient() throws IOException {
        Path p = file("num.csv", "nom;adherents\nCentre A;120\nCentre B;environ 300\nCentre C;1 200\n");
        InputException e = fails(p, SURVEY);
        assertEquals("num.csv, row 3, column \"adherents\"", e.location().toString().replace(dir + "/", ""));
        assertTrue(e.getMessage().contains("found \"environ 300\""), e.getMessage());
        SurveyResult r = SurveyAnalyzer.analyze(Importers.open(p, ImportOptions.DEFAULTS), SURVEY,
                AnalysisOptions.builder().lenient(true).build());
        QuestionResult.Numeric n = (QuestionResult.Numeric) r.questions().get(1);
        assertEquals(2, n.summary().count());
        assertEquals(1320, n.summary().sum());
        assertEquals(1, r.diagnostics().size());
        assertTrue(r.diagnostics().get(0).toString().contains("row 3"));
    }

    @Test
    void wrongEncodingForcedByTheUserIsLocated() throws IOException {
        Path p = dir.resolve("cp1252.csv");
        Files.write(p, "nom;adherents\nCentre A;120\nCentre élevé;130\n".getBytes(Charset.forName("windows-1252")));
        InputException e = assertThrows(InputException.class, () -> SurveyAnalyzer.analyze(
                Importers.open(p, new ImportOptions(null, StandardCharsets.UTF_8, null)), SURVEY, AnalysisOptions.DEFAULTS));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("--encoding windows-1252"), e.getMessage());
        // Sniffed, the same file reads fine.
        SurveyResult r = SurveyAnalyzer.analyze(Importers.open(p, ImportOptions.DEFAULTS), SURVEY, AnalysisOptions.DEFAULTS);
        assertEquals("Centre élevé", ((QuestionResult.Text) r.questions().get(0)).answers().get(1).text());
    }

    @Test
    void emptyAndBinaryFilesAreRefused() throws IOException {
        assertTrue(fails(file("empty.csv", "\n\n"), SURVEY).getMessage().contains("no header row"));
        Path bin = dir.resolve("image.csv");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2});
        assertTrue(fails(bin, SURVEY).getMessage().contains("binary"));
        InputException missing = assertThrows(InputException.class,
                () -> Importers.open(dir.resolve("nope.csv"), ImportOptions.DEFAULTS));
        assertTrue(missing.getMessage().endsWith("nope.csv: no such file"), missing.getMessage());
    }

    @Test
    void truncatedWorkbookIsAnInputErrorNotACrash() throws IOException {
        Path good = dir.resolve("good.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet("Réponses");
            for (int i = 0; i < 200; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue(i == 0 ? "nom" : "Centre " + i);
                row.createCell(1).setCellValue(i == 0 ? "adherents" : String.valueOf(i));
            }
            try (var out = Files.newOutputStream(good)) {
                wb.write(out);
            }
        }
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.xlsx");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        InputException e = fails(cut, SURVEY);
        assertTrue(e.getMessage().startsWith(cut.toString()), e.getMessage());
        Path renamed = file("fake.xlsx", "nom;adherents\n");
        assertTrue(fails(renamed, SURVEY).getMessage().contains("not an Excel workbook"));
    }

    @Test
    void repeatedHeadingsStayAddressable() throws IOException {
        Path p = file("dup.csv", "nom;adherents;Commentaires;Commentaires\na;1;b;c\n");
        Survey survey = new Survey("t", List.of(Question.of("Commentaires", QuestionType.TEXT),
                Question.of("Commentaires (2)", QuestionType.TEXT)));
        SurveyResult r = SurveyAnalyzer.analyze(Importers.open(p, ImportOptions.DEFAULTS), survey, AnalysisOptions.DEFAULTS);
        assertEquals("b", ((QuestionResult.Text) r.questions().get(0)).answers().get(0).text());
        assertEquals("c", ((QuestionResult.Text) r.questions().get(1)).answers().get(0).text());
    }

    @Test
    void theFixtureIsNeverModified() throws IOException {
        byte[] before = Files.readAllBytes(Fixtures.export());
        Fixtures.analyse();
        assertTrue(Arrays.equals(before, Files.readAllBytes(Fixtures.export())));
    }
}
