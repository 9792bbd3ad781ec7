package fr.enquete.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.text.TermTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermTableViewTest {

    /** {@code n} rows, the last {@code tied} of them tied with the row before them, out of {@code distinct} terms. */
    private static TermTable table(int n, int tied, long distinct) {
        List<TermTable.TermRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new TermTable.TermRow(i < n - tied ? i + 1 : n - tied, "t" + i, "terme" + i, 1, 1, 16.67, List.of()));
        }
        return new TermTable(rows, tied, 6, distinct, "lemmas");
    }

    /**
     * Under a table of all 16 lemmas of "B) Objectifs : autre", the note said "16 lemmes distincts. +1 ex aequo", as
     * if one were missing: ties are named only when terms are left out, and in words.
     */
    @Test
    void tiesAreNamedOnlyWhenTermsAreLeftOut() {
        TermTableView fr = new TermTableView(Lang.FR);
        assertEquals("", fr.exAequo(table(16, 1, 16)));
        assertEquals("1 terme à égalité avec le dernier rang est ajouté.", fr.exAequo(table(16, 1, 40)));
        assertEquals("3 termes à égalité avec le dernier rang sont ajoutés.", fr.exAequo(table(18, 3, 40)));
        assertEquals("", fr.exAequo(table(15, 0, 40)));
        assertEquals("2 terms tied with the last rank are added.", new TermTableView(Lang.EN).exAequo(table(17, 2, 40)));
    }

    /**
     * The forms of a lemma, "personnes (3), personne (1)": Word wrapped "personne / (1)", a count on a line of its
     * own. Each form is tied to its count by a no-break space; the forms are still separated by ordinary ones.
     */
    @Test
    void eachFormStaysWithItsCount() {
        TermTable t = new TermTable(List.of(new TermTable.TermRow(1, "personne", "personne", 4, 4, 30.77,
                List.of(new TermTable.Form("personnes", 3), new TermTable.Form("personne", 1)))), 0, 13, 1, "lemmas");
        ResultTable table = new TermTableView(Lang.FR).table(t);
        String forms = table.rows().get(0).get(table.header().size() - 1);
        assertEquals("personnes\u00A0(3), personne\u00A0(1)", forms);
    }

    /**
     * "1 termes composés distincts" under the single multi-word term of four answers thanking the same person ("accueil
     * chaleureux", ReportRepeatedSegmentsCliTest's), "1 segments distincts" under its one repeated segment: the notes
     * choose each noun's number.
     */
    @Test
    void notesChooseTheirNumber() {
        TermTable one = new TermTable(List.of(new TermTable.TermRow(1, "accueil chaleureux", "accueil chaleureux", 2, 2, 50.0,
                List.of(new TermTable.Form("accueil chaleureux", 2)))), 0, 4, 1, "multiwords");
        assertEquals("Groupes nominaux répétés (au moins 2 fois, retenus par leur C-value), classés à part\u00A0; 4 réponses analysées,"
                + " 1 terme composé distinct.", new TermTableView(Lang.FR).note(one));
        assertEquals("Repeated noun phrases (at least twice, kept by their C-value), ranked apart; 4 answers analysed, 1 distinct"
                + " multi-word term.", new TermTableView(Lang.EN).note(one));
        TermTable lemmas = new TermTable(List.of(), 0, 1, 2, "lemmas");
        assertEquals("Chaque mot plein compté par lemme, aussi dans un terme composé\u00A0; 1 réponse analysée, 2 lemmes distincts.",
                new TermTableView(Lang.FR).note(lemmas));
        assertEquals("Every content word counted by lemma, inside multi-word terms too; 1 answer analysed, 2 distinct lemmas.",
                new TermTableView(Lang.EN).note(lemmas));
        assertEquals("Mots bruts en minuscules, sans lemmes\u00A0; 1\u00A0234 réponses analysées, 1 mot distinct.",
                new TermTableView(Lang.FR).note(new TermTable(List.of(), 0, 1234, 1, "naive")));
    }
}
