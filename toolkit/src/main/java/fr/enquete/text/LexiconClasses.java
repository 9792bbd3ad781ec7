package fr.enquete.text;

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
}
