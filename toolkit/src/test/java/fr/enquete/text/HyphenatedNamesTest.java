package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Names of organisations and places written with hyphens between capitalised parts stay one token and one term,
 * shown as written (issue 19: "Unis-Cité" counted as "unir" + "cité"); inverted questions are still cut as UD cuts them.
 */
class HyphenatedNamesTest {

    private final FrenchTokenizer tokenizer = new FrenchTokenizer();

    private List<String> texts(String s) {
        return tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void capitalisedCompoundsAreOneToken() {
        assertEquals(List.of("Unis-Cité", "à", "Saint-Denis", "et", "Pas-de-Calais", "."), texts("Unis-Cité à Saint-Denis et Pas-de-Calais."));
        assertEquals(List.of("(", "Unis-Cité", ")", ",", "l'", "Unis-Cité", "et", "Villeneuve-d'Ascq"),
                texts("(Unis-Cité), l'Unis-Cité et Villeneuve-d'Ascq"));
        // Their last part looks like an inverted pronoun, but every part is capitalised: an association's name.
        assertEquals(List.of("Chez-Nous", "et", "Allons-Y", "accueillent"), texts("Chez-Nous et Allons-Y accueillent"));
    }

    @Test
    void invertedCliticsAreStillCut() {
        assertEquals(List.of("Pouvez", "-vous", "venir", "?"), texts("Pouvez-vous venir ?"));
        assertEquals(List.of("A", "-t-il", "dit", "?"), texts("A-t-il dit ?"));
        assertEquals(List.of("POUVEZ", "-VOUS", "venir"), texts("POUVEZ-VOUS venir"));
        assertEquals(List.of("Allons", "-y", "."), texts("Allons-y."));
    }

    /** Hand count: Unis-Cité in 3 answers (4 times), Saint-Denis in 2, Chez-Nous in 2; no "unir", "uni" or "cité". */
    @Test
    void theTermTableShowsThemAsWritten() {
        List<TextDocument> docs = List.of(
                new TextDocument(1, "Nous travaillons avec Unis-Cité depuis deux ans.", null),
                new TextDocument(2, "Les volontaires d'Unis-Cité viennent à Saint-Denis, Unis-Cité paie.", null),
                new TextDocument(3, "Unis-Cité et Chez-Nous organisent des ateliers.", null),
                new TextDocument(4, "A Saint-Denis, Chez-Nous ouvre le soir.", null));
        TermTable table = TermTables.lemmas(TermIndex.build(docs, TermOptions.defaults()), 50);
        Map<String, TermTable.TermRow> rows = table.rows().stream().collect(Collectors.toMap(TermTable.TermRow::term, r -> r));
        assertEquals(4, rows.get("Unis-Cité").occurrences());
        assertEquals(3, rows.get("Unis-Cité").answers());
        assertEquals(2, rows.get("Saint-Denis").answers());
        assertEquals(2, rows.get("Chez-Nous").answers());
        for (String never : List.of("unir", "uni", "Uni", "cité", "Cité", "saint", "Denis", "chez", "Chez")) {
            assertFalse(rows.containsKey(never), never + " in " + rows.keySet());
        }
    }
}
