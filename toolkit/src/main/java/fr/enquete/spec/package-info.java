/**
 * Spec files (YAML) and what stands for one: a LimeSurvey structure (.lss), an XLSForm, or the questions inferred
 * from the export itself.
 *
 * <pre>{@code
 * Spec spec = SpecReader.read(Path.of("export.spec.yaml"));
 * QuantileMethod method = spec.quantiles();
 * Survey inferred = SchemaInference.infer(Importers.open(Path.of("export.csv"), ImportOptions.DEFAULTS)).survey();
 * }</pre>
 */
package fr.enquete.spec;
