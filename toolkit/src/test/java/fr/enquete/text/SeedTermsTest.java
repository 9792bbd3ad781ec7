package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.stats.QuestionResult;
import fr.enquete.testing.Fixtures;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 003, section "B) L'accompagnement du vieillissement des populations": the 40 answers of its "Détail"
 * list (the fixture's {@code vieiprecis}) and the {@code Terme | Total} table printed above them.
 */
class SeedTermsTest {

    private static List<TextDocument> answers;

    @BeforeAll
    static void load() {
        QuestionResult.Text t = (QuestionResult.Text) Fixtures.question(Fixtures.analyse(), "vieiprecis");
        answers = t.answers().stream().map(v -> new TextDocument(v.row(), v.text(), null)).toList();
        assertEquals(40, answers.size());
    }

    private static Map<String, Long> counts(TermTable t) {
        return t.rows().stream().collect(Collectors.toMap(r -> r.term().toLowerCase(Locale.ROOT), TermTable.TermRow::occurrences));
    }

    @Test
    void naiveModeGivesThePublishedCounts() {
        // Published: conférence 21, financeurs 21, département 19, carsat 8, autonomie 5, fondation 5,
        // 2018 4, financement 4, france 4 (then aap, cités, projet, uni 3).
        TermTable t = TermTables.naive(answers, 20);
        Map<String, Long> c = counts(t);
        Map<String, Long> published = Map.of("conférence", 21L, "financeurs", 21L, "département", 19L, "carsat", 8L,
                "autonomie", 5L, "fondation", 5L, "2018", 4L, "financement", 4L, "france", 4L);
        published.forEach((term, n) -> assertEquals(n, c.get(term), term));
        for (String three : List.of("aap", "cités", "projet", "uni")) {
            assertEquals(3L, c.get(three), three);
        }
        assertEquals("conférence", t.rows().get(0).term(), "ties in alphabetical order");
        assertEquals("financeurs", t.rows().get(1).term());
        List<String> fours = t.rows().stream().filter(r -> r.occurrences() == 4).map(TermTable.TermRow::term).toList();
        assertEquals(List.of("2018", "financement", "france"), fours);
        assertEquals(1, t.rows().get(0).rank());
        assertEquals(1, t.rows().get(1).rank(), "tied rows share a rank");
        assertEquals(3, t.rows().get(2).rank());
    }

    @Test
    void lemmaTableCountsEveryWordAndMultiWordTermsHaveTheirOwnTable() {
        TermIndex index = TermIndex.build(answers, TermOptions.defaults());
        TermTable t = TermTables.lemmas(index, 20);
        Map<String, Long> c = counts(t);
        // As the published table counted them (conférence 21, financeurs 21, département 19, carsat 8, france 4): every
        // word counts in the lemma table, inside "conférence des financeurs" too.
        assertEquals(21L, c.get("conférence"), t.rows().toString());
        assertEquals(21L, c.get("financeur"));
        assertEquals(19L, c.get("département"));
        assertEquals(8L, c.get("carsat"));
        assertEquals(4L, c.get("france"));
        // The published table says 5: it missed "l'autonomie" and "d'autonomie".
        assertEquals(7L, c.get("autonomie"));
        // Published: fondation 5; "fondations" (1) is the same lemma.
        assertEquals(6L, c.get("fondation"));
        assertTrue(t.rows().stream().noneMatch(r -> r.term().contains(" ")), "no multi-word term in the lemma table");
        TermTable.TermRow autonomie = t.rows().stream().filter(r -> r.term().equals("autonomie")).findFirst().orElseThrow();
        assertEquals(7, autonomie.answers(), "7 occurrences, each in its own answer (hand count)");
        assertEquals(17.5, autonomie.percent(), 1e-9, "7 of the 40 answers");

        TermTable phrases = t.multiwords();
        assertEquals("multiwords", phrases.method());
        TermTable.TermRow first = phrases.rows().get(0);
        assertEquals("conférence des financeurs", first.term());
        assertEquals(21, first.occurrences());
        assertEquals("Conférence des financeurs", first.forms().get(0).text(), "forms keep their spelling, most frequent first");
        // Hand count: "Fondation de France" is written 4 times, in 4 answers; the name keeps its capitals.
        TermTable.TermRow fdf = phrases.rows().get(1);
        assertEquals("Fondation de France", fdf.term());
        assertEquals(4, fdf.occurrences());
        assertEquals(2, fdf.rank());
        assertTrue(phrases.rows().stream().allMatch(r -> r.term().contains(" ")), phrases.rows().toString());
        assertTrue(phrases.rows().stream().noneMatch(r -> r.term().equals("cadre de la Conférence")),
                "a phrase cut across a better one is not listed");
    }
}
