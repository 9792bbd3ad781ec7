package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fixture export was built so that its aggregates are the tables published in seed 003 ("Traitement
 * de l'enquête destinée aux directeurs de centres sociaux des Hauts de France", 91 answers). Every
 * expected figure below is copied from that document (two-decimal percentages as printed there, or
 * recomputed by hand from its counts where the document rounded them), not from this code's output.
 */
class SeedTablesTest {

    private static SurveyResult result;

    @BeforeAll
    static void analyse() {
        result = Fixtures.analyse();
    }

    @Test
    void respondents() {
        assertEquals(91, result.respondents());
    }

    @Test
    void localisationTableHasTheSeedCountsAndPercentagesOverAllRespondents() {
        // Seed: 59 58, 62 14, 02 6, 60 6, 80 3, Sans réponse 4 (printed "3%", in fact 4/91 = 4,40 %).
        assertRows("dpt", 91,
                row("59", 58, "63.74"), row("62", 14, "15.38"), row("02", 6, "6.59"), row("60", 6, "6.59"),
                row("80", 3, "3.30"), missing(4, "4.40"));
    }

    @Test
    void qpvAndAnruTables() {
        assertRows("qpv", 91, row("Oui", 41, "45.05"), row("Non", 39, "42.86"), missing(11, "12.09"));
        assertRows("anru", 91, row("Oui", 22, "24.18"), row("Non", 57, "62.64"), missing(12, "13.19"));
        assertRows("fonction", 91, row("Directeur", 85, "93.41"), row("Directeur adjoint", 3, "3.30"), missing(3, "3.30"));
    }

    /**
     * Seed 003 gives the two years as classes: "Inf 1960 2 2,20%, 1960 à 1969 4 4,40%, 1970 à 1979 19 20,88%, 1980 à 1989
     * 14 15,38%, 1990 à 1999 18 19,78%, 2000 à 2009 15 16,48%, 2010 et + 14 15,38%, Sans réponse 5 5,49%" and "Inf 1980
     * 1 1,10%, 1980 à 1989 2 2,20%, 1990 à 1999 3 3,30%, 2000 à 2009 8 8,79%, Sup 2010 71 78,02%, Sans réponse 6 6,59%";
     * the fixture's spec derives them from the years with {@code classes:}.
     */
    @Test
    void yearsInDecadesAreTheSeedClasses() {
        assertRows("creation_decennie", 91, row("Avant 1960", 2, "2.20"), row("1960 à 1969", 4, "4.40"), row("1970 à 1979", 19, "20.88"),
                row("1980 à 1989", 14, "15.38"), row("1990 à 1999", 18, "19.78"), row("2000 à 2009", 15, "16.48"),
                row("2010 et +", 14, "15.38"), missing(5, "5.49"));
        assertRows("agrement_decennie", 91, row("Avant 1980", 1, "1.10"), row("1980 à 1989", 2, "2.20"), row("1990 à 1999", 3, "3.30"),
                row("2000 à 2009", 8, "8.79"), row("2010 et +", 71, "78.02"), missing(6, "6.59"));
    }

    @Test
    void adherentsSummaryIsTheSeedOne() {
        // Seed: Décompte 84, Somme 65 951, Moyenne 785, Minimum 110, Q1 365, Médiane 685,5, Q3 1033,5, Maximum 2 914.
        NumericSummary s = numeric("adherents");
        assertEquals(84, s.count());
        assertEquals(65951, s.sum(), 1e-9);
        assertEquals("785.13", round2(s.mean()));
        assertEquals(110, s.min());
        assertEquals(365, s.q1(), 1e-9);
        assertEquals(685.5, s.median(), 1e-9);
        assertEquals(1033.5, s.q3(), 1e-9);
        assertEquals(2914, s.max());
        assertEquals(QuantileMethod.TYPE_7, s.method());
    }

    @Test
    void salariesSummaryIsTheSeedOne() {
        // Seed: Décompte 86, Somme 1 529, Moyenne 18 (1529/86 = 17,78), Minimum 3, Q1 9,25, Médiane 14, Q3 24,75, Maximum 80.
        NumericSummary s = numeric("salaries");
        assertEquals(86, s.count());
        assertEquals(1529, s.sum(), 1e-9);
        assertEquals("17.78", round2(s.mean()));
        assertEquals(3, s.min());
        assertEquals(9.25, s.q1(), 1e-9);
        assertEquals(14, s.median(), 1e-9);
        assertEquals(24.75, s.q3(), 1e-9);
        assertEquals(80, s.max());
    }

    @Test
    void multipleChoicePercentagesAreOverRespondentsAndSumAbove100() {
        // Seed 2.1: 75 82,42 %, 68 74,73 %, 59 64,84 %, 54 59,34 %, 49 53,85 %, 37 40,66 %, 29 31,87 %.
        QuestionResult.Choices c = choices("actions");
        List<ChoiceRow> rows = c.rows();
        long[] counts = {75, 68, 59, 54, 49, 37, 29};
        String[] percents = {"82.42", "74.73", "64.84", "59.34", "53.85", "40.66", "31.87"};
        for (int i = 0; i < counts.length; i++) {
            assertEquals(counts[i], rows.get(i).count(), rows.get(i).label());
            assertEquals(percents[i], round2(rows.get(i).percent()), rows.get(i).label());
        }
        assertEquals("La promotion de la santé", rows.get(0).label());
        double total = rows.stream().filter(r -> !r.missing()).mapToDouble(ChoiceRow::percent).sum();
        assertTrue(total > 100, "multiple-choice percentages sum above 100 %: " + total);
    }

    @Test
    void filteredSubQuestionUsesItsSubPopulationAsBase() {
        // Seed "A) La promotion de la santé (75 CS)": 54 = 72,00 %, 18 = 24,00 %.
        QuestionResult.Choices c = choices("sante");
        assertEquals(75, c.base());
        assertEquals(54, c.rows().get(0).count());
        assertEquals("72.00", round2(c.rows().get(0).percent()));
        assertEquals(18, c.rows().get(1).count());
        assertEquals("24.00", round2(c.rows().get(1).percent()));
        assertEquals(3, c.rows().get(2).count(), "75 - 54 - 18 did not answer");
        // Seed "B) (68 CS)": 23 = 33,82 %, 45 = 66,18 %; objectives 58 85,29 %, 44 64,71 %, 41 60,29 %, Autre 9 13,24 %.
        assertRows("viei", 68, row("Oui au titre de l'animation globale", 23, "33.82"),
                row("Oui au titre d'un financement spécifique (appel à projet, fondation, etc.)", 45, "66.18"), missing(0, "0.00"));
        QuestionResult.Choices obj = choices("vieiobj");
        assertEquals(68, obj.base());
        assertEquals(List.of(58L, 44L, 41L, 9L), obj.rows().stream().filter(r -> !r.missing()).map(ChoiceRow::count).toList());
        assertEquals("13.24", round2(obj.rows().get(3).percent()));
    }

    @Test
    void scaleKeepsAListedChoiceNobodyGaveAsAZeroRow() {
        // Seed 3.2: Oui, tout à fait. 64 70,33 %; Oui, plutôt. 21 23,08 %; Non, plutôt pas. 3 3,30 %;
        // Non, pas du tout 0 0,00 %; Sans réponse 3 3,30 %.
        assertRows("illect", 91, row("Oui, tout à fait.", 64, "70.33"), row("Oui, plutôt.", 21, "23.08"),
                row("Non, plutôt pas.", 3, "3.30"), row("Non, pas du tout", 0, "0.00"), missing(3, "3.30"));
        assertRows("formes", 91, row("Oui, tout à fait.", 3, "3.30"), row("Oui, plutôt.", 43, "47.25"),
                row("Non, plutôt pas.", 39, "42.86"), row("Non, pas du tout", 0, "0.00"), missing(6, "6.59"));
    }

    @Test
    void unfilteredFollowUpCountsEveryAnswerAsPublished() {
        // Seed 3.1 "ordre de grandeur": 8 / 50 / 25 / Ne sais pas 4 / Sans réponse 4 over 91 (87 answers,
        // although only the 73 "Oui" should have been asked: the data-quality check of a later issue).
        assertRows("numvol", 91, row("Moins de 25 demandes par an", 8, "8.79"),
                row("Entre 25 et 100 demandes par an", 50, "54.95"), row("+ de 100 demandes par an", 25, "27.47"),
                row("Ne sais pas", 4, "4.40"), missing(4, "4.40"));
    }

    @Test
    void freeTextKeepsTheVerbatimsOverTheFilteredBase() {
        // Seed B "Détail": 40 answers, among the 68 centres concerned.
        QuestionResult.Text t = (QuestionResult.Text) Fixtures.question(result, "vieiprecis");
        assertEquals(68, t.base());
        assertEquals(40, t.answers().size());
        assertTrue(t.answers().stream().anyMatch(v -> v.text().equals("Conférence des financeurs")));
        // A multi-line answer survives the CSV round trip with its line break.
        assertTrue(t.answers().stream().anyMatch(v -> v.text().equals(
                "Organisation d'actions et d'un forum autour du bien vieillir\n"
                        + "demande de soutien Conférence des financeurs et diverses fondations")));
        assertFalse(result.diagnostics().iterator().hasNext(), () -> "no diagnostics expected: " + result.diagnostics());
    }

    // --- helpers ---------------------------------------------------------------------------------

    private record Expected(String label, long count, String percent, boolean missing) {
    }

    private static Expected row(String label, long count, String percent) {
        return new Expected(label, count, percent, false);
    }

    private static Expected missing(long count, String percent) {
        return new Expected("", count, percent, true);
    }

    private static void assertRows(String id, long base, Expected... expected) {
        QuestionResult.Choices c = choices(id);
        assertEquals(base, c.base(), id + " base");
        assertEquals(expected.length, c.rows().size(), id + " rows: " + c.rows());
        for (int i = 0; i < expected.length; i++) {
            ChoiceRow r = c.rows().get(i);
            Expected e = expected[i];
            assertEquals(e.missing(), r.missing(), id + " row " + i);
            if (!e.missing()) {
                assertEquals(e.label(), r.label(), id + " row " + i);
            }
            assertEquals(e.count(), r.count(), id + " " + r.label());
            assertEquals(e.percent(), round2(r.percent()), id + " " + r.label());
        }
    }

    private static QuestionResult.Choices choices(String id) {
        return (QuestionResult.Choices) Fixtures.question(result, id);
    }

    private static NumericSummary numeric(String id) {
        return ((QuestionResult.Numeric) Fixtures.question(result, id)).summary();
    }

    static String round2(double d) {
        return new BigDecimal(Double.toString(d)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
