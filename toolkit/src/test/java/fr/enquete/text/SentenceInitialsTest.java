package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name's initial does not end a sentence (issue 19: OpenNLP's French sentence model cut the FQB question "Quand George
 * W. Bush ... ?" after "W.", which left "Quand" out of its question and "Bush" opening a sentence). The sentences of
 * this test are written as an interview transcript would have them; where a lone capital after a lower-case word ends
 * a sentence ("catégorie B."), the cut stays.
 */
class SentenceInitialsTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(SentenceSplitter.Sentence::text).toList();
    }

    @Test
    void anInitialInsideANameStaysInItsSentence() {
        assertEquals(List.of("Quand George W. Bush est-il venu à Lille ?", "Il a rencontré le maire."),
                sentences("Quand George W. Bush est-il venu à Lille ? Il a rencontré le maire."));
        assertEquals(List.of("Nous avons reçu Marie T. Durand, directrice du centre, en mars."),
                sentences("Nous avons reçu Marie T. Durand, directrice du centre, en mars."));
    }

    @Test
    void aLoneCapitalAfterALowerCaseWordStillEndsItsSentence() {
        assertEquals(List.of("Le logement est classé en catégorie B.", "Les travaux commencent en mai."),
                sentences("Le logement est classé en catégorie B. Les travaux commencent en mai."));
    }

    @Test
    void thePipelineKeepsTheInitialAsOneTokenOfTheName() {
        List<AnalysedToken> tokens = new FrenchPipeline().analyse("Quand George W. Bush est-il venu à Lille ?");
        assertEquals(List.of("Quand", "George", "W.", "Bush"), tokens.subList(0, 4).stream().map(AnalysedToken::form).toList());
        // one sentence: the question's adverb is read as one (docs/annotate.md, fifth round)
        assertEquals(1, tokens.stream().mapToInt(AnalysedToken::sentence).distinct().count());
        assertEquals("ADV", tokens.get(0).pos());
        assertEquals("PROPN", tokens.get(3).pos());
    }
}
