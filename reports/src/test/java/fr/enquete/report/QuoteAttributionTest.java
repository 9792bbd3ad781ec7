package fr.enquete.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.qual.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quotes credited as an ABS annex credits them: the speaker's role, then the source. */
class QuoteAttributionTest {

    @Test
    void roleThenSourceInLowerCaseUnlessAnAcronym() {
        QuoteAttribution credit = QuoteAttribution.of(List.of(
                new Source("a06", Source.Kind.QUESTIONNAIRE, Map.of("role", "Agent d'accueil"), "questionnaire.csv"),
                new Source("03-partenaire", Source.Kind.INTERVIEW, Map.of("role", "CCAS"), "03-partenaire.txt"),
                new Source("05-anonyme", Source.Kind.INTERVIEW, Map.of(), "05-anonyme.txt")));
        assertEquals("agent d'accueil, a06", credit.of("a06"));
        assertEquals("CCAS, 03-partenaire", credit.of("03-partenaire"));
        assertEquals("05-anonyme", credit.of("05-anonyme"), "no role known: the source alone");
        assertEquals("x", credit.of("x"), "an unknown source as it is");
    }
}
