package fr.enquete.indicator;

import fr.enquete.model.CellValues;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value as a document prints it: {@code 31 606}, {@code 67,7%}, {@code 877 755 €}, {@code - €} (zero), {@code +15,7%},
 * {@code ▲ +5,3%}, {@code 📉 -0,2%}, {@code 33,6 (provisoire)}, {@code <b>1,02</b>}; {@code N.C.}, {@code nd}, {@code s} and
 * blanks are no value.
 *
 * @param value       the number
 * @param unit        read from the cell ("%", "€"), else {@link Unit#NUMBER}
 * @param decimals    how many decimals it was printed with: the rounding a check must allow (half a unit of the last)
 * @param provisional marked "(provisoire)" or "(p)"
 * @param signed      printed with its sign ({@code +0,1 %}, {@code -5,3 %}), as a change is and a level never is: what
 *                    tells "Evolution des familles Caf" -5,3 % (a change) from "Evolution de la population" 65 951 (levels)
 */
public record Measure(double value, Unit unit, int decimals, boolean provisional, boolean signed) {

    /** A value printed without a sign. */
    public Measure(double value, Unit unit, int decimals, boolean provisional) {
        this(value, unit, decimals, provisional, false);
    }

    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    /**
     * Trend marks printed before a figure: arrows (U+2190-21FF, 27A1, 2B00-2B0D; the simple ones are maths symbols),
     * and any other symbol (Unicode's "So": triangles, 📈 📉, the pointing hands 👆 👉 of seed 002's jeunesse table, and
     * whatever icon a template uses next), with the variation selectors, skin tones and joiners that follow emoji. Java's
     * regex matches code points, so the emoji are named by code point, not by their UTF-16 surrogates.
     */
    private static final Pattern TRENDS = Pattern.compile(
            "[\\x{2190}-\\x{21FF}\\x{27A1}\\x{2B00}-\\x{2B0D}\\p{So}\\x{1F3FB}-\\x{1F3FF}\\x{200D}\\x{FE0E}\\x{FE0F}]");
    /** A minus sign, a dash or a hyphen set for one, a space after it or not, before the figure. */
    private static final Pattern MINUS = Pattern.compile("[-\u2212\u2013\u2012\u2011\uFE63\uFF0D]\\s*(\\d.*)");
    private static final Pattern PROVISIONAL = Pattern.compile("\\((provisoire|p)\\)", Pattern.CASE_INSENSITIVE);

    /** Half a unit of the last decimal printed: how far the true value may be from the printed one. */
    public double rounding() {
        return 0.5 * Math.pow(10, -decimals);
    }

    /** The same value in another unit (the file's unit column wins over the cell's sign). */
    public Measure in(Unit u) {
        return new Measure(value, u, decimals, provisional, signed);
    }

    /** The same value, marked provisional (by its year's heading or its row's label). */
    public Measure asProvisional() {
        return new Measure(value, unit, decimals, true, signed);
    }

    /**
     * Without the spaces around it, no-break ones too: French spreadsheets write "12,5\u00A0%" and "877\u202F755\u00A0€",
     * and {@link String#strip()} keeps U+00A0 and U+202F ("expected a value ..., found "12,5 %"").
     */
    private static String spaced(String s) {
        return s.replaceAll("^[\\s\u00A0\u202F]+|[\\s\u00A0\u202F]+$", "");
    }

    /** The value of a cell, or empty when it holds none; a cell that is not a number throws IllegalArgumentException. */
    public static Optional<Measure> parse(String cell) {
        String t = TAGS.matcher(cell).replaceAll("");
        t = TRENDS.matcher(t).replaceAll("").strip();
        boolean provisional = PROVISIONAL.matcher(t).find();
        t = PROVISIONAL.matcher(t).replaceAll("").strip();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (t.isEmpty() || lower.matches("n\\.?\\s?c\\.?|n\\.?\\s?d\\.?|s|secret|-|–|—|−|/")) {
            return Optional.empty();
        }
        Unit unit = Unit.NUMBER;
        if (t.endsWith("%")) {
            unit = Unit.PERCENT;
            t = spaced(t.substring(0, t.length() - 1));
        } else if (t.endsWith("‰")) {
            unit = Unit.PER_MILLE;
            t = spaced(t.substring(0, t.length() - 1));
        } else if (t.endsWith("€")) {
            unit = Unit.EURO;
            t = spaced(t.substring(0, t.length() - 1));
        } else if (lower.endsWith("pts") || lower.endsWith("points")) {
            unit = Unit.POINTS;
            t = t.replaceAll("(?i)\\s*(pts|points)$", "");
        }
        if (t.equals("-") || t.equals("–") || t.equals("−")) {
            // Accounting notation: "- €" is zero.
            return Optional.of(new Measure(0, unit, 0, provisional));
        }
        boolean signed = t.startsWith("+");
        if (signed) {
            t = t.substring(1).strip();
        }
        Matcher minus = MINUS.matcher(t);
        if (minus.matches()) {
            // "- 2,5 %" as "+ 1,5 %" is read, and the minus of typeset tables: "−0,2 %" (U+2212), "–0,2 %" (en dash).
            t = "-" + minus.group(1);
            signed = true;
        }
        double v = CellValues.parseNumber(t);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("expected a value (31 606, 67,7 %, 877 755 €, +15,7 %, N.C.), found \"" + cell.strip() + "\"");
        }
        return Optional.of(new Measure(v, unit, decimals(t, v), provisional, signed));
    }

    /**
     * The decimals as printed ("4,0" has one, though 4.0 is 4): the digits after the last separator when it is a
     * decimal one, that is when removing it changes the number ("1.234" read as thousands has none).
     */
    static int decimals(String text, double v) {
        String t = text.replaceAll("[\\s\\u00A0\\u202F]", "");
        int sep = Math.max(t.lastIndexOf(','), t.lastIndexOf('.'));
        if (sep < 0) {
            return 0;
        }
        if (t.indexOf(t.charAt(sep)) != sep) {
            // The same separator twice ("1.234.567", "1,234,567") groups thousands: no decimals (it read as three).
            return 0;
        }
        String tail = t.substring(sep + 1);
        if (!tail.matches("\\d+")) {
            return Math.max(0, BigDecimal.valueOf(v).stripTrailingZeros().scale());
        }
        double without = CellValues.parseNumber(t.substring(0, sep) + tail);
        // Zero stays zero without its separator: "0,0" has one decimal.
        return without == v && v != 0 ? 0 : tail.length();
    }
}
