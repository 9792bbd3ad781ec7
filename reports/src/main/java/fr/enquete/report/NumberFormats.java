package fr.enquete.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Numbers as reports print them. French: {@code 65 951}, {@code 785,13}, {@code 45,05 %} (no-break
 * spaces, so a number never breaks across lines); English: {@code 65,951}, {@code 785.13}, {@code 45.05%}.
 * Rounding is half-up, as people round by hand. Thread-safe: a report's charts format their bar labels as they are
 * drawn, on several threads, with the instance its tables are built with (its {@code DecimalFormat}s are used under
 * the instance's lock; two threads at once mixed their digits).
 */
public final class NumberFormats {

    public static final char NBSP = '\u00A0';

    private final Lang lang;
    private final DecimalFormat integer;
    private final DecimalFormat decimal;
    private final DecimalFormat fixed2;

    public NumberFormats(Lang lang) {
        this.lang = lang;
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(lang.locale());
        symbols.setDecimalSeparator(lang == Lang.FR ? ',' : '.');
        symbols.setGroupingSeparator(lang == Lang.FR ? NBSP : ',');
        symbols.setMinusSign('-');
        this.integer = new DecimalFormat("#,##0", symbols);
        this.decimal = new DecimalFormat("#,##0.##", symbols);
        this.fixed2 = new DecimalFormat("#,##0.00", symbols);
        for (DecimalFormat f : new DecimalFormat[] {integer, decimal, fixed2}) {
            f.setRoundingMode(RoundingMode.HALF_UP);
        }
    }

    public synchronized String integer(long n) {
        return integer.format(n);
    }

    /** Up to two decimals, trailing zeros dropped: {@code 685,5}, {@code 785,13}, {@code 110}. */
    public synchronized String decimal(double d) {
        return Double.isNaN(d) ? "–" : decimal.format(round2(d));
    }

    /** A year, never with a thousands separator: {@code 1991}; a median between two years {@code 1991,5}. */
    public String year(double d) {
        if (Double.isNaN(d)) {
            return "–";
        }
        String s = BigDecimal.valueOf(round2(d)).stripTrailingZeros().toPlainString();
        return lang == Lang.FR ? s.replace('.', ',') : s;
    }

    /** Always two decimals and the percent sign: {@code 45,05 %}. */
    public synchronized String percent(double p) {
        if (Double.isNaN(p)) {
            return "–";
        }
        return fixed2.format(round2(p)) + percentSign();
    }

    /**
     * A confidence interval of percentages, "61,02 – 83,35 %": its dash between no-break spaces, so that it is never
     * cut over two lines, in a Word or Excel cell, a Markdown table or the terminal as in HTML.
     */
    public String interval(fr.enquete.stats.Interval ci) {
        return fixed(ci.low(), 2, false) + "\u00a0–\u00a0" + percent(ci.high());
    }

    /** What follows a number in percent: a no-break space and "%" in French ({@code 67,7 %}), "%" alone in English. */
    public String percentSign() {
        return lang == Lang.FR ? NBSP + "%" : "%";
    }

    /** What follows a number per mille: {@code 32,8 ‰} in French, {@code 32.8‰} in English. */
    public String perMilleSign() {
        return lang == Lang.FR ? NBSP + "‰" : "‰";
    }

    /** Exactly {@code digits} decimals, with an explicit sign when {@code signed}: {@code +6,08}, {@code 0,0137}. */
    public synchronized String fixed(double d, int digits, boolean signed) {
        if (Double.isNaN(d)) {
            return "–";
        }
        DecimalFormat f = (DecimalFormat) fixed2.clone();
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        String s = f.format(d);
        if (Double.isFinite(d) && s.chars().noneMatch(c -> c >= '1' && c <= '9')) {
            // A difference that rounds to nothing has no sign: "+0,0 pts" and "-0,0" read as a gap.
            return f.format(0.0);
        }
        return signed && d > 0 ? "+" + s : s;
    }

    /**
     * The value {@link #fixed} prints with {@code digits} decimals: half-up rounding of the double's exact value, as its
     * {@code DecimalFormat} rounds (1.05, stored just below, prints "1,0").
     */
    public static BigDecimal rounded(double d, int digits) {
        return new BigDecimal(d).setScale(digits, RoundingMode.HALF_UP);
    }

    /** Half-up rounding to two decimals on the decimal value (so 4.395 gives 4.40, not 4.39). */
    public static double round2(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return d;
        }
        return new BigDecimal(Double.toString(d)).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
