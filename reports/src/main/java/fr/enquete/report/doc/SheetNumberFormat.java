package fr.enquete.report.doc;

import fr.enquete.report.Lang;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spreadsheet number format that shows a cell's value as the report prints it: its decimals, its sign, its unit
 * and a period after it ("+15,7 % (2015-2020)"). Indicator tables mix units in one column (a count, a share, an
 * amount in euros), so a format per column showed shares as "67.70" and amounts without their €.
 *
 * @param pattern the Excel format code
 * @param scale   what the value is multiplied by before it is stored (1/100 for a percentage, which Excel multiplies
 *                back)
 */
record SheetNumberFormat(String pattern, double scale) {

    /**
     * A unit after a number: a sign (%, €, ‰) with or without a space, maybe followed by a word ("‰ hab.", "€/hab."), or
     * a word after a space ("pts", "pt"): the gaps of indicator tables.
     */
    private static final String UNIT = "(?:[ \u00A0\u202F]?((?:%|€|‰)(?:[ \u00A0\u202F/]\\p{L}[\\p{L}.]*)?)|[ \u00A0\u202F](\\p{L}[\\p{L}.]*))?";
    /** A number as printed: sign, digits grouped by a space (French) or a comma (English), decimals, unit, a period. */
    private static final Pattern FR = Pattern.compile("([+\\-\u2212\u2011]?)(\\d{1,3}(?:[ \u00A0\u202F]\\d{3})+|\\d+)(?:,(\\d+))?"
            + UNIT + "( \\([^\"()]+\\))?");
    private static final Pattern EN = Pattern.compile("([+\\-\u2212\u2011]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?"
            + UNIT + "( \\([^\"()]+\\))?");

    /**
     * A percent format from {@code number}'s code: "0.00%" in English, "0.00\" \"%" (a no-break space) in French, as
     * French prints "45,05 %"; Excel multiplies by 100 wherever the "%" stands.
     */
    static String percent(String number, Lang lang) {
        return number + (lang == Lang.FR ? "\"\u00A0\"%" : "%");
    }

    /** The format of {@code text}, a number printed in {@code lang}; empty when the text is not one. */
    static Optional<SheetNumberFormat> of(String text, Lang lang) {
        Matcher m = (lang == Lang.FR ? FR : EN).matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int decimals = m.group(3) == null ? 0 : m.group(3).length();
        String unit = m.group(4) != null ? m.group(4) : m.group(5);
        // Four digits or more printed without a separator are a year (1956, 1992,5): shown without one.
        boolean grouped = m.group(2).length() < 4 || !m.group(2).chars().allMatch(Character::isDigit);
        String number = (grouped ? "#,##0" : "0") + (decimals > 0 ? "." + "0".repeat(decimals) : "");
        String suffix = unit == null ? "" : switch (unit) {
            case "%" -> percent("", lang);
            default -> "\" " + unit.replace('\u00A0', ' ').replace('\u202F', ' ') + "\"";
        };
        if (m.group(6) != null) {
            suffix += "\"" + m.group(6) + "\"";
        }
        String positive = number + suffix;
        boolean plus = m.group(1).equals("+");
        // Positive, negative and zero sections when a "+" is printed or a text follows the number: with one section,
        // POI's formatter dropped the zeros of a quoted period ("(213-218)"); Excel and LibreOffice read both alike.
        String pattern = plus || suffix.contains("\"") ? (plus ? "+" : "") + positive + ";-" + positive + ";" + positive : positive;
        return Optional.of(new SheetNumberFormat(pattern, "%".equals(unit) ? 0.01 : 1));
    }
}
