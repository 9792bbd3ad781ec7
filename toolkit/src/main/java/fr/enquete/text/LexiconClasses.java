package fr.enquete.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The classes a word can have in LanguageTool's French lexicon, a feature of the POS model: the first letters of its
 * tags (N noun, J adjective, A adverb, D determiner, P preposition, R pronoun, K number, C conjunction, Z proper
 * noun...; "PD" for a contraction such as "du", "CS" for a subordinating conjunction; a verb form is V and its mood,
 * "Vp" past participle, "Vg" present participle, "Vi" infinitive, "Vf" finite, followed by "x" for the auxiliaries
 * être and avoir), sorted and joined ("JNVp" for "porté"), "?" for a word the lexicon does not know. A capitalised
 * word also has its own readings ("Paris": a proper noun, "paris": a noun). Not thread-safe (one per tagger); recent
 * answers are remembered.
 */
final class LexiconClasses {

    private static final int REMEMBERED = 50_000;

    private final DictionaryLookup lookup = new DictionaryLookup(Models.dictionary());
    private final Map<String, String> known = new HashMap<>();

    String of(String form) {
        String classes = known.get(form);
        if (classes == null) {
            TreeSet<String> letters = new TreeSet<>();
            String lower = form.toLowerCase(Locale.ROOT);
            add(lookup.lookup(lower), letters);
            if (!lower.equals(form)) {
                add(lookup.lookup(form), letters);
            }
            classes = letters.isEmpty() ? "?" : String.join("", letters);
            if (known.size() >= REMEMBERED) {
                known.clear();
            }
            known.put(form, classes);
        }
        return classes;
    }

    private static void add(List<WordData> readings, TreeSet<String> letters) {
        for (WordData wd : readings) {
            String tag = wd.getTag() == null ? "" : wd.getTag().toString();
            if (!tag.isEmpty()) {
                letters.add(letter(tag));
            }
        }
    }

    private static String letter(String tag) {
        if (tag.startsWith("P+D")) {
            return "PD";
        }
        if (tag.startsWith("C sub")) {
            return "CS";
        }
        if (tag.startsWith("V")) {
            String mood = tag.contains(" ppa") ? "p" : tag.contains(" ppr") ? "g" : tag.contains(" inf") ? "i" : "f";
            return "V" + mood + (tag.startsWith("V etre") || tag.startsWith("V avoir") ? "x" : "");
        }
        return tag.substring(0, 1);
    }

    /**
     * Whether the lexicon rules out {@code adjective} as an adjective of {@code noun}: every reading of the first as an
     * adjective or past participle differs in gender or number from every reading of the second as a noun ("uni", masculine
     * singular, and "cités", feminine plural). False when either has no such reading (a name the lexicon does not know).
     */
    boolean disagree(String adjective, String noun) {
        List<String> a = agreement(adjective, "J", "V ppa");
        List<String> n = agreement(noun, "N");
        if (a.isEmpty() || n.isEmpty()) {
            return false;
        }
        for (String x : a) {
            for (String y : n) {
                if (compatible(x.charAt(0), y.charAt(0)) && compatible(x.charAt(1), y.charAt(1))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Gender and number of the readings of a word starting with one of the prefixes: "ms", "fp", "e*" ("*": either). */
    private List<String> agreement(String word, String... prefixes) {
        List<String> out = new ArrayList<>();
        for (WordData wd : lookup.lookup(word.toLowerCase(Locale.ROOT))) {
            String tag = wd.getTag() == null ? "" : wd.getTag().toString();
            for (String prefix : prefixes) {
                if (tag.startsWith(prefix + " ")) {
                    String[] parts = tag.substring(prefix.length() + 1).split(" ");
                    if (parts.length >= 2) {
                        char gender = parts[0].length() == 1 ? parts[0].charAt(0) : '*';
                        // the lexicon appends a frequency class to its tags' last field ("J m sJ")
                        char number = parts[1].startsWith("sp") || parts[1].isEmpty() ? '*' : parts[1].charAt(0);
                        out.add("" + (gender == 'e' ? '*' : gender) + number);
                    }
                }
            }
        }
        return out;
    }

    private static boolean compatible(char x, char y) {
        return x == '*' || y == '*' || x == y;
    }
}
