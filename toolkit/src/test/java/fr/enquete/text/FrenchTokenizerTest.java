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

    // Issue 19: each of these was cut wrongly before (20h45 gave "2" + "0h45", Pouvez-vous stayed whole,
    // "M." lost its period, c'est-à-dire gave "c'" + "est-à-dire", "l'«" and "d'1" were not elisions).

    @Test
    void digitsFollowedByLettersAreNotCutInsideTheNumber() {
        // a time is cut as UD French cuts it (20 h 45 in every GSD and Sequoia train/dev sentence), never 2 + 0h45
        assertEquals(List.of("à", "20", "h", "45", "et", "8", "h"), texts("à 20h45 et 8h"));
        assertEquals(List.of(TokenKind.NUMBER, TokenKind.WORD, TokenKind.NUMBER), kinds("20h45"));
        assertEquals(List.of("le", "18e", "siècle", ",", "le", "1er", "mai"), texts("le 18e siècle, le 1er mai"));
        assertEquals(List.of(TokenKind.NUMBER), kinds("18e"));
        assertEquals(List.of("200", "m", "et", "10", "ans"), texts("200m et 10ans"));
        assertEquals(List.of("CD59", "3,5"), texts("CD59 3,5"));
        // an ellipsis and a double dash are one token, as in UD French
        assertEquals(List.of("Bref", "...", "oui", "--", "non", "."), texts("Bref... oui -- non."));
        // ranges, fractions and dates in digits are one token, as are acronyms written with periods
        assertEquals(List.of("de", "1729-1810", ",", "1/10", "le", "25/01/06"), texts("de 1729-1810, 1/10 le 25/01/06"));
        assertEquals(List.of(TokenKind.NUMBER), kinds("1990-1991"));
        assertEquals(List.of("la", "B.C.E.", "et", "Mr.", "Smith"), texts("la B.C.E. et Mr. Smith"));
    }

    @Test
    void invertedCliticsAreSplitOffWithTheirHyphen() {
        assertEquals(List.of("Pouvez", "-vous", "venir", "?"), texts("Pouvez-vous venir ?"));
        assertEquals(List.of("Que", "a", "-t-il", "dit", "?"), texts("Que a-t-il dit ?"));
        assertEquals(List.of("Qu'", "est", "-ce", "que", "c'", "est"), texts("Qu'est-ce que c'est"));
        assertEquals(List.of("donne", "-le", "-moi"), texts("donne-le-moi"));
        assertEquals(List.of("Allez", "-y"), texts("Allez-y"));
        // compounds that only look like it stay whole
        assertEquals(List.of("rendez-vous", "Pas-de-Calais", "celle-ci", "peut-être", "Aix-les-Bains"),
                texts("rendez-vous Pas-de-Calais celle-ci peut-être Aix-les-Bains"));
        String s = "Pouvez-vous";
        for (Token t : tokenizer.tokenize(s)) {
            assertEquals(t.text(), s.substring(t.start(), t.end()));
        }
    }

    @Test
    void abbreviationsKeepTheirPeriod() {
        assertEquals(List.of("M.", "Dupont", "et", "J.-P.", "Martin", ",", "etc.", "Voir", "J.", "Durand", "."),
                texts("M. Dupont et J.-P. Martin, etc. Voir J. Durand."));
        assertEquals(List.of("cf.", "la", "note"), texts("cf. la note"));
        // an ellipsis after etc stays punctuation, one token as in UD French (fixtures/text/gold-lemmas.tsv, sentence 3)
        assertEquals(List.of("endettement", "etc", "...", ")"), texts("endettement etc...)"));
        // a period after a word or an acronym still ends the sentence
        assertEquals(List.of("la", "CAF", ".", "Le", "plan", "."), texts("la CAF. Le plan."));
    }

    @Test
    void cEstADireIsOneToken() {
        assertEquals(List.of("c'est-à-dire", "les", "aidants"), texts("c’est-à-dire les aidants"));
        assertEquals(List.of(TokenKind.WORD), kinds("C'est-à-dire"));
    }

    @Test
    void elisionBeforeAGuillemetOrADigit() {
        assertEquals(List.of("l'", "«", "aller", "vers", "»"), texts("l'«aller vers»"));
        assertEquals(List.of(TokenKind.ELISION, TokenKind.PUNCT), kinds("l'«"));
        assertEquals(List.of("plus", "d'", "1", "an"), texts("plus d'1 an"));
        assertEquals(List.of(TokenKind.WORD, TokenKind.ELISION, TokenKind.NUMBER, TokenKind.WORD), kinds("plus d'1 an"));
    }

    @Test
    void bracketedPluralAndFeminineMarksAndDegreesStayWithTheirWord() {
        // as Sequoia writes them, one token each: AUTRE(S), MISE(S), traité(e); and °C (12 times in Sequoia train and dev)
        assertEquals(List.of("AUTRE(S)", "MISE(S)", "EN", "GARDE", "SPECIALE(S)"), texts("AUTRE(S) MISE(S) EN GARDE SPECIALE(S)"));
        assertEquals(List.of("le(s)", "salarié(e)s", "traité(e)", "à", "37", "°C", "."), texts("le(s) salarié(e)s traité(e) à 37 °C."));
        assertEquals(List.of("37", "°C"), texts("37°C"));
        // a bracket that is no such mark stays apart
        assertEquals(List.of("agent", "(", "s", ")", "(", "sic", ")"), texts("agent (s) (sic)"));
        assertEquals(List.of("à", "20", "°", "près"), texts("à 20 ° près"));
        assertEquals("AUTRE", FrenchTokenizer.withoutMark("AUTRE(S)"));
        assertEquals("salarié", FrenchTokenizer.withoutMark("salarié(e)s"));
        assertEquals("(s)", FrenchTokenizer.withoutMark("(s)"));
    }

    @Test
    void inclusiveWritingIsOneWordReadAsItsMasculine() {
        // a middle dot, a period or a hyphen before the feminine ending, and the plural's s: one token, as written
        assertEquals(List.of("Les", "habitant·e·s", ",", "les", "animateur.rice.s", ",", "les", "élu-e-s", "et", "tou·te·s",
                "les", "bénévoles.s", "."), texts("Les habitant·e·s, les animateur.rice.s, les élu-e-s et tou·te·s les bénévoles.s."));
        assertEquals(List.of("Tou·te·s", "les"), texts("Tou·te·s les"));
        assertEquals(List.of("usager·ère·s", "professionnel·le·s", "citoyen·ne·s", "chargé-e", "habitant·es", "acteur•ice•s"),
                texts("usager·ère·s professionnel·le·s citoyen·ne·s chargé-e habitant·es acteur•ice•s"));
        // read, tagged and lemmatised as the masculine, singular or plural as written
        assertEquals("habitants", FrenchTokenizer.withoutMark("habitant·e·s"));
        assertEquals("habitants", FrenchTokenizer.withoutMark("habitant·es"));
        assertEquals("animateurs", FrenchTokenizer.withoutMark("animateur.rice.s"));
        assertEquals("élus", FrenchTokenizer.withoutMark("élu-e-s"));
        assertEquals("tous", FrenchTokenizer.withoutMark("tou·te·s"));
        assertEquals("bénévoles", FrenchTokenizer.withoutMark("bénévoles.s"));
        assertEquals("chargé", FrenchTokenizer.withoutMark("chargé-e"));
        assertEquals("usagers", FrenchTokenizer.withoutMark("usager·ère·s"));
        assertEquals("professionnels", FrenchTokenizer.withoutMark("professionnel·le·s"));
        // no such mark: a sentence's end without its space, compounds, an imperative and its pronoun
        assertEquals(List.of("du", "centre", ".", "les", "enfants"), texts("du centre.les enfants"));
        assertEquals(List.of("centre-ville", "rendez-vous", "peut-être", "donne", "-le"), texts("centre-ville rendez-vous peut-être donne-le"));
        assertEquals(List.of("fin", ".", "Elle"), texts("fin.Elle"));
        assertEquals("centre-ville", FrenchTokenizer.withoutMark("centre-ville"));
    }
}
