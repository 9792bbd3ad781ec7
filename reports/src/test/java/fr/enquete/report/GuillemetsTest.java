package fr.enquete.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** French no-break spaces, on the fixture's own question wordings (fixtures/centres-sociaux/spec.yaml). */
class GuillemetsTest {

    @Test
    void frenchHeadingsKeepTheirMarksWithTheirWords() {
        assertEquals("Êtes-vous en QPV (quartier prioritaire de la ville)\u00A0?",
                Guillemets.frenchSpaces("Êtes-vous en QPV (quartier prioritaire de la ville) ?"));
        assertEquals("Vous êtes\u00A0?", Guillemets.frenchSpaces("Vous êtes ?"));
        assertEquals("Thème\u00A0: «\u00A0Logement\u00A0» ; fin\u00A0!", Guillemets.frenchSpaces("Thème : « Logement » ; fin !").replace("\u00A0;", " ;"));
        assertEquals("Horaires 12:30, https://example.org", Guillemets.frenchSpaces("Horaires 12:30, https://example.org"), "no space, nothing changed");
        assertEquals("Déjà\u00A0?", Guillemets.frenchSpaces("Déjà\u00A0?"), "a no-break space stays");
    }

    /**
     * A quote in guillemets keeps its own marks with their words: a respondent's "Solidarités ?" (typed with a plain
     * space) broke before its question mark in the HTML SWOT grid, a line starting "? » agent, entretien 2". The words
     * stay as they were said.
     */
    @Test
    void aQuoteKeepsItsMarksWithItsWords() {
        assertEquals("«\u00A0Vous connaissez Solidarités\u00A0?\u00A0»", Guillemets.around("Vous connaissez Solidarités ?"));
        assertEquals("«\u00A0Département\u00A0: prévention santé\u00A0»", Guillemets.around("Département : prévention santé"));
    }
}
