package fr.enquete.text;

import fr.enquete.privacy.PersonalData;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts French text into tokens the way the French UD treebank (and so the OpenNLP French POS model)
 * expects: elisions split off ({@code l'emploi} gives {@code l'} and {@code emploi}, also with the
 * typographic apostrophe, normalised to {@code '}), while hyphenated compounds ({@code Pas-de-Calais}),
 * acronyms ({@code CARSAT}), words with an inner apostrophe that is no elision ({@code Repair'Café},
 * {@code aujourd'hui}), numbers, URLs, e-mail addresses and phone numbers stay whole.
 * OpenNLP ships no French tokenizer model, and its SimpleTokenizer splits {@code l'accès} in three.
 */
public final class FrenchTokenizer {

    private static final String APOS = "['’ʼ]";
    private static final String WORD_CHARS = "[\\p{L}\\p{M}\\p{N}]";
    private static final Pattern TOKEN = Pattern.compile(
            "(?<mask>" + PersonalData.PLACEHOLDER + ")"
                    + "|(?<url>(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]])"
                    + "|(?<email>" + PersonalData.EMAIL + ")"
                    + "|(?<phone>" + PersonalData.PHONE + ")"
                    + "|(?<elision>(?i:jusqu|lorsqu|puisqu|quoiqu|presqu|qu|[ldjnsctm])" + APOS + ")(?=\\p{L})"
                    + "|(?<number>\\d{1,3}(?:[\\u00A0\\u202F ]\\d{3})+(?:,\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)?(?!\\p{L}))"
                    + "|(?<word>" + WORD_CHARS + "+(?:(?:[-]|" + APOS + ")" + WORD_CHARS + "+)*)"
                    + "|(?<punct>[^\\s])");

    /** Tokenizes one text; offsets refer to {@code text}. */
    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            TokenKind kind;
            String t = m.group();
            if (m.group("mask") != null) {
                kind = TokenKind.MASK;
            } else if (m.group("url") != null) {
                kind = TokenKind.URL;
            } else if (m.group("email") != null) {
                kind = TokenKind.EMAIL;
            } else if (m.group("phone") != null) {
                kind = TokenKind.PHONE;
            } else if (m.group("elision") != null) {
                kind = TokenKind.ELISION;
                t = t.substring(0, t.length() - 1) + "'";
            } else if (m.group("number") != null) {
                kind = isYear(t) ? TokenKind.YEAR : TokenKind.NUMBER;
            } else if (m.group("word") != null) {
                kind = TokenKind.WORD;
                t = t.replace('’', '\'').replace('ʼ', '\'');
            } else {
                kind = TokenKind.PUNCT;
            }
            out.add(new Token(t, m.start(), m.end(), kind));
        }
        return out;
    }

    private static boolean isYear(String t) {
        return t.length() == 4 && (t.startsWith("19") || t.startsWith("20")) && t.chars().allMatch(Character::isDigit);
    }
}
