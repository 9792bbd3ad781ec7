/**
 * Files written whole or not at all (a temporary file moved into place), YAML and XML read safely.
 *
 * <pre>{@code
 * AtomicFiles.writeString(Path.of("out/tables.json"), json);
 * AtomicFiles.write(Path.of("out/report.docx"), stream -> writer.write(report, stream));
 * }</pre>
 */
package fr.enquete.io;
