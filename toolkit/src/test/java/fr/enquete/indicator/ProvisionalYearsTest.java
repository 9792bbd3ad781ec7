package fr.enquete.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year heading that says its figures are provisional, "2021 (provisoire)", "2021 p", or "2021*" with a footnote saying
 * so, was read as 2021 and its figures not marked (or refused: "2021 p" and "2021*" were no year). The table is seed
 * 001's "Nombre de places EAJE" (lines 463-464: 115 and 4 224 in 2020, "Evolution annuelle (provisoire)" +0 and +16 in
 * 2021) with years as columns, its 2021 values counted by hand: 115 + 0 = 115, 4 224 + 16 = 4 240.
 */
class ProvisionalYearsTest {

    private static final String PLACES = "Nombre de places EAJE";

    @TempDir
    Path dir;

    private IndicatorTable read(String heading, String under) throws IOException {
        Path file = dir.resolve("places.csv");
        Files.writeString(file, PLACES + ";2020;" + heading + "\nLens;115;115\nPas-de-Calais;4 224;4 240\n" + under);
        return IndicatorReader.read(file);
    }

    @Test
    void aYearHeadingMarkedProvisionalMarksItsFigures() throws IOException {
        for (String heading : List.of("2021 (provisoire)", "2021 (p)", "2021 p", "2021p")) {
            IndicatorTable t = read(heading, "");
            assertEquals(List.of(2020, 2021), t.years(PLACES), heading);
            Indicator late = t.value("Pas-de-Calais", PLACES, 2021).orElseThrow();
            assertEquals(4240, late.measure().value(), heading);
            assertTrue(late.measure().provisional(), heading);
            assertTrue(t.value("Lens", PLACES, 2021).orElseThrow().measure().provisional(), heading);
            assertFalse(t.value("Pas-de-Calais", PLACES, 2020).orElseThrow().measure().provisional(), heading);
        }
    }

    @Test
    void aStarredYearIsProvisionalWhenItsFootnoteSaysSo() throws IOException {
        IndicatorTable t = read("2021*", "* Données provisoires\n");
        assertTrue(t.value("Pas-de-Calais", PLACES, 2021).orElseThrow().measure().provisional());
        assertFalse(t.value("Pas-de-Calais", PLACES, 2020).orElseThrow().measure().provisional());
        IndicatorTable called = read("2021 (*)", "(*) chiffres provisoires\n");
        assertTrue(called.value("Lens", PLACES, 2021).orElseThrow().measure().provisional());
    }

    @Test
    void aStarredYearWithoutSuchAFootnoteIsAYearAndTheNotesSaySo() throws IOException {
        IndicatorTable t = read("2021*", "");
        Indicator late = t.value("Pas-de-Calais", PLACES, 2021).orElseThrow();
        assertEquals(4240, late.measure().value());
        assertFalse(late.measure().provisional());
        assertTrue(t.notes().stream().anyMatch(n -> n.key().equals("ind.note.footnote")
                && n.english().contains("places.csv, row 1, column \"2021*\": \"2021\" followed by the footnote mark \"*\"")),
                t.notes().toString());
    }
}
