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

    /**
     * Years as rows, the long shape: the same figures one a row, the 2021 year cell marked as the heading was. "2021 p"
     * was refused ("expected a year (2020) or a span (2015-2020), found "2021 p"").
     */
    @Test
    void aYearCellMarkedProvisionalInTheLongShapeMarksItsFigure() throws IOException {
        for (String year : List.of("2021 (provisoire)", "2021 (p)", "2021 p", "2021p")) {
            Path file = dir.resolve("long.csv");
            Files.writeString(file, "territoire;indicateur;année;valeur\nLens;" + PLACES + ";2020;115\nLens;" + PLACES + ";" + year
                    + ";115\nPas-de-Calais;" + PLACES + ";2020;4 224\nPas-de-Calais;" + PLACES + ";" + year + ";4 240\n");
            IndicatorTable t = IndicatorReader.read(file);
            assertEquals(List.of(2020, 2021), t.years(PLACES), year);
            Indicator late = t.value("Pas-de-Calais", PLACES, 2021).orElseThrow();
            assertEquals(4240, late.measure().value(), year);
            assertTrue(late.measure().provisional(), year);
            assertTrue(t.value("Lens", PLACES, 2021).orElseThrow().measure().provisional(), year);
            assertFalse(t.value("Pas-de-Calais", PLACES, 2020).orElseThrow().measure().provisional(), year);
        }
    }

    /** The long shape's "2021*" with its footnote under the table, and without one (a year, and a note). */
    @Test
    void aStarredYearCellInTheLongShapeFollowsItsFootnote() throws IOException {
        Path file = dir.resolve("long.csv");
        String rows = "territoire;indicateur;année;valeur\nLens;" + PLACES + ";2020;115\nLens;" + PLACES + ";2021*;115\n"
                + "Pas-de-Calais;" + PLACES + ";2021*;4 240\n";
        Files.writeString(file, rows + "* Données provisoires;;;\n");
        IndicatorTable t = IndicatorReader.read(file);
        assertTrue(t.value("Pas-de-Calais", PLACES, 2021).orElseThrow().measure().provisional());
        assertFalse(t.value("Lens", PLACES, 2020).orElseThrow().measure().provisional());
        Files.writeString(file, rows);
        IndicatorTable bare = IndicatorReader.read(file);
        assertFalse(bare.value("Pas-de-Calais", PLACES, 2021).orElseThrow().measure().provisional());
        assertTrue(bare.notes().stream().anyMatch(n -> n.key().equals("ind.note.footnote")), bare.notes().toString());
    }

    /**
     * CAF's wide shape, as seed 001 prints it (lines 462-463), with the provisional 2021 row an author adds from the line
     * under it ("Evolution annuelle (provisoire) : 2021 +0 +16": 115 + 0 = 115, 4 224 + 16 = 4 240) and its Année Réf
     * marked "2021 (p)".
     */
    @Test
    void aMarkedYearInTheWideShapeMarksItsRow() throws IOException {
        for (String year : List.of("2021 (p)", "2021 p", "2021*")) {
            Path file = dir.resolve("cadrage.tsv");
            Files.writeString(file, "\tAnnée Réf\tLens\tVariation sur 5 ans(*)\tPas-de-calais\tVariation sur 5 ans(*)\n"
                    + PLACES + "\t2020\t115\t\t4 224\t\n"
                    + PLACES + "\t" + year + "\t115\t\t4 240\t\n"
                    + (year.endsWith("*") ? "* chiffres provisoires\t\t\t\t\t\n" : ""));
            IndicatorTable t = IndicatorReader.read(file);
            Indicator late = t.value("Pas-de-Calais", PLACES, 2021).orElseThrow();
            assertEquals(4240, late.measure().value(), year);
            assertTrue(late.measure().provisional(), year);
            assertTrue(t.value("Lens", PLACES, 2021).orElseThrow().measure().provisional(), year);
            assertFalse(t.value("Lens", PLACES, 2020).orElseThrow().measure().provisional(), year);
        }
    }
}
