/**
 * REFI-QDA projects (.qdpx), the exchange format of NVivo, ATLAS.ti, MAXQDA and QualCoder: read, written, queried.
 *
 * <pre>{@code
 * QdpxReader.Import imported = QdpxReader.read(Path.of("projet.qdpx"));
 * try (OutputStream out = Files.newOutputStream(Path.of("copie.qdpx"))) {
 *     QdpxWriter.write(imported.project(), out);
 * }
 * }</pre>
 */
package fr.enquete.qual.qda;
