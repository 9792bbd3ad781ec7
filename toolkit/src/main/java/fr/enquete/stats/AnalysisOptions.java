package fr.enquete.stats;

/**
 * How to analyse.
 *
 * @param quantiles the quartile definition of numeric summaries
 * @param lenient   when true, a cell that cannot be read for its question type (text in a numeric
 *                  question) is counted as missing and reported as a diagnostic instead of stopping
 * @param includeIncomplete when false (the default), LimeSurvey responses with no {@code submitdate} (left
 *                  unfinished) are not counted, and how many were left out is reported
 * @param platform  the export's platform when the user named it ({@code --format-hint}), null to detect it
 * @param weights   how respondents are weighted, or null for no weights
 * @param exactLimit distinct values per numeric question kept for exact quartiles; beyond, a sketch (see NumericSummary)
 */
public record AnalysisOptions(QuantileMethod quantiles, boolean lenient, boolean includeIncomplete,
                              fr.enquete.importer.Platform platform, fr.enquete.weight.WeightSpec weights, int exactLimit) {

    public AnalysisOptions(QuantileMethod quantiles, boolean lenient, boolean includeIncomplete,
                           fr.enquete.importer.Platform platform, fr.enquete.weight.WeightSpec weights) {
        this(quantiles, lenient, includeIncomplete, platform, weights, NumericSummary.Builder.DEFAULT_EXACT_LIMIT);
    }


    public AnalysisOptions(QuantileMethod quantiles, boolean lenient, boolean includeIncomplete) {
        this(quantiles, lenient, includeIncomplete, null, null);
    }

    public AnalysisOptions(QuantileMethod quantiles, boolean lenient, boolean includeIncomplete, fr.enquete.importer.Platform platform) {
        this(quantiles, lenient, includeIncomplete, platform, null);
    }

    /** The same options with these weights. */
    public AnalysisOptions withWeights(fr.enquete.weight.WeightSpec w) {
        return new AnalysisOptions(quantiles, lenient, includeIncomplete, platform, w, exactLimit);
    }

    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(QuantileMethod.DEFAULT, false);

    public AnalysisOptions(QuantileMethod quantiles, boolean lenient) {
        this(quantiles, lenient, false);
    }
}
