package fr.enquete.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Labels typed by people compared without their accents and case ({@code Catégorie}, {@code categorie}): the text
 * decomposed (NFD), its combining marks removed, in lower case. One compiled pattern for every header, label and
 * keyword folded, instead of one compiled by each {@code replaceAll}.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** {@code s} without accents (its combining marks once decomposed), in lower case (root locale). */
    public static String unaccentedLowerCase(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
