package fr.enquete.privacy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * French first names (about 3 600, from {@code prenoms.txt}; source and licence in its header and in
 * {@code prenoms-LICENSE.txt}). Some are also ordinary words ("Claire", "Pierre", "Rose"): those are flagged so
 * that a capital at a sentence start is not taken for a person.
 */
public final class FirstNames {

    private static final String RESOURCE = "/fr/enquete/privacy/prenoms.txt";
    private static final Map<String, Boolean> NAMES = load();
    /** The first parts of the list's compound names ("jean", "marie", "anne"): they start compounds the list lacks too ("Marie-Jo"). */
    private static final Set<String> COMPOUND_STARTS = NAMES.keySet().stream().filter(n -> n.contains("-"))
            .map(n -> n.substring(0, n.indexOf('-'))).collect(Collectors.toUnmodifiableSet());

    private FirstNames() {
    }

    /** Whether {@code word} (any case or accents) is a known first name. */
    public static boolean contains(String word) {
        return NAMES.containsKey(Pseudonymiser.key(word));
    }

    /** Whether the first name {@code word} is also an ordinary French word ("claire", "pierre"). */
    public static boolean isAlsoAWord(String word) {
        return Boolean.TRUE.equals(NAMES.get(Pseudonymiser.key(word)));
    }

    /** Whether the first name {@code word} starts compound first names of the list ("Jean", "Marie"; not "Billy"). */
    public static boolean startsCompounds(String word) {
        return COMPOUND_STARTS.contains(Pseudonymiser.key(word));
    }

    private static Map<String, Boolean> load() {
        Map<String, Boolean> names = new HashMap<>();
        for (String[] cols : TabbedResource.rows(RESOURCE)) {
            names.put(Pseudonymiser.key(cols[0]), cols.length > 1 && cols[1].strip().equals("commun"));
        }
        return Map.copyOf(names);
    }
}
