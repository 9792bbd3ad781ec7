package fr.enquete.privacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text: e-mail addresses, French phone numbers, postal addresses (a number, a
 * street type and a name, with the postcode and town when they follow), and people's names, after a
 * civility ({@code M.}, {@code Mme}, {@code Monsieur}, {@code Madame}, {@code Dr}...) or from a list (the
 * export's own name columns, a user's file). Each person gets a stable placeholder for the whole run
 * ({@code [personne 1]}: the same name always gives the same number, in order of first appearance), and
 * what was masked is kept for the report of what left the team.
 *
 * <p>One instance for one run (it numbers people); not thread-safe.
 */
public final class Pseudonymiser {

    public enum Kind { PERSON, PHONE, EMAIL, ADDRESS }

    /** Something masked: what it was and what replaced it. */
    public record Masked(Kind kind, String original, String placeholder) {
    }

    private static final Pattern EMAIL = Pattern.compile(PersonalData.EMAIL);
    private static final Pattern PHONE = Pattern.compile(PersonalData.PHONE);
    private static final String STREET = "rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|route|quai|cours|square"
            + "|résidence|lotissement|faubourg|sentier|passage|voie|esplanade|rond-point|parvis|cité|hameau";
    private static final String PARTICLE = "(?:de|du|des|la|le|les|l'|l’|d'|d’)";
    private static final String CIVILITIES = "M\\.|Mr\\.?|Mme\\.?|Mlle\\.?|Monsieur|Madame|Mademoiselle|Dr\\.?|Docteur|Docteure|Me"
            + "|Maître|Pr\\.?|Professeur";
    /** A capitalised word that is not itself a civility (so "M. Dupont Mme Claire Vasseur" is two people). */
    private static final String NAME_WORD = "(?!(?:" + CIVILITIES + ")(?![\\p{L}]))\\p{Lu}[\\p{L}'’-]*";
    /** Number, street type, the street's name (a first word, then particles and capitalised words), then "59800 Lille". */
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?i:" + STREET + ")(?![\\p{L}])"
            + "(?:\\s+" + PARTICLE + ")*\\s+[\\p{L}][\\p{L}'’-]*(?:\\s+(?:" + PARTICLE + "\\s*)*" + NAME_WORD + "){0,4}"
            + "(?:,?\\s+\\d{5}\\s+" + NAME_WORD + "(?:[ -]" + NAME_WORD + "){0,3})?", Pattern.UNICODE_CASE);
    private static final Pattern CIVILITY = Pattern.compile("(?<![\\p{L}])(" + CIVILITIES + ")\\s+(?!(?:Le|La|Les|L'|Du|De|Des)\\s)("
            + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,2})");

    private static final Pattern REPEATED = Pattern.compile("(\\[(?:personne|person) \\d+\\])(?:\\s+\\1)+");

    private final boolean french;
    private final Map<String, String> people = new LinkedHashMap<>();
    private final Map<String, Masked> masked = new LinkedHashMap<>();
    private final Set<String> ignore;
    private Pattern listed;

    /**
     * @param french  French placeholders ({@code [personne 1]}, {@code [téléphone]}) or English ones
     * @param names   names to mask wherever they appear (full names and their parts of three letters or more)
     * @param ignore  words never taken for a name part (the French stop words, for "Le", "De"...), lower case
     */
    public Pseudonymiser(boolean french, Collection<String> names, Set<String> ignore) {
        this.french = french;
        this.ignore = Set.copyOf(ignore);
        names.forEach(this::register);
        rebuild();
    }

    /** The text with every piece of personal data replaced. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String t = replace(EMAIL, text, m -> log(Kind.EMAIL, m.group(), placeholder("e-mail", "e-mail")));
        t = replace(PHONE, t, m -> log(Kind.PHONE, m.group(), placeholder("téléphone", "phone")));
        t = replace(ADDRESS, t, m -> log(Kind.ADDRESS, m.group().strip(), placeholder("adresse", "address")));
        boolean added = false;
        Matcher c = CIVILITY.matcher(t);
        while (c.find()) {
            added |= register(c.group(2));
        }
        if (added) {
            rebuild();
        }
        t = replace(CIVILITY, t, m -> m.group(1) + " " + person(m.group(2)));
        if (listed != null) {
            t = replace(listed, t, m -> person(m.group()));
        }
        // "Sophie Durand" found as two parts gives one person, not "[personne 1] [personne 1]".
        return REPEATED.matcher(t).replaceAll("$1");
    }

    /** What was masked so far, each original once, in order of first appearance. */
    public List<Masked> masked() {
        return List.copyOf(masked.values());
    }

    private String person(String name) {
        String key = key(name);
        String id = people.get(key);
        if (id == null) {
            // A name part ("Vasseur") maps to the person it belongs to.
            id = people.entrySet().stream().filter(e -> e.getKey().endsWith(" " + key) || e.getKey().startsWith(key + " "))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (id == null) {
            id = placeholder("personne " + (distinctPeople() + 1), "person " + (distinctPeople() + 1));
            people.put(key, id);
        }
        return log(Kind.PERSON, name, id);
    }

    private long distinctPeople() {
        return people.values().stream().distinct().count();
    }

    /** Registers a full name and its parts; returns whether anything was new. */
    private boolean register(String name) {
        String key = key(name);
        if (key.isEmpty() || people.containsKey(key)) {
            return false;
        }
        String id = placeholder("personne " + (distinctPeople() + 1), "person " + (distinctPeople() + 1));
        people.put(key, id);
        String[] parts = key.split(" ");
        if (parts.length == 2) {
            // Export columns give "Durand Sophie"; people write "Sophie Durand".
            people.putIfAbsent(parts[1] + " " + parts[0], id);
        }
        for (String part : parts) {
            if (part.length() >= 3 && !ignore.contains(part)) {
                people.putIfAbsent(part, id);
            }
        }
        return true;
    }

    /** One pattern for every registered name and part, longest first, whole words, case ignored. */
    private void rebuild() {
        if (people.isEmpty()) {
            listed = null;
            return;
        }
        List<String> keys = new ArrayList<>(people.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alt = new StringBuilder();
        for (String k : keys) {
            alt.append(alt.isEmpty() ? "" : "|").append(accentInsensitive(k));
        }
        listed = Pattern.compile("(?<![\\p{L}\\[])(?:" + alt + ")(?![\\p{L}\\]])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A regex for a folded name that matches its accented spellings too ("helene" finds "Hélène"). */
    private static String accentInsensitive(String key) {
        StringBuilder b = new StringBuilder();
        for (char ch : key.toCharArray()) {
            switch (ch) {
                case 'e' -> b.append("[eéèêë]");
                case 'a' -> b.append("[aàâä]");
                case 'i' -> b.append("[iîï]");
                case 'o' -> b.append("[oôö]");
                case 'u' -> b.append("[uùûü]");
                case 'c' -> b.append("[cç]");
                case ' ' -> b.append("\\s+");
                default -> b.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return b.toString();
    }

    static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('’', '\'').replaceAll("\\s+", " ");
    }

    private String log(Kind kind, String original, String placeholder) {
        masked.putIfAbsent(kind + "\u0000" + original, new Masked(kind, original, placeholder));
        return placeholder;
    }

    private String placeholder(String fr, String en) {
        return "[" + (french ? fr : en) + "]";
    }

    private static String replace(Pattern p, String text, Function<Matcher, String> by) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
