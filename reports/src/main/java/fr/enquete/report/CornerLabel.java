package fr.enquete.report;

import java.util.regex.Pattern;

/**
 * A question's wording cut short enough for the corner cell of a cross-tabulation, where it says which question is in
 * the rows and which in the columns: the ids ("dpt \ partenaires") meant nothing to a funder, and the whole wording
 * (130 characters for the partners) would make the label column as wide as a page. The title above has it in full.
 */
final class CornerLabel {

    /** The longest wording kept whole: "Localisation (département)" is, a question of a full sentence is not. */
    static final int MAX = 40;

    private static final Pattern TRAILING = Pattern.compile("[\\s,;:.·–(-]+$");

    private CornerLabel() {
    }

    /**
     * {@code label} itself when it has {@value #MAX} characters or fewer; else its words that fit, without a
     * parenthesis left open ("Êtes-vous en QPV…", not "Êtes-vous en QPV (quartier prioritaire…"), and "…".
     */
    static String of(String label) {
        String l = label.strip().replaceAll("\\s+", " ");
        if (l.length() <= MAX) {
            return l;
        }
        int cut = l.lastIndexOf(' ', MAX - 1);
        String kept = cut > 0 ? l.substring(0, cut) : l.substring(0, MAX - 1);
        int open = kept.lastIndexOf('(');
        if (open > 0 && kept.indexOf(')', open) < 0) {
            kept = kept.substring(0, open);
        }
        return TRAILING.matcher(kept).replaceAll("") + "…";
    }
}
