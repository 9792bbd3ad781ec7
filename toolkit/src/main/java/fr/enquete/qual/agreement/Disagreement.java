package fr.enquete.qual.agreement;

import java.util.List;

/**
 * A stretch of a source where coders differ on a code, to discuss.
 *
 * @param line    the 1-based line (paragraph) where it starts
 * @param applied the coders who applied the code there; the others did not
 */
public record Disagreement(String code, String source, int line, int start, int end, String text,
                           List<String> applied, List<String> omitted) {

    public Disagreement {
        applied = List.copyOf(applied);
        omitted = List.copyOf(omitted);
    }
}
