package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Survey;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.Diagnostic;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real exports as study teams re-save them in a spreadsheet (fixtures/real/resaved/, built by its make.py): the rows
 * they add that are no respondent's are left out and said, so the tables are those of the original export.
 */
class ResavedExportsTest {

    @TempDir
    Path dir;

    private static Path resaved(String name) {
        return Fixtures.home().resolve("fixtures/real/resaved/" + name);
    }

    private static Inference infer(Path p) {
        return SchemaInference.infer(Importers.open(p, ImportOptions.DEFAULTS));
    }

    private static SurveyResult analyze(Path p) {
        Survey s = infer(p).survey();
        return SurveyAnalyzer.analyze(Importers.open(p, ImportOptions.DEFAULTS), s, AnalysisOptions.DEFAULTS);
    }

    private static QuestionResult question(SurveyResult r, String id) {
        return r.questions().stream().filter(q -> q.question().id().equals(id)).findFirst().orElseThrow();
    }

    /** Each answer's count, "Sans réponse" left out. */
    private static Map<String, Long> counts(SurveyResult r, String id) {
        return ((QuestionResult.Choices) question(r, id)).rows().stream().filter(c -> !c.missing())
                .collect(Collectors.toMap(ChoiceRow::label, ChoiceRow::count));
    }

    private static List<QuestionResult> withoutTexts(SurveyResult r) {
        return r.questions().stream().filter(q -> !(q instanceof QuestionResult.Text)).toList();
    }

    private static List<String> said(SurveyResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aTotalRowAddedInASpreadsheetIsLeftOutAndSaid() {
        // uva-cleaned-hotdog.xlsx with a "Total" row of COUNTA formulas under its 4 176 respondents, saved by
        // LibreOffice. Before, it was respondent 4 177, and its counts answers: "4176" beside Yes and No.
        // pandas on the original: len(d) -> 4176; d['Is a Hotdog a sandwich?'].value_counts() -> No 2892, Yes 1284;
        // d['Source'].value_counts() -> First YikYak Survey 3058, Second YikYak Survey 882, Microsoft Form 105...
        Path p = resaved("uva-cleaned-hotdog-total-row.xlsx");
        SurveyResult r = analyze(p);
        assertEquals(4176, r.respondents());
        assertEquals(Map.of("No", 2892L, "Yes", 1284L), counts(r, "Is a Hotdog a sandwich?"));
        assertEquals(4176, ((QuestionResult.Choices) question(r, "Is a Hotdog a sandwich?")).base());
        assertEquals(3058L, counts(r, "Source").get("First YikYak Survey"));
        assertEquals(5, counts(r, "Source").size(), counts(r, "Source").toString());
        assertTrue(said(r).contains(p + ", row 4178: a total row added in a spreadsheet (\"Total\" then numbers only):"
                + " no respondent, left out"), said(r).toString());
        Inference inf = infer(p);
        assertEquals(4176, inf.rows());
        assertEquals(List.of("row 4178: a total row added in a spreadsheet (\"Total\" then numbers only): no respondent, left out"),
                inf.leftOut());
        // The same tables as the original workbook's.
        SurveyResult original = analyze(Fixtures.home().resolve("fixtures/real/spreadsheets/uva-cleaned-hotdog.xlsx"));
        assertEquals(original.questions(), r.questions());
    }

    @Test
    void aSecondHeaderRowOfLabelsIsNoRespondent() {
        // uu-name-face-results.csv (LimeSurvey) as a workbook whose row 2 gives each column's label under its code.
        // Before, the labels were respondent 63 ("Wat is je geslacht?" an answer, leeftijd no longer all numbers).
        // pandas on the CSV, completed responses (submitdate not empty): 62; Geslacht -> vrouw 36, man 26;
        // leeftijd: mean 33.532..., quantile([.25, .5, .75]) -> 19.25, 24, 39.75.
        Path p = resaved("uu-name-face-label-row.xlsx");
        SurveyResult r = analyze(p);
        assertEquals(62, r.respondents());
        assertEquals(Map.of("vrouw", 36L, "man", 26L), counts(r, "Geslacht"));
        QuestionResult.Numeric age = (QuestionResult.Numeric) question(r, "leeftijd");
        assertEquals(62, age.summary().count());
        assertEquals(33.5323, age.summary().mean(), 1e-4);
        assertEquals(19.25, age.summary().q1(), 1e-9);
        assertEquals(24, age.summary().median(), 1e-9);
        assertEquals(39.75, age.summary().q3(), 1e-9);
        assertTrue(said(r).contains(p + ", row 2: a second header row (\"Wat is je leeftijd?\" under \"leeftijd\", no number"
                + " nor date, nothing its columns repeat): the labels of the columns, no respondent, left out"), said(r).toString());
        assertEquals(QuestionType.NUMERIC, infer(p).survey().question("leeftijd").orElseThrow().type());
        // The original's tables, texts aside (their answers are quoted with their rows, one further down here).
        SurveyResult original = analyze(Fixtures.home().resolve("fixtures/real/limesurvey/uu-name-face-results.csv"));
        assertEquals(withoutTexts(original), withoutTexts(r));
    }

    @Test
    void aRowOfGroupHeadingsOverTheCodesGivesWayToThem() {
        // uu-name-face-results.csv under a row of group headings, each over its group's first column, the others
        // blank. Before, the headings were the header ("Gegevens", "#2"...), LimeSurvey went unrecognised (its 3
        // unfinished responses counted) and the codes were a respondent: 66 for 62.
        // pandas on the CSV, completed responses: 62; Geslacht -> vrouw 36, man 26; leeftijd mean 33.532...
        Path p = resaved("uu-name-face-group-headings.xlsx");
        SurveyResult r = analyze(p);
        assertEquals(62, r.respondents());
        assertEquals(Map.of("vrouw", 36L, "man", 26L), counts(r, "Geslacht"));
        assertEquals(33.5323, ((QuestionResult.Numeric) question(r, "leeftijd")).summary().mean(), 1e-4);
        assertTrue(said(r).contains(p + ", row 1: group headings over the names of the columns (\"Gegevens\" over \"id\"): the"
                + " columns are named by the next row"), said(r).toString());
        SurveyResult original = analyze(Fixtures.home().resolve("fixtures/real/limesurvey/uu-name-face-results.csv"));
        assertEquals(withoutTexts(original), withoutTexts(r));
    }

    @Test
    void rsNaCellsKeptAsTextByASpreadsheetAreStillNoAnswer() {
        // unhcr-main.csv, written by R (missing values a bare NA), opened by LibreOffice in French and saved as ODS:
        // the NA became text cells. Before, "NA" was an answer (361 of 381 in HealthcareAccessOth, a text of 20
        // answers) and the routing read from who answered was lost.
        // pandas on the CSV: (d['Welfare.WASH.WaterSourceDrink'] == 'no').sum() -> 180, and
        // d['Welfare.WASH.WaterSourceDrinkDiff'] holds 180 answers (UnprotectWell 17, SurfaceWat 15, TapNetLess2 13);
        // d['Assistance.Health.HealthcareAccess'] == 'other' -> 20, the 20 texts of HealthcareAccessOth.
        Path p = resaved("unhcr-main-libreoffice-fr.ods");
        SurveyResult r = analyze(p);
        assertEquals(381, r.respondents());
        QuestionResult.Choices drink = (QuestionResult.Choices) question(r, "Welfare.WASH.WaterSourceDrinkDiff");
        assertEquals(180, drink.base());
        assertEquals(17L, counts(r, "Welfare.WASH.WaterSourceDrinkDiff").get("UnprotectWell"));
        assertTrue(!counts(r, "Welfare.WASH.WaterSourceDrinkDiff").containsKey("NA"));
        QuestionResult.Text other = (QuestionResult.Text) question(r, "Assistance.Health.HealthcareAccessOth");
        assertEquals(20, other.base());
        assertEquals(20, other.answers().size());
        SurveyResult original = analyze(Fixtures.home().resolve("fixtures/real/kobotoolbox/unhcr-main.csv"));
        assertEquals(original.questions(), r.questions());
    }

    @Test
    void theHeaderAgainWhereTwoExportsWerePastedIsNoRespondent() {
        // uva-sp24-timestamp-en.csv as two exports pasted one under the other: 45 responses, the header again (row 47),
        // the other 46. Before, the header was respondent 92, its texts answers, and stats stopped on "Timestamp".
        // pandas on the original: len(d) -> 91; d.iloc[:, 1].value_counts() -> No 61, Yes 30;
        // d.iloc[:, 5].value_counts() -> Fourth year 52, Third Year 23, Second Year 7, First year 2 ('' 7).
        Path p = resaved("uva-sp24-two-exports-pasted.csv");
        SurveyResult r = analyze(p);
        assertEquals(91, r.respondents());
        assertEquals(Map.of("No", 61L, "Yes", 30L), counts(r, "Do you believe that a hotdog falls under the category of a sandwich?"));
        assertEquals(Map.of("Fourth year", 52L, "Third Year", 23L, "Second Year", 7L, "First year", 2L),
                counts(r, "If you are an undergraduate, what is your current academic year?"));
        assertTrue(said(r).contains(p + ", row 47: the header row again (two exports pasted one under the other?): no respondent,"
                + " left out"), said(r).toString());
        assertEquals(91, infer(p).rows());
    }

    @Test
    void textAReSaveDecodedWithTheWrongCharacterSetIsFlagged() {
        // uu-name-face-results.csv (UTF-8, no BOM) opened by LibreOffice as Windows-1252 and saved as XLSX:
        // pandas on that workbook, d['vr1010'].value_counts() -> 'ValÃ©rie' 15 (the CSV's 'Valérie'). inspect said
        // nothing of it; the report would print "ValÃ©rie".
        Inference inf = infer(resaved("uu-name-face-wrong-charset.xlsx"));
        String why = inf.reasons().get("vr1010");
        assertTrue(why.contains("(doubtful: 1 answer shows UTF-8 read as Windows-1252, \"ValÃ©rie\" for \"Valérie\": a spreadsheet"
                + " opened the CSV with the wrong character set before it was saved"), why);
        // The original's answers show nothing of the kind.
        Inference original = infer(Fixtures.home().resolve("fixtures/real/limesurvey/uu-name-face-results.csv"));
        assertTrue(original.reasons().values().stream().noneMatch(r -> r.contains("Windows-1252")), original.reasons().toString());
    }

    @Test
    void respondentsThatOnlyLookLikeAddedRowsAreKept() throws IOException {
        // A first respondent who wrote words where numbers are expected, but whose answer another gives too; a
        // "Total" that is an answer beside words; a "Sum" row holding a word. All counted: 4 respondents.
        Path p = Files.writeString(dir.resolve("kept.csv"), "Commune,Adherents,Avis\nLyon,environ 300,Bien\n"
                + "Paris,120,Bien\nTotal,45,Moyen\nSum,12,Bien\n");
        SurveyResult r = analyze(p);
        assertEquals(4, r.respondents());
        assertEquals(List.of(), infer(p).leftOut());
    }
}
