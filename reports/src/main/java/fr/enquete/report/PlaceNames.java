package fr.enquete.report;

/**
 * Territory names in a sentence of the report's language: French gives them their article ({@link FrenchPlaces}:
 * "la France", "du Pas-de-Calais", "au Pas-de-Calais"), English names them as they are.
 */
public record PlaceNames(Lang lang) {

    /** "la France", "le Pas-de-Calais", "Lens"; in English the name. */
    public String the(String territory) {
        return lang == Lang.FR ? FrenchPlaces.withArticle(territory) : territory;
    }

    /** After "de": "de la France", "du Pas-de-Calais", "d'Armentières"; in English the name. */
    public String of(String territory) {
        return lang == Lang.FR ? FrenchPlaces.afterDe(territory) : territory;
    }

    /** After "à": "à la France", "au Pas-de-Calais", "à Lens"; in English the name. */
    public String to(String territory) {
        return lang == Lang.FR ? FrenchPlaces.afterA(territory) : territory;
    }
}
