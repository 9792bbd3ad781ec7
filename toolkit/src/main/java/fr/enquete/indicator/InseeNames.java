package fr.enquete.indicator;

import fr.enquete.model.Folding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The départements and régions of INSEE's Code officiel géographique ({@code cog-articles.tsv}): their spelling and
 * the article French puts before them (TNCC: "le Pas-de-Calais", "de l'Ain", "d'Eure-et-Loir").
 */
public final class InseeNames {

    /**
     * @param name      INSEE's spelling
     * @param article   "le", "la", "les", "l'", or "" for none
     * @param charniere what "de" becomes before the name: "du", "de la", "des", "de l'", "d'" or "de"
     */
    public record Entry(String name, String article, String charniere) {
    }

    private static final Map<String, Entry> BY_FOLDED = load();

    private InseeNames() {
    }

    /** The entry of a département or région, its name folded (case and accents ignored), if it is one. */
    public static Optional<Entry> find(String name) {
        return Optional.ofNullable(BY_FOLDED.get(key(name)));
    }

    /**
     * INSEE's spelling of a name that differs from it in case only ("Pas-de-calais", as CAF tables print it, is
     * "Pas-de-Calais"); empty when the name is already so written or is no département or région.
     */
    public static Optional<String> spelling(String name) {
        return find(name).map(Entry::name)
                .filter(n -> !n.equals(name) && n.toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT)));
    }

    private static String key(String name) {
        return Folding.unaccentedLowerCase(name).replace('’', '\'').replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> out = new HashMap<>();
        try (InputStream in = InseeNames.class.getResourceAsStream("cog-articles.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                out.put(key(cols[0]), new Entry(cols[0], cols[1], cols[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
