package fr.enquete.stats;

import fr.enquete.weight.Weights;

/**
 * The weights a result was computed with, for the outputs to say so.
 *
 * @param method      a column or raking, and on what
 * @param respondents the respondents weighted
 * @param total       their total weight (the population, after raking)
 * @param min         the smallest weight
 * @param max         the largest weight
 * @param effective   Kish's effective sample size (Σw)² / Σw²: how many unweighted respondents give the same precision
 */
public record WeightSummary(Weights.Method method, long respondents, double total, double min, double max, double effective) {

    /**
     * The weights' coefficient of variation, their standard deviation (divisor n) over their mean: √(n / effective − 1),
     * so that Kish's design effect n / effective is 1 + CV². NaN without respondents or weight.
     */
    public double cv() {
        if (respondents == 0 || effective <= 0) {
            return Double.NaN;
        }
        return Math.sqrt(Math.max(0, respondents / effective - 1));
    }
}
