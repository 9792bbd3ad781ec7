package fr.enquete.qual;

/**
 * A piece of what someone said or wrote: a sentence of an interviewee's turn, a passage coded by hand, one
 * expression of a questionnaire answer, or a segment coded in another tool.
 *
 * @param source  the source's id
 * @param speaker who said it (the turn's label), or empty
 * @param line    the line of the file (interviews) or the row (questionnaires) it comes from
 * @param text    the words, without coding marks
 * @param theme   the theme it is known to be about (a questionnaire question's theme), or empty for any
 */
public record Segment(String source, String speaker, long line, String text, String theme) {
}
