package fr.enquete.report.map;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Where each area's name goes on a map, every area named. A name sits at the point of its area farthest from the
 * edges (JTS's maximum inscribed circle, "polylabel"), else at the nearest point inside the area where it overlaps no
 * name already placed, the largest areas first. An area too small or too crowded for its name gets a number there
 * instead, and the map's key lists the numbers with their names: at the area's interior point alone, six of the MEL's
 * nineteen communes (Wattrelos, Croix...) were left without a name.
 */
final class MapLabels {

    /** A name (or its number) centred on {@code (x, y)} in {@code box}; {@code number} is 0 for a name written out. */
    record Label(String name, double x, double y, Rectangle2D box, int number) {
        boolean numbered() {
            return number > 0;
        }
    }

    /** Distance between the candidate points tried inside an area, in pixels. */
    private static final double STEP = 3;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private MapLabels() {
    }

    /**
     * The labels of {@code areas} (drawn geometries, in pixels) named {@code names}, in the areas' order.
     *
     * @param width  a text's width in pixels
     * @param height a line's height in pixels
     * @param bounds where labels may go (the map's frame)
     */
    static List<Label> place(List<Geometry> areas, List<String> names, ToDoubleFunction<String> width, double height, Rectangle2D bounds) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -areas.get(i).getArea()).thenComparing(names::get));
        List<Rectangle2D> taken = new ArrayList<>();
        Label[] labels = new Label[areas.size()];
        List<Integer> crowded = new ArrayList<>();
        // Each area's centre is kept free for its number until its name is placed: a large neighbour's long name
        // ("Villeneuve-d'Ascq") spilled over the small areas beside it, and their numbers then sat on its letters.
        Rectangle2D[] reserved = new Rectangle2D[areas.size()];
        for (int i = 0; i < areas.size(); i++) {
            Coordinate c = centre(areas.get(i));
            reserved[i] = box(c.x, c.y, width.applyAsDouble("99"), height);
        }
        for (int i : order) {
            List<Rectangle2D> avoid = new ArrayList<>(taken);
            for (int j = 0; j < areas.size(); j++) {
                if (j != i && labels[j] == null) {
                    avoid.add(reserved[j]);
                }
            }
            Label named = fit(areas.get(i), names.get(i), width.applyAsDouble(names.get(i)), height, bounds, avoid, 0);
            if (named != null) {
                taken.add(named.box());
                labels[i] = named;
            } else {
                crowded.add(i);
            }
        }
        // Numbered in reading order (top to bottom, left to right), so the key reads as the map does.
        crowded.sort(Comparator.comparingDouble((Integer i) -> Math.round(centre(areas.get(i)).y / 20))
                .thenComparingDouble(i -> centre(areas.get(i)).x).thenComparing(names::get));
        int number = 1;
        for (int i : crowded) {
            String text = String.valueOf(number);
            Label label = fit(areas.get(i), names.get(i), width.applyAsDouble(text), height, bounds, taken, number);
            if (label == null) {
                // Nowhere free: where it covers the least of what is written, rather than nowhere.
                label = leastCovering(areas.get(i), names.get(i), width.applyAsDouble(text), height, bounds, taken, number);
            }
            taken.add(label.box());
            labels[i] = label;
            number++;
        }
        return List.of(labels);
    }

    /** The first candidate point of {@code area} where a text of {@code w} pixels overlaps nothing taken, or null. */
    private static Label fit(Geometry area, String name, double w, double h, Rectangle2D bounds, List<Rectangle2D> taken, int number) {
        for (Coordinate c : candidates(area)) {
            Rectangle2D box = box(c.x, c.y, w, h);
            if (bounds.contains(box) && taken.stream().noneMatch(box::intersects)) {
                return new Label(name, c.x, c.y, box, number);
            }
        }
        return null;
    }

    /** The candidate point whose box overlaps the boxes taken the least (by area), the first of equals. */
    private static Label leastCovering(Geometry area, String name, double w, double h, Rectangle2D bounds, List<Rectangle2D> taken, int number) {
        Label best = null;
        double least = Double.MAX_VALUE;
        for (Coordinate c : candidates(area)) {
            Rectangle2D box = box(c.x, c.y, w, h);
            if (!bounds.contains(box) && best != null) {
                continue;
            }
            double covered = 0;
            for (Rectangle2D t : taken) {
                Rectangle2D both = box.createIntersection(t);
                covered += both.isEmpty() ? 0 : both.getWidth() * both.getHeight();
            }
            if (covered < least) {
                least = covered;
                best = new Label(name, c.x, c.y, box, number);
            }
        }
        return best;
    }

    /** The area's centre, then the points of a grid inside it, nearest the centre first. */
    private static List<Coordinate> candidates(Geometry area) {
        Coordinate centre = centre(area);
        List<Coordinate> out = new ArrayList<>();
        out.add(centre);
        Envelope e = area.getEnvelopeInternal();
        PreparedGeometry inside = PreparedGeometryFactory.prepare(area);
        List<Coordinate> grid = new ArrayList<>();
        for (double y = e.getMinY() + STEP / 2; y < e.getMaxY(); y += STEP) {
            for (double x = e.getMinX() + STEP / 2; x < e.getMaxX(); x += STEP) {
                Coordinate c = new Coordinate(x, y);
                if (inside.contains(FACTORY.createPoint(c))) {
                    grid.add(c);
                }
            }
        }
        grid.sort(Comparator.comparingDouble((Coordinate c) -> c.distance(centre)).thenComparingDouble(c -> c.y).thenComparingDouble(c -> c.x));
        out.addAll(grid);
        return out;
    }

    /** The point of the area farthest from its edges (within a tenth of a pixel). */
    private static Coordinate centre(Geometry area) {
        if (area.isEmpty() || area.getArea() == 0) {
            return area.getInteriorPoint().getCoordinate();
        }
        return MaximumInscribedCircle.getCenter(area, 0.1).getCoordinate();
    }

    /** The box of a text of {@code w} by {@code h} pixels centred on {@code (x, y)}, with a margin of 2 pixels. */
    private static Rectangle2D box(double x, double y, double w, double h) {
        return new Rectangle2D.Double(x - w / 2 - 2, y - h / 2 - 2, w + 4, h + 4);
    }
}
