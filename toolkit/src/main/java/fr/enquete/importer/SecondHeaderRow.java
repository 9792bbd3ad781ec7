package fr.enquete.importer;

import fr.enquete.model.CellValues;
import fr.enquete.model.Header;
import fr.enquete.model.Row;
import java.util.Set;

/**
 * Whether the first row under a header is a second header row, as SurveyMonkey writes one ({@code Response},
 * {@code Open-Ended Response}, the choice over each of a question's columns), recognised by its shape rather
 * than by metadata columns a user may have left out of the export: it names the columns the first row leaves
 * blank (a question's later columns, merged cells in a workbook), holds no number nor date, and either says
 * "Response" somewhere or leaves the first column empty, as no respondent's row does.
 */
final class SecondHeaderRow {

    /** What SurveyMonkey writes under a question that has one column. */
    static final Set<String> PLAIN = Set.of("response", "open-ended response", "reponse", "reponse ouverte");

    private SecondHeaderRow() {
    }

    static boolean looksLike(Header header, Row row) {
        boolean underBlank = false;
        boolean plainWord = false;
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i).strip();
            boolean blankHeader = i >= header.size() || isPlaceholder(header.names().get(i));
            if (cell.isEmpty()) {
                if (blankHeader && i < header.size()) {
                    // A question's later column always has its choice named in the second row.
                    return false;
                }
                continue;
            }
            if (!Double.isNaN(CellValues.parseNumber(cell)) || CellValues.readDate(cell) != null) {
                return false;
            }
            underBlank |= blankHeader;
            plainWord |= PLAIN.contains(Platform.fold(cell));
        }
        return underBlank && (plainWord || row.get(0).isBlank());
    }

    /** The name an importer gives a column whose header cell is empty ({@code #8}). */
    static boolean isPlaceholder(String name) {
        return name.matches("#\\d+( \\(\\d+\\))?|Column \\d+|Colonne \\d+");
    }
}
