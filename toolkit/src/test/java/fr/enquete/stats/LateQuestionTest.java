package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Filter;
import fr.enquete.model.Survey;
import fr.enquete.spec.SchemaInference;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question added to the questionnaire after the first respondents answered: they are counted as no answer, which
 * the analysis says ({@code question.late}), under the question's table too.
 */
class LateQuestionTest {

    @TempDir
    Path dir;

    private static SurveyResult analyze(Path p) {
        TableSource source = Importers.open(p, ImportOptions.DEFAULTS);
        return SurveyAnalyzer.analyze(source, SchemaInference.infer(source).survey(), AnalysisOptions.DEFAULTS);
    }

    private static List<String> late(SurveyResult r) {
        return r.diagnostics().stream().filter(d -> d.message().key().equals("question.late")).map(Diagnostic::toString).toList();
    }

    @Test
    void theQuestionsTheLaterFormsAddedAreSaidFromTheirFirstRow() {
        // uva-cleaned-hotdog.xlsx joins two YikYak surveys (rows 2-3941), which asked only "Is a Hotdog a sandwich?",
        // and three later forms, which also asked Year, Hometown and comments. Before, Year read 4 072 "Sans réponse"
        // of 4 176 (97,51 %) with no hint that 3 940 of them were never asked. Without a spec, the routing inferred from
        // who answered (Source = "Microsoft Form"...) gives these questions their bases; a spec written without filters
        // (here the inferred survey, its filters deleted) counts everybody.
        // pandas: v = d['Year'].str.strip() != ''; v.values.argmax() -> 3940 (row 3942); v[3940:].sum() -> 104 of 236;
        // Hometown 96 of 236, Additional Comments 82 of 236; ID and the two others answered from the first row.
        Path p = Fixtures.home().resolve("fixtures/real/spreadsheets/uva-cleaned-hotdog.xlsx");
        TableSource source = Importers.open(p, ImportOptions.DEFAULTS);
        Survey inferred = SchemaInference.infer(source).survey();
        Survey unfiltered = new Survey(inferred.title(), inferred.questions().stream().map(q -> q.toBuilder().filter(Filter.ALL).build()).toList());
        SurveyResult r = SurveyAnalyzer.analyze(source, unfiltered, AnalysisOptions.DEFAULTS);
        QuestionResult.Choices years = (QuestionResult.Choices) r.questions().stream().filter(q -> q.question().id().equals("Year")).findFirst().orElseThrow();
        assertEquals(4176, years.base());
        assertEquals(List.of(
                p + ", column \"Year\": question \"Year\": blank for the 3,940 respondents before row 3942, answered from row 3942 on"
                        + " (104 of the 236 respondents since): added to the questionnaire after they answered? They are counted as no answer",
                p + ", column \"Hometown\": question \"Hometown\": blank for the 3,940 respondents before row 3942, answered from row"
                        + " 3942 on (96 of the 236 respondents since): added to the questionnaire after they answered? They are counted as"
                        + " no answer",
                p + ", column \"Additional Comments\": question \"Additional Comments\": blank for the 3,940 respondents before row 3942,"
                        + " answered from row 3942 on (82 of the 236 respondents since): added to the questionnaire after they answered?"
                        + " They are counted as no answer"), late(r));
        Diagnostic year = r.diagnostics().stream().filter(d -> d.message().key().equals("question.late")).findFirst().orElseThrow();
        assertEquals("uva-cleaned-hotdog.xlsx, colonne «\u00A0Year\u00A0»\u00A0: question «\u00A0Year\u00A0»\u00A0: vide pour les"
                + " 3\u00A0940 répondants avant la ligne 3942, répondue à partir de la ligne 3942 (104 des 236 répondants"
                + " depuis)\u00A0: ajoutée au questionnaire après leurs réponses\u00A0? Ils sont comptés sans réponse", year.text(Locale.FRENCH));
    }

    @Test
    void theSubmissionDateOfTheFirstAnswerIsNamed() throws IOException {
        // uva-sp24-timestamp-en.csv (Google Forms, 91 responses) as if "What state or country were you born in?" had
        // been added after the 30th response: its cells blanked in data rows 1-30.
        // pandas: v = d.iloc[:, 6].str.strip() != ''; v[30:].sum() -> 58 of 61; d['Timestamp'][30] -> 1/18/2024 14:56.
        Path p = rewrite("uva-sp24-born-added.csv", 6, row -> row < 30);
        SurveyResult r = analyze(p);
        assertEquals(List.of(p + ", column \"What state or country were you born in?\": question \"What state or country were you"
                + " born in?\": blank for the 30 respondents before row 32, answered from row 32 (Timestamp 1/18/2024 14:56) on"
                + " (58 of the 61 respondents since): added to the questionnaire after they answered? They are counted as no answer"),
                late(r));
    }

    @Test
    void aFileReadInPartsSaysTheSame() throws IOException {
        // Cut into parts of 2 KB (the first ones all blank in that column), merged in file order: the same finding.
        Path p = rewrite("uva-sp24-born-added.csv", 6, row -> row < 30);
        List<String> whole = late(analyze(p));
        SurveyAnalyzer.partBytes(2048);
        try {
            assertEquals(whole, late(analyze(p)));
        } finally {
            SurveyAnalyzer.partBytes(32L << 20);
        }
        assertEquals(1, whole.size());
    }

    @Test
    void anExportSortedNewestFirstIsTakenInTheOrderOfItsDates() throws IOException {
        // The same file sorted newest first, as LimeSurvey and Google Forms users often save it: the 30 respondents
        // never asked are the last rows. Before, nothing was said (the column answered from the first row on).
        // pandas, on the reversed file: t = pd.to_datetime(r['Timestamp']); v = r.iloc[:, 6].str.strip() != '';
        // t[v].min() -> 2024-01-18 14:56 at row 62 alone; (t < first).sum() -> 30; (t >= first).sum() -> 61; v.sum() -> 58.
        Path p = reverse(rewrite("uva-sp24-born-added.csv", 6, row -> row < 30), "uva-sp24-born-added-newest-first.csv");
        List<String> expected = List.of(p + ", column \"What state or country were you born in?\": question \"What state or"
                + " country were you born in?\": blank for the 30 respondents who submitted before its first answer, row 62"
                + " (Timestamp 1/18/2024 14:56), answered by 58 of the 61 respondents since (rows taken in the order of Timestamp,"
                + " not the file's): added to the questionnaire after they answered? They are counted as no answer");
        assertEquals(expected, lateByDate(analyze(p)));
        // Read in parts of 2 KB, merged: the same. The first rows go back in date, so the one reading keeps every
        // row's date; found in order by a look at one row only, the parts are read a second time keeping them: the same.
        SurveyAnalyzer.partBytes(2048);
        try {
            assertEquals(expected, lateByDate(analyze(p)));
            DateOrderPeek.rows(1);
            assertEquals(expected, lateByDate(analyze(p)));
        } finally {
            SurveyAnalyzer.partBytes(32L << 20);
            DateOrderPeek.rows(1_000);
        }
        // With a filter every respondent passes (Timestamp filled), the base's bits are kept rather than taken as all: the same.
        TableSource source = Importers.open(p, ImportOptions.DEFAULTS);
        Survey inferred = SchemaInference.infer(source).survey();
        Filter everyone = fr.enquete.model.FilterParser.parse("Timestamp != \"\"");
        Survey filtered = new Survey(inferred.title(), inferred.questions().stream()
                .map(q -> q.id().startsWith("What state") ? q.toBuilder().filter(everyone).build() : q).toList());
        assertEquals(expected, lateByDate(SurveyAnalyzer.analyze(source, filtered, AnalysisOptions.DEFAULTS)));
        Diagnostic born = analyze(p).diagnostics().stream().filter(d -> d.message().key().equals("question.late.bydate")).findFirst().orElseThrow();
        assertEquals("uva-sp24-born-added-newest-first.csv, colonne «\u00A0What state or country were you born in?\u00A0»\u00A0:"
                + " question «\u00A0What state or country were you born in?\u00A0»\u00A0: vide pour les 30 répondants qui ont"
                + " répondu avant sa première réponse, ligne 62 (Timestamp 1/18/2024 14:56), répondue depuis par 58 des 61"
                + " répondants (lignes prises dans l’ordre de Timestamp, non celui du fichier)\u00A0: ajoutée au questionnaire"
                + " après leurs réponses\u00A0? Ils sont comptés sans réponse", born.text(Locale.FRENCH));
    }

    /**
     * The newest-first file above as LimeSurvey exports it (submitdate, startdate and datestamp as ISO date-times), one
     * respondent, data row 50 (1/18/2024 16:05, who answered), an incomplete response: submitdate blank, datestamp kept.
     */
    private Path limeSurvey(Path google, String name) throws IOException {
        Path out = dir.resolve(name);
        java.time.format.DateTimeFormatter in = java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy H:mm");
        java.time.format.DateTimeFormatter iso = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(google); CsvWriter w = CsvWriter.builder().build(out)) {
            int row = -1;
            for (CsvRecord rec : r) {
                List<String> cells = new ArrayList<>(rec.getFields());
                if (row < 0) {
                    cells.set(0, "submitdate");
                    cells.addAll(0, List.of("id"));
                    cells.addAll(2, List.of("lastpage", "startlanguage", "seed", "startdate", "datestamp"));
                } else {
                    java.time.LocalDateTime t = java.time.LocalDateTime.parse(cells.get(0), in);
                    boolean incomplete = row == 50;
                    cells.set(0, incomplete ? "" : t.format(iso));
                    cells.addAll(0, List.of(String.valueOf(row + 1)));
                    cells.addAll(2, List.of(incomplete ? "1" : "2", "en", String.valueOf(1_000_003L * (row + 7) % 999_983),
                            t.minusMinutes(4).format(iso), t.format(iso)));
                }
                w.writeRecord(cells);
                row++;
            }
        }
        return out;
    }

    @Test
    void anIncompleteResponseWithoutSubmitdateIsPlacedByItsDatestamp() throws IOException {
        // LimeSurvey leaves an incomplete response's submitdate blank. Counted (--include-incomplete), it sent the whole
        // file back to its rows' order, where the 30 never-asked respondents are the last rows: nothing was said. Placed
        // by its datestamp, the counts are those of the complete file (pandas, above: 30; row 62; 58 of 61).
        Path google = rewrite("uva-sp24-born-added.csv", 6, row -> row < 30);
        Path p = reverse(limeSurvey(google, "ls-born-added.csv"), "ls-born-added-newest-first.csv");
        TableSource source = Importers.open(p, ImportOptions.DEFAULTS);
        AnalysisOptions incomplete = new AnalysisOptions(QuantileMethod.DEFAULT, false, true);
        SurveyResult r = SurveyAnalyzer.analyze(source, SchemaInference.infer(source).survey(), incomplete);
        assertEquals(List.of(p + ", column \"What state or country were you born in?\": question \"What state or"
                + " country were you born in?\": blank for the 30 respondents who submitted before its first answer, row 62"
                + " (submitdate 2024-01-18 14:56:00), answered by 58 of the 61 respondents since (rows taken in the order of"
                + " submitdate, not the file's; 1 respondent without a submitdate placed by its datestamp): added to the"
                + " questionnaire after they answered? They are counted as no answer"), lateByDate(r));
        // Without --include-incomplete the response is left out, as before: the 90 others say the same, 57 of 60.
        assertTrue(lateByDate(analyze(p)).get(0).contains("answered by 57 of the 60 respondents since (rows taken in the"
                + " order of submitdate, not the file's): "), lateByDate(analyze(p)).toString());
    }

    @Test
    void aRespondentWithNoDateAtAllIsLeftOutOfTheOrderAndCounted() throws IOException {
        // The Google Forms file newest first, one Timestamp (data row 50, who answered) blank and no other date to place
        // it by: it is left out of the counts, said. pandas without row 50: 30 before 2024-01-18 14:56, 57 of 60 since.
        Path p = reverse(rewrite("uva-sp24-born-added-one-blank.csv", 6, row -> row < 30), "born-one-blank-newest-first.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(p));
        int at = 1 + 91 - 50;
        assertTrue(rows.get(at - 1).startsWith("1/18/2024 16:05,"), rows.get(at - 1));
        rows.set(at - 1, rows.get(at - 1).substring("1/18/2024 16:05".length()));
        Files.write(p, rows);
        Diagnostic d = analyze(p).diagnostics().stream().filter(x -> x.message().key().equals("question.late.bydate")).findFirst().orElseThrow();
        assertTrue(d.toString().contains("blank for the 30 respondents who submitted before its first answer, row 62 (Timestamp"
                + " 1/18/2024 14:56), answered by 57 of the 60 respondents since (rows taken in the order of Timestamp, not the"
                + " file's; 1 respondent without a date left out of this order): "), d.toString());
        assertTrue(d.text(Locale.FRENCH).contains("(lignes prises dans l’ordre de Timestamp, non celui du fichier\u00A0; 1 répondant"
                + " sans date laissé hors de cet ordre)"), d.text(Locale.FRENCH));
    }

    @Test
    void aRarelyAnsweredColumnSortedNewestFirstIsNoAlarmEither() throws IOException {
        // The sparse column below, newest first: by date it is the same 30 blanks then 12 of 61, no evidence.
        Path p = reverse(rewrite("uva-sp24-born-sparse.csv", 6, row -> row < 30 || row % 5 != 0), "uva-sp24-born-sparse-newest-first.csv");
        assertEquals(List.of(), lateByDate(analyze(p)));
        assertEquals(List.of(), late(analyze(p)));
    }

    private static List<String> lateByDate(SurveyResult r) {
        return r.diagnostics().stream().filter(d -> d.message().key().equals("question.late.bydate")).map(Diagnostic::toString).toList();
    }

    /** {@code in}'s data rows in reverse order, the header first, as a spreadsheet's "sort newest first" leaves them. */
    private Path reverse(Path in, String name) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(in)) {
            r.forEach(rec -> records.add(rec.getFields()));
        }
        Path out = dir.resolve(name);
        try (CsvWriter w = CsvWriter.builder().build(out)) {
            w.writeRecord(records.get(0));
            for (int i = records.size() - 1; i > 0; i--) {
                w.writeRecord(records.get(i));
            }
        }
        return out;
    }

    @Test
    void aLateButRarelyAnsweredColumnIsNoAlarm() throws IOException {
        // The same column blank in the first 30 rows and in 4 of every 5 rows after: pandas, v[30:][::5].sum() -> 12
        // answers, from row 32 on, 12 of 61 (19,67 %). 30 blanks in a row at the head happen by chance with
        // (1 - 12/61)^30 = 0,14 %: no evidence of a question added late.
        Path p = rewrite("uva-sp24-born-sparse.csv", 6, row -> row < 30 || row % 5 != 0);
        assertEquals(List.of(), late(analyze(p)));
    }

    @Test
    void noRealExportRaisesIt() {
        // The real exports whose columns are each answered from the start or spread through the file: no false alarm.
        try (Stream<Path> files = Files.walk(Fixtures.home().resolve("fixtures/real"))) {
            List<String> raised = new ArrayList<>();
            files.filter(f -> f.toString().matches(".*\\.(csv|xlsx|ods)$") && !f.toString().contains("hotdog")
                    && !f.getFileName().toString().startsWith("unhcr-repeat") && !f.toString().contains("pyxform")).forEach(f -> {
                        raised.addAll(late(analyze(f)));
                    });
            assertEquals(List.of(), raised);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theRuleWeighsTheBlanksAgainstTheShareAnsweringAfter() {
        assertTrue(run(5, 10, 9).late(), "5 blanks, then 90 % answered: 0.1^5");
        assertFalse(run(4, 10, 10).late(), "fewer than 5 earlier respondents prove nothing worth a note");
        assertFalse(run(16, 10, 5).late(), "0.5^16 = 1.5e-5, above 1e-5");
        assertTrue(run(17, 10, 5).late(), "0.5^17 = 7.6e-6");
        assertFalse(run(100, 100, 10).late(), "10 % answered: 0.9^100 = 2.7e-5");
        // Merged from two parts of a file, the first part all blank: the same as one pass.
        LateStart first = run(3, 0, 0);
        first.merge(run(4, 10, 9));
        assertTrue(first.late());
    }

    /** {@code earlier} blanks, then {@code from} respondents of whom the first {@code answered} answered. */
    private static LateStart run(int earlier, int from, int answered) {
        LateStart s = new LateStart();
        for (int i = 0; i < earlier; i++) {
            s.see(false, new fr.enquete.model.Row(new String[] {""}, i + 2), -1);
        }
        for (int i = 0; i < from; i++) {
            s.see(i < answered, new fr.enquete.model.Row(new String[] {""}, earlier + i + 2), -1);
        }
        return s;
    }

    /** uva-sp24-timestamp-en.csv with column {@code column} blanked in the data rows (0-based) {@code blank} accepts. */
    private Path rewrite(String name, int column, IntPredicate blank) throws IOException {
        Path out = dir.resolve(name);
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(Fixtures.home().resolve("fixtures/real/google-forms/uva-sp24-timestamp-en.csv"));
             CsvWriter w = CsvWriter.builder().build(out)) {
            int row = -1;
            for (CsvRecord rec : in) {
                List<String> cells = new ArrayList<>(rec.getFields());
                if (row >= 0 && blank.test(row)) {
                    cells.set(column, "");
                }
                w.writeRecord(cells);
                row++;
            }
        }
        return out;
    }
}
