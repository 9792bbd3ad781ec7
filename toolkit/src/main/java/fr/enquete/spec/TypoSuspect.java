package fr.enquete.spec;

import fr.enquete.model.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Whether an answer seen once looks like a typo of a frequent one ("Oiu" for "Oui", "Tres satisfaits" for
 * "Très satisfait"), and not like another answer of the list: an edit that changes a number ("8-9 hours",
 * "3-4 hours"), a negation prefix ("insatisfait", "dissatisfied") or a scale word ("Always", "Almost") gives
 * an opposite answer, and two different short words ("China", "Chile") are names, not slips.
 */
final class TypoSuspect {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final List<String> NEGATIONS = List.of("in", "im", "il", "ir", "dis", "un", "non", "non-", "des", "de",
            "mal", "me");
    /** Words that place an answer on a scale: changing one changes the answer. */
    private static final Set<String> SCALE_WORDS = Set.of("tres", "plutot", "peu", "pas", "assez", "tout", "trop",
            "jamais", "rarement", "parfois", "souvent", "toujours", "ne", "non", "oui", "plus", "moins", "aucun",
            "very", "somewhat", "not", "no", "yes", "slightly", "extremely", "fairly", "quite", "never", "rarely",
            "sometimes", "often", "always", "almost", "more", "less", "most", "least", "strongly", "neither", "nor",
            "good", "bad", "poor", "fair", "bien", "mal", "bon", "mauvais", "high", "low", "haut", "bas");

    private TypoSuspect() {
    }

    static boolean likelyTypo(String rare, String common) {
        String r = fold(rare);
        String c = fold(common);
        if (r.equals(c)) {
            return true;
        }
        if (!numbers(r).equals(numbers(c))) {
            return false;
        }
        List<String> rw = words(r);
        List<String> cw = words(c);
        if (rw.size() == cw.size()) {
            for (int i = 0; i < rw.size(); i++) {
                String a = rw.get(i);
                String b = cw.get(i);
                if (!a.equals(b) && (negationOf(a, b) || negationOf(b, a) || SCALE_WORDS.contains(a) && SCALE_WORDS.contains(b))) {
                    return false;
                }
            }
        } else {
            // A word added or dropped: "pas", "not", "very" change the answer.
            List<String> longer = rw.size() > cw.size() ? rw : cw;
            List<String> shorter = longer == rw ? cw : rw;
            if (longer.stream().anyMatch(w -> SCALE_WORDS.contains(w) && !shorter.contains(w))) {
                return false;
            }
        }
        String a = r.replaceAll("[^a-z0-9]", "");
        String b = c.replaceAll("[^a-z0-9]", "");
        if (a.equals(b) || transposed(a, b)) {
            return true;
        }
        // One slip per six letters: "Chile" is not a typo of "China" (two edits in five letters).
        int allowed = Math.max(1, Math.min(a.length(), b.length()) / 6);
        return DISTANCE.apply(a, b) <= allowed;
    }

    private static boolean negationOf(String word, String other) {
        return NEGATIONS.stream().anyMatch(p -> word.equals(p + other));
    }

    /** Two neighbouring letters swapped ("Oiu" for "Oui"). */
    private static boolean transposed(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first >= 0) {
                    return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
                            && a.substring(i + 1).equals(b.substring(i + 1));
                }
                first = i;
            }
        }
        return false;
    }

    private static List<String> numbers(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.split("[^a-z0-9-]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String fold(String s) {
        return Folding.unaccentedLowerCase(s.strip());
    }
}
