package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edges of issue 21 as users meet them on the command line. */
class StatsEdgesCliTest {

    @TempDir
    Path dir;

    private static String export() {
        return Fixtures.export().toString();
    }

    private static String spec() {
        return Fixtures.spec().toString();
    }

    /** 20 answers to q and r; those answering r = B weigh 0 (or everybody, with {@code allZero}). */
    private Path zeroWeights(boolean allZero) throws IOException {
        StringBuilder b = new StringBuilder("q;r;poids\n");
        for (int i = 0; i < 20; i++) {
            String r = i < 12 ? "A" : "B";
            b.append(i % 3 == 0 ? "Non" : "Oui").append(';').append(r).append(';')
                    .append(allZero || r.equals("B") ? "0" : String.valueOf(1 + i % 2)).append('\n');
        }
        Path f = dir.resolve(allZero ? "zeros.csv" : "zero-row.csv");
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
        return f;
    }

    /**
     * A scale's summary line speaks French in a French report ("top-2 : 79,22 % ; bottom-2 : 20,78 %" was English in the
     * rendered report). Hand count of numevol in the fixture: Fortement 45 + Très fortement 16 = 61 of the 77 placed on
     * the scale (91 less 8 "Je ne peux pas me prononcer" and 6 without answer) = 79,22 %; 2 + 14 = 16, 20,78 %.
     * The chart and the table give shares of all 91 (49,45 % and 17,58 %, 67,03 % together): the line names its base,
     * what it leaves out and its boxes' choices, so that 79,22 % does not read as contradicting them.
     */
    @Test
    void aScalesSummaryLineIsInTheReportsLanguage() {
        CliRun fr = CliRun.run("stats", export(), "--spec", spec());
        assertEquals(0, fr.code(), fr.err());
        String line = fr.out().replace('\u00A0', ' ').replace('\u202F', ' ').lines()
                .filter(l -> l.contains("score moyen : 2,97 sur 4 (4 = Très fortement")).findFirst().orElseThrow();
        assertEquals("Sur les 77 répondants qui se placent sur l'échelle (hors 8 « Je ne peux pas me prononcer » et 6 non-réponses), "
                + "« Très fortement » ou « Fortement » : 79,22 % ; « Pas du tout » ou « Faiblement » : 20,78 % ; solde : +58,44 points ; "
                + "score moyen : 2,97 sur 4 (4 = Très fortement … 1 = Pas du tout).", line.strip());
        assertFalse(fr.out().contains("top-") || fr.out().contains("bottom-") || fr.out().contains("niveaux du haut"), fr.out());
        CliRun en = CliRun.run("stats", export(), "--spec", spec(), "--lang", "en");
        assertTrue(en.out().contains("Of the 77 respondents who placed themselves on the scale (excluding 8 \u201CJe ne peux pas me prononcer\u201D "
                + "and 6 non-responses), \u201CTrès fortement\u201D or \u201CFortement\u201D: 79.22%; \u201CPas du tout\u201D or \u201CFaiblement\u201D: 20.78%;"),
                en.out());
    }

    @Test
    void undefinedFiguresAreNullInJsonAndEmptyInCsvNeverNaN() throws IOException {
        CliRun t = CliRun.run("crosstab", zeroWeights(false).toString(), "--rows", "r", "--cols", "q", "--weight", "poids", "--ci", "--format", "json");
        assertEquals(0, t.code(), t.err());
        assertFalse(t.out().contains("NaN"), t.out());
        assertTrue(t.out().contains("\"p\" : null") && t.out().contains("\"cramersV\" : null"), t.out());
        assertTrue(t.out().contains("[ null, null ]"), "the zero-weight row has no intervals: " + t.out());
        CliRun s = CliRun.run("stats", zeroWeights(true).toString(), "--weight", "poids", "--ci", "--format", "json");
        assertEquals(0, s.code(), s.err());
        assertFalse(s.out().contains("NaN"), s.out());
        assertTrue(s.out().contains("\"ci\" : null"), s.out());
        CliRun statsText = CliRun.run("stats", zeroWeights(true).toString(), "--weight", "poids", "--ci");
        assertFalse(statsText.out().contains("NaN"), statsText.out());
        assertTrue(statsText.out().contains("–\u00A0: non défini (les répondants de cette question ont un poids total nul)"), statsText.out());
        CliRun csv = CliRun.run("crosstab", zeroWeights(false).toString(), "--rows", "r", "--cols", "q", "--weight", "poids", "--format", "csv");
        assertFalse(csv.out().contains("NaN"), csv.out());
        assertTrue(csv.out().contains("B,Oui,5,,"), csv.out());
        CliRun text = CliRun.run("crosstab", zeroWeights(false).toString(), "--rows", "r", "--cols", "q", "--weight", "poids");
        assertFalse(text.out().contains("NaN"), text.out());
        assertTrue(text.out().contains("–\u00A0: non défini") && text.out().contains("Pas de test\u00A0: une ligne ou une colonne a des répondants mais un poids total nul"), text.out());
    }

    /**
     * The crosstab's notes printed without MessageFormat showed their escaped apostrophes: "une part de rien n''a pas de
     * valeur", "la statistique n''est pas définie", "aucune réponse n''a changé".
     */
    @Test
    void theCrosstabsNotesPrintTheirApostrophesOnce() throws IOException {
        CliRun text = CliRun.run("crosstab", zeroWeights(false).toString(), "--rows", "r", "--cols", "q", "--weight", "poids");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("une part de rien n'a pas de valeur") && text.out().contains("la statistique n'est pas définie"),
                text.out());
        // Two waves in which nobody changed their answer (qpv asked twice of the fixture's 80 who answered it).
        Path waves = dir.resolve("waves.csv");
        StringBuilder b = new StringBuilder("avis_2023;avis_2026\n");
        for (int i = 0; i < 80; i++) {
            String a = i < 41 ? "Oui" : "Non";
            b.append(a).append(';').append(a).append('\n');
        }
        Files.writeString(waves, b.toString(), StandardCharsets.UTF_8);
        CliRun paired = CliRun.run("crosstab", waves.toString(), "--rows", "avis_2023", "--cols", "avis_2026", "--paired");
        assertEquals(0, paired.code(), paired.err());
        assertTrue(paired.out().contains("aucune réponse n'a changé entre les deux vagues"), paired.out());
        assertFalse(text.out().contains("''") || paired.out().contains("''"), text.out() + paired.out());
    }

    /**
     * Two single-choice questions, the second asked only of those who said "Oui" to the first (ANRU quarters lie in QPV):
     * the "Non" row is empty, so no test, and the note blamed a multiple-choice question there is none of. The fixture's
     * qpv x anru, hand count (pandas: pd.crosstab(d.qpv, d.anru)): Oui 9 | 25, Non 8 | 26; filtered, Non's row is 0 | 0.
     */
    @Test
    void aTableWithOneNonEmptyRowSaysSoRatherThanBlamingAMultipleChoice() throws IOException {
        Path spec = dir.resolve("anru.yaml");
        Files.writeString(spec, "survey: t\nquestions:\n  - {id: qpv, type: single, choices: [Oui, Non]}\n"
                + "  - {id: anru, type: single, choices: [Oui, Non], filter: \"qpv = Oui\"}\n", StandardCharsets.UTF_8);
        CliRun fr = CliRun.run("crosstab", export(), "--spec", spec.toString(), "--rows", "qpv", "--cols", "anru");
        assertEquals(0, fr.code(), fr.err());
        // Padded to the corner ("qpv\u00A0↓ · anru\u00A0→", the ids of a spec without wordings).
        assertTrue(java.util.regex.Pattern.compile("(?m)^  Oui +9 +25 +34$").matcher(fr.out()).find()
                && java.util.regex.Pattern.compile("(?m)^  Non +0 +0 +0$").matcher(fr.out()).find(), fr.out());
        assertFalse(fr.out().contains("choix multiple"), fr.out());
        assertTrue(fr.out().contains("Pas de test\u00A0: il faut au moins deux lignes et deux colonnes non vides."), fr.out());
        CliRun en = CliRun.run("crosstab", export(), "--spec", spec.toString(), "--rows", "qpv", "--cols", "anru", "--lang", "en");
        assertTrue(en.out().contains("No test: it needs at least two non-empty rows and two non-empty columns."), en.out());
    }

    /**
     * qpv x actions (a multiple choice) with --ci and --percent-of responses: the 41 QPV centres ticked 160 actions (pandas:
     * the "Y" cells of actions[SQ001..7] where qpv == "Oui"), health promotion 34 of them. The row percentage is
     * 34 / 160 = 21,25 % of the ticks, and a Wilson interval would take the 160 ticks for 160 independent respondents. The
     * intervals are withheld, with a note; JSON has no rowIntervals. (Shares of respondents, the default, have theirs:
     * MultipleChoiceCrossTabCliTest.)
     */
    @Test
    void rowPercentagesOfTicksGetNoInterval() throws IOException {
        CliRun text = CliRun.run("crosstab", export(), "--spec", spec(), "--rows", "qpv", "--cols", "actions", "--ci", "--percent-of", "responses");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("21,25\u00A0%"), text.out());
        assertFalse(text.out().contains("Intervalles de confiance"), text.out());
        assertTrue(text.out().contains("Pas d'intervalle de confiance\u00A0: avec une question à choix multiple en colonnes, les pourcentages"
                + " en ligne sont des parts des options cochées, non des parts de répondants."), text.out());
        CliRun json = CliRun.run("crosstab", export(), "--spec", spec(), "--rows", "qpv", "--cols", "actions", "--ci", "--format", "json",
                "--percent-of", "responses");
        assertFalse(json.out().contains("rowIntervals"), json.out());
        // Rows of a multiple choice, columns of a single one: each respondent counts once in a row, the intervals stay.
        CliRun rows = CliRun.run("crosstab", export(), "--spec", spec(), "--rows", "actions", "--cols", "qpv", "--ci", "--format", "json",
                "--percent-of", "responses");
        assertTrue(rows.out().contains("rowIntervals"), rows.out());
    }

    @Test
    void aPValueBelowTheSmallestDoubleIsNeverPrintedAsZero() throws IOException {
        StringBuilder b = new StringBuilder("a;b\n");
        int[][] cells = {{1000, 1}, {1, 1000}};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                b.append(((i == 0 ? "Oui" : "Non") + ";" + (j == 0 ? "Oui" : "Non") + "\n").repeat(cells[i][j]));
            }
        }
        Path f = dir.resolve("far.csv");
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
        CliRun json = CliRun.run("crosstab", f.toString(), "--rows", "a", "--cols", "b", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"p\" : 1.0E-300,\n    \"pBelow\" : true"), json.out());
        assertFalse(json.out().contains("\"p\" : 0.0"), json.out());
        CliRun text = CliRun.run("crosstab", f.toString(), "--rows", "a", "--cols", "b");
        assertTrue(text.out().contains("p < 0,0001"), text.out());
    }

    @Test
    void aPopulationSmallerThanTheRespondentsIsRefused() {
        // The fixture counts 91 respondents.
        CliRun r = CliRun.run("stats", export(), "--spec", spec(), "--population", "10", "--lang", "en");
        assertEquals(Main.USAGE, r.code(), r.out());
        assertTrue(r.err().contains("--population 10 is smaller than the 91 respondents"), r.err());
        assertFalse(r.out().contains("910,00"), r.out());
        assertEquals(Main.USAGE, CliRun.run("crosstab", export(), "--spec", spec(), "--rows", "qpv", "--cols", "anru", "--population", "10").code());
        assertEquals(Main.USAGE, CliRun.run("stats", export(), "--spec", spec(), "--population", "90", "--by", "territoire").code());
        assertEquals(0, CliRun.run("stats", export(), "--spec", spec(), "--population", "91").code());
    }

    /**
     * {@code stats --by territoire --population 238}: Nord's 58 respondents were printed as a response rate of 58 / 238 =
     * 24,37 % (Nord has about 152 centres: its rate is the survey's 38 %), and its intervals took the 58 for a sample of
     * all 238 centres. A group's population is estimated as a filtered base's, 238 × 58 / 91 = 151,69 (R: 238*58/91);
     * Nord's qpv "Oui", 27 of 58: 36,77 to 56,61 % (the R lines are in GroupPrecisionTest).
     */
    @Test
    void aGroupIsNotTakenForTheWholePopulation() throws IOException {
        CliRun text = CliRun.run("stats", export(), "--spec", spec(), "--population", "238", "--by", "territoire");
        assertEquals(0, text.code(), text.err());
        String out = text.out().replace('\u00A0', ' ').replace('\u202F', ' ');
        assertFalse(out.contains("24,37 %"), out.substring(0, 400));
        assertTrue(out.contains("Population du groupe estimée à 151,69 (238 × 58 / 91 répondants), pour les intervalles ;"
                + " son taux de participation n'est pas connu"), out.substring(0, 400));
        CliRun en = CliRun.run("stats", export(), "--spec", spec(), "--population", "238", "--by", "territoire", "--lang", "en");
        assertTrue(en.out().contains("Group population estimated at 151.69 (238 × 58 / 91 respondents), for the intervals;"
                + " its response rate is unknown"), en.out().substring(0, 400));
        com.fasterxml.jackson.databind.JsonNode nord = new com.fasterxml.jackson.databind.ObjectMapper().readTree(CliRun.run("stats",
                export(), "--spec", spec(), "--population", "238", "--by", "territoire", "--format", "json").out()).get("groups").get(0);
        assertEquals("Nord", nord.get("group").asText());
        assertFalse(nord.has("responseRate") || nord.has("population"), nord.toString().substring(0, 300));
        assertEquals(151.69, nord.get("estimatedPopulation").asDouble(), 1e-9);
        assertTrue(nord.toString().contains("\"ci\":[36.77,56.61]"), nord.toString());
    }

    /**
     * {@code stats --by dpt --strata population.csv --stratum territoire}: the strata were ignored, Nord's 58 centres
     * standing for 238 × 58 / 91 = 151,69 (qpv "Oui" 36,77 – 56,61 %) and dpt 80's 3 for 7,85. By strata Nord is its
     * 152 centres and dpt 80 is 51 × 3 / 15 = 10,2 of Picardie's; the intervals are R's svyby on a stratified design
     * with fpc (the R lines are in GroupStrataPrecisionTest): Nord 36,71 – 56,67 %, dpt 80 7,47 – 75,60 %. A group
     * with a centre in no stratum (qpv "Oui": 1 without dpt) gets no interval, and says why.
     */
    @Test
    void aGroupOfAStratifiedSurveyIsEstimatedByStrata() throws IOException {
        String population = Fixtures.home().resolve("fixtures/centres-sociaux/population.csv").toString();
        CliRun json = CliRun.run("stats", export(), "--spec", spec(), "--population", "238", "--strata", population, "--stratum",
                "territoire", "--by", "dpt", "--format", "json");
        assertEquals(0, json.code(), json.err());
        com.fasterxml.jackson.databind.JsonNode groups = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("groups");
        com.fasterxml.jackson.databind.JsonNode nord = groups.get(0);
        com.fasterxml.jackson.databind.JsonNode somme = groups.get(4);
        assertEquals("59", nord.get("group").asText());
        assertEquals(152, nord.get("estimatedPopulation").asDouble(), 1e-9);
        assertTrue(nord.toString().contains("\"ci\":[36.71,56.67]"), nord.toString());
        assertEquals("80", somme.get("group").asText());
        assertEquals(10.2, somme.get("estimatedPopulation").asDouble(), 1e-9);
        assertTrue(somme.toString().contains("\"ci\":[7.47,75.6]"), somme.toString());
        CliRun text = CliRun.run("stats", export(), "--spec", spec(), "--population", "238", "--strata", population, "--stratum",
                "territoire", "--by", "qpv");
        assertEquals(0, text.code(), text.err());
        String out = text.out().replace('\u00A0', ' ');
        assertTrue(out.contains("groupe « Oui » : 1 répondant sans strate « territoire » du fichier de population ;"
                + " les intervalles stratifiés du groupe ne sont pas définis"), out);
        assertTrue(out.contains("Pas d'intervalles pour ce groupe : le plan stratifié (territoire) ne les définit pas"), out.substring(0, 400));
    }

    @Test
    void aStratumWithMoreRespondentsThanItsPopulationIsNamed() throws IOException {
        Path strata = dir.resolve("strata.csv");
        // Nord has 58 respondents in the fixture.
        Files.writeString(strata, "dpt;population\n59;40\n62;35\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("stats", export(), "--spec", spec(), "--strata", strata.toString(), "--stratum", "dpt", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("stratum \\\"59\\\": 58 respondents for a population of 40"), r.out());
        assertTrue(r.out().contains("\"population\" : 40,\n    \"respondents\" : 58,\n    \"rate\" : null"), r.out());
    }

    @Test
    void aConfidenceLevelGivenAsAFractionIsRefusedWithTheSuggestion() {
        CliRun r = CliRun.run("stats", export(), "--spec", spec(), "--ci", "--confidence", "0.95", "--lang", "en");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("did you mean --confidence 95?"), r.err());
        CliRun nine = CliRun.run("stats", export(), "--spec", spec(), "--ci", "--confidence", "0.9");
        // French by default, the value to type still written with a point.
        assertTrue(nine.err().replace('\u00A0', ' ').contains("pas 0,9 ; vouliez-vous dire --confidence 90 ?"), nine.err());
        assertEquals(Main.USAGE, CliRun.run("stats", export(), "--spec", spec(), "--ci", "--confidence", "20").code());
        assertEquals(0, CliRun.run("stats", export(), "--spec", spec(), "--ci", "--confidence", "90").code());
    }
    /**
     * A numeric question answered only by respondents of weight 0: its mean and quartiles are "–" (undefined), and,
     * by the one rule for undefined figures (docs/statistics.md), a note says why, as it already did under a choice
     * table. Ages 30 and 40 weigh 0; the two respondents of weight 1 and 2 left the age blank.
     */
    @Test
    void aNumericSummaryOfWeightlessAnswersSaysWhyItsFiguresAreUndefined() throws Exception {
        Path f = java.nio.file.Files.writeString(dir.resolve("poids-nuls.csv"), "id;age;w\n1;30;0\n2;40;0\n3;;1\n4;;2\n");
        CliRun r = CliRun.run("stats", f.toString(), "--weight", "w");
        assertEquals(0, r.code(), r.err());
        String age = r.out().substring(r.out().indexOf("\nage\n"), r.out().indexOf("\nw\n"));
        assertTrue(age.contains("Moyenne                         –"), age);
        assertTrue(age.contains("–\u00A0: non défini (les répondants de cette question ont un poids total nul)."), age);
        String en = CliRun.run("stats", f.toString(), "--weight", "w", "--lang", "en").out();
        assertTrue(en.contains("–: undefined (the respondents to this question weigh nothing in total)."), en);
    }
}
