package fr.enquete.qual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CTG grid's vocabulary in codebooks and inline codes, and the codebook's 'grid:'. */
class GridTest {

    @TempDir
    Path dir;

    @Test
    void quadrantsParseInBothVocabularies() {
        assertEquals(Quadrant.ATOUT, Quadrant.parse("Atouts").orElseThrow());
        assertEquals(Quadrant.PROBLEMATIQUE, Quadrant.parse("problématique").orElseThrow());
        assertEquals(Quadrant.PROBLEMATIQUE, Quadrant.parse("Problématiques").orElseThrow());
        assertEquals(Quadrant.AXE, Quadrant.parse("Axes  de travail").orElseThrow());
        assertEquals(List.of(Quadrant.ATOUT, Quadrant.FAIBLESSE, Quadrant.PROBLEMATIQUE, Quadrant.AXE), Grid.CTG.quadrants());
        assertEquals(Quadrant.ATOUT, Grid.CTG.fit(Quadrant.FORCE).orElseThrow());
        assertEquals(Quadrant.FORCE, Grid.AFOM.fit(Quadrant.ATOUT).orElseThrow());
        assertTrue(Grid.CTG.fit(Quadrant.MENACE).isEmpty());
    }

    @Test
    void codebookChoosesTheGridAndItsItemsMustFitIt() throws IOException {
        Path ok = write("ok.yaml", "grid: ctg\nthemes:\n  - theme: Jeunesse\n    items:\n      - item: BAFA\n        quadrant: axe de travail\n"
                + "        terms: [bafa]\n      - item: Maison Buisson\n        quadrant: force\n        terms: [maison buisson]\n");
        SwotCodebook book = SwotCodebookReader.read(ok);
        assertEquals(Grid.CTG, book.grid());
        assertEquals(Quadrant.AXE, book.themes().get(0).items().get(0).quadrant());
        assertEquals(Quadrant.ATOUT, book.themes().get(0).items().get(1).quadrant(), "a force is an atout in a CTG grid");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> book.withGrid(Grid.AFOM)).getMessage()
                .contains("item \"BAFA\" of theme \"Jeunesse\" is in quadrant axe"));

        Path menace = write("menace.yaml", "grid: ctg\nthemes:\n  - theme: Jeunesse\n    items:\n      - item: X\n        quadrant: menace\n        terms: [x]\n");
        InputException e = assertThrows(InputException.class, () -> SwotCodebookReader.read(menace));
        assertTrue(e.getMessage().contains("line 6") && e.getMessage().contains("\"menace\" is not in the ctg grid"), e.getMessage());
        Path unknown = write("unknown.yaml", "grid: ctq\nthemes: []\n");
        assertTrue(assertThrows(InputException.class, () -> SwotCodebookReader.read(unknown)).getMessage().contains("unknown grid \"ctq\""));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
