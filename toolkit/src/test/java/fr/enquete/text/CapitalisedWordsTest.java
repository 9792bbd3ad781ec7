package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Capitals the models misread (issue 19, fourth round): a capitalised word opening a sentence that the lexicon knows only
 * as a function word is not a proper noun (the refitted CC BY-SA model read a question's initial "Quelle" as PROPN,
 * lemma "quelle", on UD French-FQB), and a verb inside a run of capitalised words is a part of a name. The sentences
 * are written for this test, as a questionnaire or an answer would put them, or come from the project's fixture.
 */
class CapitalisedWordsTest {

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

    /**
     * A verb in a run of capitalised words inside a sentence is a part of a name unless the models are sure of it: the
     * fixture's answer (fixtures/centres-sociaux) had "Uni" as the verb unir, the junk term "Unir".
     */
    @Test
    void aVerbInsideACapitalisedNameIsAName() {
        List<AnalysedToken> tokens = pipeline.analyse("Avec le Département dans le cadre de la Conférence des financeurs en lien "
                + "avec le CCAS de la Ville, les bailleurs et Uni Cités");
        AnalysedToken uni = tokens.stream().filter(t -> t.form().equals("Uni")).findFirst().orElseThrow();
        assertEquals("PROPN", uni.pos());
        assertEquals("uni", uni.lemma());
        // lower-case verbs, and words after an acronym, are not in such a run
        List<AnalysedToken> other = pipeline.analyse("Les familles viennent au centre et Uni Cités les accompagne.");
        assertEquals("VERB", other.get(2).pos());
        assertEquals("venir", other.get(2).lemma());
    }

    /**
     * An answer opening on a name whose first word the lexicon knows as an adjective that cannot qualify the next word:
     * the fixture's answer (fixtures/centres-sociaux/export.csv, row 111) "Uni Cités et CCAS DE Valenciennes" had "Uni" as
     * the adjective "uni" (masculine singular, before the feminine plural "Cités"). Ordinary sentence starts are the
     * models'.
     */
    @Test
    void aNameOpeningAnAnswerIsAName() {
        List<AnalysedToken> answer = pipeline.analyse("projet Département\nUni Cités et CCAS DE Valenciennes");
        AnalysedToken uni = answer.stream().filter(t -> t.form().equals("Uni")).findFirst().orElseThrow();
        assertEquals("PROPN", uni.pos());
        assertEquals("uni", uni.lemma());
        // the same name opening a sentence with a verb: the verb the models read in the name is a part of it
        List<AnalysedToken> sentence = pipeline.analyse("Uni Cités accompagne les jeunes du quartier.");
        assertEquals("PROPN", sentence.get(0).pos());
        assertEquals("PROPN", sentence.get(1).pos());
        assertEquals("accompagner", sentence.get(2).lemma());
        // a determiner, an interrogative, an adjective agreeing with its noun, a name the lexicon does not know
        assertEquals("DET", first("Les Jeunes de la Ville viennent le mercredi.").pos());
        assertEquals("DET", first("Quelle Europe voulons-nous ?").pos());
        assertEquals("ADJ", first("Nombreuses Familles accueillies cette année.").pos());
        assertEquals("grand", first("Grande Synthe accueille les familles.").lemma());
    }
}
