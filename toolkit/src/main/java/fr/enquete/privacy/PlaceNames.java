package fr.enquete.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places of several words whose first word is a first name ("Billy-Berclau", a commune; "Alma Épeule", two quarters of
 * Roubaix), from {@code places-nord-pas-de-calais.tsv} (sources in its header). Texts copied from PDFs lose the hyphens
 * ("Billy Berclau"), which then read as a first name and a surname: found here, they are the place.
 */
final class PlaceNames {

    private static final String RESOURCE = "/fr/enquete/privacy/places-nord-pas-de-calais.tsv";
    /** Between a place's words: spaces or hyphens, as the texts write them. */
    private static final Pattern SEPARATOR = Pattern.compile("[\\s-]+");
    /** For a first word, the rest of each place it starts, as folded words ("billy" gives ["berclau"], ["montigny"]). */
    private static final Map<String, List<List<String>>> BY_FIRST_WORD = load();
    private static final Pattern WORD = Pattern.compile("\\G[\\s-]+([\\p{L}'’]+)");

    private PlaceNames() {
    }

    /**
     * The end of the listed place that the word at {@code from} starts in {@code text}, its words separated by spaces or
     * hyphens (any case or accents), the longest such place; -1 when none does.
     */
    static int placeEnd(String text, int from, String firstWord) {
        List<List<String>> rests = BY_FIRST_WORD.get(Pseudonymiser.key(firstWord));
        if (rests == null) {
            return -1;
        }
        int best = -1;
        for (List<String> rest : rests) {
            Matcher w = WORD.matcher(text);
            int pos = from + firstWord.length();
            boolean all = true;
            for (String word : rest) {
                if (pos > text.length() || !w.find(pos) || !Pseudonymiser.key(w.group(1)).equals(word)) {
                    all = false;
                    break;
                }
                pos = w.end();
            }
            // A whole word of the text: "Billy Berclaumont" is not "Billy-Berclau".
            if (all && (pos == text.length() || !Character.isLetter(text.charAt(pos)))) {
                best = Math.max(best, pos);
            }
        }
        return best;
    }

    private static Map<String, List<List<String>>> load() {
        Map<String, List<List<String>>> places = new HashMap<>();
        for (String[] cols : TabbedResource.rows(RESOURCE)) {
            String[] words = SEPARATOR.split(Pseudonymiser.key(cols[1]));
            // Only a first name's place matters, and a single word is no place: "Marie" alone is someone.
            if (words.length > 1 && FirstNames.contains(words[0])) {
                places.computeIfAbsent(words[0], k -> new ArrayList<>()).add(List.of(words).subList(1, words.length));
            }
        }
        places.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(places);
    }
}
