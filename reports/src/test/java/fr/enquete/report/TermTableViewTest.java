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
}
