package fr.enquete.spec;

/**
 * @deprecated moved to {@link fr.enquete.model.ScaleVocabulary} (statistics read it too, and {@code stats} must not
 * depend on {@code spec}); this delegate is kept for older callers.
 */
@Deprecated
public final class ScaleVocabulary {

    private ScaleVocabulary() {
    }

    public static boolean isAside(String choice) {
        return fr.enquete.model.ScaleVocabulary.isAside(choice);
    }

    public static boolean negativeFirst(java.util.List<String> choices) {
        return fr.enquete.model.ScaleVocabulary.negativeFirst(choices);
    }
}
