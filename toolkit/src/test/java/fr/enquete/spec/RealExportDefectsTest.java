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

    @Test
    void aSingleChoiceWhoseAnswersHoldACommaIsNotCutIntoPieces() throws IOException {
        // Counted by hand: Yes, definitely 4; Yes, probably 2; No, probably not 1; No, definitely not 1.
        Path p = write("yes.csv", "Timestamp,Would you recommend it?\n"
                + "1/5/2024 9:00:00,\"Yes, definitely\"\n1/5/2024 9:01:00,\"Yes, definitely\"\n"
                + "1/5/2024 9:02:00,\"Yes, probably\"\n1/5/2024 9:03:00,\"No, probably not\"\n"
                + "1/5/2024 9:04:00,\"Yes, definitely\"\n1/5/2024 9:05:00,\"Yes, probably\"\n"
                + "1/5/2024 9:06:00,\"No, definitely not\"\n1/5/2024 9:07:00,\"Yes, definitely\"\n");
        Inference inf = infer(p);
        fr.enquete.model.Question q = inf.survey().question("Would you recommend it?").orElseThrow();
        assertEquals(QuestionType.SINGLE, q.type(), inf.reasons().get(q.id()));
        QuestionResult.Choices c = (QuestionResult.Choices) analyze(p).questions().stream()
                .filter(r -> r.question().id().equals(q.id())).findFirst().orElseThrow();
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        c.rows().forEach(r -> counts.put(r.label(), r.count()));
        assertEquals(4L, counts.get("Yes, definitely"));
        assertEquals(2L, counts.get("Yes, probably"));
        assertEquals(1L, counts.get("No, probably not"));
        assertEquals(1L, counts.get("No, definitely not"));
    }

    @Test
    void aJoinedMultipleChoiceIsStillRecognisedByItsClosedSetOfMovingPieces() throws IOException {
        Path p = write("multi.csv", "Timestamp,Topics\n1/5/2024 9:00:00,\"Housing, Health\"\n1/5/2024 9:01:00,Health\n"
                + "1/5/2024 9:02:00,\"Health, Jobs\"\n1/5/2024 9:03:00,Housing\n1/5/2024 9:04:00,\"Housing, Jobs\"\n");
        fr.enquete.model.Question q = infer(p).survey().question("Topics").orElseThrow();
        assertEquals(QuestionType.MULTIPLE, q.type());
        assertEquals(java.util.List.of("Housing", "Health", "Jobs"), q.choices());
    }

    @Test
    void typoWarningsNeverPairOppositeAnswers() throws IOException {
        StringBuilder sb = new StringBuilder("id;satisfaction;sleep;country;q\n");
        String[][] rows = {
            {"Très satisfait", "8-9 hours", "Chile", "Oui"}, {"Très satisfait", "8-9 hours", "Chile", "Oui"},
            {"Très satisfait", "8-9 hours", "Chile", "Oui"}, {"Très insatisfait", "3-4 hours", "China", "Oiu"},
            {"Plutôt satisfait", "8-9 hours", "Chile", "Non"}, {"Plutôt satisfait", "8-9 hours", "Chile", "Non"},
            {"Plutôt satisfait", "8-9 hours", "Chile", "Non"}, {"Tres satisfaits", "8-9 hours", "Chile", "Non"}};
        for (int i = 0; i < rows.length; i++) {
            sb.append(i + 1).append(';').append(String.join(";", rows[i])).append('\n');
        }
        Inference inf = infer(write("typo.csv", sb.toString()));
        String sat = inf.reasons().get("satisfaction");
        assertFalse(sat.contains("\"Très insatisfait\" (once) looks like"), sat);
        assertTrue(sat.contains("\"Tres satisfaits\" (once) looks like \"Très satisfait\""), sat);
        assertFalse(inf.reasons().get("sleep").contains("doubtful"), inf.reasons().get("sleep"));
        assertFalse(inf.reasons().get("country").contains("doubtful"), inf.reasons().get("country"));
        assertTrue(inf.reasons().get("q").contains("\"Oiu\" (once) looks like \"Oui\""), inf.reasons().get("q"));
        assertFalse(TypoSuspect.likelyTypo("Very dissatisfied", "Very satisfied"));
        assertFalse(TypoSuspect.likelyTypo("Not at all likely", "At all likely"));
        assertTrue(TypoSuspect.likelyTypo("Very satisfed", "Very satisfied"));
    }

    /** A LimeSurvey 3 structure: question "fruit" whose answers A1, A2 show only an image, A3 a text with entities. */
    private static final String IMAGE_LSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <document><LimeSurveyDocType>Survey</LimeSurveyDocType><DBVersion>359</DBVersion>
            <languages><language>en</language></languages>
            <questions><rows><row><qid>1</qid><parent_qid>0</parent_qid><gid>1</gid><type>L</type><title>fruit</title>
            <question><![CDATA[<p>Which one&#39;s your fav&eacute;rite?</p><script type="text/javascript">$(document).ready(function(){ hide(); });</script><style>p {color: red}</style>]]></question>
            <other>N</other><relevance>1</relevance><question_order>1</question_order><language>en</language></row></rows></questions>
            <answers><rows>
            <row><qid>1</qid><code>A1</code><answer><![CDATA[<img src="/upload/surveys/1/images/apple.png" alt="" />]]></answer><sortorder>1</sortorder><language>en</language><scale_id>0</scale_id></row>
            <row><qid>1</qid><code>A2</code><answer><![CDATA[<p><img src="/upload/surveys/1/images/pear.png" /></p>&nbsp;]]></answer><sortorder>2</sortorder><language>en</language><scale_id>0</scale_id></row>
            <row><qid>1</qid><code>A3</code><answer><![CDATA[Pomme d&#39;api &amp; co]]></answer><sortorder>3</sortorder><language>en</language><scale_id>0</scale_id></row>
            </rows></answers></document>
            """;

    @Test
    void limeSurveyImageOnlyAnswersAreLabelledByTheirCodeAndHtmlIsReadAsABrowserShowsIt() throws IOException {
        Path lss = write("images.lss", IMAGE_LSS.strip());
        LssReader.Result r = LssReader.read(lss);
        fr.enquete.model.Question q = r.spec().survey().question("fruit").orElseThrow();
        assertEquals("Which one's your favérite?", q.label(), "entities decoded, script and style dropped");
        assertEquals(java.util.List.of("A1", "A2", "Pomme d'api & co"), q.choices());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("question fruit: answer(s) A1, A2 have no text (an image only)")), r.notes().toString());
        // Counted by hand over the 6 rows below: A1 3, A2 2, A3 1, none "Sans réponse".
        Path csv = write("codes.csv", "id,fruit\n1,A1\n2,A2\n3,A1\n4,A3\n5,A2\n6,A1\n");
        SurveyResult res = SurveyAnalyzer.analyze(Importers.open(csv, ImportOptions.DEFAULTS), r.spec().survey(), AnalysisOptions.DEFAULTS);
        QuestionResult.Choices c = (QuestionResult.Choices) res.questions().get(0);
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        c.rows().forEach(row -> counts.put(row.label(), row.count()));
        assertEquals(3L, counts.get("A1"));
        assertEquals(2L, counts.get("A2"));
        assertEquals(1L, counts.get("Pomme d'api & co"));
        assertEquals(6, c.answered());
    }

    /**
     * SurveyMonkey XLSX without Collector ID nor IP Address columns, whose last question spans three merged
     * columns: the header row stops at D1, the second row goes on to F2.
     */
    private Path surveyMonkeyWithoutCollector() throws IOException {
        Path p = dir.resolve("monkey.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sh = wb.createSheet("Sheet");
            String[][] rows = {
                {"Start Date", "End Date", "How satisfied are you?", "Which topics matter?"},
                {"", "", "Response", "Housing", "Health", "Other (please specify)"},
                {"2024-01-18", "2024-01-18", "Very satisfied", "Housing", "", ""},
                {"2024-01-19", "2024-01-19", "Satisfied", "", "Health", ""},
                {"2024-01-19", "2024-01-19", "Very satisfied", "Housing", "Health", "Cycling lanes"},
                {"2024-01-20", "2024-01-20", "Very satisfied", "", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sh.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            sh.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 3, 5));
            try (java.io.OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        return p;
    }

    @Test
    void surveyMonkeyTwoRowHeaderIsRecognisedByItsShapeAndItsLastQuestionMaySpanSeveralColumns() throws IOException {
        Path p = surveyMonkeyWithoutCollector();
        fr.enquete.importer.TableSource source = Importers.open(p, ImportOptions.DEFAULTS);
        assertTrue(source.description().contains("SurveyMonkey's two header rows merged"), source.description());
        assertEquals(java.util.List.of("Start Date", "End Date", "How satisfied are you?", "Which topics matter? [Housing]",
                "Which topics matter? [Health]", "Which topics matter? [Other (please specify)]"), source.header().names());
        Inference inf = infer(p);
        assertEquals(4, inf.rows(), "the second header row is no respondent");
        SurveyResult r = analyze(p);
        QuestionResult.Choices sat = (QuestionResult.Choices) r.questions().stream()
                .filter(q -> q.question().id().equals("How satisfied are you?")).findFirst().orElseThrow();
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        sat.rows().forEach(row -> counts.put(row.label(), row.count()));
        // Counted by hand: Very satisfied 3, Satisfied 1; "Response" is a header, never an answer.
        assertEquals(3L, counts.get("Very satisfied"));
        assertEquals(1L, counts.get("Satisfied"));
        assertFalse(counts.containsKey("Response"), counts.toString());
        QuestionResult.Choices topics = (QuestionResult.Choices) r.questions().stream()
                .filter(q -> q.question().id().equals("Which topics matter?")).findFirst().orElseThrow();
        java.util.Map<String, Long> ticks = new java.util.LinkedHashMap<>();
        topics.rows().forEach(row -> ticks.put(row.label(), row.count()));
        assertEquals(2L, ticks.get("Housing"), ticks.toString());
        assertEquals(2L, ticks.get("Health"), ticks.toString());
    }

    @Test
    void aSpreadsheetWhoseFirstRowIsARespondentKeepsIt() throws IOException {
        // Same shape of header, but the row under it is a respondent's (a number in it): nothing merged.
        Path p = write("plain.csv", "id,Colour,Sizes,\n1,Red,S,M\n2,Blue,M,\n");
        fr.enquete.importer.TableSource source = Importers.open(p, ImportOptions.DEFAULTS);
        assertFalse(source.description().contains("merged"), source.description());
        assertEquals(2, infer(p).rows());
    }
}
