package fr.enquete.model;

/**
 * A filter that does not parse, worded in either language ({@link #wording()}); {@link #getMessage()} stays the English
 * sentence that LimeSurvey's and XLSForm's readers quote.
 */
public final class FilterSyntaxException extends IllegalArgumentException {

    private final transient Message wording;

    public FilterSyntaxException(Message wording) {
        super(wording.english());
        this.wording = wording;
    }

    /** What was expected, at which character of which filter. */
    public Message wording() {
        return wording;
    }
}
