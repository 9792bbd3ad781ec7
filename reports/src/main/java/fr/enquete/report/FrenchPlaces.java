package fr.enquete.report;

import fr.enquete.indicator.InseeNames;
import fr.enquete.model.Folding;
import java.util.regex.Pattern;

/**
 * A territory's name as a French sentence writes it: with its article ("le Pas-de-Calais", "la France", "les QPV"),
 * after "de" ("du Pas-de-Calais", "d'Armentières", "du Havre") and after "à" ("au Pas-de-Calais"). Départements and
 * régions take INSEE's own articles (the Code officiel géographique, {@link InseeNames}); France, groupings of
 * communes (métropole, communauté, CA, CC) and quartiers (QPV) theirs; a commune whose name starts with its article
 * contracts it ("Le Havre", "du Havre"); any other name has none ("de Lens", "d'Arras"). The name itself is kept as the
 * table spells it.
 */
public final class FrenchPlaces {

    /** The article a name takes ("le", "la", "les", "l'" or none) and what "de" becomes before it. */
    private record Form(String article, String de) {
    }

    private static final Form NONE = new Form("", "de");
    private static final Form LE = new Form("le", "du");
    private static final Form LA = new Form("la", "de la");
    private static final Form LES = new Form("les", "des");
    private static final Form L = new Form("l'", "de l'");

    private static final Pattern FEMININE = Pattern.compile("(metropole|communaute|agglomeration|region|ville|commune|ca|cc|cu|cr)\\b.*");
    private static final Pattern ELIDED = Pattern.compile("(eurometropole|epci|intercommunalite|agglo)\\b.*");
    private static final Pattern PLURAL = Pattern.compile("(qpv|quartiers|iris|communes|territoires)\\b.*");
    private static final Pattern MASCULINE = Pattern.compile("(reste|departement|territoire|pays|bassin|quartier|secteur)\\b.*");
    private static final Pattern VOWEL = Pattern.compile("^[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜaeiouyàâäéèêëîïôöùûü].*");

    private FrenchPlaces() {
    }

    /** "le Pas-de-calais", "la France", "les QPV", "La Madeleine", "Lens". */
    public static String withArticle(String name) {
        Form f = form(name);
        return f.article().isEmpty() ? name : f.article().endsWith("'") ? f.article() + name : f.article() + " " + name;
    }

    /** "du Pas-de-calais", "de la France", "des QPV", "du Havre", "de La Madeleine", "d'Armentières", "de Lens". */
    public static String afterDe(String name) {
        String own = contracted(name, "du", "des");
        if (own != null) {
            return own;
        }
        Form f = form(name);
        if (f != NONE) {
            return f.de() + (f.de().endsWith("'") ? "" : " ") + name;
        }
        return VOWEL.matcher(name).matches() ? "d'" + name : "de " + name;
    }

    /** "au Pas-de-calais", "à la France", "aux QPV", "au Havre", "à La Madeleine", "à Lens". */
    public static String afterA(String name) {
        String own = contracted(name, "au", "aux");
        if (own != null) {
            return own;
        }
        return switch (form(name).article()) {
            case "le" -> "au " + name;
            case "les" -> "aux " + name;
            case "" -> "à " + name;
            default -> "à " + withArticle(name);
        };
    }

    /**
     * A commune's own "Le" or "Les" contracted with the preposition ("Le Havre": "du Havre", "au Havre"); null for
     * any other name, "La" and "L'" included, which do not contract.
     */
    private static String contracted(String name, String le, String les) {
        if (name.startsWith("Le ") && name.length() > 3) {
            return le + " " + name.substring(3);
        }
        if (name.startsWith("Les ") && name.length() > 4) {
            return les + " " + name.substring(4);
        }
        return null;
    }

    private static Form form(String name) {
        if (name.startsWith("Le ") || name.startsWith("La ") || name.startsWith("Les ") || name.startsWith("L'") || name.startsWith("L’")) {
            return NONE;
        }
        java.util.Optional<InseeNames.Entry> cog = InseeNames.find(name);
        if (cog.isPresent()) {
            return new Form(cog.get().article(), cog.get().charniere());
        }
        String f = key(name);
        if (f.equals("france") || f.startsWith("france ")) {
            return LA;
        }
        if (ELIDED.matcher(f).matches()) {
            return L;
        }
        if (FEMININE.matcher(f).matches()) {
            return LA;
        }
        if (PLURAL.matcher(f).matches()) {
            return LES;
        }
        if (MASCULINE.matcher(f).matches()) {
            return LE;
        }
        return NONE;
    }

    private static String key(String name) {
        return Folding.unaccentedLowerCase(name).replace('’', '\'').replaceAll("[\\s\\u00A0]+", " ").strip();
    }

}
