package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchTokenizerTest {

    private final FrenchTokenizer tokenizer = new FrenchTokenizer();

    private List<String> texts(String s) {
        return tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    private List<TokenKind> kinds(String s) {
        return tokenizer.tokenize(s).stream().map(Token::kind).toList();
    }

    @Test
    void elisionsAreSplitAndNormalised() {
        assertEquals(List.of("l'", "emploi", "d'", "autonomie", "qu'", "il", "n'", "est", "jusqu'", "en", "2018"),
                texts("l'emploi d’autonomie qu'il n’est jusqu'en 2018"));
        assertEquals(List.of(TokenKind.ELISION, TokenKind.WORD), kinds("L'accès"));
        assertEquals(List.of("C'", "est", "s'", "engager", "j'", "ai"), texts("C'est s'engager j'ai"));
    }

    @Test
    void compoundsAcronymsAndInnerApostrophesStayWhole() {
        assertEquals(List.of("Repair'Café", "aujourd'hui", "Pas-de-Calais", "bien-être", "ARS", "CARSAT", "CD59"),
                texts("Repair'Café aujourd'hui Pas-de-Calais bien-être ARS CARSAT CD59"));
    }

    @Test
    void numbersYearsUrlsMailsAndPhones() {
        assertEquals(List.of(TokenKind.NUMBER, TokenKind.YEAR, TokenKind.NUMBER, TokenKind.NUMBER),
                kinds("25 2019 3,5 1 200"));
        assertEquals(List.of("1 200"), texts("1 200"));
        assertEquals(List.of(TokenKind.WORD, TokenKind.PUNCT, TokenKind.EMAIL, TokenKind.PUNCT, TokenKind.PHONE),
                kinds("Contact : c.vasseur@cs-exemple.fr, 03.61.50.71.34"));
        assertEquals(List.of("+33 3 61 50 71 34", "03 21 45 67 89"), texts("+33 3 61 50 71 34 03 21 45 67 89"));
        assertEquals(List.of(TokenKind.URL), kinds("https://www.caf.fr/allocataires"));
        assertEquals(List.of("voir", "www.caf.fr", "."), texts("voir www.caf.fr."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String s = "Maintien à l'autonomie (Département).";
        for (Token t : tokenizer.tokenize(s)) {
            assertEquals(t.text(), s.substring(t.start(), t.end()).replace('’', '\''));
        }
    }
}
