package fr.enquete.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = FirstNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                names.put(Pseudonymiser.key(cols[0]), cols.length > 1 && cols[1].strip().equals("commun"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
