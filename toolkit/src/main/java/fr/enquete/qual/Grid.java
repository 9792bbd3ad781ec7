package fr.enquete.qual;

import fr.enquete.model.Folding;
import java.util.List;
import java.util.Optional;

/**
 * The vocabulary of a diagnostic grid and its four quadrants in reading order: the SWOT (AFOM) grid, or the
 * grid of a Convention territoriale globale (CAF): Atouts / Faiblesses / Problématique / Axes de travail.
 */
public enum Grid {
    AFOM("afom", List.of(Quadrant.FORCE, Quadrant.FAIBLESSE, Quadrant.OPPORTUNITE, Quadrant.MENACE)),
    CTG("ctg", List.of(Quadrant.ATOUT, Quadrant.FAIBLESSE, Quadrant.PROBLEMATIQUE, Quadrant.AXE));

    private final String code;
    private final List<Quadrant> quadrants;

    Grid(String code, List<Quadrant> quadrants) {
        this.code = code;
        this.quadrants = quadrants;
    }

    public String code() {
        return code;
    }

    /** The four quadrants, in the order the grid is read and printed. */
    public List<Quadrant> quadrants() {
        return quadrants;
    }

    /**
     * The quadrant of this grid a code's quadrant goes to: itself, or its synonym (a force is an atout and the
     * other way round); empty when the grid has no such quadrant (a menace in a CTG grid).
     */
    public Optional<Quadrant> fit(Quadrant q) {
        if (quadrants.contains(q)) {
            return Optional.of(q);
        }
        if (q == Quadrant.FORCE && this == CTG) {
            return Optional.of(Quadrant.ATOUT);
        }
        if (q == Quadrant.ATOUT && this == AFOM) {
            return Optional.of(Quadrant.FORCE);
        }
        return Optional.empty();
    }

    /** The quadrants' codes, for messages: "atout, faiblesse, problematique, axe". */
    public String codes() {
        return String.join(", ", quadrants.stream().map(Quadrant::code).toList());
    }

    /** Reads "afom" (or "swot") and "ctg", capitals and accents ignored. */
    public static Optional<Grid> parse(String text) {
        String k = Folding.unaccentedLowerCase(text.strip());
        return switch (k) {
            case "afom", "swot" -> Optional.of(AFOM);
            case "ctg" -> Optional.of(CTG);
            default -> Optional.empty();
        };
    }
}
