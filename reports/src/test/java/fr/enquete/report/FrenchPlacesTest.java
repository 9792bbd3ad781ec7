package fr.enquete.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Territory names in French sentences. The départements' and régions' articles are INSEE's (Code officiel
 * géographique, TNCC: Pas-de-Calais 2 "le", Somme 3 "la", Landes 4 "les", Ain 5 "l'", Eure-et-Loir 1 "d'", Paris 0);
 * the other names are those of the fixtures (fixtures/indicateurs) and of communes whose name holds its article.
 */
class FrenchPlacesTest {

    @Test
    void departementsTakeInseeArticlesWhateverTheirSpelling() {
        // CAF tables write "Pas-de-calais": the article is found, the spelling kept.
        assertEquals("le Pas-de-calais", FrenchPlaces.withArticle("Pas-de-calais"));
        assertEquals("du Pas-de-calais", FrenchPlaces.afterDe("Pas-de-calais"));
        assertEquals("au Pas-de-Calais", FrenchPlaces.afterA("Pas-de-Calais"));
        assertEquals("de la Somme", FrenchPlaces.afterDe("Somme"));
        assertEquals("des Landes", FrenchPlaces.afterDe("Landes"));
        assertEquals("aux Landes", FrenchPlaces.afterA("Landes"));
        assertEquals("l'Ain", FrenchPlaces.withArticle("Ain"));
        assertEquals("de l'Ain", FrenchPlaces.afterDe("Ain"));
        assertEquals("à l'Ain", FrenchPlaces.afterA("Ain"));
        assertEquals("d'Eure-et-Loir", FrenchPlaces.afterDe("Eure-et-Loir"));
        assertEquals("de Paris", FrenchPlaces.afterDe("Paris"));
        assertEquals("le Nord", FrenchPlaces.withArticle("Nord"));
        assertEquals("d'Île-de-France", FrenchPlaces.afterDe("Île-de-France"));
        assertEquals("des Pays de la Loire", FrenchPlaces.afterDe("Pays de la Loire"));
    }

    @Test
    void franceGroupingsAndQuartiers() {
        assertEquals("la France", FrenchPlaces.withArticle("France"));
        assertEquals("de la France", FrenchPlaces.afterDe("France"));
        assertEquals("à la France", FrenchPlaces.afterA("France"));
        assertEquals("de la Métropole Européenne de Lille", FrenchPlaces.afterDe("Métropole Européenne de Lille"));
        assertEquals("la CA Béthune-Bruay", FrenchPlaces.withArticle("CA Béthune-Bruay"));
        assertEquals("les QPV", FrenchPlaces.withArticle("QPV"));
        assertEquals("des QPV", FrenchPlaces.afterDe("QPV"));
        assertEquals("aux QPV", FrenchPlaces.afterA("QPV"));
        assertEquals("le Reste du Pas-de-Calais", FrenchPlaces.withArticle("Reste du Pas-de-Calais"));
    }

    @Test
    void communesKeepTheirOwnArticleAndElide() {
        assertEquals("Lens", FrenchPlaces.withArticle("Lens"));
        assertEquals("de Lens", FrenchPlaces.afterDe("Lens"));
        assertEquals("à Lens", FrenchPlaces.afterA("Lens"));
        assertEquals("d'Armentières", FrenchPlaces.afterDe("Armentières"));
        // An "h" is not elided: whether it is mute depends on the word, so "de Hem" is kept as written.
        assertEquals("de Hem", FrenchPlaces.afterDe("Hem"));
        assertEquals("La Madeleine", FrenchPlaces.withArticle("La Madeleine"));
        assertEquals("de La Madeleine", FrenchPlaces.afterDe("La Madeleine"));
        assertEquals("du Havre", FrenchPlaces.afterDe("Le Havre"));
        assertEquals("au Havre", FrenchPlaces.afterA("Le Havre"));
        assertEquals("des Mureaux", FrenchPlaces.afterDe("Les Mureaux"));
        assertEquals("Le Havre", FrenchPlaces.withArticle("Le Havre"));
        assertEquals("de Bourg Délivrance 3", FrenchPlaces.afterDe("Bourg Délivrance 3"));
        // A commune named like a grouping word is not taken for one: "Cambrai", not "la Cambrai".
        assertEquals("Cambrai", FrenchPlaces.withArticle("Cambrai"));
    }
}
