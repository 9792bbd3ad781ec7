package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Maximal repeated segments, counted by hand on nine short answers. */
class RepeatedSegmentsTest {

    private static final List<TextDocument> ANSWERS = List.of(
            new TextDocument(1, "La conférence des financeurs soutient le projet.", null),
            new TextDocument(2, "Nous attendons la conférence des financeurs, puis le projet.", null),
            new TextDocument(3, "Avec la conférence des financeurs : un appel à projet.", null),
            new TextDocument(4, "Un appel à projet de la conférence des financeurs.", null),
            new TextDocument(5, "Il y a un appel à projet. Il y a aussi Uni Cités.", null),
            new TextDocument(6, "Uni Cités et le CCAS. Il y a Uni Cités, encore.", null),
            new TextDocument(7, "Entre 2019 et 2020. Logement cher.", null),
            new TextDocument(8, "Entre 2019 et 2020. Logement cher.", null),
            new TextDocument(9, "Entre 2019 et 2020. Logement cher.", null));

    private static String rows(TermTable t) {
        StringBuilder b = new StringBuilder();
        t.rows().forEach(r -> b.append(r.rank()).append(' ').append(r.term()).append(' ').append(r.occurrences()).append(' ')
                .append(r.answers()).append('\n'));
        return b.toString();
    }

    /**
     * By hand, at least 3 times, 2 to 5 words:
     * <ul>
     *   <li>"la conférence des financeurs": answers 1 to 4, 4 times; "conférence des financeurs", "la conférence des",
     *       "des financeurs"... also 4 times, always inside it: left out; "de la conférence des financeurs" once;</li>
     *   <li>"un appel à projet": answers 3, 4, 5, 3 times ("appel à projet" 3, inside it);</li>
     *   <li>"Uni Cités": answers 5 and 6 (twice), 3 times ("a Uni Cités" twice, "aussi Uni Cités" once);</li>
     *   <li>"Logement cher": answers 7 to 9; "2020 Logement cher" would be 3 too, but crosses a sentence end;</li>
     *   <li>left out as function words or numbers only: "il y a" (3 times), "entre 2019 et 2020" (3 times);</li>
     *   <li>"le projet" twice only.</li>
     * </ul>
     * Ranked by occurrences, then answers, then alphabetically; ties share their rank.
     */
    @Test
    void maximalSegmentsRepeatedAtLeastThreeTimes() {
        TermTable t = RepeatedSegments.of(TermIndex.build(ANSWERS, TermOptions.defaults()), StopWords.french(), 3, 5, 20);
        assertEquals("""
                1 la conférence des financeurs 4 4
                2 Logement cher 3 3
                2 un appel à projet 3 3
                2 Uni Cités 3 2
                """, rows(t));
        assertEquals("segments", t.method());
        assertEquals(9, t.documents());
        assertEquals(4, t.distinct());
        assertEquals(List.of(new TermTable.Form("la conférence des financeurs", 3), new TermTable.Form("La conférence des financeurs", 1)),
                t.rows().get(0).forms());
        assertEquals(100.0 * 4 / 9, t.rows().get(0).percent(), 1e-9);
    }

    /** At least twice: "le projet" (answers 1, 2) comes in; at most 3 words, the 4-word segments are cut into their 3-word parts. */
    @Test
    void theMinimumAndTheLengthAreSettings() {
        TermIndex index = TermIndex.build(ANSWERS, TermOptions.defaults());
        String twice = rows(RepeatedSegments.of(index, StopWords.french(), 2, 5, 20));
        assertEquals(true, twice.contains(" le projet 2 2\n"), twice);
        String three = rows(RepeatedSegments.of(index, StopWords.french(), 3, 3, 20));
        // "la conférence des" and "conférence des financeurs" are both 4 times and neither holds the other
        assertEquals("""
                1 conférence des financeurs 4 4
                1 la conférence des 4 4
                3 appel à projet 3 3
                3 Logement cher 3 3
                3 un appel à 3 3
                3 Uni Cités 3 2
                """, three);
        assertFalse(three.contains("il y a"), three);
        assertThrows(IllegalArgumentException.class, () -> RepeatedSegments.of(index, StopWords.french(), 1, 5, 20));
    }
}
