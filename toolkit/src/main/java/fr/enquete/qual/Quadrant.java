package fr.enquete.qual;

import fr.enquete.model.Folding;
import java.util.Optional;

/**
 * The quadrants of a diagnostic grid: those of a SWOT (AFOM) grid (internal forces and weaknesses, external
 * opportunities and threats) and those of a CTG's (atouts, faiblesses, problématique, axes de travail). Which
 * four a grid shows is its {@link Grid}'s choice.
 */
public enum Quadrant {
    FORCE("force", "strength", true),
    FAIBLESSE("faiblesse", "weakness", true),
    OPPORTUNITE("opportunite", "opportunity", false),
    MENACE("menace", "threat", false),
    ATOUT("atout", "asset", true),
    PROBLEMATIQUE("problematique", "issue", false),
    AXE("axe", "line of work", false);

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
            java.util.Map.entry("threat", MENACE), java.util.Map.entry("threats", MENACE),
            java.util.Map.entry("atout", ATOUT), java.util.Map.entry("atouts", ATOUT),
            java.util.Map.entry("asset", ATOUT), java.util.Map.entry("assets", ATOUT),
            java.util.Map.entry("problematique", PROBLEMATIQUE), java.util.Map.entry("problematiques", PROBLEMATIQUE),
            java.util.Map.entry("issue", PROBLEMATIQUE), java.util.Map.entry("issues", PROBLEMATIQUE),
            java.util.Map.entry("axe", AXE), java.util.Map.entry("axes", AXE),
            java.util.Map.entry("axe de travail", AXE), java.util.Map.entry("axes de travail", AXE));

    /** Reads a quadrant in French or English, singular or plural, accents and capitals ignored ("Opportunités"). */
    public static Optional<Quadrant> parse(String text) {
        String k = Folding.unaccentedLowerCase(text.strip())
                .replaceAll("\\s+", " ");
        return Optional.ofNullable(SPELLINGS.get(k));
    }

    public static String codes() {
        return "force, faiblesse, opportunite, menace (or strength, weakness, opportunity, threat)"
                + " or, in a CTG grid, atout, faiblesse, problematique, axe";
    }
}
