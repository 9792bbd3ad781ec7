package fr.enquete.text;

/**
 * How terms are extracted.
 *
 * @param stopWords             words left out
 * @param multiwords            whether multi-word terms ("conférence des financeurs") are extracted
 * @param minMultiwordFrequency a multi-word term must occur at least this often to be kept
 */
public record TermOptions(StopWords stopWords, boolean multiwords, int minMultiwordFrequency) {

    public static TermOptions defaults() {
        return new TermOptions(StopWords.french(), true, 2);
    }

    public TermOptions withStopWords(StopWords s) {
        return new TermOptions(s, multiwords, minMultiwordFrequency);
    }
}
