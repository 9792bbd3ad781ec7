package fr.enquete.report.study;

import fr.enquete.indicator.IndicatorAnalysis;
import fr.enquete.qual.ActionPlan;
import fr.enquete.qual.SwotAnalysis;
import fr.enquete.stats.QuantileMethod;
import fr.enquete.stats.SurveyResult;
import java.nio.file.Path;
import java.util.List;

/** What a chapter read and computed, as the methodology annex reports it. */
public sealed interface SourceFacts {

    /** The files read, as the annex names them (file names, not paths: the annex does not publish a disk's layout). */
    List<Path> files();

    /** @param privacy what was done to personal data ("3 names masked..."), or empty for the default masking */
    record Survey(List<Path> files, SurveyResult result, QuantileMethod quantiles, String privacy) implements SourceFacts {
    }

    /** @param grid afom or ctg */
    record Interviews(List<Path> files, SwotAnalysis analysis, String grid, int quotes, String privacy) implements SourceFacts {
    }

    record Indicators(List<Path> files, IndicatorAnalysis analysis) implements SourceFacts {
    }

    record Plan(List<Path> files, ActionPlan plan) implements SourceFacts {
    }
}
