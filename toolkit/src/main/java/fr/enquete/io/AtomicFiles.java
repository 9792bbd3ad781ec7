package fr.enquete.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a file so that readers see either the previous version or the complete new one, never half
 * of it: the content goes to a temporary file beside the target, which is then moved into place. A write
 * error anywhere (a full disk) fails the write, even when the content's writer swallows it (a
 * {@link java.io.PrintWriter} does): the temporary file is removed and the previous file kept.
 * <p>
 * Temporary files and folders are named {@code .<name>.enquete<pid>-<random>[.tmp]} (a file set aside while a set is
 * moved into place, {@code .old}); those left by a process
 * that no longer runs (killed with {@code kill -9}) are removed by the next write into the same folder.
 */
public final class AtomicFiles {

    /** Writes content to a stream; may throw. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Opens a temporary file for writing; replaceable by tests, to play a full disk. */
    @FunctionalInterface
    public interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    private static final long PID = ProcessHandle.current().pid();
    /** A temporary file or staging folder: "." + the target's name (group 1) + ".enquete" + pid (group 2) + "-" + random. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.*)\\.enquete(\\d+)-\\d+(\\.tmp|\\.old)?");
    private static volatile Opener opener = Files::newOutputStream;

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path created = createFolders(dir);
        boolean done = false;
        Path tmp = null;
        try {
            removeStaleTemporaries(dir);
            tmp = Files.createTempFile(dir, prefix(absolute.getFileName().toString()), ".tmp");
            Checked checked;
            try (Checked out = new Checked(opener.open(tmp))) {
                checked = out;
                try {
                    content.writeTo(out);
                } catch (IOException | RuntimeException e) {
                    // A writer that wraps the stream's error in its own (POI's "Fail to save" while it zips a document
                    // into the file) would hide what happened: the write error is what is reported.
                    out.rethrow(absolute, e);
                    throw e;
                }
            }
            checked.rethrow(absolute);
            readableLikeANewFile(tmp, absolute);
            move(tmp, absolute);
            done = true;
        } finally {
            if (!done) {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
                removeEmptyFolders(dir, created);
            }
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * A new temporary folder inside {@code dir} (created if needed) in which to write a set of files that must
     * appear together: {@link Staging#commit()} moves them into {@code dir}, {@link Staging#close()} deletes what
     * is left. Use it in a try-with-resources block.
     */
    public static Staging stage(Path dir, String name) throws IOException {
        Path absolute = dir.toAbsolutePath();
        Path created = createFolders(absolute);
        try {
            removeStaleTemporaries(absolute);
            return new Staging(absolute, Files.createTempDirectory(absolute, prefix(name)), created);
        } catch (IOException | RuntimeException | Error e) {
            removeEmptyFolders(absolute, created);
            throw e;
        }
    }

    /**
     * A set of files written together into a temporary folder, then moved into their folder. A run that fails
     * before {@link #commit()} leaves that folder as it was: when opening the staging created it (and its parents),
     * closing removes them again if they are still empty, so that a failed run leaves no empty output folder.
     */
    public static final class Staging implements java.io.Closeable {
        private final Path dir;
        private final Path path;
        private final Path created;
        private boolean committed;

        private Staging(Path dir, Path path, Path created) {
            this.dir = dir;
            this.path = path;
            this.created = created;
        }

        /** The temporary folder to write into. */
        public Path path() {
            return path;
        }

        /** Moves every file written into the staging folder into place (see {@link AtomicFiles#moveInto}). */
        public void commit() throws IOException {
            moveInto(path, dir);
            committed = true;
        }

        /** Deletes the staging folder, and when nothing was committed, the folders opening it created. */
        @Override
        public void close() throws IOException {
            try {
                deleteRecursively(path);
            } finally {
                if (!committed) {
                    removeEmptyFolders(dir, created);
                }
            }
        }
    }

    /** Creates {@code dir} and its missing parents; the outermost folder this created, or null when it existed. */
    private static Path createFolders(Path dir) throws IOException {
        Path outermost = null;
        for (Path p = dir; p != null && !Files.isDirectory(p); p = p.getParent()) {
            outermost = p;
        }
        if (outermost != null) {
            // Only when something is missing: on a folder that exists, createDirectories goes through two exceptions.
            Files.createDirectories(dir);
        }
        return outermost;
    }

    /**
     * Removes {@code dir} and its parents up to {@code created} (a folder {@link #createFolders} made), innermost
     * first, as long as each is empty: another run's files, or the user's, stop it.
     */
    private static void removeEmptyFolders(Path dir, Path created) {
        if (created == null) {
            return;
        }
        for (Path p = dir; p != null && p.startsWith(created); p = p.getParent()) {
            try {
                Files.delete(p);
            } catch (IOException e) {
                return;
            }
        }
    }

    /**
     * Moves every file of {@code staging} (files of its sub-folders into the same sub-folders of {@code dir}), each
     * by an atomic rename, then deletes {@code staging}: all of them or none. A target that cannot be replaced (a
     * folder of that name) fails before anything moves; a rename that fails midway puts back the files already
     * replaced, so a report's formats never mix two runs (report.xlsx open elsewhere, the others already new). The
     * files that a {@link FileManifest} moved into place no longer lists are then removed.
     */
    public static void moveInto(Path staging, Path dir) throws IOException {
        List<Path> staged;
        try (Stream<Path> walk = Files.walk(staging)) {
            staged = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Path base = dir.toAbsolutePath();
        // Manifests (FileManifest) are read before anything moves: what the previous ones listed and the new ones do not
        // is removed once the new files are in place. One listing nothing is not moved: it only removes the previous one.
        List<FileManifest.Replacement> manifests = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path f : staged) {
            if (FileManifest.isManifest(f.getFileName().toString())) {
                FileManifest.Replacement r = FileManifest.Replacement.of(f, base.resolve(staging.relativize(f).toString()));
                manifests.add(r);
                if (r.empty()) {
                    continue;
                }
            }
            files.add(f);
        }
        List<Path> targets = files.stream().map(f -> base.resolve(staging.relativize(f).toString())).toList();
        for (Path target : targets) {
            if (Files.isDirectory(target)) {
                throw new java.nio.file.FileSystemException(target.toString(), null, "a folder has that name");
            }
        }
        // Each target replaced is first set aside (a temporary name of the same folder), to be put back on failure.
        List<Path[]> replaced = new ArrayList<>();
        List<Path> created = new ArrayList<>();
        boolean done = false;
        try {
            for (int i = 0; i < files.size(); i++) {
                Path target = targets.get(i);
                createFolders(target.getParent());
                readableLikeANewFile(files.get(i), target);
                if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Path aside = target.resolveSibling(prefix(target.getFileName().toString()) + "0.old");
                    move(target, aside);
                    replaced.add(new Path[] {target, aside});
                } else {
                    created.add(target);
                }
                move(files.get(i), target);
            }
            done = true;
        } finally {
            if (done) {
                for (Path[] r : replaced) {
                    Files.deleteIfExists(r[1]);
                }
            } else {
                putBack(replaced, created);
            }
        }
        Set<Path> written = Set.copyOf(targets);
        for (FileManifest.Replacement r : manifests) {
            r.prune(written);
        }
        deleteRecursively(staging);
    }

    /** Undoes a commit that failed midway: new files removed, the files set aside moved back; best effort. */
    private static void putBack(List<Path[]> replaced, List<Path> created) {
        for (Path p : created) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // The failure being reported matters more; a file left here is a complete one.
            }
        }
        for (Path[] r : replaced) {
            try {
                move(r[1], r[0]);
            } catch (IOException e) {
                // As above: the set-aside file keeps the previous version under its temporary name.
            }
        }
    }

    /** Deletes a folder and everything in it, when it exists. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** For tests: runs {@code action} with temporary files opened by {@code replacement}. */
    public static <T> T withOpener(Opener replacement, Callable<T> action) throws Exception {
        Opener previous = opener;
        opener = replacement;
        try {
            return action.call();
        } finally {
            opener = previous;
        }
    }

    /**
     * What a path met in an error stands for: the file a temporary file of {@link #write} was to become, the folder a
     * staging folder of {@link #stage} was to fill, a file written into a staging folder at its place in that folder,
     * else the path itself. A failed write named ".stats.json.enquete12078-4431.tmp", or
     * "rapport/.report.enquete12078-4431/charts/q3-bars.png", which the user never asked for.
     */
    public static Path intended(Path path) {
        Path root = path.getRoot();
        Path result = null;
        int last = path.getNameCount() - 1;
        for (int i = 0; i <= last; i++) {
            Path name = path.getName(i);
            Matcher m = TEMPORARY.matcher(name.toString());
            if (m.matches() && !m.group(1).isEmpty()) {
                if (m.group(3) == null) {
                    // A staging folder: its files go into the folder that holds it.
                    if (i == last && result == null && root == null) {
                        return path;
                    }
                    continue;
                }
                name = Path.of(m.group(1));
            }
            result = result == null ? name : result.resolve(name);
        }
        if (root != null) {
            result = result == null ? root : root.resolve(result);
        }
        return result;
    }

    private static String prefix(String name) {
        return "." + name + ".enquete" + PID + "-";
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Whether a file name is one of enquete's temporary files or staging folders (".report.enquete123-4"). */
    public static boolean isTemporary(String name) {
        return TEMPORARY.matcher(name).matches();
    }

    /** Removes the temporary files and folders of enquete's naming in {@code dir} whose process is gone. */
    static void removeStaleTemporaries(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.enquete*")) {
            for (Path p : entries) {
                Matcher m = TEMPORARY.matcher(p.getFileName().toString());
                if (m.matches() && !running(Long.parseLong(m.group(2)))) {
                    try {
                        deleteRecursively(p);
                    } catch (IOException e) {
                        // Another run may be removing it too; what remains is tried again next time.
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Cleaning is a courtesy: a folder that cannot be listed fails the write itself, with its own error.
        }
    }

    private static boolean running(long pid) {
        return pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Temporary files are created owner-only; a report is meant to be shared like any file the user writes, so
     * it gets the permissions of the file it replaces, or rw-r--r-- when new.
     */
    private static void readableLikeANewFile(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }

    /**
     * A write that failed underneath (a full disk): the file the user asked for (never the temporary file or the
     * staging folder it was being written through) and the system's reason.
     */
    public static final class WriteFailure extends IOException {
        private final transient Path target;

        WriteFailure(Path target, IOException cause) {
            super("cannot write " + target + ": " + cause.getMessage(), cause);
            this.target = target;
        }

        /** The file that could not be written, as {@link #intended} names it. */
        public Path target() {
            return target;
        }

        /** Why, as the system said it ("No space left on device"). */
        public String reason() {
            return getCause().getMessage();
        }
    }

    /** Passes bytes on and remembers the first write error, which a PrintWriter above it would swallow. */
    private static final class Checked extends FilterOutputStream {
        private IOException failure;

        Checked(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }

        void rethrow(Path target) throws IOException {
            rethrow(target, null);
        }

        /** Throws the first write error, if any, with {@code other} (what the content's writer threw) suppressed. */
        void rethrow(Path target, Exception other) throws IOException {
            if (failure != null) {
                IOException e = new WriteFailure(intended(target), failure);
                if (other != null && other != failure) {
                    e.addSuppressed(other);
                }
                throw e;
            }
        }
    }
}
