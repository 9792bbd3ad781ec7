package fr.enquete.qual.agreement;

/** What a unit of comparison is. */
public enum Level {
    /** A paragraph (non-blank line) of the source: coded with a code when any coded span of it touches it. */
    SEGMENT,
    /** A character of the source (line breaks excluded). */
    CHARACTER
}
