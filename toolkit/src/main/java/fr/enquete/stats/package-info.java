/**
 * The statistics: frequency tables, numeric summaries (Hyndman and Fan quartiles), scale scores, Wilson intervals,
 * cross-tabulations with their tests, statistical secrecy. {@link fr.enquete.analysis.Analysis} puts them together;
 * the pieces can be used alone.
 *
 * <pre>{@code
 * SurveyResult r = SurveyAnalyzer.analyze(source, survey, AnalysisOptions.builder().quantiles(QuantileMethod.TYPE_6).build());
 * Interval ci = new Precision(238, 0.95).wilson(41, 91, 91);   // 37.23 % to 53.13 %
 * CrossTab t = CrossTab.of(source, survey, "territoire", "qpv");
 * // Correspondence analysis of any contingency table (R's ca::ca figures; axis signs fixed, see the class):
 * CorrespondenceAnalysis ca = CorrespondenceAnalysis.of(List.of("SM", "JM"), List.of("none", "light", "heavy"),
 *         new double[][] {{4, 2, 2}, {4, 3, 4}});
 * double share = ca.percent(0);                        // axis 1's % of the total inertia
 * double x = ca.rows().get(0).coordinate(0);           // principal coordinate; contribution(k), cos2(k) alike
 * }</pre>
 */
package fr.enquete.stats;
