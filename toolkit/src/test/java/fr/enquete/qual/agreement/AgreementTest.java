package fr.enquete.qual.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.InputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Units and disagreements of the comparison, counted by hand on tiny texts. */
class AgreementTest {

    private static final String TEXT = "Oui 😊 merci\nQ: autre chose ?";

    @Test
    void charactersAreUnicodeCharactersAndDisagreementsAreRuns() {
        int merci = TEXT.indexOf("merci");
        CoderWork a = new CoderWork("a", Map.of("e", TEXT), List.of(new Coding("e", 0, merci + 5, "Force")));
        CoderWork b = new CoderWork("b", Map.of("e", TEXT), List.of(new Coding("e", merci, merci + 5, "Force")));
        AgreementReport r = Agreement.compare(List.of(a, b), Level.CHARACTER);
        Reliability.Result f = r.codes().get(0).result();
        // Line 1 has 11 characters (the emoji is one), line 2 has 16; a codes 11, b codes "merci" (5).
        assertEquals(27, f.units());
        assertEquals(List.of(11L, 5L), r.codes().get(0).used());
        assertEquals(21.0 / 27, f.percent(), 1e-12);
        // p_e = 11/27 x 5/27 + 16/27 x 22/27; kappa = (21/27 - p_e) / (1 - p_e), by hand.
        double pe = 11.0 / 27 * 5 / 27 + 16.0 / 27 * 22 / 27;
        assertEquals((21.0 / 27 - pe) / (1 - pe), f.cohen(), 1e-12);
        // One run to discuss: "Oui 😊 ", coded by a only.
        assertEquals(1, r.disagreements().size());
        Disagreement d = r.disagreements().get(0);
        assertEquals("Oui 😊 ", d.text());
        assertEquals(List.of("a"), d.applied());
        assertEquals(List.of("b"), d.omitted());
        assertEquals(1, d.line());
    }

    @Test
    void paragraphsWeighOneEach() {
        CoderWork a = new CoderWork("a", Map.of("e", TEXT), List.of(new Coding("e", 0, 3, "Force")));
        CoderWork b = new CoderWork("b", Map.of("e", TEXT), List.of(new Coding("e", 5, 9, "Force")));
        AgreementReport r = Agreement.compare(List.of(a, b), Level.SEGMENT);
        assertEquals(2, r.overall().units());
        assertEquals(1.0, r.overall().percent(), 1e-12);
        // Different words of one paragraph: at this level both coded line 1, neither line 2.
        assertEquals(1.0, r.overall().cohen(), 1e-12);
        assertTrue(r.disagreements().isEmpty());
        // A code applied everywhere by both leaves kappa undefined (p_e = 1).
        CoderWork all = new CoderWork("c", Map.of("e", TEXT), List.of(new Coding("e", 0, TEXT.length(), "Force")));
        CoderWork all2 = new CoderWork("d", Map.of("e", TEXT), List.of(new Coding("e", 0, TEXT.length(), "Force")));
        assertTrue(Double.isNaN(Agreement.compare(List.of(all, all2), Level.SEGMENT).overall().cohen()));
    }

    @Test
    void codersMustCodeTheSameText() {
        CoderWork a = new CoderWork("a/", Map.of("e", TEXT), List.of());
        CoderWork b = new CoderWork("b/", Map.of("e", TEXT.replace("autre", "other")), List.of());
        InputException e = assertThrows(InputException.class, () -> Agreement.compare(List.of(a, b), Level.SEGMENT));
        assertTrue(e.getMessage().contains("b/") && e.getMessage().contains("\"e\" differs from a/'s at line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Agreement.compare(List.of(a), Level.SEGMENT));
    }

    @Test
    void codersMustCodeTheSameSources() {
        CoderWork a = new CoderWork("a/", Map.of("e1", TEXT, "e2", TEXT), List.of(new Coding("e2", 0, 3, "Force")));
        CoderWork b = new CoderWork("b/", Map.of("e1", TEXT), List.of());
        InputException e = assertThrows(InputException.class, () -> Agreement.compare(List.of(a, b), Level.SEGMENT));
        assertTrue(e.getMessage().contains("\"e2\" is in a/ but not in b/"), e.getMessage());
        assertEquals("a/", e.location().file());
    }
}
