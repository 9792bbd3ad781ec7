package fr.enquete.qual.agreement;

/**
 * A code applied to a span of a source's text, {@code start} inclusive and {@code end} exclusive (UTF-16
 * offsets into the text the coders share).
 */
public record Coding(String source, int start, int end, String code) {

    public Coding {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " in " + source);
        }
    }
}
