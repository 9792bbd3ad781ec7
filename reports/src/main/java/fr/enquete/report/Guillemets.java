package fr.enquete.report;

/**
 * French quotation marks around a quote, with the no-break spaces French typography puts inside them: with plain
 * spaces a renderer may break a line just inside the marks and leave « or » alone at a line's start or end (seen in
 * the Word report: a verbatim's closing » alone on its line).
 */
public final class Guillemets {

    private static final char NBSP = '\u00A0';

    private Guillemets() {
    }

    private static final java.util.regex.Pattern BEFORE = java.util.regex.Pattern.compile("[ \\t]+([?!;:»])");
    private static final java.util.regex.Pattern AFTER = java.util.regex.Pattern.compile("«[ \\t]+");

    /**
     * A French text (a question's wording, a heading) with the spaces before "?", "!", ";", ":" and "»" and after
     * "«" made no-break ones, as French typography has them: with a plain space a heading broke before its
     * question mark, which started the next line alone ("… (quartier prioritaire de la ville)" / "? × Enregistrez-vous").
     */
    public static String frenchSpaces(String text) {
        if (!spaced(text)) {
            return text; // most texts have nothing to replace: the patterns are not run on them
        }
        String t = BEFORE.matcher(text).replaceAll(NBSP + "$1");
        return AFTER.matcher(t).replaceAll("«" + NBSP);
    }

    /** Whether {@link #BEFORE} or {@link #AFTER} may match: a space or tab before "?", "!", ";", ":" or "»", or a "«". */
    private static boolean spaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '«' || i > 0 && (c == '?' || c == '!' || c == ';' || c == ':' || c == '»')
                    && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code « text »}, the spaces inside the marks no-break ones, and the text's own before "?", ":", ";", "!" too: a
     * respondent's "Solidarités ?" broke before its question mark in the SWOT grid, which started a line with "? »".
     * Only spaces change, never the words quoted.
     */
    public static String around(String text) {
        return "«" + NBSP + frenchSpaces(text) + NBSP + "»";
    }
}
