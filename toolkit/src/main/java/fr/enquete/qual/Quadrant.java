package fr.enquete.qual;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** The four quadrants of a SWOT (AFOM) grid: internal forces and weaknesses, external opportunities and threats. */
public enum Quadrant {
    FORCE("force", "strength", true),
    FAIBLESSE("faiblesse", "weakness", true),
    OPPORTUNITE("opportunite", "opportunity", false),
    MENACE("menace", "threat", false);

    private final String code;
    private final String english;
    private final boolean internal;

    Quadrant(String code, String english, boolean internal) {
        this.code = code;
        this.english = english;
        this.internal = internal;
    }

    /** The code used in files: force, faiblesse, opportunite, menace. */
    public String code() {
        return code;
    }

    public boolean internal() {
        return internal;
    }

    private static final java.util.Map<String, Quadrant> SPELLINGS = java.util.Map.ofEntries(
            java.util.Map.entry("force", FORCE), java.util.Map.entry("forces", FORCE),
            java.util.Map.entry("strength", FORCE), java.util.Map.entry("strengths", FORCE),
            java.util.Map.entry("faiblesse", FAIBLESSE), java.util.Map.entry("faiblesses", FAIBLESSE),
            java.util.Map.entry("weakness", FAIBLESSE), java.util.Map.entry("weaknesses", FAIBLESSE),
            java.util.Map.entry("opportunite", OPPORTUNITE), java.util.Map.entry("opportunites", OPPORTUNITE),
            java.util.Map.entry("opportunity", OPPORTUNITE), java.util.Map.entry("opportunities", OPPORTUNITE),
            java.util.Map.entry("menace", MENACE), java.util.Map.entry("menaces", MENACE),
            java.util.Map.entry("threat", MENACE), java.util.Map.entry("threats", MENACE));

    /** Reads a quadrant in French or English, singular or plural, accents and capitals ignored ("Opportunités"). */
    public static Optional<Quadrant> parse(String text) {
        String k = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return Optional.ofNullable(SPELLINGS.get(k));
    }

    public static String codes() {
        return "force, faiblesse, opportunite, menace (or strength, weakness, opportunity, threat)";
    }
}
