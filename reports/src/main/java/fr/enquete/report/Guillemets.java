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

    /** {@code « text »}, the spaces inside the marks no-break ones. */
    public static String around(String text) {
        return "«" + NBSP + text + NBSP + "»";
    }
}
