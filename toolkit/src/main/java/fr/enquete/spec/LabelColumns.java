package fr.enquete.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label columns of one XLSForm sheet ({@code label}, {@code label::Français (fr)}, pyxform's older
 * {@code label:English}) and which is read: the run's language when a column has it, else the default language's
 * (the settings' {@code default_language}), else the French one, else the first, as before.
 */
final class LabelColumns {

    private static final Pattern CODE = Pattern.compile("\\(\\s*([a-z]{2,3}(?:[-_][a-z0-9]+)*)\\s*\\)\\s*$");

    private final List<String> keys;
    private final String chosen;
    private final String usual;
    private final String used;
    private final int languages;

    private LabelColumns(List<String> keys, String chosen, String usual, String used, int languages) {
        this.keys = List.copyOf(keys);
        this.chosen = chosen;
        this.usual = usual;
        this.used = used;
        this.languages = languages;
    }

    /**
     * @param header          the sheet's column names, lower-cased
     * @param asked           the run's language ({@code fr}, {@code en})
     * @param defaultLanguage the settings' {@code default_language} (the language of a bare {@code label}), or null
     */
    static LabelColumns of(Collection<String> header, String asked, String defaultLanguage) {
        String fallback = defaultLanguage == null || defaultLanguage.isBlank() ? null : language(defaultLanguage.toLowerCase(Locale.ROOT));
        List<String> keys = new ArrayList<>();
        List<String> langs = new ArrayList<>();
        for (String k : header) {
            if (k.equals("label") || k.startsWith("label:")) {
                keys.add(k);
                String suffix = k.substring("label".length()).replaceFirst("^:+", "").strip();
                langs.add(suffix.isEmpty() ? fallback : language(suffix));
            }
        }
        String chosen = pick(keys, langs, asked);
        String usual = fallback != null ? pick(keys, langs, fallback) : null;
        usual = usual != null ? usual : pick(keys, langs, LabelLanguage.FRENCH);
        usual = usual != null ? usual : keys.isEmpty() ? null : keys.get(0);
        chosen = chosen != null ? chosen : usual;
        String used = chosen == null ? null : langs.get(keys.indexOf(chosen));
        return new LabelColumns(keys, chosen, usual, used, new HashSet<>(langs).size());
    }

    private static String pick(List<String> keys, List<String> langs, String asked) {
        for (int i = 0; i < keys.size(); i++) {
            if (LabelLanguage.is(langs.get(i), asked)) {
                return keys.get(i);
            }
        }
        return null;
    }

    /** "français (fr)" and "english (en)" by their codes, "french", "english", "fr", else the name as written. */
    private static String language(String name) {
        Matcher m = CODE.matcher(name);
        if (m.find()) {
            return m.group(1);
        }
        String n = name.strip();
        if (n.matches(".*(fran[cç]ais|french).*")) {
            return "fr";
        }
        if (n.matches(".*(english|anglais).*")) {
            return "en";
        }
        return n.isEmpty() ? null : n;
    }

    /** The row's label in the language read; the usual one, or any, when that cell is blank. */
    String label(Map<String, String> row) {
        String l = cell(row, chosen);
        return l.isEmpty() ? usual(row) : l;
    }

    /** The row's label as read before: the default language's, the French or the first column's, or any filled. */
    String usual(Map<String, String> row) {
        String l = cell(row, usual);
        if (!l.isEmpty()) {
            return l;
        }
        return keys.stream().map(k -> cell(row, k)).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }

    /** The row's wordings in every language, the one read first. */
    List<String> all(Map<String, String> row) {
        List<String> out = new ArrayList<>();
        out.add(label(row));
        keys.stream().map(k -> cell(row, k)).filter(s -> !s.isEmpty() && !out.contains(s)).forEach(out::add);
        return out;
    }

    /** The language of the labels read (a code, or a name as the column gives it), null when no column names one. */
    String used() {
        return used;
    }

    /** How many languages the label columns carry (a bare {@code label} without default language counting as one). */
    int languages() {
        return languages;
    }

    private static String cell(Map<String, String> row, String key) {
        String v = key == null ? null : row.get(key);
        return v == null ? "" : v.strip();
    }
}
