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
import java.util.Map;
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
    void limeSurveysPlaceholderFor1January1980IsNotADate() throws IOException {
        // A survey without date stamps: LimeSurvey writes 1980-01-01 00:00:00 in every completed response's
        // submitdate (the real export fixtures/real/limesurvey/uu-name-face-results.csv); the report said
        // "Première date 1 janvier 1980". The column only marks completion: an id, not a date.
        Path undated = write("undated.csv", "id,submitdate,lastpage,startlanguage,q\n1,1980-01-01 00:00:00,2,en,a\n"
                + "2,1980-01-01 00:00:00,2,en,b\n3,,1,en,a\n");
        Inference inf = infer(undated);
        assertEquals(QuestionType.ID, inf.survey().question("submitdate").orElseThrow().type());
        assertTrue(inf.reasons().get("submitdate").contains("LimeSurvey's 1980-01-01 00:00:00 placeholder in all 2 filled cells"),
                inf.reasons().get("submitdate"));
        SurveyResult r = analyze(undated);
        assertEquals(2, r.respondents(), "the placeholder still marks a completed response; row 4 is unfinished");
        // Responses imported into a date-stamped survey: the placeholder beside real dates is left out of them.
        // Hand-read: real dates 2 March and 5 March 2024, two placeholders.
        Path mixed = write("mixed-ls.csv", "id,submitdate,lastpage,startlanguage,q\n1,2024-03-05 10:00:00,2,en,a\n"
                + "2,1980-01-01 00:00:00,2,en,b\n3,2024-03-02 09:30:00,2,en,a\n4,1980-01-01 00:00,2,en,a\n");
        assertEquals(QuestionType.DATE, infer(mixed).survey().question("submitdate").orElseThrow().type());
        assertTrue(infer(mixed).reasons().get("submitdate").contains("2 cells hold LimeSurvey's 1980-01-01 00:00:00 placeholder"),
                infer(mixed).reasons().get("submitdate"));
        SurveyResult m = analyze(mixed);
        QuestionResult.Dates d = dates(m, "submitdate");
        assertEquals(2, d.count());
        assertEquals(LocalDateTime.of(2024, 3, 2, 9, 30), d.first(), "not 1 January 1980");
        assertEquals(LocalDateTime.of(2024, 3, 5, 10, 0), d.last());
        assertTrue(m.diagnostics().stream().anyMatch(x -> x.message().english().equals("date question \"submitdate\": 2 cells"
                + " hold LimeSurvey's 1980-01-01 00:00:00, its stand-in for a date it did not record (survey without date"
                + " stamps, imported responses): left out of the dates")), m.diagnostics().toString());
        // Another platform's column of that date is a date like any other.
        assertEquals(QuestionType.DATE, infer(write("other.csv", "Horodateur,q\n1980-01-01 00:00:00,a\n1980-01-01 00:00:00,b\n"))
                .survey().question("Horodateur").orElseThrow().type());
    }

    @Test
    void aLimeSurveyStructureOrArchiveGivenAsTheExportSaysWhatToExportInstead() throws IOException {
        // The real .lss given where the responses are expected was read as a CSV: "the first row holds only
        // <?xml ...>: a title above the real header row?".
        Path lss = fr.enquete.testing.Fixtures.home().resolve("fixtures/real/limesurvey/ls5-em-question-attributes.lss");
        InputException e = assertThrows(InputException.class, () -> Importers.open(lss, ImportOptions.DEFAULTS));
        assertTrue(e.getMessage().contains("ls5-em-question-attributes.lss")
                && e.getMessage().contains("a LimeSurvey survey structure (.lss) holds the questions, not the responses:"
                + " export the responses (Responses > Export: CSV or Excel) and give the .lss with --structure"), e.getMessage());
        // An archive is a zip: it was opened as a workbook.
        Path lsa = dir.resolve("survey_archive_123456.lsa");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(lsa))) {
            z.putNextEntry(new java.util.zip.ZipEntry("survey_123456.lss"));
            z.write("<?xml version=\"1.0\"?><document/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        InputException a = assertThrows(InputException.class, () -> Importers.open(lsa, ImportOptions.DEFAULTS));
        assertTrue(a.getMessage().contains("a LimeSurvey survey archive (.lsa) is not read: export the responses"
                + " (Responses > Export: CSV or Excel) and, for --structure, the survey structure (.lss)"), a.getMessage());
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
        assertTrue(r.notes().stream().map(fr.enquete.model.Message::english).toList().stream().anyMatch(n -> n.contains("question fruit: answers A1, A2 have no text (an image only)")), r.notes().stream().map(fr.enquete.model.Message::english).toList().toString());
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
    void surveyMonkeyExportsEditedInASpreadsheetKeepTheirTwoHeaderRows() throws IOException {
        // As the TODO Group's OSPO survey publishes its SurveyMonkey exports (fixtures/real/surveymonkey): collector,
        // IP and e-mail columns removed, and either the first row's merged cells filled across (2020: the question in
        // every one of its columns) or the second row repeating the first under the metadata and single questions
        // (2018). Both were read as one header row, the second becoming a respondent ("Response" an answer).
        // 2020 also ends with empty columns, blank in both header rows (a spreadsheet's saved range).
        Path filled = write("filled.csv", "Respondent ID,Start Date,Q1 journey?,Q1 journey?,Size?,,\n"
                + "Respondent ID,Start Date,Consuming,Contributing,Response,,\n"
                + "11,06/08/2020,Consuming,,Small,,\n12,06/09/2020,,Contributing,Large,,\n13,06/09/2020,Consuming,Contributing,Small,,\n");
        fr.enquete.importer.TableSource f = Importers.open(filled, ImportOptions.DEFAULTS);
        assertEquals(java.util.List.of("Respondent ID", "Start Date", "Q1 journey? [Consuming]", "Q1 journey? [Contributing]", "Size?"),
                f.header().names().subList(0, 5));
        assertEquals(3, infer(filled).rows(), "the second header row is no respondent");
        Path repeated = write("repeated.csv", "Respondent ID,Collector,Q1 journey?,,Size?\n"
                + "Respondent ID,Collector,Consuming,Contributing,Size?\n"
                + "11,Mail,Consuming,,Small\n12,Web,,Contributing,Large\n");
        fr.enquete.importer.TableSource r = Importers.open(repeated, ImportOptions.DEFAULTS);
        assertEquals(java.util.List.of("Respondent ID", "Collector", "Q1 journey? [Consuming]", "Q1 journey? [Contributing]", "Size?"),
                r.header().names());
        assertEquals(2, infer(repeated).rows());
        // A plain table whose first row is a respondent stays as it is.
        Path plain = write("plain.csv", "Respondent ID,Q,Q\nA1,x,y\nA2,y,x\n");
        assertEquals(3, infer(plain).rows() + 1, "two respondents kept");
    }

    @Test
    void surveyMonkeysTwelveHourTimesAreDatesReadMonthFirst() throws IOException {
        // SurveyMonkey writes "06/08/2020 10:36:30 AM": stats stopped with "expected a date" on the real OSPO 2020
        // export. Hand-read, month first (SurveyMonkey's English interface): 8 June 10:36:30, 9 June 00:05 (12 AM),
        // 9 June 12:40 (12 PM), 10 June 13:05 (1 PM).
        Path p = write("sm-times.csv", "Respondent ID,Start Date,Q\n1,06/08/2020 10:36:30 AM,a\n2,06/09/2020 12:05:00 AM,b\n"
                + "3,06/09/2020 12:40:00 PM,a\n4,06/10/2020 01:05:00 PM,b\n");
        Inference inf = infer(p);
        assertTrue(inf.reasons().get("Start Date").contains("4 dates over 4 filled cells, read month/day/year (M/d/yyyy):"
                + " no day above 12 proves an order, so SurveyMonkey's English Respondent ID and Start Date columns decide"),
                inf.reasons().get("Start Date"));
        QuestionResult.Dates d = dates(analyze(p), "Start Date");
        assertEquals(4, d.count());
        assertEquals(LocalDateTime.of(2020, 6, 8, 10, 36, 30), d.first());
        assertEquals(LocalDateTime.of(2020, 6, 10, 13, 5), d.last());
        assertEquals(LocalDateTime.of(2020, 6, 9, 0, 5), fr.enquete.model.CellValues.parseDate("06/09/2020 12:05:00 AM",
                fr.enquete.model.DateOrder.MONTH_FIRST));
        assertEquals(LocalDateTime.of(2020, 6, 9, 12, 40), fr.enquete.model.CellValues.parseDate("06/09/2020 12:40 pm",
                fr.enquete.model.DateOrder.MONTH_FIRST));
        assertEquals(null, fr.enquete.model.CellValues.readDate("06/09/2020 13:40 PM"), "no 13 PM");
    }

    @Test
    void surveyMonkeyTwoRowHeaderIsRecognisedByItsShapeAndItsLastQuestionMaySpanSeveralColumns() throws IOException {
        Path p = surveyMonkeyWithoutCollector();
        fr.enquete.importer.TableSource source = Importers.open(p, ImportOptions.DEFAULTS);
        assertTrue(source.description().contains("SurveyMonkey's two header rows merged"), source.description());
        assertEquals(fr.enquete.importer.Platform.SURVEYMONKEY, fr.enquete.importer.Platform.detect(source, null).platform());
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

    private Path workbook(String name, String[][]... sheets) throws IOException {
        Path p = dir.resolve(name);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            for (String[][] sheet : sheets) {
                org.apache.poi.ss.usermodel.Sheet sh = wb.createSheet(sheet[0][0]);
                for (int r = 1; r < sheet.length; r++) {
                    org.apache.poi.ss.usermodel.Row row = sh.createRow(r - 1);
                    for (int c = 0; c < sheet[r].length; c++) {
                        row.createCell(c).setCellValue(sheet[r][c]);
                    }
                }
            }
            try (java.io.OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        return p;
    }

    /** A KoboToolbox form with a repeat group, selected() on a select_one and a select_multiple, legacy and or_other types. */
    private Path koboForm() throws IOException {
        return workbook("form.xlsx", new String[][] {{"survey"},
            {"type", "name", "label", "relevant"},
            {"start", "start", "", ""},
            {"begin_group", "profil", "Profil", ""},
            {"select_one yn", "member", "Member?", ""},
            {"select_multiple topics", "topics", "Topics", ""},
            {"text", "topics_why", "Why?", "selected(${member}, 'yes')"},
            {"text", "other_detail", "Other topic", "selected(${topics}, 'other')"},
            {"select one from size", "size", "Size", ""},
            {"select_one org or_other", "org", "Organisation", ""},
            {"end_group", "", "", ""},
            {"begin_repeat", "children", "Children", ""},
            {"integer", "child_age", "Age", ""},
            {"end_repeat", "", "", ""},
            {"integer", "hh", "Household size", ""}},
            new String[][] {{"choices"}, {"list_name", "name", "label"},
                {"yn", "yes", "Yes"}, {"yn", "no", "No"},
                {"topics", "housing", "Housing"}, {"topics", "health", "Health"}, {"topics", "other", "Other"},
                {"size", "s", "Small"}, {"size", "l", "Large"},
                {"org", "assoc", "Association"}, {"org", "city", "City"}});
    }

    /** Five submissions, as KoboToolbox exports them with the given group separator (repeats left out, hh too). */
    private Path koboExport(String sep) throws IOException {
        String g = "profil" + sep;
        String t = g + "topics" + sep;
        return write("kobo" + (sep.equals(".") ? "-dot" : "") + ".csv", String.join(";", "start", g + "member", g + "topics",
                t + "housing", t + "health", t + "other", g + "topics_why", g + "other_detail", g + "size", g + "org", g + "org_other",
                "_id", "_uuid", "_submission_time", "_index") + "\n"
                + "2024-05-01T10:00:00;yes;housing health;1;1;0;why1;;s;assoc;;1;u1;2024-05-01T10:06:00;1\n"
                + "2024-05-01T10:00:00;no;other;0;0;1;;cycling;l;other;Club;2;u2;2024-05-01T10:06:00;2\n"
                + "2024-05-01T10:00:00;yes;housing other;1;0;1;why3;sport;s;city;;3;u3;2024-05-01T10:06:00;3\n"
                + "2024-05-01T10:00:00;yes;health;0;1;0;why4;;l;other;Union;4;u4;2024-05-01T10:06:00;4\n"
                + "2024-05-01T10:00:00;no;housing;1;0;0;;;s;assoc;;5;u5;2024-05-01T10:06:00;5\n");
    }

    private static Map<String, Long> counts(SurveyResult r, String id) {
        QuestionResult.Choices c = (QuestionResult.Choices) r.questions().stream().filter(q -> q.question().id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(id));
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        c.rows().forEach(row -> m.put(row.label(), row.count()));
        return m;
    }

    private static QuestionResult result(SurveyResult r, String id) {
        return r.questions().stream().filter(q -> q.question().id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void koboFormWithRepeatsSelectedOnSelectOneDotSeparatorAndAbsentQuestionsIsReadWithOneWarning() throws IOException {
        Path form = koboForm();
        for (String sep : new String[] {"/", "."}) {
            Path csv = koboExport(sep);
            LssReader.Result read = XlsFormReader.read(form, Importers.open(csv, ImportOptions.DEFAULTS).header());
            assertTrue(read.notes().stream().map(fr.enquete.model.Message::english).toList().contains("1 question in repeat groups is not in this export (KoboToolbox exports repeats"
                    + " to other sheets), left out: child_age"), read.notes().stream().map(fr.enquete.model.Message::english).toList().toString());
            assertTrue(read.notes().stream().map(fr.enquete.model.Message::english).toList().contains("1 question of the form is not in the export, left out: hh"), read.notes().stream().map(fr.enquete.model.Message::english).toList().toString());
            assertFalse(read.notes().stream().map(fr.enquete.model.Message::english).toList().stream().anyMatch(n -> n.contains("not translated")), read.notes().stream().map(fr.enquete.model.Message::english).toList().toString());
            SurveyResult r = SurveyAnalyzer.analyze(Importers.open(csv, ImportOptions.DEFAULTS), read.spec().survey(), AnalysisOptions.DEFAULTS);
            // Hand counts from the five rows of koboExport.
            assertEquals(3L, counts(r, "member").get("Yes"), sep);
            assertEquals(Map.of("Housing", 3L, "Health", 2L, "Other", 2L), Map.of("Housing", counts(r, "topics").get("Housing"),
                    "Health", counts(r, "topics").get("Health"), "Other", counts(r, "topics").get("Other")), sep);
            assertEquals(3, result(r, "topics_why").base(), "selected(${member}, 'yes') on a select_one is member = yes");
            assertEquals(2, result(r, "other_detail").base(), "selected(${topics}, 'other') is the 0/1 column topics/other");
            assertEquals(3L, counts(r, "size").get("Small"), "legacy 'select one from size'");
            assertEquals(2L, counts(r, "size").get("Large"));
            Map<String, Long> org = counts(r, "org");
            assertEquals(2L, org.get("Association"));
            assertEquals(1L, org.get("City"));
            assertEquals(2L, org.get("Autre"), "or_other adds the choice other: " + org);
            assertEquals(2, ((QuestionResult.Text) result(r, "org_other")).answers().size(), "its texts are in org_other");
        }
    }

    @Test
    void koboOtherTickColumnIsAChoiceAndTheUnderscoreColumnItsTexts() throws IOException {
        Inference inf = infer(koboExport("/"));
        fr.enquete.model.Question topics = inf.survey().question("profil/topics").orElseThrow();
        assertEquals(QuestionType.MULTIPLE, topics.type());
        assertTrue(topics.options().stream().anyMatch(o -> o.column().equals("profil/topics/other") && o.label().equals("Autre")),
                topics.options().toString());
        assertFalse(inf.survey().question("profil/topics/other").isPresent(), "no verbatims of 0 and 1");
        assertEquals(QuestionType.TEXT, inf.survey().question("profil/org_other").orElseThrow().type(), inf.reasons().get("profil/org_other"));
    }

    @Test
    void aFormWithoutChoicesSheetIsRead() throws IOException {
        Path form = workbook("nochoices.xlsx", new String[][] {{"survey"}, {"type", "name", "label"},
            {"text", "name_of_place", "Place"}, {"integer", "visits", "Visits"}});
        Path csv = write("visits.csv", "name_of_place;visits;_uuid\nA;3;u1\nB;5;u2\n");
        LssReader.Result read = XlsFormReader.read(form, Importers.open(csv, ImportOptions.DEFAULTS).header());
        assertEquals(java.util.List.of("name_of_place", "visits"), read.spec().survey().questions().stream().map(q -> q.id()).toList());
        SurveyResult r = SurveyAnalyzer.analyze(Importers.open(csv, ImportOptions.DEFAULTS), read.spec().survey(), AnalysisOptions.DEFAULTS);
        assertEquals(8, ((QuestionResult.Numeric) result(r, "visits")).summary().sum(), 0, "3 + 5");
    }

    @Test
    void partsOfAColumnReadOnSeveralThreadsDecideItsOrderTogether() {
        // Each part alone proves one order; merged, the column mixes both and keeps the earliest proofs.
        fr.enquete.model.DateEvidence first = new fr.enquete.model.DateEvidence();
        first.see(fr.enquete.model.CellValues.readDate("5/1/2024"), "5/1/2024", 2);
        first.see(fr.enquete.model.CellValues.readDate("18/1/2024"), "18/1/2024", 3);
        fr.enquete.model.DateEvidence second = new fr.enquete.model.DateEvidence();
        second.see(fr.enquete.model.CellValues.readDate("1/19/2024"), "1/19/2024", 90_000);
        assertEquals(java.util.Optional.of(fr.enquete.model.DateOrder.DAY_FIRST), first.proven());
        assertEquals(java.util.Optional.of(fr.enquete.model.DateOrder.MONTH_FIRST), second.proven());
        first.merge(second);
        assertTrue(first.mixed());
        assertEquals("dates mix two orders: \"18/1/2024\" (row 3) can only be day/month/year and \"1/19/2024\" (row 90000)"
                + " only month/day/year; correct one of them", first.mixedMessage());
    }
}
