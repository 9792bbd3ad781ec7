package fr.enquete.io;

import fr.enquete.model.Message;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Map;

/**
 * Why the operating system refused a read or a write, in the run's language: the system words it in English
 * ("No space left on device"), and java.nio gives some reasons by type only, with the path as the message
 * ({@link AccessDeniedException}), so a French run quoted English or a path with no reason at all.
 */
public final class SystemErrors {

    /** The system's wordings (strerror on Linux and macOS, as java.nio and java.io quote them), by message key. */
    private static final Map<String, String> WORDINGS = Map.ofEntries(
            Map.entry("no space left on device", "io.reason.full"),
            Map.entry("read-only file system", "io.reason.readonly"),
            Map.entry("disk quota exceeded", "io.reason.quota"),
            Map.entry("permission denied", "cli.reason.denied"),
            Map.entry("operation not permitted", "cli.reason.denied"),
            Map.entry("no such file or directory", "cli.reason.missing"),
            Map.entry("is a directory", "io.reason.folder"),
            Map.entry("not a directory", "cli.reason.not.folder"),
            Map.entry("directory not empty", "io.reason.not.empty"),
            Map.entry("file exists", "cli.reason.exists"));

    private SystemErrors() {
    }

    /**
     * The reason of {@code e}: translated when java.nio's type or the system's wording is a common one, else the system's
     * words as it gave them (the exception's message, which names the path for a {@link FileSystemException}).
     */
    public static Message reason(Exception e) {
        Message known = known(e);
        if (known != null) {
            return known;
        }
        return Message.plain(String.valueOf(e.getMessage()));
    }

    /** As {@link #reason}, or null when neither the type nor the wording is known. */
    public static Message known(Exception e) {
        if (e instanceof NoSuchFileException) {
            return Message.of("cli.reason.missing");
        }
        if (e instanceof AccessDeniedException) {
            return Message.of("cli.reason.denied");
        }
        if (e instanceof FileAlreadyExistsException) {
            return Message.of("cli.reason.exists");
        }
        if (e instanceof NotDirectoryException) {
            return Message.of("cli.reason.not.folder");
        }
        if (e instanceof DirectoryNotEmptyException) {
            return Message.of("io.reason.not.empty");
        }
        String words = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (words == null) {
            return null;
        }
        String key = WORDINGS.get(words.strip().toLowerCase(Locale.ROOT));
        if (key == null && words.endsWith(")") && words.contains(" (")) {
            // java.io's FileInputStream and FileOutputStream: "rapport/stats.json (Permission denied)".
            key = WORDINGS.get(words.substring(words.lastIndexOf(" (") + 2, words.length() - 1).toLowerCase(Locale.ROOT));
        }
        return key == null ? null : Message.of(key);
    }
}
