package fr.enquete.testing;

import fr.enquete.importer.DelimitedSource;
import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importer;
import fr.enquete.importer.TableSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test importer registered in the test class path's {@code META-INF/services}: it reads files named
 * {@code *.counted} as delimited text and counts how many times each is opened, so that a test can tell how often
 * a command opens its export. Any other file is left to the built-in importers.
 */
public final class CountingImporter implements Importer {

    private static final Map<Path, AtomicInteger> OPENS = new ConcurrentHashMap<>();

    @Override
    public boolean reads(Path file, byte[] head, String extension) {
        return extension.equals("counted");
    }

    @Override
    public TableSource open(Path file, ImportOptions options) {
        OPENS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new AtomicInteger()).incrementAndGet();
        return DelimitedSource.sniff(file, options.charset(), options.delimiter());
    }

    /** How many times {@code file} was opened since the last {@link #reset}. */
    public static int opens(Path file) {
        AtomicInteger n = OPENS.get(file.toAbsolutePath().normalize());
        return n == null ? 0 : n.get();
    }

    public static void reset(Path file) {
        OPENS.remove(file.toAbsolutePath().normalize());
    }
}
