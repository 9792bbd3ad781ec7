package fr.enquete.spec;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A survey title made from a file's name when the platform gives none: "enquete-centres-sociaux-2019.csv" gives
 * "Enquete centres sociaux 2019" (separators become spaces, the first letter a capital; accents are not guessed).
 */
public final class ReadableTitle {

    private ReadableTitle() {
    }

    public static String of(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String words = base.replaceAll("[-_.+\\s]+", " ").strip();
        if (words.isEmpty()) {
            return base;
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
