package fr.enquete.analysis;

import fr.enquete.privacy.Disclosure;
import fr.enquete.spec.ReportLayout;
import fr.enquete.stats.CrossTab;
import fr.enquete.stats.SurveyResult;
import fr.enquete.text.RepeatedSegments;
import fr.enquete.text.TermTable;
import java.util.Map;

/**
 * What {@link Analysis#run()} computed, everything a writer prints: the tables (intervals, rates, secrecy masks and
 * tests already applied, personal data masked), the term tables of free-text questions, the report layout, and the
 * cross-tabulations (masked with the single tables under secrecy).
 *
 * @param result     the tables of every question
 * @param terms      per free-text question id, its term table (empty when term tables were not asked)
 * @param naive      per free-text question id, the raw word counts (empty unless asked)
 * @param segments   per free-text question id, its repeated segments' table (empty unless asked)
 * @param layout     the spec's report layout (the default without a spec), with the cross-tabulations added
 * @param disclosure what was masked (counts by kind), for a front end to say so. It is the run's masker itself, not a
 *                   copy: a text passed through it later (a title, a note a front end adds) is masked with the same
 *                   pseudonyms ("[personne 1]" stays the same person) and adds to its counts, so read the counts
 *                   before masking more, or after all of it, as {@code enquete report} does
 * @param crosstabs  the layout's cross-tabulations, in its order
 */
public record AnalysisResult(SurveyResult result, Map<String, TermTable> terms, Map<String, TermTable> naive,
                             Map<String, RepeatedSegments.Table> segments, ReportLayout layout,
                             Disclosure disclosure, Map<ReportLayout.Crossing, CrossTab> crosstabs) {

    public AnalysisResult {
        terms = ordered(terms);
        naive = ordered(naive);
        segments = ordered(segments);
        crosstabs = ordered(crosstabs);
    }

    /** Without repeated segments. */
    public AnalysisResult(SurveyResult result, Map<String, TermTable> terms, Map<String, TermTable> naive, ReportLayout layout,
                          Disclosure disclosure, Map<ReportLayout.Crossing, CrossTab> crosstabs) {
        this(result, terms, naive, Map.of(), layout, disclosure, crosstabs);
    }

    /** An unmodifiable copy in the same order (writers list in it). */
    private static <K, V> Map<K, V> ordered(Map<K, V> m) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }
}
