package fr.enquete.report;

/**
 * What the documents of a term table are, so that its labels say what was counted: the answers to a survey
 * question, or the interventions (paragraphs of the interviewees) of transcripts.
 */
public enum TextUnit {
    ANSWERS(""),
    INTERVENTIONS(".interventions");

    private final String suffix;

    TextUnit(String suffix) {
        this.suffix = suffix;
    }

    /** The label key worded for this unit: {@code terms.answers} or {@code terms.answers.interventions}. */
    public String key(String key) {
        return key + suffix;
    }

    /** The unit's name in the JSON of {@code terms}: {@code answers} or {@code interventions}. */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
