package fr.enquete.text.reinert;

/**
 * A segment typical of its class: the sum of the chi-squares of the class's characteristic lemmas it contains.
 *
 * @param index   the segment's index in {@link ReinertResult#segments()}
 * @param score   the sum of chi-squares
 * @param segment the segment
 */
public record TypicalSegment(int index, double score, TextSegment segment) {
}
