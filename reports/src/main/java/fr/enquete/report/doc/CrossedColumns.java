package fr.enquete.report.doc;

import fr.enquete.report.Labels;
import fr.enquete.report.ResultTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A cross-tabulation too wide for a page cut into tables of fewer columns, each with the row labels first and the
 * margin ("Total", "Répondants") last: shrunk whole to the page, 16 options of a multiple choice came out unreadable
 * or cut, and the margin, at the far right, was the figure lost.
 */
final class CrossedColumns {

    private CrossedColumns() {
    }

    /**
     * The parts of {@code t} (row labels, inner columns, margin) holding at most {@code inner} inner columns each, as
     * even as can be (16 columns by 9 at most: 8 and 8, not 9 and 7); {@code t} alone when it has no more.
     */
    static List<ResultTable> parts(ResultTable t, int inner) {
        int columns = t.header().size() - 2;
        if (columns <= inner || inner < 1) {
            return List.of(t);
        }
        int parts = (columns + inner - 1) / inner;
        List<ResultTable> out = new ArrayList<>();
        int from = 1;
        for (int p = 0; p < parts; p++) {
            int size = columns / parts + (p < columns % parts ? 1 : 0);
            List<Integer> kept = new ArrayList<>();
            kept.add(0);
            for (int c = from; c < from + size; c++) {
                kept.add(c);
            }
            kept.add(t.header().size() - 1);
            out.add(t.columns(kept));
            from += size;
        }
        return out;
    }

    /**
     * The line over each part after the first ("Effectifs (suite)", "Counts (continued)"): the parts of a crossing cut
     * for Word or for print followed each other with nothing saying that the second went on with the first's rows.
     *
     * @param title the table's subheading ("Effectifs"), or empty when it has none
     */
    static String continued(Labels labels, String title) {
        String line = java.text.MessageFormat.format(labels.get("crosstab.continued"), title);
        return line.strip();
    }
}
