package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A civility (Mme, M., Monsieur, Mlle) says that a person is named, not what the answers are about, and stays in the
 * text when the name is masked ("Mme [personne 1]"): it was a term, "Madame" first of a table when a few answers name
 * people. So are the abbreviations that introduce something else ("etc.", "ex :", "tél."), which the stop words held
 * without their period ("etc") or not at all.
 */
class CivilitiesAndAbbreviationsTest {

    private static List<String> terms(List<String> texts) {
        List<TextDocument> docs = new ArrayList<>();
        for (String t : texts) {
            docs.add(new TextDocument(docs.size() + 1, t, null));
        }
        return TermTables.lemmas(TermIndex.build(docs, TermOptions.defaults()), 10_000).rows().stream()
                .map(TermTable.TermRow::term).toList();
    }

    /** fixtures/privacy/corpus.tsv: its lines name people after every civility, in any case (MME BERNARD, Mlle Girard). */
    @Test
    void civilitiesAreNoTerms() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(Fixtures.home().resolve("fixtures/privacy/corpus.tsv"), StandardCharsets.UTF_8)) {
            if (!l.startsWith("#") && !l.isBlank()) {
                lines.add(l.split("\t")[1]);
            }
        }
        List<String> terms = terms(lines);
        Set<String> civilities = Set.of("madame", "monsieur", "mademoiselle", "mme", "m.", "mlle", "tél.", "tél");
        assertEquals(List.of(), terms.stream().filter(t -> civilities.contains(t.toLowerCase(java.util.Locale.ROOT))).toList());
        assertTrue(terms.contains("atelier"), terms.toString());
    }

    /** fixtures/text/commentaires-accents.txt: "aller chez le médecin, etc. (ex : implantation ...)" (seed 002). */
    @Test
    void abbreviationsThatIntroduceSomethingElseAreNoTerms() throws IOException {
        String text = Files.readString(Fixtures.home().resolve("fixtures/text/commentaires-accents.txt"), StandardCharsets.UTF_8);
        List<String> terms = terms(List.of(text.strip().split("\n\n")));
        assertEquals(List.of(), terms.stream().filter(t -> Set.of("etc.", "etc", "ex", "cf.").contains(t)).toList());
        assertTrue(terms.contains("médecin") && terms.contains("implantation"), terms.toString());
    }
}
