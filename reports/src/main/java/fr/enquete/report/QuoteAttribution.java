package fr.enquete.report;

import fr.enquete.qual.Source;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Who said a quote, as an ABS annex credits it: the speaker's role then the source ("agent d'accueil, a19"); the
 * source alone when its role is unknown. A source code alone ("a19") tells a reader nothing. An interview is credited
 * by its number among the interviews, in file order ("directrice, entretien 2"), never by its file's name:
 * "02-directrice-centre-socioculturel" names where the one director of that centre works, which the annex's promise
 * of quotes "attribuées par fonction et non par nom" rules out. A questionnaire's respondent keeps its code.
 */
public final class QuoteAttribution {

    private final Map<String, String> roles;
    private final Map<String, String> names;

    /**
     * @param roles source id to role (empty or absent when unknown)
     * @param names source id to the name a reader sees ("entretien 2"), absent to show the id itself
     */
    public QuoteAttribution(Map<String, String> roles, Map<String, String> names) {
        this.roles = Map.copyOf(roles);
        this.names = Map.copyOf(names);
    }

    /** Roles from the sources' metadata; interviews ("entretien N") and imported documents ("document N") numbered in order. */
    public static QuoteAttribution of(Iterable<Source> sources, Lang lang) {
        Map<String, String> roles = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Labels labels = new Labels(lang);
        int interviews = 0;
        int documents = 0;
        for (Source s : sources) {
            if (!s.role().isBlank()) {
                roles.put(s.id(), s.role().strip());
            }
            if (s.kind() == Source.Kind.INTERVIEW) {
                names.put(s.id(), java.text.MessageFormat.format(labels.get("swot.credit.interview"), String.valueOf(++interviews)));
            } else if (s.kind() == Source.Kind.IMPORTED) {
                names.put(s.id(), java.text.MessageFormat.format(labels.get("swot.credit.document"), String.valueOf(++documents)));
            }
        }
        return new QuoteAttribution(roles, names);
    }

    /** "agent d'accueil, a19", "directrice, entretien 2", or "a19". */
    public String of(String source) {
        String role = roles.getOrDefault(source, "");
        String name = names.getOrDefault(source, source);
        return role.isEmpty() ? name : lowerFirst(role) + ", " + name;
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
