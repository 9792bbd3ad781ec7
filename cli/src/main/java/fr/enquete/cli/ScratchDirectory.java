package fr.enquete.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a benchmark writes its synthetic files: the directory the user asked to keep, or a temporary one that
 * {@link #close()} deletes with its contents, also when the benchmark failed.
 */
record ScratchDirectory(Path path, boolean kept) implements AutoCloseable {

    /** The directory to keep if one is given, else a new temporary directory named after {@code prefix}. */
    static ScratchDirectory keptOrTemporary(Path keep, String prefix) throws IOException {
        return keep != null ? new ScratchDirectory(keep, true) : new ScratchDirectory(Files.createTempDirectory(prefix), false);
    }

    @Override
    public void close() {
        if (kept || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : deepestFirst) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the benchmark's temporary directory " + path, e);
        }
    }
}
