package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.spec.SchemaInference;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.Diagnostic;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook saved with a filter left on, or rows hidden by hand: the hidden rows are data and read, but the user
 * probably thinks them removed, so the reading says which (sheet, rows).
 */
class HiddenRowsTest {

    private static final String ENROLLED = "Are you currently enrolled as an undergraduate or graduate student at the University of Virginia?";

    @TempDir
    Path dir;

    private Path workbook(String name, IntPredicate hidden, boolean filter) throws IOException {
        return fr.enquete.testing.HiddenRowsWorkbooks.write(dir, name, hidden, filter);
    }

    private static SurveyResult analyze(Path p) {
        TableSource source = Importers.open(p, ImportOptions.DEFAULTS);
        return SurveyAnalyzer.analyze(source, SchemaInference.infer(source).survey(), AnalysisOptions.DEFAULTS);
    }

    private static List<Diagnostic> hidden(SurveyResult r) {
        return r.diagnostics().stream().filter(d -> d.message().key().startsWith("sheet.hidden.")).toList();
    }

    @Test
    void aFilterLeftOnIsSaidWithTheRowsItHidesWhichAreStillCounted() throws IOException {
        // pandas: d.index[d.iloc[:, 3] == 'Graduate'] + 2 -> rows 3, 30, 33, 38, 76 (5 of 91); the sandwich question
        // No 61, Yes 30 over all 91.
        List<Integer> graduates = List.of(1, 28, 31, 36, 74);
        Path p = workbook("sp24-filtered.xlsx", graduates::contains, true);
        SurveyResult r = analyze(p);
        assertEquals(91, r.respondents());
        QuestionResult.Choices sandwich = (QuestionResult.Choices) r.questions().get(1);
        assertArrayEquals(new long[] {61, 30}, sandwich.rows().stream().filter(c -> !c.missing()).mapToLong(ChoiceRow::count).sorted()
                .map(n -> -n).sorted().map(n -> -n).toArray());
        List<Diagnostic> said = hidden(r);
        assertEquals(1, said.size(), r.diagnostics().toString());
        assertEquals(p + ": sheet \"Form Responses 1\": a filter left on (A1:G92) hides 5 rows (rows 3, 30, 33, 38, 76); they are read"
                + " and counted with the others: clear the filter to see them, delete them to leave them out", said.get(0).toString());
        assertEquals("sp24-filtered.xlsx\u00A0: feuille «\u00A0Form Responses 1\u00A0»\u00A0: un filtre resté actif (A1:G92) masque 5 lignes"
                + " (lignes 3, 30, 33, 38, 76)\u00A0; elles sont lues et comptées avec les autres\u00A0: effacez le filtre pour les voir,"
                + " supprimez-les pour les écarter", said.get(0).text(Locale.FRENCH));
    }

    @Test
    void rowsHiddenByHandAreSaidTheFirstTenByNumber() throws IOException {
        // The first 12 responses (rows 2-13, the tests before the survey opened, say) hidden by hand, no filter.
        Path p = workbook("sp24-hidden.xlsx", row -> row < 12, false);
        SurveyResult r = analyze(p);
        assertEquals(91, r.respondents());
        assertEquals(List.of(p + ": sheet \"Form Responses 1\": 12 rows hidden (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, ...); they are read"
                + " and counted with the others: unhide them to see them, delete them to leave them out"),
                hidden(r).stream().map(Diagnostic::toString).toList());
    }

    @Test
    void aWorkbookHidingNothingSaysNothing() throws IOException {
        // An AutoFilter whose arrows are on the header but which filters nothing hides no row: nothing to say.
        Path p = workbook("sp24-plain.xlsx", row -> false, false);
        assertEquals(List.of(), hidden(analyze(p)));
    }

    @Test
    void rowsHiddenInAnXlsWorkbookAreSaidToo() throws IOException {
        // The same 12 rows hidden by hand in an Excel 97-2003 workbook: before, nothing was said.
        Path p = fr.enquete.testing.HiddenRowsWorkbooks.writeXls(dir, "sp24-hidden.xls", row -> row < 12);
        SurveyResult r = analyze(p);
        assertEquals(91, r.respondents());
        assertEquals(List.of(p + ": sheet \"Form Responses 1\": 12 rows hidden (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, ...); they are read"
                + " and counted with the others: unhide them to see them, delete them to leave them out"),
                hidden(r).stream().map(Diagnostic::toString).toList());
        assertEquals(List.of(), hidden(analyze(fr.enquete.testing.HiddenRowsWorkbooks.writeXls(dir, "sp24-plain.xls", row -> false))));
    }

    @Test
    void rowsHiddenInAnOdsSpreadsheetAreSaidToo() throws IOException {
        // The same in LibreOffice: rows hidden by hand (table:visibility="collapse"); before, nothing was said.
        Path p = fr.enquete.testing.HiddenRowsWorkbooks.writeOds(dir, "sp24-hidden.ods", row -> row < 12, false);
        SurveyResult r = analyze(p);
        assertEquals(91, r.respondents());
        assertEquals(List.of(p + ": sheet \"Form Responses 1\": 12 rows hidden (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, ...); they are read"
                + " and counted with the others: unhide them to see them, delete them to leave them out"),
                hidden(r).stream().map(Diagnostic::toString).toList());
        assertEquals(List.of(), hidden(analyze(fr.enquete.testing.HiddenRowsWorkbooks.writeOds(dir, "sp24-plain.ods", row -> false, false))));
    }

    @Test
    void aFilterLeftOnInAnOdsSpreadsheetIsSaidWithItsRange() throws IOException {
        // The graduates (rows 3, 30, 33, 38, 76 by pandas, as above) hidden by a standard filter on column D.
        List<Integer> graduates = List.of(1, 28, 31, 36, 74);
        Path p = fr.enquete.testing.HiddenRowsWorkbooks.writeOds(dir, "sp24-filtered.ods", graduates::contains, true);
        SurveyResult r = analyze(p);
        assertEquals(91, r.respondents());
        assertEquals(List.of(p + ": sheet \"Form Responses 1\": a filter left on (A1:G92) hides 5 rows (rows 3, 30, 33, 38, 76); they"
                + " are read and counted with the others: clear the filter to see them, delete them to leave them out"),
                hidden(r).stream().map(Diagnostic::toString).toList());
    }
}
