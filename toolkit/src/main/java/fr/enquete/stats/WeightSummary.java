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
}
