package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.spec.SpecReader;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Labels of the lemma table from capitalised words: a list item's verb ("- Augmenter la Régie de secours") is the
 * lower-case lemma, as is a verb whose capital lost its accent ("- Eviter le décrochage scolaire": éviter); "Ligue"
 * inside a list of funders is the league, not the verb "liguer".
 */
class CapitalisedTermLabelsTest {

    private static Map<String, TermTable.TermRow> byKey(TermIndex index) {
        return TermTables.lemmas(index, 5000).rows().stream().collect(Collectors.toMap(TermTable.TermRow::key, r -> r));
    }

    /**
     * The 253 list items ("- " lines) of fixtures/text/plan-solidarites-lomme.txt, one document each. Hand count
     * (grep on those lines): "Augmenter" opens 3 of them (lines 215, 475, 567), "Eviter" 2 (759, 760), "AUTORISER" 1
     * (line 31, in bold).
     */
    @Test
    void listItemsVerbsAreLowerCaseLemmas() throws IOException {
        List<TextDocument> docs = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.home().resolve("fixtures/text/plan-solidarites-lomme.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("- ")) {
                docs.add(new TextDocument(docs.size() + 1, line, null));
            }
        }
        assertEquals(253, docs.size());
        Map<String, TermTable.TermRow> rows = byKey(TermIndex.build(docs, TermOptions.defaults()));
        assertEquals("augmenter", rows.get("augmenter").term());
        assertEquals(3, rows.get("augmenter").occurrences());
        assertEquals("éviter", rows.get("eviter").term());
        assertEquals(2, rows.get("eviter").occurrences());
        assertEquals("autoriser", rows.get("autoriser").term());
        assertEquals(1, rows.get("autoriser").occurrences());
    }

    /**
     * The whole plan, one document a non-blank line. Hand count (grep -o on the file): "solidarité" is written 56 times,
     * 32 of them "Solidarités", mostly inside "Maison(s) des Solidarités" and "Maison du Citoyen et des Solidarités", 19
     * in lower case (7 "solidarité", 12 "solidarités"), 3 "Solidarité", 2 "SOLIDARITES"; the lemma table showed the
     * plural name "Solidarités". "Maison" is never written in lower case (20 "Maison", 16 "Maisons") and "Ville", singular
     * (26 "Ville", 19 "ville", 1 "villes"), is the town hall: both keep their capital.
     */
    @Test
    void aCapitalisedPluralOfACommonNounIsShownAsItsLemma() throws IOException {
        List<TextDocument> docs = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.home().resolve("fixtures/text/plan-solidarites-lomme.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                docs.add(new TextDocument(docs.size() + 1, line, null));
            }
        }
        Map<String, TermTable.TermRow> rows = TermTables.lemmas(TermIndex.build(docs, TermOptions.defaults()), 5000).rows().stream()
                .collect(Collectors.toMap(TermTable.TermRow::term, r -> r));
        assertFalse(rows.containsKey("Solidarités"), String.valueOf(rows.get("Solidarités")));
        assertEquals(56, rows.get("solidarité").occurrences());
        assertEquals(36, rows.get("Maison").occurrences());
        assertEquals(46, rows.get("Ville").occurrences());
    }

    /**
     * The fixture's answers: "Ligue contre le cancer" in export row 20 (vieiprecis, in a list of funders after
     * "Fondation Vinci, insertion (Département),"), and rows 30 ("Ligue", opening a line) and 54 ("ligue") of santeprecis.
     */
    @Test
    void theLeagueIsNoVerb() {
        for (Map.Entry<String, Integer> question : Map.of("vieiprecis", 1, "santeprecis", 2).entrySet()) {
            Corpus corpus = Corpus.read(Importers.open(Fixtures.export(), ImportOptions.DEFAULTS),
                    SpecReader.read(Fixtures.spec()).survey(), question.getKey(), List.of());
            Map<String, TermTable.TermRow> rows = byKey(TermIndex.build(corpus.documents(), TermOptions.defaults()));
            assertFalse(rows.containsKey("liguer"), question.getKey() + ": " + rows.get("liguer"));
            assertEquals(question.getValue(), (int) rows.get("ligue").answers(), question.getKey());
            assertEquals(question.getValue(), (int) rows.get("ligue").occurrences(), question.getKey());
        }
    }
}
