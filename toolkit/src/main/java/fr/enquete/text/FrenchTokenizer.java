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
    /**
     * Abbreviations that keep their period, as French typography and the UD treebanks write them: titles
     * (M., MM., Mme., Dr.), common Latin and bibliographic ones (etc., cf., p.), and initials of a first name
     * followed by a capitalised name or another initial (J. Dupont, J.-P. Sartre), acronyms written with periods
     * (B.C.E.).
     */
    private static final String ABBREVIATIONS =
            "(?:(?:M|MM|Mr|Mme|Mmes|Mlle|Mlles|Dr|Pr|St|Ste)\\.(?=\\s+\\p{Lu}))"
                    + "|(?:(?i:etc|cf|env|ex|art|tél|av|bd|vol|éd)\\.(?!\\.))"
                    + "|(?:\\p{Lu}\\.(?:-\\p{Lu}\\.)*(?=\\s*\\p{Lu}\\p{Ll}))"
                    + "|(?:\\p{Lu}\\.(?:-\\p{Lu}\\.)+)"
                    + "|(?:\\p{Lu}\\.(?:\\p{Lu}\\.)+)";

    /**
     * Clitic pronouns after a verb in an inverted question or an imperative ({@code Pouvez-vous},
     * {@code a-t-il}, {@code est-ce}, {@code donne-le-moi}): split off with their hyphen, as in UD French.
     */
    private static final Pattern INVERTED_CLITIC = Pattern.compile(
            "(?i)-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles|ce|le|la|les|lui|leur|moi|toi|y|en)$");

    /** Compounds that end like an inverted clitic but are nouns. */
    private static final java.util.Set<String> NOT_INVERTED = java.util.Set.of("rendez-vous", "m'as-tu-vu", "qu'en-dira-t-on");

    /**
     * A plural or feminine mark in brackets written onto a word ({@code AUTRE(S)}, {@code traité(e)},
     * {@code salarié(e)s}): part of the word, as in UD French.
     */
    private static final String MARK = "\\((?i:e|s|es|x)\\)(?i:s)?(?![\\p{L}\\p{N}])";
    private static final Pattern TRAILING_MARK = Pattern.compile("(?<=[\\p{L}\\p{N}])" + MARK + "$");

    /** What separates inclusive writing's endings from the word: a middle dot (or a bullet, a dot operator), a period, a hyphen. */
    private static final String SEP = "[·•‧⋅.\\-]";
    /**
     * Inclusive writing's feminine ending after its word ({@code habitant·e}, {@code animateur·rice}, {@code usager·ère},
     * {@code professionnel·le}, {@code tou·te}), a consonant doubled only after that consonant, so that a sentence's
     * end without its space ({@code centre.les enfants}) is none.
     */
    private static final String FEMININE = "(?:es?|(?<=l" + SEP + ")les?|(?<=n" + SEP + ")nes?|(?<=t" + SEP + ")tes?|(?<=[tT]ou" + SEP
            + ")tes?|(?<=eur" + SEP + ")(?:t?rices?|ices?|euses?)|(?<=er" + SEP + ")(?:ères?|eres?)|(?<=if" + SEP + ")ives?)";
    /**
     * Inclusive writing's marks after a word's last lower-case letter: a feminine ending and the plural's s ({@code ·e·s},
     * {@code .rice.s}, {@code -e-s}, {@code ·es}), or the plural's s alone after a dot ({@code bénévoles.s}). Part of the
     * word: it is tagged and lemmatised as its masculine ({@link #withoutMark}).
     */
    static final Pattern INCLUSIVE = Pattern.compile(
            "(?<=\\p{Ll})(?:" + SEP + FEMININE + "(?:" + SEP + "[sx])?|[·•‧⋅.][sx])(?![\\p{L}\\p{N}])");

    /**
     * Inclusive writing's feminine ending in capitals right after the word, without a dot ({@code habitantEs},
     * {@code usagerEs}, {@code animateurIces}, {@code animateurRICEs}, {@code professionnelLEs}, {@code citoyenNEs},
     * {@code touTEs}), and the plural's s: after three lower-case letters and ending the word, so that a name in camel
     * case is none.
     */
    static final Pattern CAPITAL_INCLUSIVE = Pattern.compile("(?<=\\p{Ll}{3})(?:E|(?<=l)L[Ee]|(?<=n)N[Ee]|(?<=t)T[Ee]|(?<=eur)(?:T?R(?:ICE|ice)|I(?:CE|ce)|E(?:USE|use))"
            + "|(?<=er)(?:È(?:RE|re)|E(?:RE|re))|(?<=if)I(?:VE|ve))[sSxX]?$");

    /**
     * A word without its bracketed plural or feminine mark ({@code AUTRE(S)}: {@code AUTRE}), or without its inclusive
     * writing's marks, in the plural when they end with one ({@code animateur·rice·s}: {@code animateurs},
     * {@code tou·te·s}: {@code tous}), as it is tagged and lemmatised.
     */
    static String withoutMark(String word) {
        if (word.indexOf(')') > 0) {
            return TRAILING_MARK.matcher(word).replaceFirst("");
        }
        Matcher m = inclusiveEnd(word);
        if (m == null) {
            return word;
        }
        String base = word.substring(0, m.start());
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        boolean plural = (last == 's' || last == 'x') && !base.endsWith("s") && !base.endsWith("x");
        return plural ? base + last : base;
    }

    /**
     * {@code text} with the periods of inclusive writing's marks written as middle dots ({@code élu.e.s}: {@code élu·e·s}),
     * the same length: what a sentence model is given, so that no sentence ends inside such a word.
     */
    static String inclusivePeriodsAsDots(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        Matcher m = INCLUSIVE.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (m.group().indexOf('.') >= 0) {
                out = out == null ? new StringBuilder(text) : out;
                for (int i = m.start(); i < m.end(); i++) {
                    if (text.charAt(i) == '.') {
                        out.setCharAt(i, '·');
                    }
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** The inclusive writing's marks that end {@code word}, or null. */
    private static Matcher inclusiveEnd(String word) {
        Matcher c = CAPITAL_INCLUSIVE.matcher(word);
        if (c.find()) {
            return c;
        }
        Matcher m = INCLUSIVE.matcher(word);
        while (m.find()) {
            if (m.end() == word.length()) {
                return m;
            }
        }
        return null;
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?<mask>" + PersonalData.PLACEHOLDER + ")"
                    + "|(?<url>(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]])"
                    + "|(?<email>" + PersonalData.EMAIL + ")"
                    + "|(?<phone>" + PersonalData.PHONE + ")"
                    + "|(?<fixed>(?i:c" + APOS + "est-à-dire)(?![\\p{L}\\p{N}]))"
                    + "|(?<abbr>" + ABBREVIATIONS + ")"
                    + "|(?<elision>(?i:jusqu|lorsqu|puisqu|quoiqu|presqu|qu|[ldjnsctm])" + APOS + ")(?=[\\p{L}\\p{N}«\"“])"
                    + "|(?<time>(?<hours>\\d{1,2})(?<h>[hH])(?<minutes>\\d{2})?(?![\\p{L}\\p{N}]))"
                    + "|(?<range>\\d+(?:[-/]\\d+)+(?![\\p{L}\\p{N}]))"
                    + "|(?<ordinal>\\d+(?:e|er|ère|re|ème|eme|nd|nde|es|ers|ères|èmes)(?![\\p{L}\\p{N}]))"
                    + "|(?<number>\\d{1,3}(?:[\\u00A0\\u202F ]\\d{3})+(?:,\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)?(?![\\p{N}]))"
                    + "|(?<word>" + WORD_CHARS + "+(?:(?:[-]|" + APOS + ")" + WORD_CHARS + "+)*(?:" + MARK + ")?)"
                    + "|(?<degree>°[CF](?![\\p{L}\\p{N}]))"
                    + "|(?<punct>\\.{2,}|-{2,}|[^\\s])");

    /** Tokenizes one text; offsets refer to {@code text}. */
    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
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
            } else if (m.group("fixed") != null) {
                kind = TokenKind.WORD;
                t = t.replace('’', '\'').replace('ʼ', '\'');
            } else if (m.group("abbr") != null || m.group("degree") != null) {
                kind = TokenKind.WORD;
            } else if (m.group("time") != null) {
                // cut as UD French cuts it: 20h45 is 20, h, 45 (the h, a one-letter word, is never a term)
                out.add(new Token(m.group("hours"), m.start("hours"), m.end("hours"), TokenKind.NUMBER));
                out.add(new Token(m.group("h"), m.start("h"), m.end("h"), TokenKind.WORD));
                if (m.group("minutes") != null) {
                    out.add(new Token(m.group("minutes"), m.start("minutes"), m.end("minutes"), TokenKind.NUMBER));
                }
                continue;
            } else if (m.group("ordinal") != null || m.group("range") != null) {
                // a range, fraction or date written with digits (1729-1810, 1/10, 25/01/06) is one token, as in UD French
                kind = TokenKind.NUMBER;
            } else if (m.group("elision") != null) {
                kind = TokenKind.ELISION;
                t = t.substring(0, t.length() - 1) + "'";
            } else if (m.group("number") != null) {
                kind = isYear(t) ? TokenKind.YEAR : TokenKind.NUMBER;
            } else if (m.group("word") != null) {
                Matcher marks = INCLUSIVE.matcher(text).useTransparentBounds(true).region(m.end(), text.length());
                if (marks.lookingAt()) {
                    // inclusive writing's dotted marks go on the word, which the word pattern ended at the dot
                    out.add(new Token(text.substring(m.start(), marks.end()).replace('’', '\'').replace('ʼ', '\''), m.start(), marks.end(),
                            TokenKind.WORD));
                    m.region(marks.end(), text.length());
                } else if (inclusiveEnd(t) != null) {
                    out.add(new Token(t.replace('’', '\'').replace('ʼ', '\''), m.start(), m.end(), TokenKind.WORD)); // élu-e-s
                } else {
                    splitClitics(t.replace('’', '\'').replace('ʼ', '\''), m.start(), out);
                }
                continue;
            } else {
                kind = TokenKind.PUNCT;
            }
            out.add(new Token(t, m.start(), m.end(), kind));
        }
        return out;
    }

    /** Adds a word, its trailing inverted clitics ({@code -vous}, {@code -t-il}) as tokens of their own. */
    private static void splitClitics(String word, int start, List<Token> out) {
        List<String> clitics = new ArrayList<>();
        String head = word;
        Matcher c = INVERTED_CLITIC.matcher(head);
        while (c.find() && c.start() > 0) {
            clitics.add(0, head.substring(c.start()));
            head = head.substring(0, c.start());
            c = INVERTED_CLITIC.matcher(head);
        }
        if (!clitics.isEmpty() && (!isVerbLike(head) || NOT_INVERTED.contains(word.toLowerCase(java.util.Locale.ROOT))
                || isCapitalisedName(head, clitics))) {
            clitics.clear();
            head = word;
        }
        out.add(new Token(head, start, start + head.length(), TokenKind.WORD));
        int at = start + head.length();
        for (String clitic : clitics) {
            out.add(new Token(clitic, at, at + clitic.length(), TokenKind.WORD));
            at += clitic.length();
        }
    }

    /**
     * A name whose every part is capitalised ({@code Chez-Nous}, {@code Allons-Y}: associations, places), not an
     * inverted question ({@code Pouvez-vous}); a word in capitals only ({@code POUVEZ-VOUS}) is read as a question.
     */
    private static boolean isCapitalisedName(String head, List<String> clitics) {
        if (!titleCase(head)) {
            return false;
        }
        for (String clitic : clitics) {
            for (String part : clitic.substring(1).split("-")) {
                if (!part.equals("t") && !titleCase(part)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Upper-case first letter, and no upper-case letter after it. */
    private static boolean titleCase(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().noneMatch(Character::isUpperCase);
    }

    /**
     * A head that may carry inverted clitics: one word with no hyphen left ({@code Pouvez}, {@code a}); a
     * compound such as {@code Saint-Jean-de-la} or {@code Aix-les} keeps its hyphens and is not split.
     */
    private static boolean isVerbLike(String head) {
        return head.indexOf('-') < 0 && head.chars().allMatch(Character::isLetter);
    }

    private static boolean isYear(String t) {
        return t.length() == 4 && (t.startsWith("19") || t.startsWith("20")) && t.chars().allMatch(Character::isDigit);
    }
}
