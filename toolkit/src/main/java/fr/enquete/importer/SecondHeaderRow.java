package fr.enquete.importer;

import fr.enquete.model.CellValues;
import fr.enquete.model.Header;
import fr.enquete.model.Row;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            boolean blankHeader = i >= header.size() || isPlaceholder(header.names().get(i))
                    || i > 0 && repeats(header.names().get(i), header.names().get(i - 1));
            if (cell.isEmpty()) {
                if (blankHeader && i < header.size()) {
                    if (emptyFrom(header, row, i)) {
                        // Empty columns after the last question (a spreadsheet's saved range): no question's.
                        break;
                    }
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
        // The first column empty, or repeating its header ("Respondent ID" under "Respondent ID", as an export
        // edited in a spreadsheet keeps it): no respondent's row does either.
        boolean firstIsHeader = row.get(0).isBlank() || header.size() > 0
                && Platform.fold(row.get(0).strip()).equals(Platform.fold(header.names().get(0).strip()));
        return underBlank && (plainWord || firstIsHeader);
    }

    /**
     * Whether a header name repeats the previous column's question, as a first row whose merged cells were filled
     * across (every column of a question holding its text) reads once made unique: {@code Q}, {@code Q (2)}, {@code Q (3)}.
     */
    static boolean repeats(String name, String previous) {
        Matcher numbered = NUMBER_MARK.matcher(previous);
        String base = numbered.find() ? previous.substring(0, numbered.start()) + previous.substring(numbered.end()) : previous;
        return !base.isEmpty() && name.startsWith(base) && NUMBER_MARK.matcher(name).region(base.length(), name.length()).matches();
    }

    /** The number a spreadsheet adds to a repeated header name: {@code Q (2)}. */
    private static final Pattern NUMBER_MARK = Pattern.compile(" \\(\\d+\\)$");

    /** Whether every column from {@code from} on is blank in both header rows. */
    private static boolean emptyFrom(Header header, Row row, int from) {
        for (int j = from; j < Math.max(header.size(), row.size()); j++) {
            if (j < header.size() && !isPlaceholder(header.names().get(j)) || j < row.size() && !row.get(j).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The name an importer gives a column whose header cell is empty ({@code #8}). */
    static boolean isPlaceholder(String name) {
        return PLACEHOLDER.matcher(name).matches();
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("#\\d+( \\(\\d+\\))?|Column \\d+|Colonne \\d+");
}
