package fr.enquete.indicator;

import fr.enquete.model.Folding;
import java.util.Optional;

/**
 * What an indicator's value counts. Only shares ({@link #PERCENT}) are compared in percentage points; every other
 * unit is compared as a ratio ("1,25 fois") and a relative gap.
 */
public enum Unit {
    NUMBER(""), PERCENT("%"), EURO("€"), POINTS("pts"),
    /** A rate per 1 000 (AAH: 32,8 beneficiaries per 1 000 people aged 20-59): checked against its numerator and
     * denominator times 1 000, compared as a ratio like other rates. */
    PER_MILLE("‰");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    /** How many of a share's denominator the value counts: 100 for %, 1 000 for ‰, 0 for units that are not rates. */
    public double scale() {
        return this == PERCENT ? 100 : this == PER_MILLE ? 1000 : 0;
    }

    /** What follows the number when it is printed ("%", "€", "pts", "‰", or nothing). */
    public String symbol() {
        return symbol;
    }

    /** A unit as written in a file: %, €, euros, pts, points, nombre, effectif, taux...; empty for an unknown word. */
    public static Optional<Unit> parse(String text) {
        String t = Folding.unaccentedLowerCase(text.strip());
        return switch (t) {
            case "%", "pourcent", "pourcentage", "part", "percent", "taux %" -> Optional.of(PERCENT);
            case "€", "eur", "euro", "euros" -> Optional.of(EURO);
            case "pts", "pt", "point", "points", "points de %" -> Optional.of(POINTS);
            case "‰", "pour 1000", "pour 1 000", "pour mille", "per 1000", "per 1,000", "per mille" -> Optional.of(PER_MILLE);
            case "", "nombre", "nb", "effectif", "number", "count", "indice", "index", "taux", "rate", "pour 100",
                 "pour 100 000" -> Optional.of(NUMBER);
            default -> Optional.empty();
        };
    }
}
