package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real platform exports from public repositories (fixtures/real, whose README gives each file's source, commit
 * and licence): inspect, init, stats and report run on every one, and a few figures per file are checked against
 * counts made independently with pandas (Debian's python3-pandas 1.5.3; the line is in each comment).
 */
class RealCorpusTest {

    private static final Path REAL = Fixtures.home().resolve("fixtures/real");

    @TempDir
    Path dir;

    /** Runs the four commands on an export (term tables left out: their time goes to the lemmatiser); returns the statistics as JSON. */
    private JsonNode allCommands(String file, String... more) throws IOException {
        String export = REAL.resolve(file).toString();
        String name = Path.of(file).getFileName().toString();
        CliRun inspect = CliRun.run(with(List.of("inspect", export), more));
        assertEquals(0, inspect.code(), file + ": " + inspect.err());
        Path spec = dir.resolve(name + ".spec.yaml");
        CliRun init = CliRun.run(with(List.of("init", export, "--out", spec.toString()), more));
        assertEquals(0, init.code(), file + ": " + init.err());
        assertTrue(Files.size(spec) > 0, file);
        Path out = dir.resolve(name + "-report");
        CliRun report = CliRun.run(with(List.of("report", export, "--out", out.toString(), "--format", "html",
                "--no-terms"), more));
        assertEquals(0, report.code(), file + ": " + report.err());
        assertFalse(Files.readString(out.resolve("report.html")).contains("NaN"), file + ": a chart drawn at NaN");
        CliRun stats = CliRun.run(with(List.of("stats", export, "--format", "json", "--no-terms"), more));
        assertEquals(0, stats.code(), file + ": " + stats.err());
        return new ObjectMapper().readTree(stats.out());
    }

    private static String[] with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static JsonNode question(JsonNode stats, String id) {
        for (JsonNode q : stats.get("questions")) {
            if (q.get("id").asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError("no question " + id);
    }

    /** Label to count of a choice question, "Sans réponse" and zero rows left out. */
    private static Map<String, Integer> counts(JsonNode stats, String id) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (JsonNode r : question(stats, id).get("rows")) {
            if (!r.path("missing").asBoolean() && r.get("count").asInt() > 0) {
                m.put(r.get("label").asText(), r.get("count").asInt());
            }
        }
        return m;
    }

    private static String inspect(String file, String... more) {
        return CliRun.run(with(List.of("inspect", REAL.resolve(file).toString(), "--lang", "en"), more)).out();
    }

    @Test
    void googleSheetsCsvInEnglishReadsItsTimestampsMonthFirst() throws IOException {
        String file = "google-forms/uva-sp24-timestamp-en.csv";
        assertTrue(inspect(file).contains("read month/day/year (M/d/yyyy): \"1/18/2024 14:18\" (row 2) has a second field above 12"), inspect(file));
        JsonNode s = allCommands(file);
        // d = pd.read_csv(file); len(d) -> 91
        assertEquals(91, s.get("respondents").asInt());
        // t = pd.to_datetime(d['Timestamp'], format='%m/%d/%Y %H:%M'); t.min(), t.max() -> 2024-01-18 14:18, 2024-01-22 20:56
        assertEquals("2024-01-18T14:18:00", question(s, "Timestamp").get("first").asText());
        assertEquals("2024-01-22T20:56:00", question(s, "Timestamp").get("last").asText());
        // d[d.columns[1]].value_counts() -> No 61, Yes 30; d[d.columns[3]].value_counts() -> Undergraduate 86, Graduate 5
        assertEquals(Map.of("No", 61, "Yes", 30), counts(s, "Do you believe that a hotdog falls under the category of a sandwich?"));
        assertEquals(Map.of("Undergraduate", 86, "Graduate", 5),
                counts(s, "Are you currently enrolled as an undergraduate or graduate student at the University of Virginia?"));
    }

    /**
     * Google Forms' own "Download responses (.csv)" writes its timestamps year first with the form's time zone:
     * {@code 2024/01/18 2:18:00 PM GMT+1} in English, {@code 2024/01/18 14:18:00 UTC+1} in French. The real export's
     * timestamps rewritten so: `stats` stopped with "expected a date" while `inspect` typed the column as a date with
     * "0 dates over 91 filled cells".
     */
    @Test
    void googleFormsDownloadTimestampsWithTheirTimeZone() throws IOException {
        String csv = Files.readString(REAL.resolve("google-forms/uva-sp24-timestamp-en.csv"));
        java.util.regex.Pattern stamp = java.util.regex.Pattern.compile("(?m)^(\\d{1,2})/(\\d{1,2})/(\\d{4}) (\\d{1,2}):(\\d{2}),");
        String en = stamp.matcher(csv).replaceAll(m -> {
            int h = Integer.parseInt(m.group(4));
            return String.format("%s/%02d/%02d %d:%s:00 %s GMT+1,", m.group(3), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), h % 12 == 0 ? 12 : h % 12, m.group(5), h < 12 ? "AM" : "PM");
        });
        String fr = stamp.matcher(csv.replaceFirst("^Timestamp,", "Horodateur,")).replaceAll(m -> String.format(
                "%s/%02d/%02d %s:%s:00 UTC+1,", m.group(3), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(4), m.group(5)));
        assertTrue(en.contains("\n2024/01/18 2:18:00 PM GMT+1,No,") && fr.contains("\n2024/01/18 14:18:00 UTC+1,No,"), en);
        for (String[] variant : List.of(new String[] {"gforms-download-en.csv", en, "Timestamp"},
                new String[] {"gforms-download-fr.csv", fr, "Horodateur"})) {
            Path file = dir.resolve(variant[0]);
            Files.writeString(file, variant[1]);
            JsonNode s = allCommands(file.toString());
            // As googleSheetsCsvInEnglishReadsItsTimestampsMonthFirst: len(d) -> 91;
            // pd.to_datetime(d['Timestamp'], format='%m/%d/%Y %H:%M').min(), .max() -> 2024-01-18 14:18, 2024-01-22 20:56
            assertEquals(91, s.get("respondents").asInt());
            JsonNode t = question(s, variant[2]);
            assertEquals("date", t.get("type").asText());
            assertEquals("2024-01-18T14:18:00", t.get("first").asText(), variant[0]);
            assertEquals("2024-01-22T20:56:00", t.get("last").asText(), variant[0]);
        }
    }

    /**
     * A response at midnight written as the end of its day, {@code 2024/01/22 24:00:00 UTC+1} (ISO 8601 allows 24:00 for
     * the end of a day): `stats` stopped with "expected a date", and an ISO column holding one such cell was inferred as
     * free text. It is the next day's 00:00; 24:00:01 is no time, a located error.
     */
    @Test
    void endOfDayTimestampsAreTheNextDaysMidnight() throws IOException {
        String csv = Files.readString(REAL.resolve("google-forms/uva-sp24-timestamp-en.csv")).replaceFirst("^Timestamp,", "Horodateur,");
        java.util.regex.Pattern stamp = java.util.regex.Pattern.compile("(?m)^(\\d{1,2})/(\\d{1,2})/(\\d{4}) (\\d{1,2}):(\\d{2}),");
        String fr = stamp.matcher(csv).replaceAll(m -> String.format("%s/%02d/%02d %s:%s:00 UTC+1,", m.group(3),
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(4), m.group(5)));
        // The last response (row 92, "1/22/2024 20:56") now came in at the end of 22 January.
        String endOfDay = fr.replace("\n2024/01/22 20:56:00 UTC+1,", "\n2024/01/22 24:00:00 UTC+1,");
        assertTrue(endOfDay.contains("\n2024/01/22 24:00:00 UTC+1,Yes,\"It is covered"), endOfDay);
        Path file = dir.resolve("gforms-download-fr-minuit.csv");
        Files.writeString(file, endOfDay);
        JsonNode s = allCommands(file.toString());
        assertEquals(91, s.get("respondents").asInt());
        JsonNode t = question(s, "Horodateur");
        assertEquals("date", t.get("type").asText());
        assertEquals(91, t.get("answers").asInt());
        assertEquals("2024-01-18T14:18:00", t.get("first").asText());
        assertEquals("2024-01-23T00:00:00", t.get("last").asText(), "24:00 on 22 January is 23 January, 00:00");

        Path iso = dir.resolve("iso-minuit.csv");
        Files.writeString(iso, endOfDay.replace("\n2024/01/22 24:00:00 UTC+1,", "\n2024-01-22T24:00:00,")
                .replaceAll("(?m)^(\\d{4})/(\\d{2})/(\\d{2}) (\\d{1,2}):(\\d{2}):00 UTC\\+1,", "$1-$2-$3 $4:$5:00,"));
        assertEquals("2024-01-23T00:00:00", question(allCommands(iso.toString()), "Horodateur").get("last").asText());

        Path late = dir.resolve("gforms-download-fr-24-00-01.csv");
        Files.writeString(late, fr.replace("\n2024/01/22 20:56:00 UTC+1,", "\n2024/01/22 24:00:01 UTC+1,"));
        CliRun bad = CliRun.run("stats", late.toString());
        assertEquals(3, bad.code(), bad.err());
        // Told in French, as the run is (RarerErrorLanguageTest has both languages).
        assertTrue(bad.err().contains("ligne 92, colonne «\u00A0Horodateur\u00A0»") && bad.err().contains("«\u00A02024/01/22 24:00:01 UTC+1\u00A0»"),
                bad.err());
    }

    @Test
    void googleSheetsXlsxDownloads() throws IOException {
        JsonNode sp24 = allCommands("google-forms/uva-sp24.xlsx");
        // x = pd.read_excel(file); len(x), x['Timestamp'].min(), .max() -> 91, 2024-01-18 14:18:57.066, 2024-01-22 20:56:27.004
        assertEquals(91, sp24.get("respondents").asInt());
        assertEquals("2024-01-18T14:18:57", question(sp24, "Timestamp").get("first").asText());
        assertEquals("2024-01-22T20:56:27", question(sp24, "Timestamp").get("last").asText());
        assertEquals(Map.of("No", 61, "Yes", 30), counts(sp24, "Do you believe that a hotdog falls under the category of a sandwich?"));
        JsonNode fa22 = allCommands("google-forms/uva-fa22.xlsx");
        // len(x) -> 194; x[x.columns[2]].value_counts() -> No 127, Yes 67
        assertEquals(194, fa22.get("respondents").asInt());
        assertEquals(Map.of("No", 127, "Yes", 67), counts(fa22, "Is a hot dog a sandwich?"));
        assertEquals("2022-08-24T19:08:52", question(fa22, "Timestamp").get("first").asText());
        JsonNode fa25 = allCommands("google-forms/uva-fa25.xlsx");
        // len(x) -> 207; x[x.columns[1]].value_counts() -> 4: 114, 3: 45, 2: 40, 1: 8; x[x.columns[2]] -> No 150, Yes 57
        assertEquals(207, fa25.get("respondents").asInt());
        assertEquals(Map.of("4", 114, "3", 45, "2", 40, "1", 8), counts(fa25, "What year are you in?"));
        assertEquals(Map.of("No", 150, "Yes", 57), counts(fa25, "Is hotdog a sandwich?"));
    }

    @Test
    void microsoftFormsCsv() throws IOException {
        String file = "microsoft-forms/uva-fa24.csv";
        assertTrue(inspect(file).contains("platform:    Microsoft Forms"), inspect(file));
        JsonNode s = allCommands(file);
        // m = pd.read_csv(file, encoding='cp1252'); len(m) -> 187
        assertEquals(187, s.get("respondents").asInt());
        // m['Is a hotdog a sandwich'].value_counts() -> No 126, Yes 61; m['Are you a UVA undergraduate student'] -> Yes 181, No 6
        assertEquals(Map.of("No", 126, "Yes", 61), counts(s, "Is a hotdog a sandwich"));
        assertEquals(Map.of("Yes", 181, "No", 6), counts(s, "Are you a UVA undergraduate student"));
        // m['What is your major?'].notna().sum() -> 185
        assertEquals(185, question(s, "What is your major?").get("answers").asInt());
        assertEquals("id", question(s, "Email").get("type").asText(), "personal data is never tabulated");
    }

    @Test
    void plainSpreadsheets() throws IOException {
        JsonNode fa23 = allCommands("spreadsheets/uva-fa23.csv");
        // s = pd.read_csv(file); len(s) -> 158; s[s.columns[0]].value_counts() -> Yes 128, No 30; s[s.columns[1]] -> No 93, Yes 65
        assertEquals(158, fa23.get("respondents").asInt());
        assertEquals(Map.of("Yes", 128, "No", 30), counts(fa23, "Do you like hot dogs?"));
        assertEquals(Map.of("No", 93, "Yes", 65), counts(fa23, "Is a hot dog a sandwich"));
        // s[s.columns[2]].notna().sum() -> 85
        assertEquals(85, question(fa23, "Feel free to elaborate on your opinion below").get("answers").asInt());
        JsonNode hb = allCommands("spreadsheets/uva-harris-baanee.csv");
        // h = pd.read_csv(file); len(h) -> 101; h[h.columns[0]].value_counts() -> No 76, 'Yes\xa0' 25 (a no-break space kept)
        assertEquals(101, hb.get("respondents").asInt());
        assertEquals(Map.of("No", 76, "Yes\u00A0", 25), counts(hb, "Is Hotdog a Sandwhich"));
        // h['Year'].value_counts() -> 'Fourth-Year\xa0' 71, Third-Year 16, 'Second-Year\xa0' 11, Graduate Student 3
        assertEquals(Map.of("Fourth-Year\u00A0", 71, "Third-Year", 16, "Second-Year\u00A0", 11, "Graduate Student", 3), counts(hb, "Year"));
        JsonNode big = allCommands("spreadsheets/uva-cleaned-hotdog.xlsx");
        // x = pd.read_excel(file); len(x) -> 4176; x[x.columns[1]].value_counts() -> No 2892, Yes 1284
        assertEquals(4176, big.get("respondents").asInt());
        assertEquals(Map.of("No", 2892, "Yes", 1284), counts(big, "Is a Hotdog a sandwich?"));
        // x['Source'].value_counts() -> First YikYak Survey 3058, Second YikYak Survey 882, Microsoft Form 105, Frat Form 72, Sorority Form 59
        assertEquals(Map.of("First YikYak Survey", 3058, "Second YikYak Survey", 882, "Microsoft Form", 105, "Frat Form", 72,
                "Sorority Form", 59), counts(big, "Source"));
    }

    @Test
    void surveyMonkeyCsvExportWithoutCollectorColumnsEditedInASpreadsheet() throws IOException {
        String file = "surveymonkey/todogroup-ospo-2020.csv";
        String inspect = inspect(file);
        // No Collector ID, IP Address nor e-mail columns; the first row's merged cells filled across; 378 empty rows.
        assertTrue(inspect.contains("SurveyMonkey's two header rows merged") && inspect.contains("platform:    SurveyMonkey"), inspect);
        // Its routing, read from the answers, is announced at the top: as many questions as "filter:" lines below, among
        // them the 21 follow-ups of "Does your company have an open source program?" (FilterInferenceTest).
        long filters = inspect.lines().filter(l -> l.startsWith("    filter: ")).count();
        assertTrue(filters >= 21 && inspect.contains("filters:     " + filters + " questions filtered, inferred from who answered"), inspect);
        JsonNode s = allCommands(file);
        // d = pd.read_csv(file, header=[0, 1], encoding='utf-8-sig', dtype=str).dropna(how='all'); len(d) -> 1026
        assertEquals(1026, s.get("respondents").asInt());
        // pd.to_datetime(d[d.columns[1]], format='%m/%d/%Y %I:%M:%S %p').min(), .max() -> 2020-05-05 12:12:15, 2020-06-15 06:45:48
        assertEquals("2020-05-05T12:12:15", question(s, "Start Date").get("first").asText());
        assertEquals("2020-06-15T06:45:48", question(s, "Start Date").get("last").asText());
        // d[('How many people work for your company or organization?', 'Response')].value_counts()
        //   -> More than 10,000 247, 2-50 227, 51-250 147, 1,001-10,000 145, Self-employed or not working 131, 251-1,000 110, Don't know 14
        assertEquals(Map.of("More than 10,000", 247, "2-50", 227, "51-250", 147, "1,001-10,000", 145,
                "Self-employed or not working", 131, "251-1,000", 110, "Don't know", 14),
                counts(s, "How many people work for your company or organization?"));
        // In the order of the sizes, the one answer that is no size and "Don't know" after them (by count before).
        java.util.List<String> sizes = new java.util.ArrayList<>();
        question(s, "How many people work for your company or organization?").get("rows")
                .forEach(r -> sizes.add(r.path("missing").asBoolean() ? "" : r.get("label").asText()));
        assertEquals(java.util.List.of("2-50", "51-250", "251-1,000", "1,001-10,000", "More than 10,000",
                "Self-employed or not working", "Don't know", ""), sizes);
        // A frequency scale, in its order (by count: Rarely 240, Never 238, Sometimes 233, Frequently 222, Don't know 65).
        JsonNode upstream = question(s, "How often does your company do the following activities? [Contribute code upstream]");
        assertEquals("scale", upstream.get("type").asText());
        java.util.List<String> steps = new java.util.ArrayList<>();
        upstream.get("rows").forEach(r -> steps.add(r.path("missing").asBoolean() ? "" : r.get("label").asText()));
        assertEquals(java.util.List.of("Never", "Rarely", "Sometimes", "Frequently", "Don't know", ""), steps);
        // Periods from the most often (by count: Don't know, Weekly, Monthly, Daily, Quarterly, Hourly, Annually).
        JsonNode release = question(s, "How often does your average application development team release code into production?");
        assertEquals("scale", release.get("type").asText());
        java.util.List<String> periods = new java.util.ArrayList<>();
        release.get("rows").forEach(r -> periods.add(r.path("missing").asBoolean() ? "" : r.get("label").asText()));
        assertEquals(java.util.List.of("Hourly", "Daily", "Weekly", "Monthly", "Quarterly", "Annually", "Don\u2019t know", ""), periods);
        // {c[1]: d[c].notna().sum() for c in the 7 columns of 'Where is your company ... journey?'}
        //   -> Consuming 830, Contributing 454, Influencing 300, Initiating 357, Collaborating 379, Not involved 89, Don't know 55
        Map<String, Integer> journey = counts(s, "Where is your company or organization on its open source journey? (Check all that apply)");
        assertEquals(830, journey.get("Consuming open source code in products or services"));
        assertEquals(454, journey.get("Contributing to upstream open source projects"));
        assertEquals(89, journey.get("Not involved in open source"));
        assertEquals(55, journey.get("Don\u2019t know"));
        assertEquals(7, journey.size());
    }

    /**
     * "What have been the top three biggest challenges...?" repeats "Other (please specify)" in three columns: 135 empty
     * in every row, 136 the ticks, 137 the texts. The empty one was read as the option (Other 0, Sans réponse 60) and the
     * ticks became a single-choice question "... [Other (please specify)] (2)" over all 1 026 respondents.
     */
    @Test
    void surveyMonkeyOtherTickReadFromTheCopyHoldingTheTicks() throws IOException {
        String file = "surveymonkey/todogroup-ospo-2020.csv";
        String q = "What have been the top three biggest challenges in establishing an open source program? (Choose three)";
        JsonNode s = allCommands(file);
        // /usr/bin/python3: d = pd.read_csv(file, header=None, skiprows=2, dtype=str, keep_default_na=False)
        //   d = d[(d != '').any(axis=1)]; s = d[d[24] == 'No, but planning one']; len(s) -> 178
        //   (s[136] != '').sum() -> 8; s[list(range(124, 137))].eq('').all(axis=1).sum() -> 58; (s[137] != '').sum() -> 8
        JsonNode challenges = question(s, q);
        assertEquals(178, challenges.get("base").asInt());
        assertEquals(8, counts(s, q).get("Other (please specify)"));
        int missing = -1;
        for (JsonNode r : challenges.get("rows")) {
            if (r.path("missing").asBoolean()) {
                missing = r.get("count").asInt();
            }
        }
        assertEquals(58, missing);
        for (JsonNode other : s.get("questions")) {
            assertTrue(!other.get("id").asText().equals(q + " [Other (please specify)] (2)"), "the ticks are no question of their own");
        }
        // The texts follow the ticks: 8 answers over the 8 who ticked.
        JsonNode texts = question(s, q + " [Other (please specify)] (3)");
        assertEquals(8, texts.get("answers").asInt());
        assertEquals(8, texts.get("base").asInt());
    }

    @Test
    void limeSurveyCsvResponseExportOfASurveyWithoutDateStamps() throws IOException {
        String file = "limesurvey/uu-name-face-results.csv";
        String inspect = inspect(file);
        assertTrue(inspect.contains("platform:    LimeSurvey (columns submitdate, lastpage, startlanguage)"), inspect);
        // Every completed response's submitdate is LimeSurvey's 1980-01-01 00:00:00: a completion mark, not a date.
        assertTrue(inspect.replaceAll(" {2,}", "  ").contains("submitdate  id  id: LimeSurvey's 1980-01-01 00:00:00 placeholder in all 62"
                + " filled cells"), inspect);
        JsonNode s = allCommands(file);
        // d = pd.read_csv(file); len(d) -> 65; c = d[d['submitdate'].notna()]; len(c) -> 62 (3 unfinished left out)
        assertEquals(62, s.get("respondents").asInt());
        assertTrue(s.get("diagnostics").toString().contains("3 incomplete LimeSurvey responses (empty submitdate) left out"),
                s.get("diagnostics").toString());
        assertEquals("id", question(s, "submitdate").get("type").asText(), "no 'first date: 1 January 1980'");
        // c['Geslacht'].value_counts() -> vrouw 36, man 26; c['opleiding'].value_counts() -> WO 33, VWO 19, Other 6, HBO 4
        assertEquals(Map.of("vrouw", 36, "man", 26), counts(s, "Geslacht"));
        assertEquals(Map.of("WO", 33, "VWO", 19, "Other", 6, "HBO", 4), counts(s, "opleiding"));
        // c['vr1004'].value_counts() -> Daan 26, Bart 9, Jelle 8, Rick 6, Mike 5, Tom 4, Willem 4
        assertEquals(Map.of("Daan", 26, "Bart", 9, "Jelle", 8, "Rick", 6, "Mike", 5, "Tom", 4, "Willem", 4), counts(s, "vr1004"));
        // c['Eindvraag'].value_counts() -> Nee 54, Ja 8
        assertEquals(Map.of("Nee", 54, "Ja", 8), counts(s, "Eindvraag"));
        // c['leeftijd'].sum(), .median(), .max() -> 2079.0, 24.0, 99.0
        JsonNode age = question(s, "leeftijd").get("summary");
        assertEquals(2079, age.get("sum").asInt());
        assertEquals(24, age.get("median").asInt());
        assertEquals(99, age.get("max").asInt());
        // c['opleiding[other]'].notna().sum() -> 6
        assertEquals(6, question(s, "opleiding[other]").get("answers").asInt());
    }

    /**
     * The same LimeSurvey export re-saved as XLSX by a French LibreOffice: submitdate's 1980-01-01 00:00:00 became
     * date cells, read as "1980-01-01", which the placeholder test (text only) missed: the column was a date question
     * published as "Première date 1 janvier 1980". It is the completion mark, as in the CSV.
     */
    @Test
    void limeSurveyExportReSavedAsXlsxKeepsItsUndatedPlaceholder() throws IOException {
        String file = "limesurvey/uu-name-face-results-libreoffice-fr.xlsx";
        String inspect = inspect(file);
        assertTrue(inspect.replaceAll(" {2,}", "  ").contains("submitdate  id  id: LimeSurvey's 1980-01-01 00:00:00 placeholder in all 62"
                + " filled cells"), inspect);
        JsonNode s = allCommands(file);
        // The CSV's figures (limeSurveyCsvResponseExportOfASurveyWithoutDateStamps): 62 completed, 3 unfinished left out.
        assertEquals(62, s.get("respondents").asInt());
        assertEquals("id", question(s, "submitdate").get("type").asText(), "no 'first date: 1 January 1980'");
        assertEquals(Map.of("vrouw", 36, "man", 26), counts(s, "Geslacht"));
        assertEquals(Map.of("Nee", 54, "Ja", 8), counts(s, "Eindvraag"));
    }

    /**
     * The export was written by R (koboloadeR's write.csv): text quoted, missing values a bare NA, 5 317 of them in the
     * "other, specify" columns alone. NA was read as an answer: a numeric question stopped the command ("expected a
     * number ... found NA") unless --lenient, and the reports quoted "NA" hundreds of times and counted it as a choice.
     * A bare NA is now no answer, as pandas reads it; --keep-na keeps it as text.
     */
    @Test
    void koboExportWrittenByRReadsItsBareNaAsNoAnswer() throws IOException {
        String file = REAL.resolve("kobotoolbox/unhcr-main.csv").toString();
        String form = REAL.resolve("kobotoolbox/unhcr-form.xls").toString();
        CliRun r = CliRun.run("stats", file, "--structure", form, "--format", "json", "--no-terms");
        assertEquals(0, r.code(), r.err());
        JsonNode s = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        // k = pd.read_csv(file); k['Profile.HHDemo.RegOtherNo'].count(), .sum(), .median() -> 184, 9385.0, 50.0
        JsonNode regOther = question(s, "RegOtherNo").get("summary");
        assertEquals(184, regOther.get("count").asInt());
        assertEquals(9385, regOther.get("sum").asInt());
        assertEquals(50, regOther.get("median").asInt());
        // k['CaseReachable.NotReachableOther'].count() -> 15 (366 NA)
        assertEquals(15, question(s, "NotReachableOther").get("answers").asInt());
        assertFalse(r.out().contains("\"NA\""), "NA quoted or counted as an answer");
        // The form's text and date questions that name a person or a birth date are identifiers: the report printed the
        // enumerators' names and "Première date 27 avril 1919" for the interviewees' dates of birth.
        assertEquals("id", question(s, "EnumeratorName").get("type").asText());
        assertEquals("id", question(s, "DobInterviewee").get("type").asText());
        String text = CliRun.run("stats", file, "--structure", form, "--no-terms").out();
        assertFalse(text.contains("[DobInterviewee, date]") || text.contains("[EnumeratorName, texte libre]"), "a birth date or name summed up");
        CliRun kept = CliRun.run("stats", file, "--structure", form, "--format", "json", "--no-terms", "--keep-na");
        assertEquals(Main.INPUT, kept.code(), "NA kept as text is not a number");
        assertTrue(kept.err().contains("trouvé «\u00A0NA\u00A0»"), kept.err());
    }

    /**
     * init with the form writes the form's questions (wording, choices, codes, filters), so that the spec a team edits
     * gives what --structure gives: the same questions, types, bases and counts. init kept only the form's title, and
     * the spec came out with codes for labels ("CaseReachable.NotReachable", "NotReachMovDis") and no filters.
     */
    @Test
    void initWithAFormWritesTheFormsQuestions(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        String file = REAL.resolve("kobotoolbox/unhcr-main.csv").toString();
        String form = REAL.resolve("kobotoolbox/unhcr-form.xls").toString();
        Path spec = tmp.resolve("unhcr.spec.yaml");
        CliRun init = CliRun.run("init", file, "--structure", form, "--out", spec.toString());
        assertEquals(0, init.code(), init.err());
        String yaml = Files.readString(spec);
        assertTrue(yaml.contains("    label: 'Select the reason case is unreachable:'\n") && yaml.contains("      NotReachWrong: Wrong phone number\n")
                && yaml.contains("    filter: CaseReachable.reachable = no\n"), yaml.substring(0, 2000));
        ObjectMapper json = new ObjectMapper();
        JsonNode fromForm = json.readTree(CliRun.run("stats", file, "--structure", form, "--format", "json", "--no-terms").out());
        CliRun edited = CliRun.run("stats", file, "--spec", spec.toString(), "--format", "json", "--no-terms");
        assertEquals(0, edited.code(), edited.err());
        JsonNode fromSpec = json.readTree(edited.out());
        assertEquals(fromForm.get("questions").size(), fromSpec.get("questions").size());
        for (int i = 0; i < fromForm.get("questions").size(); i++) {
            JsonNode a = fromForm.get("questions").get(i);
            JsonNode b = fromSpec.get("questions").get(i);
            for (String k : List.of("id", "label", "type", "base", "rows", "summary", "answers")) {
                assertEquals(a.get(k), b.get(k), a.get("id").asText() + " " + k);
            }
        }
        // "UNHCR Case Number:" is an identifier by its wording, as the columns named so are.
        assertEquals("id", question(fromSpec, "unreachable").get("type").asText());
    }

    @Test
    void koboExportWithItsXlsFormRepeatGroupsDotSeparatorAndSelectedOnSelectOne() throws IOException {
        String form = REAL.resolve("kobotoolbox/unhcr-form.xls").toString();
        // The export was written by R (koboloadeR): NA for missing cells, read as no answer (test above).
        JsonNode s = allCommands("kobotoolbox/unhcr-main.csv", "--structure", form);
        // k = pd.read_csv(file); len(k) -> 381
        assertEquals(381, s.get("respondents").asInt());
        // k['CaseReachable.reachable'].value_counts() -> yes 199, no 182 (labelled by the form's choices)
        assertEquals(Map.of("Yes", 199, "No", 182), counts(s, "reachable"));
        // relevant ${reachable} = 'no': base 182; k['CaseReachable.NotReachable'].value_counts()['NotReachWrong'] -> 19, ['other'] -> 15
        JsonNode notReachable = question(s, "NotReachable");
        assertEquals(182, notReachable.get("base").asInt());
        assertEquals(19, counts(s, "NotReachable").get("Wrong phone number"));
        assertEquals(15, counts(s, "NotReachable").get("Other"));
        long repeatNotes = 0;
        for (JsonNode d : s.get("diagnostics")) {
            if (d.asText().contains("questions in repeat groups are not in this export")) {
                repeatNotes++;
                assertTrue(d.asText().startsWith(form + ": 48 questions"), d.asText());
            }
        }
        assertEquals(1, repeatNotes, "one warning for the repeat groups, not a stop");
        // The structure's notes are findings like the others: in French in a French report, the file by its name only.
        CliRun text = CliRun.run("stats", REAL.resolve("kobotoolbox/unhcr-main.csv").toString(), "--structure", form, "--no-terms");
        assertTrue(text.out().contains("  - unhcr-form.xls\u00A0: 48 questions de groupes répétés absentes de cet export"
                + " (KoboToolbox exporte les répétitions dans d’autres feuilles), laissées de côté\u00A0: "), text.out());
        assertFalse(text.out().contains("in repeat groups"), "no English note in a French report");
        JsonNode repeat = allCommands("kobotoolbox/unhcr-repeat-ListCaseNos.csv", "--structure", form, "--lenient");
        // r = pd.read_csv(file); len(r) -> 4042; r['Profile.HHDemo.ListCaseNos.Caserelation'].value_counts()
        //   -> food 1028, accomodation 1027, utlities 1003, none 984
        assertEquals(4042, repeat.get("respondents").asInt());
        assertEquals(Map.of("Share food expenses", 1028, "Share accomodation expenses (rent)", 1027,
                "Share utilities expenses (Water, electricity)", 1003, "Do not share expenses", 984), counts(repeat, "Caserelation"));
    }
}
