package fr.enquete.qual;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Theme and item names as one thing whatever their typing: "Délais d’accès" (typographic apostrophe), "délais
 * d'accès", "Délais  d'accès", "Délais d' accès" and "Delais d'acces." (accents left out, a final full stop) are one
 * item, as spec choices are matched. The first spelling registered (the codebook's, else the first
 * met) is the one shown.
 */
public final class CodeNames {

    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018\u02BC\u2032\u00B4`]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u202F]+");

    private final Map<String, String> spellings = new HashMap<>();

    /**
     * What names that are one compare as: apostrophes made ASCII with no space around them, runs of spaces one space,
     * lower case without accents, no final full stop.
     */
    public static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFC);
        n = APOSTROPHES.matcher(n).replaceAll("'");
        n = fr.enquete.model.Folding.unaccentedLowerCase(SPACES.matcher(n).replaceAll(" ").strip()).replaceAll(" ?' ?", "'");
        return n.endsWith(".") ? n.substring(0, n.length() - 1).strip() : n;
    }

    /** The spelling shown for {@code name}: the first registered that is the same name, else {@code name} (then registered). */
    public String spelling(String name) {
        return spellings.computeIfAbsent(key(name), k -> name);
    }

    /** The spelling registered for {@code name}'s key, if any, without registering it. */
    public java.util.Optional<String> known(String name) {
        return java.util.Optional.ofNullable(spellings.get(key(name)));
    }
}
