package fr.enquete.text;

import fr.enquete.model.Folding;

/** Folds case and accents, so that {@code Séniors}, {@code séniors} and {@code seniors} group together. */
final class Fold {

    private Fold() {
    }

    static String fold(String s) {
        return Folding.unaccentedLowerCase(s).replace('’', '\'');
    }
}
