package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The ending rules learnt from words of known lemma, on small hand-made lists whose rules can be counted by hand. */
class SuffixLemmasTest {

    @Test
    void theLongestEndingSeenOftenEnoughDecides() {
        SuffixLemmas.Learner l = new SuffixLemmas.Learner();
        // VERB: three participles of -er verbs in -sé (é -> er), one in -i
        l.add("imposé", "VERB", "imposer");
        l.add("pressé", "VERB", "presser");
        l.add("classé", "VERB", "classer");
        l.add("fini", "VERB", "finir");
        // ADJ: three in -aise (e removed), and "grise", "précise"
        l.add("française", "ADJ", "français");
        l.add("anglaise", "ADJ", "anglais");
        l.add("niaise", "ADJ", "niais");
        l.add("grise", "ADJ", "gris");
        l.add("précise", "ADJ", "précis");
        SuffixLemmas s = l.learn();
        // "rsé" never seen, "ssé" only 2 words (pressé, classé), "sé" 3 words, all é -> er: "sé" decides;
        // "naise" never seen, "aise" 3 words (e removed)
        assertEquals("endorser", s.guess("endorsé", "VERB"));
        assertEquals("taiwanais", s.guess("taiwanaise", "ADJ"));
        // no rule for the tag, an ending never seen, or too few words: the word itself
        assertEquals("taiwanaise", s.guess("taiwanaise", "NOUN"));
        assertEquals("tabou", s.guess("tabou", "ADJ"));
        assertEquals("réussi", s.guess("réussi", "VERB"));
    }

    @Test
    void theMostSharedChangeWinsAndATieIsBrokenBySize() {
        SuffixLemmas.Learner l = new SuffixLemmas.Learner();
        // -aux NOUN: chevaux, journaux, travaux; "ux" removed and "l" added twice, "il" once
        l.add("chevaux", "NOUN", "cheval");
        l.add("journaux", "NOUN", "journal");
        l.add("travaux", "NOUN", "travail");
        // -us NOUN: four of five keep their s (virus, talus, refus, bus), "menus" loses it
        l.add("virus", "NOUN", "virus");
        l.add("menus", "NOUN", "menu");
        l.add("talus", "NOUN", "talus");
        l.add("refus", "NOUN", "refus");
        l.add("bus", "NOUN", "bus");
        SuffixLemmas s = l.learn();
        assertEquals("canal", s.guess("canaux", "NOUN"));
        assertEquals("cactus", s.guess("cactus", "NOUN"));
        assertEquals(new SuffixLemmas.Change(2, "l"), SuffixLemmas.Change.of("chevaux", "cheval"));
        // the change never leaves fewer than two letters ("ux" is seen 3 times, "aux" would become "l")
        assertEquals("aux", s.guess("aux", "NOUN"));
    }
}
