package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.report.chart.Fonts;
import java.awt.Font;
import org.junit.jupiter.api.Test;

/**
 * The cover's title keeps a hyphenated place name on one line. LibreOffice rendered the Lens portrait's Word cover
 * (DejaVu Sans Bold 26 pt, 16 cm of text width) as "Indicateurs : Lens, Pas-de-" over "Calais".
 */
class TitleLinesTest {

    private static final Font TITLE = Fonts.bold(26);
    /** 16 cm, in twips. */
    private static final double WIDTH = WordTableLayout.PORTRAIT_CONTENT;

    @Test
    void aCompoundThatWouldBeSplitStartsTheNextLine() {
        assertEquals("Indicateurs\u00A0: Lens,\nPas-de-Calais", TitleLines.of("Indicateurs\u00A0: Lens, Pas-de-Calais", TITLE, WIDTH));
    }

    @Test
    void aTitleThatFitsOrBreaksElsewhereIsLeftToWord() {
        assertEquals("Indicateurs\u00A0: Pas-de-Calais", TitleLines.of("Indicateurs\u00A0: Pas-de-Calais", TITLE, WIDTH));
        // Too long for one line, but the break falls between plain words: Word makes it.
        String plain = "Analyse des besoins sociaux de la commune de Lomme et de ses quartiers";
        assertEquals(plain, TitleLines.of(plain, TITLE, WIDTH));
        // A compound wider than the line is split anyway: no break is added before it.
        String wide = "Communauté Saint-Pol-sur-Ternoise-et-Béthune-Bruay-Artois-Lys-Romane";
        assertEquals(wide, TitleLines.of(wide, TITLE, WIDTH));
        assertTrue(WordTableLayout.width(wide.split(" ")[1], TITLE) > WIDTH);
    }

    /**
     * The Lens CTG study's cover read "Convention territoriale globale" over "– Lens": a dash no longer starts a line,
     * tied to the word before it by a no-break space.
     */
    @Test
    void aDashKeepsToTheWordBeforeIt() {
        String lines = TitleLines.of("Convention territoriale globale – Lens", TITLE, WIDTH);
        assertEquals("Convention territoriale globale\u00A0– Lens", lines);
        assertTrue(lines.lines().noneMatch(l -> l.startsWith("–")), lines);
    }
}
