package fr.enquete.importer;

import fr.enquete.model.CellValues;
import fr.enquete.model.Row;
import java.util.Set;

/** A total row a spreadsheet user adds under the answers: "Total" (or Total général, Sum...) then numbers only. */
final class TotalRow {

    /** Not "somme": the Somme is a department, and a sheet by department writes its row as a total row reads. */
    private static final Set<String> TOTAL_WORDS = Set.of("total", "totaux", "total general", "grand total", "sous-total",
            "sous total", "sum", "subtotal", "sub-total");

    private TotalRow() {
    }

    /** The word that makes {@code row} a total row, or null when it is none. */
    static String word(Row row) {
        int i = 0;
        while (i < row.size() && row.get(i).isEmpty()) {
            i++;
        }
        if (i == row.size()) {
            return null;
        }
        String label = row.get(i);
        if (label.length() > 16) {
            return null;
        }
        String folded = Platform.fold(label.endsWith(":") ? label.substring(0, label.length() - 1) : label);
        if (!TOTAL_WORDS.contains(folded)) {
            return null;
        }
        boolean numbers = false;
        for (int j = i + 1; j < row.size(); j++) {
            String cell = row.get(j);
            if (cell.isEmpty()) {
                continue;
            }
            if (Double.isNaN(CellValues.parseNumber(cell))) {
                return null;
            }
            numbers = true;
        }
        return numbers ? label : null;
    }
}
