package fr.enquete.report;

import fr.enquete.qual.Source;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Who said a quote, as an ABS annex credits it: the speaker's role then the source ("agent d'accueil, a19"); the
 * source alone when its role is unknown. A source code alone ("a19") tells a reader nothing.
 */
public final class QuoteAttribution {

    private final Map<String, String> roles;

    /** @param roles source id to role (empty or absent when unknown) */
    public QuoteAttribution(Map<String, String> roles) {
        this.roles = Map.copyOf(roles);
    }

    public static QuoteAttribution of(Iterable<Source> sources) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (Source s : sources) {
            if (!s.role().isBlank()) {
                roles.put(s.id(), s.role().strip());
            }
        }
        return new QuoteAttribution(roles);
    }

    /** "agent d'accueil, a19", or "a19". */
    public String of(String source) {
        String role = roles.getOrDefault(source, "");
        return role.isEmpty() ? source : lowerFirst(role) + ", " + source;
    }

    /** "«&nbsp;Le logement est saturé&nbsp;» — agent d'accueil, a11": a quote in guillemets, then who said it. */
    public String quoted(String text, String source) {
        return Guillemets.around(text) + " — " + of(source);
    }

    /** "Agent d'accueil" reads "agent d'accueil" inside a sentence; an acronym ("CCAS") stays as it is. */
    private static String lowerFirst(String role) {
        if (role.length() > 1 && Character.isUpperCase(role.charAt(0)) && Character.isLowerCase(role.charAt(1))) {
            return role.substring(0, 1).toLowerCase(Locale.ROOT) + role.substring(1);
        }
        return role;
    }
}
