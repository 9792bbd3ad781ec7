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

    /** @deprecated use {@link #builder()} */
    @Deprecated
    public AnalysisOptions(QuantileMethod quantiles, boolean lenient, boolean includeIncomplete,
                           fr.enquete.importer.Platform platform, fr.enquete.weight.WeightSpec weights) {
        this(quantiles, lenient, includeIncomplete, platform, weights, NumericSummary.Builder.DEFAULT_EXACT_LIMIT);
    }


    /** @deprecated use {@link #builder()} */
    @Deprecated
    public AnalysisOptions(QuantileMethod quantiles, boolean lenient, boolean includeIncomplete) {
        this(quantiles, lenient, includeIncomplete, null, null);
    }

    /** @deprecated use {@link #builder()} */
    @Deprecated
    public AnalysisOptions(QuantileMethod quantiles, boolean lenient, boolean includeIncomplete, fr.enquete.importer.Platform platform) {
        this(quantiles, lenient, includeIncomplete, platform, null);
    }

    /** Options to build from the defaults (type 7, strict, unfinished responses left out, no weights). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some. */
    public Builder toBuilder() {
        return new Builder().quantiles(quantiles).lenient(lenient).includeIncomplete(includeIncomplete).platform(platform)
                .weights(weights).exactLimit(exactLimit);
    }

    /** Builds {@link AnalysisOptions} option by option, in the style of Commons CSV's {@code CSVFormat.Builder}. */
    public static final class Builder {
        private QuantileMethod quantiles = QuantileMethod.DEFAULT;
        private boolean lenient;
        private boolean includeIncomplete;
        private fr.enquete.importer.Platform platform;
        private fr.enquete.weight.WeightSpec weights;
        private int exactLimit = NumericSummary.Builder.DEFAULT_EXACT_LIMIT;

        private Builder() {
        }

        public Builder quantiles(QuantileMethod q) {
            this.quantiles = java.util.Objects.requireNonNull(q);
            return this;
        }

        public Builder lenient(boolean on) {
            this.lenient = on;
            return this;
        }

        public Builder includeIncomplete(boolean on) {
            this.includeIncomplete = on;
            return this;
        }

        /** The export's platform, or null to detect it. */
        public Builder platform(fr.enquete.importer.Platform p) {
            this.platform = p;
            return this;
        }

        /** How respondents are weighted, or null for no weights. */
        public Builder weights(fr.enquete.weight.WeightSpec w) {
            this.weights = w;
            return this;
        }

        public Builder exactLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("the exact limit must be at least 1");
            }
            this.exactLimit = limit;
            return this;
        }

        public AnalysisOptions build() {
            return new AnalysisOptions(quantiles, lenient, includeIncomplete, platform, weights, exactLimit);
        }
    }

    /** The same options with these weights. */
    public AnalysisOptions withWeights(fr.enquete.weight.WeightSpec w) {
        return new AnalysisOptions(quantiles, lenient, includeIncomplete, platform, w, exactLimit);
    }

    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(QuantileMethod.DEFAULT, false, false, null, null,
            NumericSummary.Builder.DEFAULT_EXACT_LIMIT);

    /** @deprecated use {@link #builder()} */
    @Deprecated
    public AnalysisOptions(QuantileMethod quantiles, boolean lenient) {
        this(quantiles, lenient, false);
    }
}
