package fr.enquete.report.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The areas of a GeoJSON contour file (IGN/INSEE communes or IRIS, in longitude and latitude, WGS 84 as RFC 7946 has
 * it): a FeatureCollection of Polygon and MultiPolygon features, each named by one of its properties (the code or the
 * name the indicator table uses). JSON is read with Jackson, geometry held by JTS.
 *
 * @param key the property that names each area
 */
public record Contours(String source, String key, List<Area> areas) {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    /** The mean Earth radius (IUGG), for areas in square metres. */
    private static final double EARTH_RADIUS = 6_371_008.8;

    public Contours {
        areas = List.copyOf(areas);
    }

    /** An area: its key as the file gives it and its shape in longitude (x) and latitude (y). */
    public record Area(String key, Geometry geometry) {
    }

    /**
     * @throws InputException located in the file (the JSON line and column, or the feature's number) for a file that is
     *                        not a FeatureCollection of polygons named by {@code key}
     */
    public static Contours read(Path file, String key) {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            var l = e.getLocation();
            throw new InputException(SourceLocation.line(file.toString(), l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr()),
                    Message.of("map.json.invalid", e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException(SourceLocation.file(file.toString()), Message.of("map.read", fr.enquete.io.SystemErrors.reason(e)), e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new InputException(SourceLocation.file(file.toString()), root == null ? Message.of("map.type.none")
                    : Message.of("map.type", root.path("type").asText()));
        }
        List<Area> areas = new ArrayList<>();
        int n = 0;
        for (JsonNode f : root.path("features")) {
            n++;
            SourceLocation where = SourceLocation.file(file + ", feature " + n);
            JsonNode value = f.path("properties").path(key);
            if (value.isMissingNode() || value.isNull()) {
                Set<String> names = new LinkedHashSet<>();
                f.path("properties").fieldNames().forEachRemaining(names::add);
                Message message = Message.of("map.key.missing", key, new Message.Listed(List.copyOf(names), false));
                // Missing from the first area, the key names nothing of these contours (a usage error, --map-key); from a
                // later one, an area lacks it.
                throw n == 1 ? new fr.enquete.model.ReferenceException(where, message.english()) : new InputException(where, message);
            }
            areas.add(new Area(value.asText(), geometry(f.path("geometry"), where)));
        }
        if (areas.isEmpty()) {
            throw new InputException(SourceLocation.file(file.toString()), Message.of("map.empty"));
        }
        return new Contours(file.getFileName().toString(), key, areas);
    }

    private static Geometry geometry(JsonNode g, SourceLocation where) {
        String type = g.path("type").asText();
        JsonNode c = g.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(c, where);
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                for (JsonNode p : c) {
                    parts.add(polygon(p, where));
                }
                yield FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            default -> throw new InputException(where, Message.of("map.geometry", type));
        };
    }

    private static Polygon polygon(JsonNode rings, SourceLocation where) {
        List<LinearRing> all = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<Coordinate> points = new ArrayList<>();
            for (JsonNode p : ring) {
                if (p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                    throw new InputException(where, Message.of("map.position", p.toString()));
                }
                points.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble()));
            }
            try {
                all.add(FACTORY.createLinearRing(points.toArray(Coordinate[]::new)));
            } catch (IllegalArgumentException e) {
                throw new InputException(where, Message.of("map.ring", e.getMessage()));
            }
        }
        if (all.isEmpty()) {
            throw new InputException(where, Message.of("map.ring.none"));
        }
        return FACTORY.createPolygon(all.get(0), all.subList(1, all.size()).toArray(LinearRing[]::new));
    }

    /** The latitude the projection is true at: the middle of the contours' extent. */
    public double centralLatitude() {
        var e = FACTORY.buildGeometry(areas.stream().map(Area::geometry).toList()).getEnvelopeInternal();
        return (e.getMinY() + e.getMaxY()) / 2;
    }

    /**
     * Equirectangular projection true at {@code centralLatitude}, in metres: x = R λ cos φ0, y = R φ. Over a commune or
     * a metropolis (some 50 km) its scale error is well under 1 %, the usual choice for a small territory.
     */
    public AffineTransformation projection() {
        double k = Math.PI / 180 * EARTH_RADIUS;
        return AffineTransformation.scaleInstance(k * Math.cos(Math.toRadians(centralLatitude())), k);
    }

    /** An area's surface in square kilometres, in the projection above. */
    public double squareKilometres(Area a) {
        return projection().transform(a.geometry()).getArea() / 1e6;
    }

    /** Keys in file order, for messages. */
    public List<String> keys() {
        List<String> out = new ArrayList<>();
        for (Iterator<Area> it = areas.iterator(); it.hasNext(); ) {
            out.add(it.next().key());
        }
        return out;
    }
}
