package fr.enquete.report.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.indicator.IndicatorReader;
import fr.enquete.indicator.IndicatorTable;
import fr.enquete.model.InputException;
import fr.enquete.report.Lang;
import fr.enquete.report.chart.ChartFiles;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Choropleth maps on a real contour file (19 communes of the MEL, IGN ADMIN EXPRESS through france-geojson). Areas
 * against INSEE's surfaces and a separate Python computation; class breaks against Python's
 * {@code statistics.quantiles(v, n=4, method='inclusive')} (R's type 7).
 */
class MapTest {

    @TempDir
    Path dir;

    private static final Path CONTOURS = Fixtures.home().resolve("fixtures/contours/mel-communes-politique-de-la-ville.geojson");

    @Test
    void quantileAndEqualIntervalBreaksOfLommesIncomes() {
        // Seed 000, median income per IRIS of Lomme in 2020.
        double[] v = {1663, 1996, 1984, 1978, 1720, 1615, 1573, 1836, 1835, 1508, 1748, 1544, 1405};
        ClassBreaks q = ClassBreaks.of(v, 4, ClassBreaks.Method.QUANTILES);
        // statistics.quantiles(v, n=4, method='inclusive') -> [1573.0, 1720.0, 1836.0]
        assertArrayEquals(new double[] {1405, 1573, 1720, 1836, 1996}, q.breaks(), 1e-9);
        assertEquals(List.of(4L, 3L, 3L, 3L), counts(q, v));
        ClassBreaks e = ClassBreaks.of(v, 4, ClassBreaks.Method.EQUAL);
        // 1405 + (1996 - 1405) * i / 4
        assertArrayEquals(new double[] {1405, 1552.75, 1700.5, 1848.25, 1996}, e.breaks(), 1e-9);
        assertEquals(List.of(3L, 3L, 4L, 3L), counts(e, v));
        ClassBreaks few = ClassBreaks.of(new double[] {0, 1, 2, 1, 0}, 4, ClassBreaks.Method.QUANTILES);
        assertTrue(few.byValue());
        assertEquals(3, few.count());
        assertEquals(1, few.classOf(1));
        assertThrows(IllegalArgumentException.class, () -> ClassBreaks.of(v, 1, ClassBreaks.Method.EQUAL));
    }

    private static List<Long> counts(ClassBreaks b, double[] v) {
        return java.util.stream.IntStream.range(0, b.count()).mapToObj(k -> java.util.Arrays.stream(v).filter(x -> b.classOf(x) == k).count()).toList();
    }

    @Test
    void areasAgreeWithInseeSurfaces() {
        Contours c = Contours.read(CONTOURS, "nom");
        assertEquals(19, c.areas().size());
        Map<String, Double> area = new java.util.HashMap<>();
        c.areas().forEach(a -> area.put(a.key(), c.squareKilometres(a)));
        // INSEE: Lille 34,8 km² (with Lomme and Hellemmes), Roubaix 13,2, Tourcoing 15,2; within 1 %.
        assertEquals(34.8, area.get("Lille"), 0.35);
        assertEquals(13.2, area.get("Roubaix"), 0.13);
        assertEquals(15.2, area.get("Tourcoing"), 0.15);
        // Python (json, math): shoelace on x = R λ cos φ0, y = R φ, φ0 = 50.63364 the middle of the file's latitudes,
        // R = 6 371 008,8 m: Lille 34,757320, Seclin 17,319519, Madeleine 2,701375 km².
        assertEquals(34.757320, area.get("Lille"), 1e-5);
        assertEquals(17.319519, area.get("Seclin"), 1e-5);
        assertEquals(2.701375, area.get("Madeleine"), 1e-5);
    }

    @Test
    void badContoursAreLocated() throws IOException {
        Path broken = dir.resolve("broken.geojson");
        Files.writeString(broken, "{\"type\": \"FeatureCollection\",\n \"features\": [ {\"type\": \"Feature\",, } ]}");
        InputException e = assertThrows(InputException.class, () -> Contours.read(broken, "nom"));
        assertTrue(e.getMessage().contains("broken.geojson") && e.getMessage().contains("line 2") || e.getMessage().contains("ligne 2")
                || e.getMessage().contains(":2:"), e.getMessage());
        InputException key = assertThrows(InputException.class, () -> Contours.read(CONTOURS, "CODE_IRIS"));
        assertTrue(key.getMessage().contains("feature 1") && key.getMessage().contains("no property \"CODE_IRIS\"")
                && key.getMessage().contains("code, nom"), key.getMessage());
        Path point = dir.resolve("point.geojson");
        Files.writeString(point, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"nom\":\"Lille\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[3.06,50.63]}}]}");
        InputException p = assertThrows(InputException.class, () -> Contours.read(point, "nom"));
        assertTrue(p.getMessage().contains("expected a Polygon or MultiPolygon geometry, found \"Point\""), p.getMessage());
    }

    @Test
    void npruSitesAreMappedByCommuneWithTheGapsSaid() throws IOException {
        IndicatorTable t = IndicatorReader.read(Fixtures.home().resolve("fixtures/indicateurs/mel-npru.csv"));
        ChoroplethMap.Drawn d = new ChoroplethMap(Lang.FR).draw(Contours.read(CONTOURS, "nom"), t, null, null, 4, ClassBreaks.Method.QUANTILES);
        assertEquals("Sites du NPRU", d.indicator());
        assertEquals(2016, d.year());
        // Seed 004: two sites in Lille (Concorde, Bois Blancs), one in Roubaix, none in Seclin; values 0, 1, 2 are a class each.
        assertTrue(d.breaks().byValue());
        assertEquals(2, d.classes().get("Lille"));
        assertEquals(1, d.classes().get("Roubaix"));
        assertEquals(0, d.classes().get("Seclin"));
        // The contours' "Madeleine" is the table's "La Madeleine" (no site): matched without its article, nothing left
        // without a value or a contour (both were before).
        assertEquals(0, d.classes().get("Madeleine"));
        assertEquals(List.of(), d.notes());
        byte[] png = d.chart().png();
        assertTrue(png.length > 20_000);
        String svg = ChartFiles.svg(d.chart().width(), d.chart().height(), d.chart().title(), d.chart().drawing());
        // The darkest class (ColorBrewer Blues #08519C) fills Lille.
        assertTrue(svg.contains("rgb(8,81,156)") || svg.toLowerCase().contains("#08519c"), svg.substring(0, 400));
        // Areas are named on the map, in the table's spelling; the title names no file.
        assertTrue(svg.contains(">Lille</text>") && svg.contains(">Roubaix</text>") && svg.contains(">Seclin</text>"), svg);
        // Every commune is named, on the map or by a number in the key: at their interior points six of the nineteen
        // (Wattrelos, Croix...) overlapped a name already written and were left out.
        for (String commune : List.of("Villeneuve-d", "Armentières", "Croix", "Faches-Thumesnil", "Haubourdin", "Hem", "Lambersart",
                "Lille", "Loos", "Lys-lez-Lannoy", "La Madeleine", "Marcq-en-Barœul", "Mons-en-Barœul", "Ronchin", "Roubaix", "Seclin",
                "Tourcoing", "Wattignies", "Wattrelos")) {
            assertTrue(svg.contains(">" + commune) || svg.contains("  " + commune + "</text>"), commune + " not on the map");
        }
        assertEquals("Carte\u00A0: Sites du NPRU (2016)", d.chart().title());
        Files.write(dir.resolve("map.png"), png);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> new ChoroplethMap(Lang.FR)
                .draw(Contours.read(CONTOURS, "code"), t, null, null, 4, ClassBreaks.Method.QUANTILES));
        assertTrue(none.getMessage().contains("matches a territory"), none.getMessage());
    }
}
