package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.model.InputException;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Survey;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The defects that real platform exports showed (issue 15), each on the smallest export that has it. */
class RealExportDefectsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static Inference infer(Path p) {
        return SchemaInference.infer(Importers.open(p, ImportOptions.DEFAULTS));
    }

    private static SurveyResult analyze(Path p) {
        Survey s = infer(p).survey();
        return SurveyAnalyzer.analyze(Importers.open(p, ImportOptions.DEFAULTS), s, AnalysisOptions.DEFAULTS);
    }

    private static QuestionResult.Dates dates(SurveyResult r, String id) {
        return (QuestionResult.Dates) r.questions().stream().filter(q -> q.question().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void englishGoogleSheetsTimestampsAreMonthFirstForTheWholeColumn() throws IOException {
        // English Google Sheets: "1/18/2024 14:18:00" proves month first for the whole column, so "1/5/2024"
        // is 5 January (read day first, as before, it was 1 May). Hand-read: 5 Jan, 18 Jan, 3 Feb.
        Path p = write("en.csv", "Timestamp,Colour\n1/5/2024 9:02:11,Red\n1/18/2024 14:18:00,Blue\n2/3/2024 8:00:00,Red\n");
        Inference inf = infer(p);
        assertEquals(QuestionType.DATE, inf.survey().question("Timestamp").orElseThrow().type());
        String why = inf.reasons().get("Timestamp");
        assertTrue(why.contains("3 dates over 3 filled cells") && why.contains("month/day/year")
                && why.contains("\"1/18/2024 14:18:00\" (row 3) has a second field above 12"), why);
        QuestionResult.Dates d = dates(analyze(p), "Timestamp");
        assertEquals(3, d.count());
        assertEquals(LocalDateTime.of(2024, 1, 5, 9, 2, 11), d.first(), "5 January, not 1 May");
        assertEquals(LocalDateTime.of(2024, 2, 3, 8, 0), d.last());
    }

    @Test
    void withoutADayAbove12TheInterfaceLanguageDecides() throws IOException {
        String rows = "1/5/2024 9:00:00,a\n2/3/2024 9:00:00,b\n";
        QuestionResult.Dates en = dates(analyze(write("en.csv", "Timestamp,x\n" + rows)), "Timestamp");
        assertEquals(LocalDateTime.of(2024, 1, 5, 9, 0), en.first(), "Timestamp: English interface, month first");
        assertEquals(LocalDateTime.of(2024, 2, 3, 9, 0), en.last());
        Path fr = write("fr.csv", "Horodateur,x\n" + rows);
        QuestionResult.Dates f = dates(analyze(fr), "Horodateur");
        assertEquals(LocalDateTime.of(2024, 3, 2, 9, 0), f.first(), "Horodateur: French interface, day first (2 March)");
        assertEquals(LocalDateTime.of(2024, 5, 1, 9, 0), f.last());
        assertTrue(infer(fr).reasons().get("Horodateur").contains("day/month/year (d/M/yyyy): no day above 12 proves an order, so the French interface's Horodateur column decides"),
                infer(fr).reasons().get("Horodateur"));
        // A first field above 12 overrides the English header: the column proves day first.
        QuestionResult.Dates proven = dates(analyze(write("dm.csv", "Timestamp,x\n1/5/2024 9:00:00,a\n18/1/2024 9:00:00,b\n")), "Timestamp");
        assertEquals(LocalDateTime.of(2024, 1, 18, 9, 0), proven.first());
        assertEquals(LocalDateTime.of(2024, 5, 1, 9, 0), proven.last());
    }

    @Test
    void aColumnMixingBothOrdersIsALocatedErrorNotASilentMix() throws IOException {
        Path p = write("mixed.csv", "Timestamp,x\n18/1/2024 9:00:00,a\n1/19/2024 9:00:00,b\n");
        InputException e = assertThrows(InputException.class, () -> analyze(p));
        assertTrue(e.getMessage().contains("\"18/1/2024 9:00:00\" (row 2) can only be day/month/year")
                && e.getMessage().contains("\"1/19/2024 9:00:00\" (row 3) only month/day/year"), e.getMessage());
        assertTrue(e.getMessage().contains("mixed.csv") && e.getMessage().contains("row 3"), e.getMessage());
        // A column that is not called a date keeps its text rather than mixing orders.
        Path q = write("q.csv", "id,when\n1,18/1/2024\n2,1/19/2024\n3,1/19/2024\n");
        assertFalse(infer(q).survey().question("when").orElseThrow().type() == QuestionType.DATE);
    }
}
