package fr.enquete.text.reinert;

/**
 * A text segment, the unit the Reinert classification sorts: an answer, or about forty words of a longer text
 * cut at sentence ends.
 *
 * @param source where it comes from (a transcript's name, "ligne 12" of an export)
 * @param line   the line of the file (transcripts) or the row (exports) where it starts
 * @param text   the words
 */
public record TextSegment(String source, long line, String text) {

    public TextSegment {
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(text, "text");
    }

    /** How many words it has (runs of characters between spaces). */
    public int words() {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
