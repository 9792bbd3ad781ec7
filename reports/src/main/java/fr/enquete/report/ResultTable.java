package fr.enquete.report;

import java.util.List;

/**
 * A question's table as people read it, already worded and formatted in the report's language: seed
 * 003's {@code Réponse | Décompte | Pourcentage} or {@code Calcul | Résultat}. Text and HTML writers
 * lay it out; they compute nothing.
 *
 * @param header the column titles
 * @param rows   the cells; numbers formatted
 * @param shares for each row, the share (0 to 100) to draw as a bar, or NaN for none
 * @param missing for each row, whether it is the "no answer" row
 * @param numeric for each column, whether it holds numbers (right-aligned)
 */
public record ResultTable(List<String> header, List<List<String>> rows, List<Double> shares, List<Boolean> missing,
                          List<Boolean> numeric) {

    public ResultTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        shares = List.copyOf(shares);
        missing = List.copyOf(missing);
        numeric = List.copyOf(numeric);
    }

    /** A table whose first column is text and the others numbers. */
    public static ResultTable of(List<String> header, List<List<String>> rows, List<Double> shares, List<Boolean> missing) {
        List<Boolean> numeric = new java.util.ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            numeric.add(i > 0);
        }
        return new ResultTable(header, rows, shares, missing, numeric);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
