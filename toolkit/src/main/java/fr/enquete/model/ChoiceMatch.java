package fr.enquete.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an answer is matched to a listed choice: exactly, then loosely (case, spacing and a final full stop
 * ignored), so that "Oui, plutôt" counts for "Oui, plutôt.".
 */
public final class ChoiceMatch {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private ChoiceMatch() {
    }

    /** The listed choice {@code value} counts under, or {@code value} itself when none matches. */
    public static String match(List<String> choices, String value) {
        for (String c : choices) {
            if (c.equals(value)) {
                return c;
            }
        }
        String k = looseKey(value);
        for (String c : choices) {
            if (looseKey(c).equals(k)) {
                return c;
            }
        }
        return value;
    }

    public static String looseKey(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        t = SPACES.matcher(t).replaceAll(" ").strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }
}
