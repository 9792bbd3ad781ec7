package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Où" and "quand" opening a question are interrogative adverbs, ADV in UD (issue 19, fifth round of docs/annotate.md:
 * the most frequent errors on UD French-FQB were "Où" read PRON and "Quand" SCONJ). The questions are written for this
 * test as an interview guide or a questionnaire puts them; the tags expected are UD's guidelines for French (UD
 * French-FQB tags every question-opening "Où" and "Quand" of its 2 139 questions outside the sample ADV).
 */
class InterrogativeAdverbsTest {

    private final FrenchPipeline pipeline = new FrenchPipeline();

    private String tagOf(String text, String form) {
        return pipeline.analyse(text).stream().filter(t -> t.form().equals(form)).findFirst().orElseThrow().pos();
    }

    @Test
    void anInterrogativeAdverbOpeningAQuestionIsAnAdverb() {
        assertEquals("ADV", tagOf("Où se trouvent les locaux de l'association ?", "Où"));
        assertEquals("ADV", tagOf("Où habitez-vous depuis votre arrivée ?", "Où"));
        assertEquals("ADV", tagOf("Quand êtes-vous arrivé dans le quartier ?", "Quand"));
        assertEquals("ADV", tagOf("Quand est-ce que vous venez au centre social ?", "Quand"));
        assertEquals("ADV", tagOf("Quand s'est déroulé le dernier atelier ?", "Quand"));
        assertEquals("ADV", tagOf("Quand le conseil citoyen a-t-il été créé ?", "Quand"));
        // after a preposition opening the question
        assertEquals("ADV", tagOf("D'où viennent les familles qui fréquentent le centre ?", "où"));
        assertEquals("ADV", tagOf("Depuis quand participez-vous aux ateliers ?", "quand"));
    }

    @Test
    void aSubordinateClauseOrARelativeIsLeftAlone() {
        // "quand" opening a subordinate clause, in a question or not
        assertEquals("SCONJ", tagOf("Quand vous étiez jeune, est-ce que vous veniez au centre ?", "Quand"));
        assertEquals("SCONJ", tagOf("Quand il pleut, les ateliers ont lieu dans la grande salle.", "Quand"));
        // a relative "où" inside a question
        assertEquals("PRON", tagOf("Le quartier où vous habitez est-il bien desservi ?", "où"));
        // a statement
        assertEquals("PRON", tagOf("C'est la ville où je travaille.", "où"));
    }

    @Test
    void lemmasAreUnchanged() {
        List<AnalysedToken> tokens = pipeline.analyse("Où se trouvent les locaux ?");
        assertEquals("où", tokens.get(0).lemma());
        assertEquals("quand", pipeline.analyse("Quand êtes-vous arrivé ?").get(0).lemma());
    }
}
