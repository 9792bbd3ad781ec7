package fr.enquete.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which end of a scale comes first, and which answers stand outside it. */
class ScaleVocabularyTest {

    @Test
    void negativeEndFirstIsReadFromTheFirstRealChoice() {
        assertTrue(ScaleVocabulary.negativeFirst(List.of("Pas du tout", "Faiblement", "Fortement", "Très fortement")));
        assertTrue(ScaleVocabulary.negativeFirst(List.of("Ne sait pas", "Jamais", "Rarement", "Parfois", "Souvent", "Toujours")));
        assertTrue(ScaleVocabulary.negativeFirst(List.of("Non, pas du tout", "Non, plutôt pas", "Oui, plutôt", "Oui, tout à fait")));
        assertTrue(ScaleVocabulary.negativeFirst(List.of("Très insatisfait", "Insatisfait", "Satisfait", "Très satisfait")));
        assertTrue(ScaleVocabulary.negativeFirst(List.of("Strongly disagree", "Disagree", "Agree", "Strongly agree")));
        assertFalse(ScaleVocabulary.negativeFirst(List.of("Oui, tout à fait.", "Oui, plutôt.", "Non, plutôt pas.", "Non, pas du tout")));
        assertFalse(ScaleVocabulary.negativeFirst(List.of("Tout à fait d'accord", "Plutôt d'accord", "Pas du tout d'accord")));
        assertFalse(ScaleVocabulary.negativeFirst(List.of("Très satisfait", "Plutôt satisfait", "Très insatisfait")));
        // "Passable" starts with "pas" but is not a negation.
        assertFalse(ScaleVocabulary.negativeFirst(List.of("Passable", "Bien", "Très bien")));
    }

    @Test
    void asidesAreRecognisedWhateverTheirSpelling() {
        assertTrue(ScaleVocabulary.isAside("Je ne peux pas me prononcer"));
        assertTrue(ScaleVocabulary.isAside("  Ne sait pas. "));
        assertTrue(ScaleVocabulary.isAside("NSP"));
        assertFalse(ScaleVocabulary.isAside("Non, pas du tout"));
    }
}
