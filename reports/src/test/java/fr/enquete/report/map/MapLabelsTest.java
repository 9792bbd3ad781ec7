package fr.enquete.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Names on a map: every area named, no two names over each other, a number where a name finds no room. */
class MapLabelsTest {

    private static final GeometryFactory F = new GeometryFactory();
    private static final Rectangle2D FRAME = new Rectangle2D.Double(0, 0, 400, 400);

    private static Geometry rect(double x, double y, double w, double h) {
        return F.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + w, y), new Coordinate(x + w, y + h),
                new Coordinate(x, y + h), new Coordinate(x, y)});
    }

    /** Each character 6 pixels wide, lines 12 pixels high. */
    private static List<MapLabels.Label> place(List<Geometry> areas, List<String> names) {
        return MapLabels.place(areas, names, t -> 6.0 * t.length(), 12, FRAME);
    }

    @Test
    void aNameMovesInsideItsAreaAwayFromANameAlreadyPlaced() {
        // A large square, and a tall strip beside it whose centre is level with the square's name; the strip is 120 high:
        // its name fits above or below the square's (72 pixels wide) once moved.
        Geometry big = rect(50, 100, 100, 100);
        Geometry strip = rect(150, 40, 80, 220);
        List<MapLabels.Label> labels = place(List.of(big, strip), List.of("Grandeville", "Bourg-Long-Nom"));
        assertEquals("Grandeville", labels.get(0).name());
        assertFalse(labels.get(0).numbered());
        assertFalse(labels.get(1).numbered());
        assertFalse(labels.get(0).box().intersects(labels.get(1).box()));
        // The strip's name stays inside the strip (its centre point is in it).
        assertTrue(strip.contains(F.createPoint(new Coordinate(labels.get(1).x(), labels.get(1).y()))));
        // The square's name is at its centre, the point farthest from its edges.
        assertEquals(100, labels.get(0).x(), 0.5);
        assertEquals(150, labels.get(0).y(), 0.5);
    }

    @Test
    void areasTooSmallForTheirNamesAreNumberedInReadingOrder() {
        // A row of four 20 x 20 squares: no name of 60 pixels fits without covering a neighbour's, so the largest
        // (all equal: by name) is written over its neighbours' room and the others get numbers.
        List<Geometry> areas = List.of(rect(100, 100, 20, 20), rect(120, 100, 20, 20), rect(140, 100, 20, 20), rect(100, 300, 20, 20));
        List<MapLabels.Label> labels = place(areas, List.of("Dunkerque", "Arras", "Calais", "Bethune"));
        assertEquals(4, labels.size());
        long numbered = labels.stream().filter(MapLabels.Label::numbered).count();
        assertTrue(numbered >= 1, labels.toString());
        // Numbers run 1, 2... top to bottom then left to right.
        List<MapLabels.Label> byNumber = labels.stream().filter(MapLabels.Label::numbered)
                .sorted(java.util.Comparator.comparingInt(MapLabels.Label::number)).toList();
        for (int k = 0; k < byNumber.size(); k++) {
            assertEquals(k + 1, byNumber.get(k).number());
            if (k > 0) {
                MapLabels.Label a = byNumber.get(k - 1);
                MapLabels.Label b = byNumber.get(k);
                assertTrue(Math.round(a.y() / 20) < Math.round(b.y() / 20) || Math.round(a.y() / 20) == Math.round(b.y() / 20) && a.x() <= b.x(),
                        labels.toString());
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).box().intersects(labels.get(j).box()), labels.get(i) + " over " + labels.get(j));
            }
        }
    }

    /**
     * A dense map (a probe's 57 communes): long names of large areas spilled over their small neighbours, whose numbers
     * then sat on the names' letters. A grid of 20-pixel squares, one bigger area beside it: nothing written overlaps.
     */
    @Test
    void onADenseMapNothingWrittenOverlaps() {
        java.util.List<Geometry> areas = new java.util.ArrayList<>();
        java.util.List<String> names = new java.util.ArrayList<>();
        areas.add(rect(20, 150, 60, 60));
        names.add("Villeneuve-d'Ascq Sud-Ouest");
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                areas.add(rect(80 + 20 * c, 140 + 20 * r, 20, 20));
                names.add("Commune " + r + c + " Nord-Est");
            }
        }
        List<MapLabels.Label> labels = place(areas, names);
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).box().intersects(labels.get(j).box()), labels.get(i) + " over " + labels.get(j));
            }
            // Each label sits on its own area.
            assertTrue(areas.get(i).contains(F.createPoint(new Coordinate(labels.get(i).x(), labels.get(i).y()))), labels.get(i).toString());
        }
    }

    /** A key's entry is cut to its column: "27 Mons-en-Barœul Sud-Ouest" ran past the picture's edge on a dense map. */
    @Test
    void aKeyEntryIsCutToItsColumn() {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setFont(fr.enquete.report.chart.Fonts.regular(10));
        java.awt.FontMetrics m = g.getFontMetrics();
        String entry = "27  Mons-en-Barœul Sud-Ouest";
        String cut = ChoroplethMap.fitted(entry, 90, m);
        assertTrue(cut.endsWith("…") && m.stringWidth(cut) <= 90 && entry.startsWith(cut.substring(0, cut.length() - 1)), cut);
        assertEquals("1  Lomme", ChoroplethMap.fitted("1  Lomme", 90, m));
        g.dispose();
    }
}
