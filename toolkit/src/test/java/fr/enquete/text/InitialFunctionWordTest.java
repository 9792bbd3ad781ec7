package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capitalised word opening a sentence that the lexicon knows only as a function word is not a proper noun (issue 19,
 * fourth round: the refitted CC BY-SA model read a question's initial "Quelle" as PROPN, lemma "quelle", on UD
 * French-FQB). The sentences are written for this test, as a questionnaire or an answer would put them.
 */
class InitialFunctionWordTest {

    private final FrenchTagger context = new FrenchTagger(List.of());
    private final FrenchPipeline pipeline = new FrenchPipeline();

    private int start(String... tokens) {
        return FrenchTagger.functionWordStart(tokens, context.context(tokens));
    }

    @Test
    void theRuleAppliesToASentenceInitialFunctionWordOnly() {
        // determiners, an adverb, a pronoun/adverb: the lexicon has no proper-noun reading of them
        assertEquals(0, start("Quelle", "est", "la", "commune", "la", "plus", "peuplée", "du", "Nord", "?"));
        assertEquals(0, start("Quels", "partenaires", "financent", "le", "centre", "?"));
        assertEquals(0, start("Combien", "de", "familles", "viennent", "?"));
        assertEquals(0, start("Où", "se", "trouvent", "les", "locaux", "?"));
        assertEquals(0, start("Mon", "conjoint", "travaille", "la", "semaine", "."));
        // after opening punctuation
        assertEquals(1, start("«", "Quelle", "aide", "attendez-vous", "?", "»"));
        // a name, a noun, an adjective, a word in lower case: not this rule's
        assertEquals(-1, start("Marseille", "accueille", "les", "familles", "."));
        assertEquals(-1, start("Uni", "Cités", "accueille", "des", "volontaires", "."));
        assertEquals(-1, start("Bien", "sûr", "."));
        assertEquals(-1, start("quelle", "place", "pour", "les", "habitants", "?"));
    }

    private AnalysedToken first(String text) {
        return pipeline.analyse(text).get(0);
    }

    @Test
    void questionsKeepTheirInterrogativeWord() {
        // tagged PROPN, lemma "quelle", by the shipped models before the rule
        AnalysedToken quelle = first("Quelle est la commune la plus peuplée du Nord ?");
        assertEquals("ADJ", quelle.pos());
        assertEquals("quel", quelle.lemma());
        for (String question : List.of("Quelles actions menez-vous avec les bailleurs ?",
                "Quels sont les horaires d'ouverture du centre ?", "Combien de familles fréquentent le centre ?",
                "Où se trouvent les locaux de l'association ?")) {
            AnalysedToken t = first(question);
            assertEquals(t.form().toLowerCase(java.util.Locale.ROOT).startsWith("quel")
                    ? "quel" : t.form().toLowerCase(java.util.Locale.ROOT), t.lemma(), question);
            assertEquals(false, "PROPN".equals(t.pos()), question + ": " + t.pos());
        }
    }

    /** The rule only forbids PROPN: a determiner the models read as one stays one, and the rest of the sentence is theirs. */
    @Test
    void otherwiseTheModelsTagsStand() {
        List<AnalysedToken> tokens = pipeline.analyse("Nos partenaires sont le CCAS de la Ville, les bailleurs et Uni Cités.");
        assertEquals("DET", tokens.get(0).pos());
        assertEquals("son", tokens.get(0).lemma());
        assertEquals("partenaire", tokens.get(1).lemma());
        assertEquals("CCAS", tokens.get(4).lemma());
    }
}
