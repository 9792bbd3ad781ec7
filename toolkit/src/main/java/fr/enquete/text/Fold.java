package fr.enquete.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds case and accents, so that {@code Séniors}, {@code séniors} and {@code seniors} group together. */
final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
