/**
 * The statistics: frequency tables, numeric summaries (Hyndman and Fan quartiles), scale scores, Wilson intervals,
 * cross-tabulations with their tests, statistical secrecy. {@link fr.enquete.analysis.Analysis} puts them together;
 * the pieces can be used alone.
 *
 * <pre>{@code
 * SurveyResult r = SurveyAnalyzer.analyze(source, survey, AnalysisOptions.builder().quantiles(QuantileMethod.TYPE_6).build());
 * Interval ci = new Precision(238, 0.95).wilson(41, 91, 91);   // 37.23 % to 53.13 %
 * CrossTab t = CrossTab.of(source, survey, "territoire", "qpv");
 * }</pre>
 */
package fr.enquete.stats;
