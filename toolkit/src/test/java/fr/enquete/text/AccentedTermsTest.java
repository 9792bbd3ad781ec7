package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Terms are counted without their accents ("séniors" and "seniors" are one term), but a word's final é makes another
 * word, and a ligature is only a way of writing two letters. On fixtures/text/commentaires-accents.txt (20 published
 * comments of seeds 001 to 004, one a paragraph), before this the lemma table's first term was "âge", 7 occurrences,
 * 4 of them "âgées"; "retraite" counted the "retraités"; "marché" the "marches exploratoires"; "cœur" and "coeur",
 * "œuvre" and "oeuvre" were two terms each.
 *
 * <p>Hand counts (grep -oiw on the paragraphs): âge, âges, d'âge 4 in 4; âgées, Âgées 3 in 3; retraite 2 in 2;
 * marché, marchés 3 in 3; marches 1; cœur 2 and coeur 1, in 3; œuvre 1 and oeuvre 1.
 */
class AccentedTermsTest {

    private static Map<String, TermTable.TermRow> rows;

    @BeforeAll
    static void build() throws IOException {
        String text = Files.readString(Fixtures.home().resolve("fixtures/text/commentaires-accents.txt"), StandardCharsets.UTF_8);
        List<TextDocument> docs = new ArrayList<>();
        for (String paragraph : text.strip().split("\n\n")) {
            docs.add(new TextDocument(docs.size() + 1, paragraph, null));
        }
        assertEquals(20, docs.size());
        rows = TermTables.lemmas(TermIndex.build(docs, TermOptions.defaults()), 1000).rows().stream()
                .collect(Collectors.toMap(TermTable.TermRow::term, r -> r));
    }

    private static List<String> forms(String term) {
        return rows.get(term).forms().stream().map(TermTable.Form::text).toList();
    }

    @Test
    void aFinalAcuteAccentMakesAnotherWord() {
        assertEquals(4, rows.get("âge").occurrences(), forms("âge").toString());
        assertEquals(4, rows.get("âge").answers());
        assertEquals(3, rows.get("âgé").occurrences(), "les personnes âgées: " + forms("âgé"));
        assertTrue(forms("âge").stream().noneMatch(f -> f.toLowerCase().startsWith("âgé")), forms("âge").toString());

        assertEquals(List.of("retraite"), forms("retraite"), "the retirees are not the retirement");
        assertEquals(2, rows.get("retraite").answers());

        assertEquals(3, rows.get("marché").occurrences(), forms("marché").toString());
        assertEquals(List.of("marché", "marchés"), forms("marché"));
        assertEquals(List.of("marches"), forms("marche"), "marches exploratoires");
    }

    @Test
    void aLigatureIsTwoLetters() {
        assertEquals(3, rows.get("cœur").occurrences(), rows.keySet().toString());
        assertEquals(3, rows.get("cœur").answers());
        assertEquals(List.of("cœur", "coeur"), forms("cœur"), "shown as most often written");
        assertFalse(rows.containsKey("coeur"));
        TermTable.TermRow oeuvre = rows.containsKey("œuvre") ? rows.get("œuvre") : rows.get("oeuvre");
        assertEquals(2, oeuvre.occurrences(), rows.keySet().toString());
    }

    @Test
    void accentsOtherwiseStillDoNotCount() {
        assertEquals(Fold.fold("seniors"), Fold.fold("Séniors"));
        assertEquals(Fold.fold("événement"), Fold.fold("évènement"));
        assertEquals(Fold.fold("état"), Fold.fold("Etat"));
        assertEquals(Fold.fold("conference des financeurs"), Fold.fold("Conférence des financeurs"));
        assertEquals(Fold.fold("agé"), Fold.fold("ÂGÉ"));
        assertFalse(Fold.fold("âge").equals(Fold.fold("âgé")));
        assertEquals("oeuvre", Fold.fold("Œuvre"));
    }
}
