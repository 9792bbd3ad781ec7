package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.spec.SpecReader;
import fr.enquete.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A capitalised common word is counted with its lower-case occurrences: the fixture's "Seniors connectés" was a term
 * "Seniors" of its own beside "senior", as a heading-like "Personnes Âgées" was beside "personne".
 */
class CapitalisedCommonWordsTest {

    private static Map<String, TermTable.TermRow> rows(TermIndex index) {
        return TermTables.lemmas(index, 200).rows().stream().collect(Collectors.toMap(TermTable.TermRow::term, r -> r));
    }

    /**
     * Hand count (grep -i "s[ée]nior" on the vieiprecis column of fixtures/centres-sociaux/export.csv): export rows 8
     * ("Seniors connectés"), 40, 62, 65 and 71 ("seniors"), once each.
     */
    @Test
    void theFixturesSeniorsIsOneTerm() {
        Corpus corpus = Corpus.read(Importers.open(Fixtures.export(), ImportOptions.DEFAULTS),
                SpecReader.read(Fixtures.spec()).survey(), "vieiprecis", List.of());
        Map<String, TermTable.TermRow> rows = rows(TermIndex.build(corpus.documents(), TermOptions.defaults()));
        assertFalse(rows.containsKey("Seniors"), rows.keySet().toString());
        assertEquals(5, rows.get("senior").answers());
        assertEquals(5, rows.get("senior").occurrences());
        assertEquals(List.of(new TermTable.Form("seniors", 4), new TermTable.Form("Seniors", 1)), rows.get("senior").forms());
    }

    /**
     * A title in capitals is read as the phrase it is; names stay names: one the answers never write in lower case
     * ("Halles"), the words beside such a name ("France Travail") and nouns juxtaposed as names are ("Pôle Emploi").
     */
    @Test
    void titlesFoldAndNamesStay() {
        List<TextDocument> docs = List.of(
                // export row 40 of the fixture, its answer about ageing
                new TextDocument(1, "La mise en place d'atelier Autonomie des Personnes Âgées ont eu lieu durant un trimestre au sein de la maison"
                        + " de quartier. Avec France Travail et Pôle Emploi.", null),
                new TextDocument(2, "Les personnes âgées isolées viennent au travail de mémoire, au pôle seniors et aux Halles.", null),
                new TextDocument(3, "Un emploi aidé pour les personnes âgées, orientées par France Travail ou Pôle Emploi.", null));
        TermIndex index = TermIndex.build(docs, TermOptions.defaults());
        Map<String, TermTable.TermRow> rows = rows(index);
        assertFalse(rows.containsKey("Personne"), rows.keySet().toString());
        assertEquals(3, rows.get("personne").answers(), rows.keySet().toString());
        assertEquals(3, rows.get("âgé").answers(), rows.keySet().toString());
        assertTrue(rows.containsKey("Halles"), rows.keySet().toString());
        Map<String, TermTable.TermRow> multiwords = TermTables.multiwords(index, 100).rows().stream()
                .collect(Collectors.toMap(TermTable.TermRow::term, r -> r));
        assertEquals(2, multiwords.get("France Travail").answers(), multiwords.keySet().toString());
        assertTrue(multiwords.containsKey("Pôle Emploi"), multiwords.keySet().toString());
        assertEquals(2, multiwords.get("Pôle Emploi").answers(), multiwords.keySet().toString() + rows.keySet());
        assertTrue(multiwords.containsKey("personnes âgées"), multiwords.keySet().toString());
        assertEquals(3, multiwords.get("personnes âgées").answers());
    }
}
