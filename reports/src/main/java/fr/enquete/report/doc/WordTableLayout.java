package fr.enquete.report.doc;

import fr.enquete.report.ResultTable;
import fr.enquete.report.chart.Fonts;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;

/**
 * The column widths of a Word table, measured with the font the document uses (DejaVu Sans 9 pt, shipped, so the
 * same on every machine): no column is narrower than its longest word (a header wraps only between words, "Rang"
 * never becomes "Ran/g"), and the room left goes to the columns with long text. A table whose words do not fit
 * the portrait page's width goes on a landscape page.
 */
record WordTableLayout(long[] widths, boolean landscape) {

    /** A4 with 2.5 cm margins, in twentieths of a point. */
    static final long PORTRAIT_CONTENT = Math.round(16 / 2.54 * 1440);
    static final long LANDSCAPE_CONTENT = Math.round(24.7 / 2.54 * 1440);

    /** Left and right cell margins (100 twips each, see DocxReportWriter) and a little slack for rounding in renderers. */
    private static final double PADDING = 200 + 60;
    /** A text column's comfortable width: longer text wraps. */
    private static final double PREFERRED_CAP = 5.5 / 2.54 * 1440;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Font REGULAR = Fonts.regular(9);
    private static final Font BOLD = Fonts.bold(9);

    static WordTableLayout of(ResultTable t) {
        int cols = t.header().size();
        double[] min = new double[cols];
        double[] pref = new double[cols];
        // The same with each header on two lines at most: when the page is short of room, a header's wrapping costs one
        // line of one row, where the long labels of the first column wrapped to five lines in every row (the
        // indicator portrait's "Variation sur 5 ans (Pas-de-Calais)" took their room).
        double[] tight = new double[cols];
        // Each heading's narrowest width on two lines, capped as a preference is.
        double[] headOnTwo = new double[cols];
        for (int c = 0; c < cols; c++) {
            min[c] = least(t, c);
            double head = lines(t.header().get(c), BOLD);
            pref[c] = Math.min(PREFERRED_CAP, head);
            headOnTwo[c] = Math.min(PREFERRED_CAP, twoLines(t.header().get(c), BOLD));
            tight[c] = headOnTwo[c];
            for (List<String> row : t.rows()) {
                String text = row.get(c);
                double body = Math.min(PREFERRED_CAP, lines(text, REGULAR));
                pref[c] = Math.max(pref[c], body);
                tight[c] = Math.max(tight[c], body);
            }
            pref[c] = Math.max(min[c], pref[c] + PADDING);
            tight[c] = Math.max(min[c], tight[c] + PADDING);
        }
        double sumMin = sum(min);
        boolean landscape = sumMin > PORTRAIT_CONTENT;
        double available = landscape ? LANDSCAPE_CONTENT : PORTRAIT_CONTENT;
        if (sum(pref) > available) {
            pref = tight;
            // Each heading on two lines at most, when there is room for them all ("Échéances / de / réalisation").
            double[] twoLineMin = new double[cols];
            for (int c = 0; c < cols; c++) {
                twoLineMin[c] = Math.max(min[c], headOnTwo[c] + PADDING);
            }
            if (sum(twoLineMin) <= available) {
                min = twoLineMin;
                sumMin = sum(min);
            }
        }
        double sumPref = sum(pref);
        double[] w = new double[cols];
        if (sumPref <= available) {
            for (int c = 0; c < cols; c++) {
                w[c] = pref[c] * available / sumPref;
            }
        } else if (sumMin <= available) {
            w = squeezed(min, pref, available - sumMin);
        } else {
            // Wider than a landscape page even at its longest words: shrink all alike (words may break).
            for (int c = 0; c < cols; c++) {
                w[c] = min[c] * available / sumMin;
            }
        }
        long[] widths = new long[cols];
        for (int c = 0; c < cols; c++) {
            widths[c] = (long) Math.floor(w[c]);
        }
        return new WordTableLayout(widths, landscape);
    }

    /** The narrowest column {@code c} can be, in twips, its padding included: its longest word or number. */
    private static double least(ResultTable t, int c) {
        double min = words(t.header().get(c), BOLD);
        for (List<String> row : t.rows()) {
            String text = row.get(c);
            // A number never wraps, but may before what it is followed by in brackets ("-15 pts" over "(2013)": a
            // one-row table of targets took a landscape page of its own); text wraps at spaces (a no-break space
            // holds "45,05 %" together).
            min = Math.max(min, t.numeric(c) ? lines(text.replace(" (", "\n("), REGULAR) : words(text, REGULAR));
        }
        return min + PADDING;
    }

    /** Whether the table's columns, each at its longest word, fit {@code room} twips side by side. */
    static boolean fits(ResultTable t, long room) {
        double total = 0;
        for (int c = 0; c < t.header().size(); c++) {
            total += least(t, c);
        }
        return total <= room;
    }

    /**
     * Widths between each column's least and preferred when not all can have the latter: a column that needs no
     * more than an even share of the room left gets all it needs (a date, "Durée de la CTG", stays on one line),
     * again until none does; the others share the rest in proportion to what they lack (long text wraps anyway).
     */
    private static double[] squeezed(double[] min, double[] pref, double room) {
        int cols = min.length;
        double[] w = min.clone();
        boolean[] done = new boolean[cols];
        double left = room;
        boolean changed = true;
        while (changed) {
            changed = false;
            int open = 0;
            for (int c = 0; c < cols; c++) {
                open += done[c] ? 0 : 1;
            }
            double share = open == 0 ? 0 : left / open;
            for (int c = 0; c < cols; c++) {
                if (!done[c] && pref[c] - min[c] <= share) {
                    w[c] = pref[c];
                    left -= pref[c] - min[c];
                    done[c] = true;
                    changed = true;
                }
            }
        }
        double lacking = 0;
        for (int c = 0; c < cols; c++) {
            lacking += done[c] ? 0 : pref[c] - min[c];
        }
        for (int c = 0; c < cols && lacking > 0; c++) {
            if (!done[c]) {
                w[c] = min[c] + left * (pref[c] - min[c]) / lacking;
            }
        }
        return w;
    }

    /** The widest word, in twips. */
    private static double words(String text, Font font) {
        double max = 0;
        for (String word : text.split("[ \\t\\n\\r]+")) {
            max = Math.max(max, width(word, font));
        }
        return max;
    }

    /**
     * The narrowest width at which a heading holds on two lines, split between two words, in twips ("Échéances de
     * réalisation" on three lines, "de" alone, at half its length). Its own width when it is one word.
     */
    static double twoLines(String text, Font font) {
        String[] words = text.strip().split(" +");
        double best = width(text.strip(), font);
        for (int i = 1; i < words.length; i++) {
            String first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            String second = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            best = Math.min(best, Math.max(width(first, font), width(second, font)));
        }
        return best;
    }

    /** The widest line, in twips. */
    private static double lines(String text, Font font) {
        double max = 0;
        for (String line : text.split("\\R")) {
            max = Math.max(max, width(line, font));
        }
        return max;
    }

    /** The width of {@code s} in {@code font}, in twips (twentieths of a point), as Word lays it out. */
    static double width(String s, Font font) {
        return s.isEmpty() ? 0 : font.getStringBounds(s, FRC).getWidth() * 20;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
