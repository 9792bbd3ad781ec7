package fr.enquete.stats;

import fr.enquete.model.SourceLocation;

/** Something doubtful found while analysing, that did not stop the analysis. */
public record Diagnostic(SourceLocation where, String message) {

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
