package fr.enquete.model;

/**
 * Where something was read: a file, and optionally a row (1-based, the header being row 1 as in a
 * spreadsheet), a line of a text file, and a column name. Used by every error a user can act on.
 */
public record SourceLocation(String file, long row, long line, String column) {

    public static SourceLocation file(String file) {
        return new SourceLocation(file, 0, 0, null);
    }

    public static SourceLocation cell(String file, long row, String column) {
        return new SourceLocation(file, row, 0, column);
    }

    public static SourceLocation line(String file, long line, long col) {
        return new SourceLocation(file, 0, line, col > 0 ? "col " + col : null);
    }

    public SourceLocation withColumn(String columnName) {
        return new SourceLocation(file, row, line, columnName);
    }

    /** For example {@code export.csv, row 12, column "adherents"}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file == null ? "<input>" : file);
        if (row > 0) {
            sb.append(", row ").append(row);
        }
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (column != null) {
            if (line > 0 && column.startsWith("col ")) {
                sb.append(", ").append(column.replace("col ", "column "));
            } else {
                sb.append(", column \"").append(column).append('"');
            }
        }
        return sb.toString();
    }
}
