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
 * A name written in the singular and in the plural in one corpus is one term, shown as most often written (issue 19,
 * fifth round of docs/annotate.md): the centres-sociaux answers write Unis-Cité "Uni Cités", read once as the name
 * "Cités" and twice with the noun "cité" in it, which gave the two terms "Cité" and "Cités".
 */
class NamePluralsTest {

    private static Map<String, TermTable.TermRow> rows(TermIndex index) {
        return TermTables.lemmas(index, 100).rows().stream().collect(Collectors.toMap(TermTable.TermRow::term, r -> r));
    }

    /** Hand count: "Uni Cités" is written in 3 answers of vieiprecis (export rows 59, 111 and 182), once each. */
    @Test
    void theFixturesUniCitesIsOneTerm() {
        Corpus corpus = Corpus.read(Importers.open(Fixtures.export(), ImportOptions.DEFAULTS),
                SpecReader.read(Fixtures.spec()).survey(), "vieiprecis", List.of());
        Map<String, TermTable.TermRow> rows = rows(TermIndex.build(corpus.documents(), TermOptions.defaults()));
        assertEquals(3, rows.get("Cités").answers(), rows.keySet().toString());
        assertEquals(3, rows.get("Cités").occurrences());
        assertEquals(List.of(new TermTable.Form("Cités", 3)), rows.get("Cités").forms());
        assertFalse(rows.containsKey("Cité"), rows.keySet().toString());
        assertEquals(3, rows.get("Uni").answers());
    }

    /**
     * The grouping holds in the multi-word terms too, before their frequencies are counted: "Francas du Nord" (twice)
     * and "Franca du Nord" (once), whose first word the tagger reads as a proper noun (its lemma is the word as written),
     * are one term in 3 answers, shown as most often written. Keyed apart, they were a term in 2 answers and a candidate
     * seen once.
     */
    @Test
    void aNameWrittenBothWaysIsOneMultiWordTerm() {
        List<TextDocument> docs = List.of(
                new TextDocument(1, "Les Francas du Nord forment nos animateurs.", null),
                new TextDocument(2, "Nous envoyons les jeunes aux Francas du Nord pour le BAFA.", null),
                new TextDocument(3, "Le Franca du Nord propose un BAFA.", null));
        TermIndex index = TermIndex.build(docs, TermOptions.defaults());
        List<TermTable.TermRow> multiwords = TermTables.multiwords(index, 100).rows();
        assertEquals(1, multiwords.size(), multiwords.toString());
        TermTable.TermRow row = multiwords.get(0);
        assertEquals("Francas du Nord", row.term());
        assertEquals(3, row.answers());
        assertEquals(List.of(new TermTable.Form("Francas du Nord", 2), new TermTable.Form("Franca du Nord", 1)), row.forms());
    }

    /**
     * Only names the same corpus also writes without the s are grouped: a name that is a plural on its own ("les
     * Halles") keeps it, as does an acronym ("CCAS" is no plural of "CCA"), and common nouns are grouped by their lemma
     * as before.
     */
    @Test
    void onlyANameWrittenBothWaysIsGrouped() {
        List<TextDocument> docs = List.of(
                new TextDocument(1, "Le marché des Halles ouvre le samedi avec la Cité des métiers.", null),
                new TextDocument(2, "Nous allons aux Cités des métiers de Lille et de Roubaix.", null),
                new TextDocument(3, "Le CCAS et la CCA orientent les familles vers les ateliers.", null),
                new TextDocument(4, "Un atelier de couture a lieu dans la cité.", null));
        Map<String, String> plurals = TermIndex.namePlurals(
                List.of(List.of(new TermOccurrence("cite", "Cité", "Cité", 0, 0)),
                        List.of(new TermOccurrence("cites", "Cités", "Cités", 0, 0)),
                        List.of(new TermOccurrence("halles", "Halles", "Halles", 0, 0)),
                        List.of(new TermOccurrence("ccas", "CCAS", "CCAS", 0, 0), new TermOccurrence("cca", "CCA", "CCA", 1, 1))));
        assertEquals(Map.of("cites", "cite"), plurals);
        Map<String, TermTable.TermRow> rows = rows(TermIndex.build(docs, TermOptions.defaults()));
        assertTrue(rows.containsKey("Halles"), rows.keySet().toString());
        assertTrue(rows.containsKey("CCAS") && rows.containsKey("CCA"), rows.keySet().toString());
        assertEquals(2, rows.get("atelier").answers());
    }
}
