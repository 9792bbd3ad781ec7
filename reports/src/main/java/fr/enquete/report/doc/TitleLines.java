package fr.enquete.report.doc;

import java.awt.Font;
import java.util.regex.Pattern;

/**
 * Where a title must break so that a hyphenated place name stays whole: Word breaks a line after a hyphen, so the
 * cover's "Indicateurs : Lens, Pas-de-Calais" read "… Lens, Pas-de-" over "Calais". A no-break hyphen would keep it
 * whole, but Word's search and text extraction then no longer find "Pas-de-Calais" in the title. Instead the title is
 * measured as Word lays it out (the document's font and the title style's size, breaking at spaces), and a line break
 * replaces the space before a compound that would not fit on its line. A dash never starts a line.
 */
final class TitleLines {

    /** A dash after a space: an incise's or a subtitle's ("Convention territoriale globale – Lens"). */
    private static final Pattern DASH = Pattern.compile(" ([–—])");
    /** A hyphen inside a word: "Pas-de-Calais", "Saint-Pol-sur-Ternoise". */
    private static final Pattern COMPOUND = Pattern.compile("\\p{L}-\\p{L}");

    private TitleLines() {
    }

    /**
     * {@code title} with "\n" in place of each space before a hyphenated word that would otherwise start on the line
     * and end on the next; unchanged when it fits, or when such a word is longer than a line anyway.
     *
     * @param width the line's width in twips, as {@link WordTableLayout#width} measures
     */
    static String of(String title, Font font, double width) {
        // A dash keeps to the word before it ("Convention territoriale globale" over "– Lens" started a line with it):
        // a no-break space before it, as French typography has before an incise's dash.
        String[] words = DASH.matcher(title).replaceAll("\u00A0$1").split(" ", -1);
        StringBuilder out = new StringBuilder(words[0]);
        String line = words[0];
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            String longer = line + " " + w;
            if (WordTableLayout.width(longer, font) <= width) {
                out.append(' ').append(w);
                line = longer;
            } else if (COMPOUND.matcher(w).find() && WordTableLayout.width(w, font) <= width) {
                // Word would fit the compound's first parts on this line and the rest on the next.
                out.append('\n').append(w);
                line = w;
            } else {
                // Word breaks at this space itself.
                out.append(' ').append(w);
                line = w;
            }
        }
        return out.toString();
    }
}
