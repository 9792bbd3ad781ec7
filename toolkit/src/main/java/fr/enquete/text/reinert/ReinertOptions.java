package fr.enquete.text.reinert;

/**
 * The settings of a classification.
 *
 * @param classes      the number of terminal classes asked for (IRaMuTeQ's default is 10)
 * @param minClassSize a split is kept only when both halves have at least this many segments; 0 chooses
 *                     {@link #minClassSize(int)}
 * @param lemmas       characteristic lemmas kept per class
 * @param typical      typical segments kept per class
 */
public record ReinertOptions(int classes, int minClassSize, int lemmas, int typical) {

    public ReinertOptions {
        if (classes < 2) {
            throw new IllegalArgumentException("at least 2 classes must be asked for: " + classes);
        }
        if (minClassSize < 0 || lemmas < 1 || typical < 0) {
            throw new IllegalArgumentException("negative or zero limits");
        }
    }

    public static ReinertOptions defaults() {
        return new ReinertOptions(10, 0, 30, 5);
    }

    public ReinertOptions withClasses(int n) {
        return new ReinertOptions(n, minClassSize, lemmas, typical);
    }

    public ReinertOptions withMinClassSize(int n) {
        return new ReinertOptions(classes, n, lemmas, typical);
    }

    /**
     * The smallest class for {@code segments} classifiable segments: the one given, else a quarter of an even share
     * between the classes asked for, at least 3, so that a split does not peel off a handful of odd segments.
     */
    public int minClassSize(int segments) {
        return minClassSize > 0 ? minClassSize : Math.max(3, segments / (2 * classes));
    }
}
