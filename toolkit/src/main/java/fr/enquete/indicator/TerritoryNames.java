package fr.enquete.indicator;

/**
 * When two spellings name one territory: "Lomme" and "LOMME", "Métropole européenne de Lille" and "Metropole
 * Europeenne de Lille", "Mons-en-Barœul" and "Mons en Baroeul" differ in case, accents, ligatures, hyphens, apostrophes
 * and spaces only, as tables pasted from several documents do.
 */
public final class TerritoryNames {

    private TerritoryNames() {
    }

    /** The name without what tells such spellings apart; equal keys name one territory. */
    public static String key(String name) {
        return IndicatorReader.fold(name).replace('œ', 'o').replace("oe", "o").replaceAll("[-'’ ]+", " ").strip();
    }
}
