package fr.enquete.text;

/**
 * One free-text answer (or transcript part) to analyse.
 *
 * @param row   the export row it came from, to link back to the respondent
 * @param text  the answer
 * @param group the respondent's group for specificity (e.g. the département), or null
 */
public record TextDocument(long row, String text, String group) {
}
