package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lexicon classes the POS model reads, against LanguageTool's French lexicon entries (listed with morfologik's
 * lookup when the test was written: "porté" J m s and V ppa m s; "été" N m s and V etre ppa; "Paris" Z, "paris" N;
 * "que" C sub, R inte, R rel; "du" P+D; "mange" five finite readings).
 */
class LexiconClassesTest {

    private final LexiconClasses lexicon = new LexiconClasses();

    @ParameterizedTest
    @CsvSource({
        "porté, JVp", "été, NVpx", "Paris, NZ", "que, CSR", "du, PD", "mange, Vf", "parlant, JVg", "avait, Vfx",
        "2006, ?", "Xqzw, ?"})
    void classesAreTheLexiconsTagLetters(String form, String expected) {
        assertEquals(expected, lexicon.of(form));
        assertEquals(expected, lexicon.of(form), "the remembered answer is the same");
    }
}
