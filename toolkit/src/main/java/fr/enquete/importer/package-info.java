/**
 * Reading exports: CSV/TSV (any delimiter and encoding, sniffed), XLSX, XLS and ODS, with the platform (LimeSurvey,
 * Google Forms, Microsoft Forms, KoboToolbox, SurveyMonkey) recognised, streamed row by row within size limits.
 *
 * <pre>{@code
 * TableSource source = Importers.open(Path.of("export.xlsx"), ImportOptions.DEFAULTS);
 * Header header = source.header();
 * source.read(new TableHandler() {
 *     public void header(Header h) { }
 *     public void row(Row row) { System.out.println(row.number() + ": " + row.get(0)); }
 * });
 * }</pre>
 */
package fr.enquete.importer;
