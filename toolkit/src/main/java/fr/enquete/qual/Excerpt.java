package fr.enquete.qual;

/**
 * A passage shortened to name it on one line (a REFI-QDA selection's name, an error message): white space folded
 * to single spaces, then cut with "…" to at most {@code max} characters, counted as Unicode characters so that an
 * emoji is never split in two.
 */
public final class Excerpt {

    private Excerpt() {
    }

    public static String of(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= max ? flat : flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
    }
}
