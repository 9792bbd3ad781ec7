package fr.enquete.spec;

import fr.enquete.model.Survey;
import fr.enquete.stats.QuantileMethod;

/**
 * A spec file: the survey it describes and the analysis settings it fixes.
 *
 * @param quantilesSet whether the spec chose the quantile method (a command-line option then defers to it)
 */
public record Spec(Survey survey, QuantileMethod quantiles, boolean quantilesSet) {
}
