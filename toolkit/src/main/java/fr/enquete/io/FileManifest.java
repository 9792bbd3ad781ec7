package fr.enquete.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The list of the files a writer made in a folder on behalf of one output (the charts of {@code report.md}), kept in
 * that folder as {@code enquete-OWNER.txt}, so that the next run writing the same output removes the files it no
 * longer makes (the chart of a question since left out) and never a file enquete did not list there (the user's own).
 * <p>
 * A manifest is written into a staging folder beside the files it lists; {@link AtomicFiles#moveInto} reads the one it
 * replaces, and once every file is in place removes those listed before and not now (unless another manifest of the
 * folder lists them too). A manifest listing nothing is not moved into place: it removes the previous one, and the
 * folder when that leaves it empty.
 */
public final class FileManifest {

    /** "enquete-" + the owner's file name (which has an extension, unlike import-qda's "enquete-import.txt") + ".txt". */
    private static final Pattern NAME = Pattern.compile("enquete-.+\\.[^.]+\\.txt");

    private FileManifest() {
    }

    /** The manifest's file name for the files written for {@code owner} (a file name, such as report.md). */
    public static String name(String owner) {
        return "enquete-" + owner + ".txt";
    }

    /** Writes into {@code dir} the manifest of {@code owner}: {@code files}, names of files of {@code dir}, sorted. */
    public static void write(Path dir, String owner, Collection<String> files) throws IOException {
        StringBuilder text = new StringBuilder("# Written by enquete with " + owner + ": the next run that writes " + owner
                + " removes the files below that it no longer makes.\n");
        new TreeSet<>(files).forEach(f -> text.append(f).append('\n'));
        AtomicFiles.writeString(dir.resolve(name(owner)), text.toString());
    }

    /** Whether a file name is a manifest's. */
    static boolean isManifest(String name) {
        return NAME.matcher(name).matches();
    }

    /** The file names a manifest lists; none when it is missing. Only plain names of its own folder are kept. */
    static Set<String> read(Path manifest) throws IOException {
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String line : Files.readAllLines(manifest)) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#") && !name.contains("/") && !name.contains("\\") && !name.equals(".")
                    && !name.equals("..") && !isManifest(name) && !AtomicFiles.isTemporary(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * A manifest about to replace {@code target}: the files the previous one listed and the new one does not.
     *
     * @param empty whether the new manifest lists nothing (it then removes the previous one instead of replacing it)
     */
    record Replacement(Path target, Set<String> stale, boolean empty) {

        /** What moving the staged manifest {@code staged} onto {@code target} leaves behind; read before the move. */
        static Replacement of(Path staged, Path target) throws IOException {
            Set<String> now = read(staged);
            Set<String> stale = new LinkedHashSet<>(read(target));
            stale.removeAll(now);
            return new Replacement(target, stale, now.isEmpty());
        }

        /**
         * Once the new files are in place: removes the stale files no other manifest of the folder lists and that this
         * commit did not write ({@code written}), then, for a manifest listing nothing, the previous manifest and the
         * folder if it is left empty.
         */
        void prune(Set<Path> written) throws IOException {
            Path dir = target.getParent();
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            Set<String> kept = new HashSet<>();
            for (Path other : manifests(dir)) {
                if (!other.equals(target)) {
                    kept.addAll(read(other));
                }
            }
            for (String name : stale) {
                Path file = dir.resolve(name);
                if (!kept.contains(name) && !written.contains(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(file);
                }
            }
            if (empty) {
                Files.deleteIfExists(target);
                try (DirectoryStream<Path> left = Files.newDirectoryStream(dir)) {
                    if (!left.iterator().hasNext()) {
                        Files.delete(dir);
                    }
                }
            }
        }

        private static List<Path> manifests(Path dir) throws IOException {
            List<Path> found = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "enquete-*.txt")) {
                entries.forEach(p -> {
                    if (isManifest(p.getFileName().toString())) {
                        found.add(p);
                    }
                });
            }
            return found;
        }
    }
}
