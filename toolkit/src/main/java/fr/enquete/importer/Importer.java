package fr.enquete.importer;

import java.nio.file.Path;

/**
 * One export format: tells its files from their first bytes and name, and opens them. {@link Importers#open} asks
 * the importers of {@link Importers#registered()} in order, the first that {@link #reads} a file opening it; a file
 * none of them reads is read as delimited text (CSV, TSV...).
 *
 * <p>A new format is one class implementing this interface, with a public no-argument constructor, named in a
 * {@code META-INF/services/fr.enquete.importer.Importer} file of its jar: {@link java.util.ServiceLoader} finds it on
 * the class path, and it is asked before the built-in formats.
 */
public interface Importer {

    /**
     * Whether this importer reads {@code file}.
     *
     * @param head the file's first bytes (up to 8; fewer for a shorter file)
     * @param extension the file name's extension in lower case, without the dot ("" when none)
     */
    boolean reads(Path file, byte[] head, String extension);

    /** The file opened as a table, read with {@code options} (sheet, encoding, delimiter, limits). */
    TableSource open(Path file, ImportOptions options);

    /** A ZIP archive (XLSX, ODS, and any Office Open XML or OpenDocument file) starts with these 4 bytes. */
    static boolean zip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** An OLE2 compound document (XLS 97-2003) starts with D0 CF 11 E0. */
    static boolean ole2(byte[] head) {
        return head.length >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0;
    }
}
