package fr.enquete.stats;

import java.util.List;

/**
 * The dominance rule of statistical secrecy for totals, the (n, k) rule of INSEE's and Eurostat's practice: a total is
 * secret when its {@code units} largest contributions make more than {@code percent} % of it, for the total then bounds
 * them closely (one centre making 90 % of a department's budget is known within 10 % from the total alone). Applied to
 * the answers' absolute values; {@link #OFF} applies nothing.
 *
 * @param units   how many of the largest answers are taken together (1 to {@link #MAX_UNITS}); 0 for {@link #OFF}
 * @param percent their share of the total above which it is secret (more than 0, less than 100)
 */
public record Dominance(int units, double percent) {

    /** The rule applied by default under secrecy: one answer making more than 85 % of a total (INSEE, CNIS). */
    public static final Dominance DEFAULT = new Dominance(1, 85);
    /** No dominance rule. */
    public static final Dominance OFF = new Dominance(0, 0);
    /** The most answers a rule may take together (the summaries keep as many of their largest answers). */
    public static final int MAX_UNITS = 10;

    public Dominance {
        if (!(units == 0 && percent == 0) && (units < 1 || units > MAX_UNITS || !(percent > 0 && percent < 100))) {
            throw new IllegalArgumentException("a dominance rule takes 1 to " + MAX_UNITS + " answers and a share between 0 and 100 %");
        }
    }

    /** Whether the rule is applied. */
    public boolean on() {
        return units > 0;
    }

    /**
     * Whether the {@code units} first of {@code largest} (descending, non-negative) make more than {@code percent} % of
     * {@code total}; never for a total of 0.
     */
    public boolean dominates(List<Double> largest, double total) {
        if (!on() || !(total > 0)) {
            return false;
        }
        double top = 0;
        for (int k = 0; k < Math.min(units, largest.size()); k++) {
            top += largest.get(k);
        }
        return top > percent / 100 * total;
    }

    /** As the rule is written on the command line: "1,85". */
    public String label() {
        return units + "," + (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent));
    }

    /**
     * The rule written "N,K" (K a percentage, 85 or 85.5) or "off"; null when {@code text} is neither (the caller says
     * what was expected).
     */
    public static Dominance parse(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("off")) {
            return OFF;
        }
        String[] parts = t.split(",", -1);
        if (parts.length != 2) {
            return null;
        }
        try {
            int n = Integer.parseInt(parts[0].strip());
            double k = Double.parseDouble(parts[1].strip());
            return n >= 1 && n <= MAX_UNITS && k > 0 && k < 100 ? new Dominance(n, k) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * What the rule found in a summary it withheld figures of: its largest answers dominate its sum ({@code ofSum}: the
     * sum, the mean and the standard deviation withheld), or only its sum of squares (the standard deviation withheld).
     */
    public record Finding(Dominance rule, boolean ofSum) {
    }
}
