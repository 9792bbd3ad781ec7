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
        // The same with each header on two lines: when the page is short of room, a header's wrapping costs one
        // line of one row, where the long labels of the first column wrapped to five lines in every row (the
        // indicator portrait's "Variation sur 5 ans (Pas-de-Calais)" took their room).
        double[] tight = new double[cols];
        for (int c = 0; c < cols; c++) {
            min[c] = words(t.header().get(c), BOLD);
            double head = lines(t.header().get(c), BOLD);
            pref[c] = Math.min(PREFERRED_CAP, head);
            tight[c] = Math.min(PREFERRED_CAP, head / 2);
            for (List<String> row : t.rows()) {
                String text = row.get(c);
                // A number never wraps; text wraps at spaces (a no-break space holds "45,05 %" together).
                min[c] = Math.max(min[c], t.numeric(c) ? lines(text, REGULAR) : words(text, REGULAR));
                double body = Math.min(PREFERRED_CAP, lines(text, REGULAR));
                pref[c] = Math.max(pref[c], body);
                tight[c] = Math.max(tight[c], body);
            }
            min[c] += PADDING;
            pref[c] = Math.max(min[c], pref[c] + PADDING);
            tight[c] = Math.max(min[c], tight[c] + PADDING);
        }
        double sumMin = sum(min);
        boolean landscape = sumMin > PORTRAIT_CONTENT;
        double available = landscape ? LANDSCAPE_CONTENT : PORTRAIT_CONTENT;
        if (sum(pref) > available) {
            pref = tight;
        }
        double sumPref = sum(pref);
        long[] widths = new long[cols];
        for (int c = 0; c < cols; c++) {
            double w;
            if (sumPref <= available) {
                w = pref[c] * available / sumPref;
            } else if (sumMin <= available) {
                w = min[c] + (available - sumMin) * (pref[c] - min[c]) / (sumPref - sumMin);
            } else {
                // Wider than a landscape page even at its longest words: shrink all alike (words may break).
                w = min[c] * available / sumMin;
            }
            widths[c] = (long) Math.floor(w);
        }
        return new WordTableLayout(widths, landscape);
    }

    /** The widest word, in twips. */
    private static double words(String text, Font font) {
        double max = 0;
        for (String word : text.split("[ \\t\\n\\r]+")) {
            max = Math.max(max, width(word, font));
        }
        return max;
    }

    /** The widest line, in twips. */
    private static double lines(String text, Font font) {
        double max = 0;
        for (String line : text.split("\\R")) {
            max = Math.max(max, width(line, font));
        }
        return max;
    }

    private static double width(String s, Font font) {
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
