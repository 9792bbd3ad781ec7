/**
 * The toolkit's entry point: the analysis of one export the way {@code enquete stats} and {@code enquete report} make
 * it (spec, quartile method, weights, intervals, secrecy, response rates, masking of personal data, term tables,
 * cross-tabulations, data-quality checks), as an immutable {@link fr.enquete.analysis.AnalysisResult}.
 *
 * <pre>{@code
 * AnalysisResult r = Analysis.of(Path.of("export.csv"))
 *         .spec(Path.of("export.spec.yaml"))      // its quartile method and weights apply unless overridden
 *         .secrecy(5)
 *         .precision(new Precision(238, 0.95))
 *         .run();
 * SurveyResult tables = r.result();
 * List<Diagnostic> findings = Analysis.of(Path.of("export.csv")).check(null, 0.5);
 * }</pre>
 */
package fr.enquete.analysis;
