/**
 * Weights: a weight column, raking to margins (as R's survey::rake) or calibration (GREG, survey::calibrate).
 *
 * <pre>{@code
 * WeightSpec w = new WeightSpec.Column("poids");
 * AnalysisResult r = Analysis.of(Path.of("export.csv")).spec(Path.of("spec.yaml")).weights(w).run();
 * }</pre>
 */
package fr.enquete.weight;
