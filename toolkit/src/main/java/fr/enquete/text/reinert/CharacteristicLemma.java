package fr.enquete.text.reinert;

/**
 * A lemma over-represented in a class: the chi-square of the 2 × 2 table (segments of the class or of the other
 * classes × with or without the lemma), without continuity correction, as IRaMuTeQ gives it.
 *
 * @param lemma    the lemma
 * @param inClass  segments of the class that contain it
 * @param segments classified segments that contain it
 * @param chi2     the chi-square, negative when the class has fewer of these segments than expected
 * @param p        its p-value (chi-square with one degree of freedom)
 */
public record CharacteristicLemma(String lemma, int inClass, int segments, double chi2, double p) {

    /** The share of the lemma's segments that are in the class, in percent. */
    public double percentInClass() {
        return segments == 0 ? 0 : 100.0 * inClass / segments;
    }
}
