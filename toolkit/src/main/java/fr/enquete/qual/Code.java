package fr.enquete.qual;

/**
 * A code put on a segment: a theme, a quadrant and the SWOT item within them.
 *
 * @param item   the item's wording, as it appears in the grid (the theme's name when coded without item)
 * @param origin who coded it; manual codes win over the codebook's
 */
public record Code(String theme, Quadrant quadrant, String item, Origin origin) {

    public enum Origin { MANUAL, CODEBOOK, IMPORTED }
}
