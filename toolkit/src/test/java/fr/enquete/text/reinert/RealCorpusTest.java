package fr.enquete.text.reinert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.qual.Material;
import fr.enquete.qual.TranscriptReader;
import fr.enquete.testing.Fixtures;
import fr.enquete.text.StopWords;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real French text read as IRaMuTeQ would: the Lomme "plan pour la justice sociale et les solidarités 2024-2032"
 * (fixtures/text/plan-solidarites-lomme.txt, 8 162 words), in 40-word segments, 10 classes asked for. The classes
 * were read when this test was written; what is asserted is what a reader saw in them.
 */
class RealCorpusTest {

    static ReinertResult result;

    @BeforeAll
    static void classify() {
        Material m = new TranscriptReader().read(Fixtures.home().resolve("fixtures/text/plan-solidarites-lomme.txt"));
        List<TextSegment> segments = SegmentSources.transcripts(m, 40);
        SegmentMatrix matrix = SegmentMatrix.build(segments, StopWords.french(), 3);
        result = ReinertClassification.classify(matrix, ReinertOptions.defaults());
    }

    static ReinertClass headedBy(String lemma) {
        return result.classes().stream().filter(c -> c.lemmas().stream().limit(3).anyMatch(l -> l.lemma().equals(lemma)))
                .findFirst().orElseThrow(() -> new AssertionError("no class headed by " + lemma + ": " + summary()));
    }

    static boolean has(ReinertClass c, int top, String... lemmas) {
        List<String> first = c.lemmas().stream().limit(top).map(CharacteristicLemma::lemma).toList();
        return List.of(lemmas).stream().allMatch(first::contains);
    }

    static String summary() {
        StringBuilder s = new StringBuilder();
        for (ReinertClass c : result.classes()) {
            s.append('\n').append(c.number()).append(" (").append(c.size()).append(") ")
                    .append(c.lemmas().stream().limit(10).map(CharacteristicLemma::lemma).toList());
        }
        return s.toString();
    }

    @Test
    void everySegmentIsClassifiedIntoTheTenClassesAskedFor() {
        assertEquals(159, result.segments().size(), summary());
        assertEquals(100.0, result.percentClassified(), 1e-9);
        assertEquals(10, result.classes().size());
        assertEquals(159, result.classes().stream().mapToInt(ReinertClass::size).sum());
    }

    @Test
    void theChaptersOfThePlanAreClasses() {
        // Read again with enquete's two POS models (issue 19): a few lemma counts moved, and with them the 10 classes'
        // borders; the chapters still come out, chapter 8 (seniors at home) now with the workshops and places. Read again
        // with the models' weights set per sentence (2026-12-02, docs/annotate.md): chapters 4 and 5 were two classes,
        // and chapter 1 (reception, permanences) came out with chapter 7 (back to work). Read again with the models and
        // usage tables refitted on all the dev data (the fourth round of docs/annotate.md): chapters 4 and 5 are one
        // class again, chapter 1 and chapter 7 two, and chapter 2 (access to rights) is split between the orientation
        // towards rights (non-recours) and, with chapter 3, the administrative and digital procedures.
        // Read again once "etc." is a stop word (it was an active form, written 19 times in the plan): chapter 2 (access
        // to rights) comes out with the administrative procedures, chapter 3 (digital exclusion) alone, chapters 4 and 5
        // as two classes (food; re-use and the bills), chapter 1 (reception) with chapter 7 (back to work).
        // Read again once a capitalised common word is counted with its lower-case occurrences (CapitalisedCommonWords:
        // "Analyse des Besoins Sociaux" is "besoin", "Maison des Séniors" "sénior", "Maisons des Solidarités"
        // "solidarité"): chapters 2 and 3 (access to rights, digital exclusion) are one class of the administrative and
        // digital procedures, agents orienting citizens and the follow-up of RSA files two small ones, chapter 1
        // (reception) and chapter 7 (back to work) two classes.
        // the preamble: the plan, its analysis of needs
        assertTrue(has(headedBy("analyse"), 10, "plan", "population", "enquête"), summary());
        // chapters 2 and 3, access to rights and digital exclusion
        assertTrue(has(headedBy("administratif"), 10, "droit", "prestation", "numérique", "informatique", "internet"), summary());
        // chapter 4, food: "épicerie solidaire", "denrées"
        assertTrue(has(headedBy("épicerie"), 10, "alimentaire", "denrée", "précarité"), summary());
        // chapter 5, re-use and the energy bills: "biens de première nécessité"
        assertTrue(has(headedBy("facture"), 10, "réemploi", "achat", "énergie", "écologique"), summary());
        // chapter 7, back to work
        assertTrue(has(headedBy("chômeur"), 10, "emploi", "insertion", "retour"), summary());
        // chapter 1, the local public services that receive people
        assertTrue(has(headedBy("pôle"), 10, "accueillir", "convivial", "CPAM"), summary());
        // chapter 8, the elderly at home, with the places where the actions happen: the Maison du Citoyen, the Mitterie
        // district, workshops
        assertTrue(has(headedBy("atelier"), 10, "maison", "domicile", "mitterrie"), summary());
    }

    @Test
    void theBoilerplateSentenceMakesAClassOfItsOwn() {
        // "Le regard croisé d'habitants, de partenaires, de techniciens permet d'observer les besoins" opens every
        // chapter's diagnosis: a lexical world of its own, as ALCESTE finds for recurring formulas
        ReinertClass c = headedBy("croisé");
        assertTrue(has(c, 3, "technicien", "croisé"), summary());
        assertTrue(c.typical().stream().allMatch(t -> t.segment().text().contains("regard croisé")));
    }

    @Test
    void theFirstSplitSetsFoodApart() {
        // With OpenNLP's POS model the first split set rights, digital and food apart from work and seniors; with
        // enquete's two models (issue 19) it sets the food and re-use class (the largest, 27 segments) apart from all
        // the others, and rights, digital and work are split further down. With the models' weights set per sentence
        // (2026-12-02, docs/annotate.md) food and re-use were two classes (chapters 4 and 5), set apart together; with
        // the models refitted on all the dev data (the fourth round) they are one class again, set apart alone.
        List<Integer> first = result.tree().first().classes();
        List<Integer> second = result.tree().second().classes();
        // Once "etc." is a stop word, food and re-use are two classes again (chapters 4 and 5), set apart together.
        List<Integer> food = java.util.stream.Stream.of(headedBy("épicerie").number(), headedBy("facture").number()).sorted().toList();
        assertTrue(first.equals(food) && second.size() == 8 || second.equals(food) && first.size() == 8,
                first + " " + second + summary());
    }

    @Test
    void theSameTextGivesTheSameClasses() {
        Material m = new TranscriptReader().read(Fixtures.home().resolve("fixtures/text/plan-solidarites-lomme.txt"));
        SegmentMatrix matrix = SegmentMatrix.build(SegmentSources.transcripts(m, 40), StopWords.french(), 3);
        assertEquals(result, ReinertClassification.classify(matrix, ReinertOptions.defaults()));
    }
}
