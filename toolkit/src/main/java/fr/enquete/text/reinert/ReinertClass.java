package fr.enquete.text.reinert;

import java.util.List;

/**
 * A terminal class of the classification.
 *
 * @param number   1 to the number of classes, in the dendrogram's order from top to bottom
 * @param size     its segments
 * @param percent  its share of the classified segments, in percent
 * @param lemmas   its characteristic lemmas (positive chi-square, p below 0.05), strongest first
 * @param typical  its most typical segments, most typical first
 */
public record ReinertClass(int number, int size, double percent, List<CharacteristicLemma> lemmas, List<TypicalSegment> typical) {

    public ReinertClass {
        lemmas = List.copyOf(lemmas);
        typical = List.copyOf(typical);
    }
}
