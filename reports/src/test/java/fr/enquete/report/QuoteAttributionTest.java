package fr.enquete.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.qual.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Quotes credited as an ABS annex credits them: the speaker's role, then the source; an interview by its number, not
 * by its file's name ("02-directrice-centre-socioculturel" says where its one director works).
 */
class QuoteAttributionTest {

    private static final List<Source> SOURCES = List.of(
            new Source("a06", Source.Kind.QUESTIONNAIRE, Map.of("role", "Agent d'accueil"), "questionnaire.csv"),
            new Source("02-directrice-centre-socioculturel", Source.Kind.INTERVIEW, Map.of("role", "Directrice"),
                    "02-directrice-centre-socioculturel.txt"),
            new Source("03-partenaire", Source.Kind.INTERVIEW, Map.of("role", "CCAS"), "03-partenaire.txt"),
            new Source("05-anonyme", Source.Kind.INTERVIEW, Map.of(), "05-anonyme.txt"),
            new Source("Entretien Mme Durand", Source.Kind.IMPORTED, Map.of(), "project.qdpx"));

    @Test
    void roleThenSourceInLowerCaseUnlessAnAcronym() {
        QuoteAttribution credit = QuoteAttribution.of(SOURCES, Lang.FR);
        assertEquals("agent d'accueil, a06", credit.of("a06"), "a respondent keeps its code");
        assertEquals("directrice, entretien 1", credit.of("02-directrice-centre-socioculturel"));
        assertEquals("CCAS, entretien 2", credit.of("03-partenaire"));
        assertEquals("entretien 3", credit.of("05-anonyme"), "no role known: the interview alone");
        assertEquals("document 1", credit.of("Entretien Mme Durand"), "an imported document's name is not printed either");
        assertEquals("x", credit.of("x"), "an unknown source as it is");
        assertEquals("«\u00A0On se connaît\u00A0» — directrice, entretien 1", credit.quoted("On se connaît", "02-directrice-centre-socioculturel"));
    }

    @Test
    void englishNumbersInterviewsToo() {
        QuoteAttribution credit = QuoteAttribution.of(SOURCES, Lang.EN);
        assertEquals("directrice, interview 1", credit.of("02-directrice-centre-socioculturel"));
        assertEquals("interview 3", credit.of("05-anonyme"));
    }
}
