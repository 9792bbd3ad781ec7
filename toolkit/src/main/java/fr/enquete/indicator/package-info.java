/**
 * Indicator tables (one row per territory and period): changes, gaps and rankings, and the checks of the figures.
 *
 * <pre>{@code
 * IndicatorTable table = IndicatorReader.read(Path.of("indicateurs.csv"));
 * List<IndicatorChecks.Finding> findings = IndicatorChecks.of(table);
 * }</pre>
 */
package fr.enquete.indicator;
