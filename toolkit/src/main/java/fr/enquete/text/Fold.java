package fr.enquete.text;

import fr.enquete.model.Folding;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds case and accents, so that {@code Séniors}, {@code séniors} and {@code seniors} group together, and the
 * ligatures œ and æ, so that {@code cœur} and {@code coeur} do too. A word's final {@code é} is kept: it makes
 * another word ({@code âgé} is not {@code âge}, {@code retraité} not {@code retraite}, {@code marché} not
 * {@code marche}).
 */
final class Fold {

    /** A word's final é: the participle's and adjective's ending ("âgé", "retraité", "marché"). */
    private static final Pattern FINAL_E_ACUTE = Pattern.compile("é(?![\\p{L}\\p{M}])");

    private Fold() {
    }

    static String fold(String s) {
        String lower = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        Matcher m = FINAL_E_ACUTE.matcher(lower);
        StringBuilder out = new StringBuilder(lower.length() + 2);
        int at = 0;
        while (m.find()) {
            out.append(plain(lower.substring(at, m.start()))).append('é');
            at = m.end();
        }
        return out.append(plain(lower.substring(at))).toString();
    }

    private static String plain(String s) {
        return Folding.unaccentedLowerCase(s.replace("œ", "oe").replace("æ", "ae")).replace('’', '\'');
    }
}
