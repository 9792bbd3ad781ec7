package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durations (a travel time, the hours given last month, LimeSurvey's timings in seconds) summarised as durations: a
 * mean of durations is a duration ("13 h 59"), they have a sum, and 26:30 is valid. Before, "0:50:00" under "Temps de
 * trajet" was a time of day (mean "00:36", no sum), and a column holding "26:30:00" was a list of answers.
 */
class DurationCliTest {

    @TempDir
    Path dir;

    private static final Path VOLUNTEERS = Fixtures.home().resolve("fixtures/durations/benevoles.csv");
    private static final Path TIMINGS = Fixtures.home().resolve("fixtures/durations/limesurvey-timings.csv");
    private static final String TRIP = "Temps de trajet pour venir à l'association";
    private static final String MONTH = "Temps consacré à l'association le mois dernier";

    private static JsonNode summary(Path export, String id, String... more) throws IOException {
        JsonNode q = StatsJson.question(StatsJson.of(export, more), id);
        assertEquals("duration", q.get("type").asText(), q.toString());
        return q.get("summary");
    }

    private static List<Object> figures(JsonNode s) {
        return List.of(s.get("count").asInt(), s.get("sum").asText(), s.get("mean").asText(), s.get("stddev").asText(),
                s.get("min").asText(), s.get("q1").asText(), s.get("median").asText(), s.get("q3").asText(), s.get("max").asText());
    }

    private static String table(String out, String title) {
        int at = out.indexOf("\n" + title + "\n");
        assertTrue(at >= 0, out);
        return out.substring(at, out.indexOf("\n\n", at + 2));
    }

    @Test
    void durationsAreSummarisedAsDurations() throws IOException {
        // pandas (pd.to_timedelta on the column, minutes = t.dt.total_seconds() / 60; default linear quantiles):
        // trip: count 37, sum 1330 (22:10:00), mean 35.946, std 27.584, min 5, q1 15, median 30, q3 50, max 90, 3 blank;
        // month: count 40, sum 33540 (23 days 07:00:00 = 559 h), mean 838.5 (13:58:30, half up 13:59), std 731.35,
        // min 120, q1 210, median 495, q3 1297.5 (21:37:30, half up 21:38), max 2475 (41:15).
        CliRun inspect = CliRun.run("inspect", VOLUNTEERS.toString(), "--lang", "en");
        assertEquals(0, inspect.code(), inspect.err());
        assertTrue(inspect.out().contains(TRIP + "      duration  duration: 37 durations"), inspect.out());
        assertTrue(inspect.out().contains(MONTH + "  duration  duration: 40 durations"), inspect.out());
        assertTrue(inspect.out().contains("Heure d'arrivée habituelle                      time "), inspect.out());

        assertEquals(List.of(37, "22:10", "0:35:57", "0:27:35", "0:05", "0:15", "0:30", "0:50", "1:30"), figures(summary(VOLUNTEERS, TRIP)));
        assertEquals(List.of(40, "559:00", "13:58:30", "12:11:21", "2:00", "3:30", "8:15", "21:37:30", "41:15"), figures(summary(VOLUNTEERS, MONTH)));

        CliRun stats = CliRun.run("stats", VOLUNTEERS.toString());
        assertEquals(0, stats.code(), stats.err());
        String nb = "\u00A0";
        String month = table(stats.out(), MONTH);
        for (String line : List.of("Somme                       559" + nb + "h", "Moyenne                   13" + nb + "h" + nb + "59",
                "Minimum                       2" + nb + "h", "3ème quartile (Q3)        21" + nb + "h" + nb + "38",
                "Maximum                   41" + nb + "h" + nb + "15")) {
            assertTrue(month.contains(line), line + " in " + month);
        }
        // Columns aligned on the widest figure: compared with single spaces.
        String trip = table(stats.out(), TRIP).replaceAll(" +", " ");
        for (String line : List.of("Somme 22" + nb + "h" + nb + "10", "Moyenne 35" + nb + "min" + nb + "57" + nb + "s",
                "Maximum 1" + nb + "h" + nb + "30", "Sans réponse 3")) {
            assertTrue(trip.contains(line), line + " in " + trip);
        }

        CliRun en = CliRun.run("stats", VOLUNTEERS.toString(), "--lang", "en");
        assertEquals(0, en.code(), en.err());
        String monthEn = table(en.out(), MONTH);
        assertTrue(monthEn.contains("Mean                   13" + nb + "h" + nb + "59" + nb + "min"), monthEn);
        assertTrue(monthEn.contains("Sum                          559" + nb + "h"), monthEn);
    }

    @Test
    void limeSurveyTimingsAreSecondsSpent() throws IOException {
        // pandas: pd.to_timedelta(d['interviewtime'], unit='s'), in minutes: count 30, sum 314.888 (5:14:53, half up
        // 5:15), mean 10.496, std 12.627, min 2.061, q1 5.839, median 8.988, q3 10.222, max 75.147 (1:15:09).
        assertEquals(List.of(30, "5:14:53", "0:10:30", "0:12:38", "0:02:04", "0:05:50", "0:08:59", "0:10:13", "1:15:09"), figures(summary(TIMINGS, "interviewtime")));
        // groupTime102: sum 238.004, mean 7.933, std 12.467, min 1.018, q1 2.519, median 6.984, q3 8.604, max 72.025.
        assertEquals(List.of(30, "3:58", "0:07:56", "0:12:28", "0:01:01", "0:02:31", "0:06:59", "0:08:36", "1:12:02"), figures(summary(TIMINGS, "groupTime102")));
    }

    @Test
    void aSpecDeclaresADurationAndTheUnitOfItsNumbers() throws IOException {
        // "Attente" names no duration and its times are all under 24 h: a spec says they are durations. "Entretien" is
        // written in minutes as plain numbers. Figures by hand: waits 0:45, 1:30, 2:15, 0:20 -> sum 290 min (4 h 50),
        // mean 72.5 (half up 1 h 13), median (45 + 90) / 2 = 67.5 (1 h 08); interviews 30, 45, 90, 25 -> sum 190 (3 h 10).
        Path csv = dir.resolve("accueil.csv");
        Files.writeString(csv, "Attente;Entretien\n0:45;30\n1:30;45\n2:15;90\n0:20;25\n", StandardCharsets.UTF_8);
        Path spec = dir.resolve("accueil.yaml");
        Files.writeString(spec, """
                survey: Accueil
                questions:
                  - id: Attente
                    type: duration
                  - id: Entretien
                    type: duration
                    unit: minutes
                """, StandardCharsets.UTF_8);
        JsonNode wait = summary(csv, "Attente", "--spec", spec.toString());
        assertEquals(List.of(4, "4:50", "1:12:30", "1:07:30"), List.of(wait.get("count").asInt(), wait.get("sum").asText(),
                wait.get("mean").asText(), wait.get("median").asText()));
        assertEquals("3:10", summary(csv, "Entretien", "--spec", spec.toString()).get("sum").asText());

        // Without the spec, "Attente" stays times of day.
        CliRun inspect = CliRun.run("inspect", csv.toString(), "--lang", "en");
        assertTrue(inspect.out().contains("Attente                   time "), inspect.out());

        // A cell that is no duration: a located error, exit 3; a plain number without a unit says what to add.
        Files.writeString(csv, "Attente;Entretien\n0:45;30\nbeaucoup;45\n2:15;90\n0:20;25\n", StandardCharsets.UTF_8);
        CliRun bad = CliRun.run("stats", csv.toString(), "--spec", spec.toString(), "--lang", "en");
        assertEquals(3, bad.code(), bad.err());
        assertTrue(bad.err().contains("row 3") && bad.err().contains("Attente") && bad.err().contains("expected a duration")
                && bad.err().contains("\"beaucoup\""), bad.err());
        Files.writeString(spec, Files.readString(spec).replace("    unit: minutes\n", ""), StandardCharsets.UTF_8);
        Files.writeString(csv, "Attente;Entretien\n0:45;30\n1:30;45\n", StandardCharsets.UTF_8);
        CliRun noUnit = CliRun.run("stats", csv.toString(), "--spec", spec.toString(), "--lang", "en");
        assertEquals(3, noUnit.code(), noUnit.err());
        assertTrue(noUnit.err().contains("a plain number needs the spec's 'unit: seconds', 'minutes' or 'hours'"), noUnit.err());
        CliRun enFrancais = CliRun.run("stats", csv.toString(), "--spec", spec.toString());
        assertTrue(enFrancais.err().contains("un nombre seul demande «\u00A0unit: seconds\u00A0»"), enFrancais.err());
    }

    private static final Path REGISTER_XLSX = Fixtures.home().resolve("fixtures/durations/heures-benevoles.xlsx");
    private static final Path REGISTER_XLS = Fixtures.home().resolve("fixtures/durations/heures-benevoles.xls");
    private static final Path REGISTER_ODS = Fixtures.home().resolve("fixtures/durations/heures-benevoles.ods");
    private static final Path WAITS_ODS = Fixtures.home().resolve("fixtures/durations/attente-accueil.ods");

    /**
     * Durations typed into workbook cells formatted [h]:mm and [mm]:ss (Excel's elapsed time; [HH]:MM and [MM]:SS in
     * the .xls LibreOffice saved). Before, 31:00 (stored 1.2916...) was a date, "1 janvier 1900 07:00", a column
     * holding one a list of answers, and [h]:mm or [mm]:ss under a day times of day ("Moyenne 02:31", no sum). The .ods
     * is the same workbook saved by LibreOffice, whose [HH]:MM and [MM]:SS cells (value type time, PT26H30M00S) were
     * read as the text they show: "Accompagnement hebdomadaire" times of day, and "03:32" in [MM]:SS 3 hours 32.
     */
    @Test
    void workbookCellsInAnElapsedFormatAreDurations() throws IOException {
        // pandas on the values openpyxl reads back (timedelta, in minutes; default linear quantiles):
        // month: count 24, sum 21300 (355 h), mean 887.5 (14:47:30, half up 14:48), std 546.82, min 180, q1 480,
        // median 720, q3 1113.75, max 1860 (31:00); weekly: count 22 (2 blank), sum 3330 (55:30), mean 151.36, std
        // 114.79, min 30, q1 48.75, median 120, q3 180, max 360; call: count 24, sum 445.8 (7:25:48), mean 18.575,
        // max 39.73 (0:39:44); arrival (hh:mm, a time of day): mean 648.125 (10:48:08), min 08:30, max 17:30.
        for (Path book : List.of(REGISTER_XLSX, REGISTER_XLS, REGISTER_ODS)) {
            CliRun inspect = CliRun.run("inspect", book.toString(), "--lang", "en");
            assertEquals(0, inspect.code(), inspect.err());
            for (String line : List.of("Heures données en mars       duration  duration: 24 durations",
                    "Accompagnement hebdomadaire  duration  duration: 22 durations", "Appel le plus long           duration  duration: 24 durations",
                    "Heure d'arrivée              time ")) {
                assertTrue(inspect.out().contains(line), book + ": " + line + " in " + inspect.out());
            }
            assertEquals(List.of(24, "355:00", "14:47:30", "9:06:49", "3:00", "8:00", "12:00", "18:33:45", "31:00"),
                    figures(summary(book, "Heures données en mars")), book.toString());
            assertEquals(List.of(22, "55:30", "2:31:22", "1:54:47", "0:30", "0:48:45", "2:00", "3:00", "6:00"),
                    figures(summary(book, "Accompagnement hebdomadaire")), book.toString());
            JsonNode call = summary(book, "Appel le plus long");
            assertEquals(List.of(24, "7:25:48", "0:18:35", "0:39:44"), List.of(call.get("count").asInt(), call.get("sum").asText(),
                    call.get("mean").asText(), call.get("max").asText()), book.toString());
        }
    }

    /**
     * A LibreOffice Calc sheet whose "Attente" column was formatted [HH]:MM as a whole: its cells carry no style of
     * their own, the column's default cell style names the elapsed format. "Attente" names no duration and every wait
     * is under a day, so only the format tells that these are durations; before, they were times of day.
     */
    @Test
    void anOdsColumnFormattedAsElapsedTimeHoldsDurations() throws IOException {
        CliRun inspect = CliRun.run("inspect", WAITS_ODS.toString(), "--lang", "en");
        assertEquals(0, inspect.code(), inspect.err());
        assertTrue(inspect.out().contains("Attente                   duration  duration: 4 durations"), inspect.out());
        // By hand: 0:45, 1:30, 2:15, 0:20 -> sum 290 min (4:50), mean 72.5 (half up 1:13), median (45 + 90) / 2 = 67.5
        // (1:08), min 0:20, max 2:15.
        JsonNode wait = summary(WAITS_ODS, "Attente");
        assertEquals(List.of(4, "4:50", "1:12:30", "1:07:30", "0:20", "2:15"), List.of(wait.get("count").asInt(), wait.get("sum").asText(),
                wait.get("mean").asText(), wait.get("median").asText(), wait.get("min").asText(), wait.get("max").asText()));
    }

    private static final Path LIME_CODES = Fixtures.home().resolve("fixtures/durations/limesurvey-timings-codes.csv");
    private static final Path LIME_TEXT = Fixtures.home().resolve("fixtures/durations/limesurvey-timings-text.csv");

    /**
     * Every timing column of a LimeSurvey export with "Export timings", headed by code (interviewtime, groupTime13,
     * Q04Time) or in full text (Total time, Group time: Your opinion, Question time: Q04), is seconds. Before, only
     * interviewtime and groupTime were: a question's time and every full-text heading were plain numbers (numeric).
     */
    @Test
    void everyLimeSurveyTimingColumnIsSeconds() throws IOException {
        for (Path export : List.of(LIME_CODES, LIME_TEXT)) {
            CliRun inspect = CliRun.run("inspect", export.toString(), "--lang", "en");
            assertEquals(0, inspect.code(), inspect.err());
            List<String> timings = export == LIME_CODES
                    ? List.of("interviewtime", "groupTime12", "Q01Time", "Q02Time", "groupTime13", "Q03Time", "Q04Time")
                    : List.of("Total time", "Group time: Your visit", "Question time: Q01", "Question time: Q02",
                    "Group time: Your opinion", "Question time: Q03", "Question time: Q04");
            for (String column : timings) {
                assertTrue(inspect.out().lines().anyMatch(l -> l.startsWith(column + " ") && l.contains(" duration  duration: LimeSurvey's timing in seconds")),
                        export + ": " + column + " in " + inspect.out());
            }
        }
        // pandas, on all 28 responses (--include-incomplete counts the 2 unfinished ones), x = d[col].dropna():
        //   x.count(), x.sum(), x.mean(), x.std(), x.min(), x.quantile(.25), x.median(), x.quantile(.75), x.max()
        // interviewtime: 28, 10663.88 s (177.731 min, 2:58), mean 380.853 s (6.348 min), std 674.911 s (11.249 min),
        // min 35.03 s (0.584 min), q1 176.325 s (2.939), median 281.505 s (4.692), q3 352.9675 s (5.883), max 3772.34 s (62.872).
        // Q02Time: 28, 463.76 s (7.729 min), mean 16.563 s, std 7.199, min 5.51, q1 10.2775, median 15.655, q3 23.5075, max 28.22.
        List<Object> interview = List.of(28, "2:57:44", "0:06:21", "0:11:15", "0:00:35", "0:02:56", "0:04:42", "0:05:53", "1:02:52");
        assertEquals(interview, figures(summary(LIME_CODES, "interviewtime", "--include-incomplete")));
        assertEquals(interview, figures(summary(LIME_TEXT, "Total time", "--include-incomplete")));
        assertEquals(List.of(28, "0:07:44", "0:00:17", "0:00:07", "0:00:06", "0:00:10", "0:00:16", "0:00:24", "0:00:28"),
                figures(summary(LIME_TEXT, "Question time: Q02", "--include-incomplete")));
    }

    /**
     * Durations under an hour are shown to the second, in tables as in charts: an interview of 281.5 s is "4 min 42 s",
     * not "5 min" (nor "0 h 05"); from an hour, to the minute ("1 h 03"). Before, every figure was rounded to the minute.
     */
    @Test
    void durationsUnderAnHourAreShownToTheSecond() throws IOException {
        // pandas on all 28 responses (see everyLimeSurveyTimingColumnIsSeconds): interviewtime sum 177.731 min (2 h 58),
        // mean 380.853 s (6 min 21 s), std 674.911 s (11 min 15 s), min 35.03 s (35 s), q1 176.325 s (2 min 56 s),
        // median 281.505 s (4 min 42 s), q3 352.9675 s (5 min 53 s), max 3772.34 s (62.87 min, 1 h 03).
        String nb = "\u00A0";
        CliRun fr = CliRun.run("stats", LIME_CODES.toString(), "--include-incomplete");
        assertEquals(0, fr.code(), fr.err());
        // Columns aligned on the widest figure: compared with single spaces.
        String interview = table(fr.out(), "interviewtime").replaceAll(" +", " ");
        for (String line : List.of("Somme 2" + nb + "h" + nb + "58", "Moyenne 6" + nb + "min" + nb + "21" + nb + "s",
                "Écart-type 11" + nb + "min" + nb + "15" + nb + "s", "Minimum 35" + nb + "s",
                "1er quartile (Q1) 2" + nb + "min" + nb + "56" + nb + "s", "2ème quartile (Médiane) 4" + nb + "min" + nb + "42" + nb + "s",
                "3ème quartile (Q3) 5" + nb + "min" + nb + "53" + nb + "s", "Maximum 1" + nb + "h" + nb + "03")) {
            assertTrue(interview.contains(line), line + " in " + interview);
        }
        CliRun en = CliRun.run("stats", LIME_CODES.toString(), "--include-incomplete", "--lang", "en");
        assertEquals(0, en.code(), en.err());
        String interviewEn = table(en.out(), "interviewtime").replaceAll(" +", " ");
        assertTrue(interviewEn.contains("(Median) 4" + nb + "min" + nb + "42" + nb + "s"), interviewEn);
        assertTrue(interviewEn.contains("Maximum 1" + nb + "h" + nb + "03" + nb + "min"), interviewEn);
    }
}
