package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, "Display": a term is shown as written (France, not the lexicon's "france"; connaître, not a reformed
 * spelling), numbers and unit symbols are never terms. On realistic text: the 160 sentences of the UD French dev
 * samples (fixtures/ud, "# text =" lines), one document each.
 *
 * <p>Those sentences are training sentences of the shipped POS models and usage tables since the fourth round
 * (docs/annotate.md): this checks how terms are displayed, not how well they are found.
 *
 * <p>Hand counts (grep -ow on those lines): France 3, Paris 3, ACUITY 4, Angiox 10, patients 11; kg 6 (all in
 * "mg/kg"); "droits de l'homme" and "droits de l'Homme" once each; connaitre 1 and connut 1.
 */
class TermDisplayTest {

    private static TermTable table;
    private static Map<String, TermTable.TermRow> rows;

    @BeforeAll
    static void build() throws IOException {
        List<TextDocument> docs = new ArrayList<>();
        for (String sample : List.of("fr_gsd-ud-dev-sample.conllu", "fr_sequoia-ud-dev-sample.conllu")) {
            for (String line : Files.readAllLines(Fixtures.home().resolve("fixtures/ud").resolve(sample))) {
                if (line.startsWith("# text = ")) {
                    docs.add(new TextDocument(docs.size() + 1, line.substring("# text = ".length()), null));
                }
            }
        }
        assertEquals(160, docs.size());
        table = TermTables.lemmas(TermIndex.build(docs, TermOptions.defaults()), 5000);
        rows = table.rows().stream().collect(Collectors.toMap(TermTable.TermRow::term, r -> r));
    }

    @Test
    void namesAndAcronymsAreShownAsWritten() {
        assertEquals(3, rows.get("France").occurrences(), "not the lexicon's lower-case france");
        assertEquals(3, rows.get("Paris").occurrences());
        assertEquals(4, rows.get("ACUITY").occurrences());
        assertEquals(10, rows.get("Angiox").occurrences());
        assertEquals(11, rows.get("patient").occurrences(), "a common noun is shown by its lemma");
        assertFalse(rows.containsKey("france") || rows.containsKey("paris") || rows.containsKey("angiox"));
    }

    @Test
    void aVerbIsShownByItsDictionarySpelling() {
        TermTable.TermRow connaitre = table.rows().stream().filter(r -> r.key().equals("connaitre")).findFirst().orElseThrow();
        assertEquals("connaître", connaitre.term());
        assertEquals(2, connaitre.occurrences(), "connaitre + connut");
    }

    @Test
    void numbersAndUnitsOfQuantitiesAreNoTerms() {
        assertFalse(rows.containsKey("kg"), "kg of mg/kg");
        assertFalse(rows.containsKey("mg"));
        assertTrue(table.rows().stream().noneMatch(r -> Character.isDigit(r.term().codePointAt(0))), "no number");
    }

    @Test
    void multiWordTermsKeepTheirMostFrequentWriting() {
        TermTable.TermRow rights = table.multiwords().rows().stream().filter(r -> r.term().equalsIgnoreCase("droits de l'homme"))
                .findFirst().orElseThrow();
        assertEquals(2, rights.occurrences());
        assertEquals(2, rights.forms().size(), rights.forms().toString());
    }
}
