/**
 * Qualitative coding: interview transcripts and open answers coded into SWOT (AFOM) grids by theme and role, traced
 * to quotes, and action plans.
 *
 * <pre>{@code
 * SwotCodebook codebook = SwotCodebookReader.read(Path.of("codebook.yaml"));
 * Material material = AnswerReader.read(source, survey, codebook, "role");
 * SwotAnalysis swot = SwotAnalysis.of(material, codebook);
 * }</pre>
 */
package fr.enquete.qual;
