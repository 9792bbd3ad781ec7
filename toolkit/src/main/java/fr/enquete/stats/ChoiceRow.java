package fr.enquete.stats;

/**
 * One row of a frequency table.
 *
 * @param label    the choice as listed (empty for the missing row and for grouped answers)
 * @param count    respondents of the base giving this answer (people, unweighted)
 * @param weighted the sum of their weights (equal to {@code count} without weights)
 * @param percent  weighted over the base's weight, in percent, unrounded (NaN when the base is 0)
 * @param missing  true for the "no answer" row
 * @param listed   false for an answer found in the data but not among the spec's listed choices
 * @param masked   true when statistical secrecy hides the count (too few people, or it would reveal one that is)
 * @param grouped  how many answers of respondents' own, each below the secrecy threshold, this masked row stands for
 *                 ({@link MaskedAnswers}); 0 for any other row
 */
public record ChoiceRow(String label, long count, double weighted, double percent, boolean missing, boolean listed, boolean masked,
                        int grouped) {

    public ChoiceRow(String label, long count, double weighted, double percent, boolean missing, boolean listed, boolean masked) {
        this(label, count, weighted, percent, missing, listed, masked, 0);
    }

    public ChoiceRow(String label, long count, double percent, boolean missing, boolean listed) {
        this(label, count, count, percent, missing, listed, false);
    }

    public ChoiceRow(String label, long count, double weighted, double percent, boolean missing, boolean listed) {
        this(label, count, weighted, percent, missing, listed, false);
    }

    public ChoiceRow mask() {
        return new ChoiceRow(label, count, weighted, percent, missing, listed, true, grouped);
    }
}
