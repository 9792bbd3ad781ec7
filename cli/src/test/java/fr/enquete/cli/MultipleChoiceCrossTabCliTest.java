package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A cross-tabulation with a multiple choice: its percentages are shares of the line's respondents, as a French study
 * prints them ("82,93 % des centres en QPV proposent la promotion de la santé") and as SPSS's multiple-response tables
 * do by default; shares of the ticks only with {@code --percent-of responses}.
 *
 * <p>The expected figures were computed once with pandas on the fixture export ({@code d = pd.read_csv(export, sep=';',
 * dtype=str)}; {@code a} the columns of the multiple choice, {@code b = d[d.qpv.notna() & d[a].eq('Y').any(axis=1)]}
 * the respondents who answered both):
 * <pre>
 * (b[a].eq('Y').groupby(b.qpv).mean()*100).round(2)   # actions: Oui 82.93 75.61 58.54 ...; Non 89.74 74.36 71.79 ...
 * (b[a].eq('Y').mean()*100).round(2)                   # actions: 86.25 75.00 65.00 63.75 53.75 38.75 32.50
 * b.groupby('qpv').size()                              # actions: Oui 41, Non 39 (80); partenaires: Oui 40, Non 39 (79)
 * b[a].eq('Y').groupby(b.qpv).sum().T                  # partenaires[SQ001] (CCAS): Oui 28, Non 26
 * </pre>
 * and the intervals with R: {@code prop.test(34, 41, correct = FALSE)$conf.int} = 68,74 – 91,47 %.
 */
class MultipleChoiceCrossTabCliTest {

    private static CliRun crosstab(String... args) {
        String[] all = {"crosstab", Fixtures.export().toString(), "--spec", Fixtures.spec().toString()};
        String[] joined = Arrays.copyOf(all, all.length + args.length);
        System.arraycopy(args, 0, joined, all.length, args.length);
        return CliRun.run(joined);
    }

    /** The line of {@code text} that starts with {@code start} after the table's indent, its cells split on runs of spaces. */
    private static String[] line(String text, String table, String start) {
        String from = text.substring(text.indexOf(table));
        return from.lines().filter(l -> l.startsWith("  " + start + " ")).findFirst().orElseThrow().trim().split(" {2,}");
    }

    @Test
    void rowPercentagesOfAMultipleChoiceInColumnsAreSharesOfTheRowsRespondents() {
        CliRun text = crosstab("--rows", "qpv", "--cols", "actions");
        assertEquals(0, text.code(), text.err());
        String[] oui = line(text.out(), "Pourcentages en ligne", "Oui");
        // Health promotion: 34 of the 41 QPV centres (not 34 of their 160 ticks, 21,25 %); the margin is the row's base.
        assertEquals("82,93\u00A0%", oui[1], text.out());
        assertEquals("75,61\u00A0%", oui[2], text.out());
        assertEquals("29,27\u00A0%", oui[7], text.out());
        assertEquals("100,00\u00A0%", oui[8], text.out());
        assertEquals("89,74\u00A0%", line(text.out(), "Pourcentages en ligne", "Non")[1], text.out());
        String[] total = line(text.out(), "Pourcentages en ligne", "Total");
        assertEquals("86,25\u00A0%", total[1], text.out());
        assertEquals("32,50\u00A0%", total[7], text.out());
        // The counts' margin is the row's respondents, named so: 41 and 39 of the base of 80, not 160 and 172 ticks.
        assertTrue(text.out().contains("Répondants"), text.out());
        assertEquals("41", line(text.out(), "Effectifs", "Oui")[8], text.out());
        assertEquals("80", line(text.out(), "Effectifs", "Total")[8], text.out());
        // Column percentages: each column's respondents split by qpv; the margin splits the base, 41 / 80.
        assertEquals("49,28\u00A0%", line(text.out(), "Pourcentages en colonne", "Oui")[1], text.out());
        assertEquals("51,25\u00A0%", line(text.out(), "Pourcentages en colonne", "Oui")[8], text.out());
        assertTrue(text.out().contains("Plusieurs réponses possibles en colonnes\u00A0: les pourcentages en ligne sont calculés sur les"
                + " répondants de chaque ligne, leur total dépasse 100\u00A0%."), text.out());

        CliRun csv = crosstab("--rows", "qpv", "--cols", "actions", "--format", "csv");
        assertTrue(csv.out().contains("\nOui,La promotion de la santé,34,82.9268292682"), csv.out());
        assertTrue(csv.out().contains("\nNon,La promotion de la santé,35,89.7435897435"), csv.out());

        CliRun json = crosstab("--rows", "qpv", "--cols", "actions", "--format", "json");
        assertTrue(json.out().contains("\"rowBases\" : [ 41, 39 ]"), json.out());
        assertTrue(json.out().contains("\"columnBases\" : [ 69, 60, 52, 51, 43, 31, 26 ]"), json.out());

        CliRun en = crosstab("--rows", "qpv", "--cols", "actions", "--lang", "en");
        assertTrue(en.out().contains("Multiple answers in the columns: row percentages are of each row's respondents and add up to"
                + " more than 100%."), en.out());
        assertEquals("Respondents", line(en.out(), "Counts", "Rows: “Êtes-vous en QPV…” / Columns: “Hormis les activités classiques menées…”")[8], en.out());
    }

    /** Each row percentage is now a share of respondents, each counted once: it has its Wilson interval. */
    @Test
    void rowPercentagesOfRespondentsGetTheirIntervals() {
        CliRun json = crosstab("--rows", "qpv", "--cols", "actions", "--ci", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"rowIntervals\" : [ [ [ 68.74, 91.47 ]"), json.out());
        assertTrue(json.out().contains("[ [ 76.42, 95.94 ]"), json.out());
        CliRun text = crosstab("--rows", "qpv", "--cols", "actions", "--ci");
        assertTrue(text.out().contains("68,74\u00A0–\u00A091,47\u00A0%"), text.out());
    }

    /** The share of the ticks (SPSS's "percent of responses") stays one option away, said so under the table. */
    @Test
    void sharesOfTheTicksOnAsk() {
        CliRun text = crosstab("--rows", "qpv", "--cols", "actions", "--percent-of", "responses", "--ci");
        assertEquals(0, text.code(), text.err());
        // 34 of the 160 actions the 41 QPV centres ticked (pandas: b[a].eq('Y').groupby(b.qpv).sum().sum(axis=1): Oui 160).
        assertEquals("21,25\u00A0%", line(text.out(), "Pourcentages en ligne", "Oui")[1], text.out());
        assertEquals("160", line(text.out(), "Effectifs", "Oui")[8], text.out());
        assertFalse(text.out().contains("Répondants"), text.out());
        assertFalse(text.out().contains("Intervalles de confiance"), text.out());
        assertTrue(text.out().contains("Plusieurs réponses possibles\u00A0: les pourcentages sont des parts des réponses cochées, non des"
                + " répondants."), text.out());
        assertEquals(Main.USAGE, crosstab("--rows", "qpv", "--cols", "actions", "--percent-of", "ticks").code());
    }

    /**
     * A multiple choice in rows: column percentages are shares of the column's respondents. The QPV centre that ticked no
     * partner (id 120) did not answer partenaires: it is out of the base (79) and of its column (40), as "Sans réponse" is
     * out of every base of the table.
     */
    @Test
    void columnPercentagesOfAMultipleChoiceInRowsAreSharesOfTheColumnsRespondents() {
        CliRun text = crosstab("--rows", "partenaires", "--cols", "qpv");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("Base\u00A0: 79 répondants"), text.out());
        String[] ccas = line(text.out(), "Pourcentages en colonne", "CCAS");
        assertEquals("70,00\u00A0%", ccas[1], text.out());
        assertEquals("66,67\u00A0%", ccas[2], text.out());
        String[] respondents = line(text.out(), "Effectifs", "Répondants");
        assertEquals(java.util.List.of("40", "39", "79"), java.util.List.of(respondents[1], respondents[2], respondents[3]), text.out());
        assertTrue(text.out().contains("Plusieurs réponses possibles en lignes\u00A0: les pourcentages en colonne sont calculés sur les"
                + " répondants de chaque colonne, leur total dépasse 100\u00A0%."), text.out());
        CliRun csv = crosstab("--rows", "partenaires", "--cols", "qpv", "--format", "csv");
        assertTrue(csv.out().contains("\nCCAS,Oui,28,51.85185185185") && csv.out().contains(",70.0\n"), csv.out());
    }

    /**
     * Under secrecy the respondents of a row are a count like any other: the 3 centres of the Somme (pandas:
     * b.dpt.value_counts(), 80: 3) who answered actions are masked, not printed beside their masked cells.
     */
    @Test
    void aRowOfFewerRespondentsThanTheThresholdIsMasked() {
        CliRun json = crosstab("--rows", "dpt", "--cols", "actions", "--secret", "5", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"rowLabels\" : [ \"59\", \"62\", \"02\", \"60\", \"80\" ]"), json.out());
        assertTrue(json.out().matches("(?s).*\"rowBases\" : \\[ 58, [^\\]]*, null \\].*"), json.out());
        CliRun text = crosstab("--rows", "dpt", "--cols", "actions", "--secret", "5");
        String[] somme = line(text.out(), "Effectifs", "80");
        assertEquals("< 5", somme[somme.length - 1], text.out());
    }
}
