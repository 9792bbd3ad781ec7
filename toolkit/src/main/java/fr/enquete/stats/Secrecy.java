package fr.enquete.stats;

import fr.enquete.model.QuestionType;
import java.util.ArrayList;
import java.util.List;

/**
 * Statistical secrecy: counts of people below a threshold are not published.
 *
 * <ul>
 *   <li>Primary masking: in a choice table, a row counting from 1 to threshold − 1 people is masked (0 is
 *       published: it reveals nobody).</li>
 *   <li>Secondary masking: the rows of a single-choice or scale table add up to its base, which is
 *       published; when exactly one row is masked it could be recomputed, so the smallest other non-zero
 *       row is masked too. Multiple-choice rows do not add up, so they need none.</li>
 * </ul>
 * Masked rows keep their figures internally (for the intervals' sake nothing is derived from them) and are
 * flagged, so every writer hides them: "&lt; threshold" for the small counts, "s" for those masked to protect them.
 */
public final class Secrecy {

    private Secrecy() {
    }

    static List<QuestionResult> mask(List<QuestionResult> questions, int threshold) {
        List<QuestionResult> out = new ArrayList<>();
        for (QuestionResult r : questions) {
            out.add(r instanceof QuestionResult.Choices c ? mask(c, threshold) : r);
        }
        return out;
    }

    static QuestionResult.Choices mask(QuestionResult.Choices c, int threshold) {
        List<ChoiceRow> rows = new ArrayList<>();
        int masked = 0;
        for (ChoiceRow r : c.rows()) {
            boolean hide = r.count() > 0 && r.count() < threshold;
            rows.add(hide ? r.mask() : r);
            masked += hide ? 1 : 0;
        }
        if (masked == 1 && c.question().type() != QuestionType.MULTIPLE) {
            int smallest = -1;
            for (int i = 0; i < rows.size(); i++) {
                ChoiceRow r = rows.get(i);
                if (!r.masked() && r.count() > 0 && (smallest < 0 || r.count() < rows.get(smallest).count())) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                rows.set(smallest, rows.get(smallest).mask());
            }
        }
        return c.withRows(rows);
    }

    /**
     * The figures to hide in a two-way table published with its margins, as [row][column] over the table
     * extended by a total row (index r) and a total column (index c); the grand total [r][c] is the base and
     * always published.
     *
     * <p>Primary masking: cells and totals counting 1 to threshold − 1 people. Each line of the extended table
     * is a sum (the cells of a row add up to its total, the row totals to the grand total, and so for columns),
     * so a line holding exactly one masked figure would give it back by difference: the smallest other non-zero
     * figure of that line is masked too (secondary masking), until no line holds exactly one. Masking only ever
     * adds, so this ends.
     */
    public static boolean[][] maskTable(long[][] counts, int threshold) {
        int r = counts.length;
        int c = r == 0 ? 0 : counts[0].length;
        long[][] x = new long[r + 1][c + 1];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                x[i][j] = counts[i][j];
                x[i][c] += counts[i][j];
                x[r][j] += counts[i][j];
                x[r][c] += counts[i][j];
            }
        }
        boolean[][] m = new boolean[r + 1][c + 1];
        if (threshold <= 0) {
            return m;
        }
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                m[i][j] = !(i == r && j == c) && x[i][j] > 0 && x[i][j] < threshold;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i <= r; i++) {
                changed |= protect(x, m, i, true);
            }
            for (int j = 0; j <= c; j++) {
                changed |= protect(x, m, j, false);
            }
        }
        return m;
    }

    /** Masks the smallest other non-zero figure of a line holding exactly one masked figure; true if it did. */
    private static boolean protect(long[][] x, boolean[][] m, int line, boolean row) {
        int r = x.length - 1;
        int c = x[0].length - 1;
        int length = row ? c + 1 : r + 1;
        int masked = 0;
        int smallest = -1;
        long smallestValue = 0;
        for (int k = 0; k < length; k++) {
            int i = row ? line : k;
            int j = row ? k : line;
            if (m[i][j]) {
                masked++;
            } else if (!(i == r && j == c) && x[i][j] > 0 && (smallest < 0 || x[i][j] < smallestValue)) {
                smallest = k;
                smallestValue = x[i][j];
            }
        }
        if (masked != 1 || smallest < 0) {
            return false;
        }
        m[row ? line : smallest][row ? smallest : line] = true;
        return true;
    }
}
