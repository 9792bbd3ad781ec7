/**
 * The survey model: questions and their types, filters, derived columns, rows, located messages. Immutable records.
 *
 * <pre>{@code
 * Filter asked = FilterParser.parse("qpv = \"Oui\"");
 * boolean scale = ScaleVocabulary.negativeFirst(List.of("Pas du tout", "Un peu", "Beaucoup"));
 * Survey survey = SpecReader.read(Path.of("spec.yaml")).survey();
 * Optional<Question> q = survey.question("dpt");
 * }</pre>
 */
package fr.enquete.model;
