package fr.enquete.stats;

/**
 * How to analyse.
 *
 * @param quantiles the quartile definition of numeric summaries
 * @param lenient   when true, a cell that cannot be read for its question type (text in a numeric
 *                  question) is counted as missing and reported as a diagnostic instead of stopping
 */
public record AnalysisOptions(QuantileMethod quantiles, boolean lenient) {

    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(QuantileMethod.DEFAULT, false);
}
