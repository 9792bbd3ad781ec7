package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: on UD French the term table showed "2006" and "g" (from mg), and on 20h45 or 18e the junk terms
 * "0h" and "1e". Years, numbers, times, ordinals and unit symbols after a number are no terms.
 */
class NumbersAreNoTermsTest {

    @Test
    void yearsNumbersAndUnitsAreLeftOutOfTheTermTable() {
        List<TextDocument> answers = List.of(
                new TextDocument(1, "Dose de 5 mg par jour depuis 2006.", null),
                new TextDocument(2, "En 2006 la dose passe à 10 mg, soit la 18e hausse, annoncée à 20h45.", null),
                new TextDocument(3, "Depuis 2006, une dose de 200 mg le soir.", null));
        TermTable table = TermTables.lemmas(TermIndex.build(answers, TermOptions.defaults()), 20);
        List<String> terms = table.rows().stream().map(TermTable.TermRow::term).toList();
        // hand count of the content words: dose 3 (one per answer), jour, hausse, annoncer, soir 1 each
        // ("passer" is a stop word of StopWords.french())
        assertEquals(List.of("dose", "annoncer", "hausse", "jour", "soir"), terms);
        assertEquals(3, table.rows().get(0).occurrences());
    }

    @Test
    void aUnitSymbolIsItsOwnLemma() {
        Lemmatizer l = new Lemmatizer();
        assertEquals("mg", l.lemma("mg", "NOUN"));
        assertEquals("ml", l.lemma("ml", "NOUN"));
        assertEquals("km", l.lemma("km", "NOUN"));
        assertEquals("rue", l.lemma("rues", "NOUN"));
    }
}
