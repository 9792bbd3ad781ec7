package fr.enquete.report.map;

import fr.enquete.indicator.Indicator;
import fr.enquete.indicator.IndicatorTable;
import fr.enquete.indicator.Unit;
import fr.enquete.report.Labels;
import fr.enquete.report.Lang;
import fr.enquete.report.NumberFormats;
import fr.enquete.report.chart.Fonts;
import fr.enquete.report.chart.Palette;
import fr.enquete.report.doc.Report;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * A choropleth map of an indicator: each contour filled by the class of its territory's value (quantiles or equal
 * intervals, said in the legend), the whole territory mapped outlined, the areas without a value in grey. Areas are joined
 * to the table's territories on the contour's key property, compared without accents or case. Drawn with Java2D, so the
 * report's chart code turns it into SVG (HTML) or PNG (Word, Excel, Markdown) like any chart.
 */
public final class ChoroplethMap {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 560;
    private static final int MAP_WIDTH = 500;
    /** ColorBrewer's "Blues", light to dark, interpolated for the number of classes. */
    private static final Color LIGHT = new Color(0xDEEBF7);
    private static final Color DARK = new Color(0x08519C);
    private static final Color NO_VALUE = new Color(0xE0E0E0);

    private final Labels labels;
    private final NumberFormats numbers;

    public ChoroplethMap(Lang lang) {
        this.labels = new Labels(lang);
        this.numbers = new NumberFormats(lang);
    }

    /**
     * A map and what a reader must know beside it.
     *
     * @param classes each area's class by its key, -1 for an area without a value
     * @param notes   the areas without a value and the territories without a contour
     */
    public record Drawn(Report.Chart chart, String indicator, int year, ClassBreaks breaks, Map<String, Integer> classes, List<String> notes) {
    }

    /**
     * @param indicator the indicator mapped (null: the first the contours' territories have values for)
     * @param year      the year (null: the latest with values for some of the areas)
     * @throws IllegalArgumentException when no area matches a territory of the table
     */
    public Drawn draw(Contours contours, IndicatorTable table, String indicator, Integer year, int classes, ClassBreaks.Method method) {
        Map<String, String> territoryByKey = new LinkedHashMap<>();
        for (Contours.Area a : contours.areas()) {
            Optional<String> same = table.territories().stream().filter(t -> fold(t).equals(fold(a.key()))).findFirst();
            // A commune named without its article in one file ("Madeleine" in IGN-derived contours, "La Madeleine" in
            // the table) is the same one when no other territory reads so.
            List<String> loose = same.isPresent() ? List.of(same.get())
                    : table.territories().stream().filter(t -> bare(t).equals(bare(a.key()))).toList();
            if (loose.size() == 1) {
                territoryByKey.put(a.key(), loose.get(0));
            }
        }
        if (territoryByKey.isEmpty()) {
            throw new IllegalArgumentException("no contour of " + contours.source() + " matches a territory of the table on \"" + contours.key()
                    + "\" (contours: " + String.join(", ", contours.keys().subList(0, Math.min(5, contours.keys().size())))
                    + "...; territories: " + String.join(", ", table.territories().subList(0, Math.min(5, table.territories().size()))) + "...)");
        }
        String name = indicator != null ? indicator : table.indicators().stream()
                .filter(n -> territoryByKey.values().stream().anyMatch(t -> !table.years(n).isEmpty()
                        && table.years(n).stream().anyMatch(y -> table.value(t, n, y).isPresent())))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no indicator has values for the contours' territories"));
        if (!table.indicators().contains(name)) {
            throw new IllegalArgumentException("no indicator \"" + name + "\" to map" + fr.enquete.model.Names.didYouMean(name, table.indicators()));
        }
        int y = year != null ? year : table.years(name).stream().filter(x -> territoryByKey.values().stream()
                .anyMatch(t -> table.value(t, name, x).isPresent())).max(Integer::compare)
                .orElseThrow(() -> new IllegalArgumentException("no value of \"" + name + "\" for the contours' territories"));
        Map<String, Indicator> values = new LinkedHashMap<>();
        territoryByKey.forEach((key, t) -> table.value(t, name, y).ifPresent(v -> values.put(key, v)));
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no value of \"" + name + "\" in " + y + " for the contours' territories");
        }
        ClassBreaks breaks = ClassBreaks.of(values.values().stream().mapToDouble(i -> i.measure().value()).toArray(), classes, method);
        Map<String, Integer> classOf = new LinkedHashMap<>();
        for (Contours.Area a : contours.areas()) {
            Indicator v = values.get(a.key());
            classOf.put(a.key(), v == null ? -1 : breaks.classOf(v.measure().value()));
        }
        List<String> notes = notes(contours, table, name, y, values, territoryByKey);
        Indicator any = values.values().iterator().next();
        int decimals = values.values().stream().mapToInt(i -> i.measure().decimals()).max().orElse(0);
        Unit unit = any.measure().unit();
        String title = name + " (" + y + ")";
        Report.Chart chart = new Report.Chart("indicators-map", MessageFormat.format(labels.get("map.title"),
                name, String.valueOf(y)), WIDTH, HEIGHT,
                g -> paint(g, contours, classOf, breaks, decimals, unit, title, territoryByKey));
        return new Drawn(chart, name, y, breaks, classOf, notes);
    }

    private List<String> notes(Contours contours, IndicatorTable table, String name, int year, Map<String, Indicator> values,
                               Map<String, String> territoryByKey) {
        List<String> notes = new ArrayList<>();
        List<String> without = contours.keys().stream().filter(k -> !values.containsKey(k)).toList();
        if (!without.isEmpty()) {
            notes.add(MessageFormat.format(labels.get("map.novalue"), String.valueOf(without.size()), String.join(", ", without), without.size()));
        }
        // Territories of the mapped level (the level of those matched) with a value and no contour.
        List<String> levels = territoryByKey.values().stream().map(t -> table.value(t, name, year).map(Indicator::level).orElse(""))
                .filter(l -> !l.isEmpty()).distinct().toList();
        List<String> noShape = table.values().stream().filter(i -> i.name().equals(name) && i.period().from() == year
                        && !territoryByKey.containsValue(i.territory()) && (levels.isEmpty() || levels.contains(i.level())))
                .map(Indicator::territory).distinct().toList();
        if (!noShape.isEmpty()) {
            notes.add(MessageFormat.format(labels.get("map.noshape"), String.valueOf(noShape.size()), String.join(", ", noShape), noShape.size()));
        }
        return notes;
    }

    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile("^(le|la|les|l) ");

    private static String bare(String s) {
        return ARTICLE.matcher(fold(s)).replaceFirst("");
    }

    private static String fold(String s) {
        return fr.enquete.indicator.TerritoryNames.key(s);
    }

    private void paint(Graphics2D g, Contours contours, Map<String, Integer> classOf, ClassBreaks breaks, int decimals, Unit unit, String title,
                       Map<String, String> names) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Palette.TEXT);
        g.setFont(Fonts.bold(15));
        g.drawString(title, 12, 24);

        AffineTransformation fit = fit(contours, 12, 40, MAP_WIDTH, HEIGHT - 70);
        ShapeWriter writer = new ShapeWriter();
        List<Color> colours = colours(breaks.count());
        List<Geometry> drawn = new ArrayList<>();
        for (Contours.Area a : contours.areas()) {
            // Simplified to a third of a pixel: the same picture with far fewer points in the SVG.
            Geometry shape = TopologyPreservingSimplifier.simplify(fit.transform(a.geometry()), 0.3);
            drawn.add(shape);
            Shape s = writer.toShape(shape);
            int k = classOf.get(a.key());
            g.setColor(k < 0 ? NO_VALUE : colours.get(k));
            g.fill(s);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(0.8f));
            g.draw(s);
        }
        // The whole territory mapped, outlined: the reference the areas are read against.
        Geometry whole = UnaryUnionOp.union(drawn);
        g.setColor(Palette.TEXT);
        g.setStroke(new BasicStroke(1.6f));
        g.draw(writer.toShape(whole.getBoundary()));
        List<MapLabels.Label> placed = names(g, contours, drawn, names);

        int x = MAP_WIDTH + 32;
        int y = 64;
        g.setFont(Fonts.bold(13));
        g.drawString(labels.get(breaks.byValue() ? "map.byvalue" : breaks.method() == ClassBreaks.Method.QUANTILES ? "map.quantiles" : "map.equal"), x, y);
        if (!breaks.byValue()) {
            g.setFont(Fonts.regular(11));
            g.drawString(MessageFormat.format(labels.get("map.classes"), String.valueOf(breaks.count())), x, y + 15);
            y += 15;
        }
        y += 14;
        g.setFont(Fonts.regular(13));
        for (int k = 0; k < breaks.count(); k++) {
            int kk = k;
            long n = classOf.values().stream().filter(c -> c == kk).count();
            box(g, x, y, colours.get(k));
            g.setColor(Palette.TEXT);
            g.drawString(classLabel(breaks, k, decimals, unit) + " (" + n + ")", x + 26, y + 14);
            y += 26;
        }
        long missing = classOf.values().stream().filter(c -> c < 0).count();
        if (missing > 0) {
            box(g, x, y, NO_VALUE);
            g.setColor(Palette.TEXT);
            g.drawString(labels.get("map.none") + " (" + missing + ")", x + 26, y + 14);
            y += 26;
        }
        key(g, placed, x, y);
        g.setFont(Fonts.regular(11));
        g.setColor(new Color(0x555555));
        g.drawString(MessageFormat.format(labels.get("map.source"), contours.source()), 12, HEIGHT - 10);
    }

    /**
     * Each area's name (the table's spelling) inside it on a white halo, or its number when the name finds no room
     * ({@link MapLabels}): a map without names left readers guessing which area was which. The labels, for the key.
     */
    private static List<MapLabels.Label> names(Graphics2D g, Contours contours, List<Geometry> drawn, Map<String, String> names) {
        g.setFont(Fonts.regular(10));
        java.awt.FontMetrics metrics = g.getFontMetrics();
        List<String> texts = contours.areas().stream().map(a -> names.getOrDefault(a.key(), a.key())).toList();
        List<MapLabels.Label> labels = MapLabels.place(drawn, texts, t -> metrics.getStringBounds(t, g).getWidth(), metrics.getHeight(),
                new java.awt.geom.Rectangle2D.Double(0, 30, MAP_WIDTH + 24, HEIGHT - 50));
        for (MapLabels.Label label : labels) {
            String text = label.numbered() ? String.valueOf(label.number()) : label.name();
            float x = (float) (label.x() - metrics.getStringBounds(text, g).getWidth() / 2);
            float y = (float) (label.y() + metrics.getAscent() / 2.0 - 1);
            java.awt.font.TextLayout layout = new java.awt.font.TextLayout(text, g.getFont(), g.getFontRenderContext());
            Shape outline = layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x, y));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            // The name itself as text (in the SVG too, where it can be read and searched).
            g.setColor(Palette.TEXT);
            g.drawString(text, x, y);
        }
        return labels;
    }

    /** The numbers on the map and their names, under the legend from {@code y}, in columns as the panel's height needs. */
    private void key(Graphics2D g, List<MapLabels.Label> placed, int x, int y) {
        List<MapLabels.Label> numbered = placed.stream().filter(MapLabels.Label::numbered)
                .sorted(java.util.Comparator.comparingInt(MapLabels.Label::number)).toList();
        if (numbered.isEmpty()) {
            return;
        }
        g.setColor(Palette.TEXT);
        g.setFont(Fonts.bold(11));
        g.drawString(labels.get("map.numbers"), x, y + 12);
        g.setFont(Fonts.regular(10));
        int top = y + 28;
        int line = 13;
        int rows = Math.max(1, (HEIGHT - 30 - top) / line);
        int columns = (numbered.size() + rows - 1) / rows;
        int column = (WIDTH - x - 8) / Math.max(1, columns);
        java.awt.FontMetrics metrics = g.getFontMetrics();
        for (int k = 0; k < numbered.size(); k++) {
            MapLabels.Label l = numbered.get(k);
            // Each entry within its column: a long name ran past the picture's edge, or into the next column.
            g.drawString(fitted(l.number() + "  " + l.name(), column - 8, metrics), x + (k / rows) * column, top + (k % rows) * line);
        }
    }

    /** The text, cut with "…" to fit {@code width} pixels. */
    static String fitted(String text, int width, java.awt.FontMetrics metrics) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && metrics.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.stripTrailing() + "…";
    }

    private static void box(Graphics2D g, int x, int y, Color c) {
        g.setColor(c);
        g.fillRect(x, y, 18, 16);
        g.setColor(new Color(0x888888));
        g.setStroke(new BasicStroke(0.6f));
        g.drawRect(x, y, 18, 16);
    }

    /** "1 296 € – 1 405 €"; for a class per value, the value. */
    String classLabel(ClassBreaks b, int k, int decimals, Unit unit) {
        if (b.byValue()) {
            return value(b.breaks()[k], decimals, unit);
        }
        return value(b.breaks()[k], decimals, unit) + " – " + value(b.breaks()[k + 1], decimals, unit);
    }

    private String value(double v, int decimals, Unit unit) {
        String n = numbers.fixed(v, decimals, false);
        return unit.symbol().isEmpty() ? n : n + NumberFormats.NBSP + unit.symbol();
    }

    /** Projected, then scaled to fit the box with north up (screen y grows downwards) and centred. */
    private static AffineTransformation fit(Contours contours, double x, double y, double w, double h) {
        AffineTransformation projection = contours.projection();
        List<Geometry> all = contours.areas().stream().map(a -> projection.transform(a.geometry())).toList();
        Envelope e = new GeometryFactory().buildGeometry(all).getEnvelopeInternal();
        double s = Math.min(w / e.getWidth(), h / e.getHeight());
        double dx = x + (w - e.getWidth() * s) / 2;
        double dy = y + (h - e.getHeight() * s) / 2;
        return new AffineTransformation(projection).translate(-e.getMinX(), -e.getMaxY()).scale(s, -s).translate(dx, dy);
    }

    private static List<Color> colours(int n) {
        List<Color> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? 1 : (double) i / (n - 1);
            out.add(new Color((int) Math.round(LIGHT.getRed() + (DARK.getRed() - LIGHT.getRed()) * t),
                    (int) Math.round(LIGHT.getGreen() + (DARK.getGreen() - LIGHT.getGreen()) * t),
                    (int) Math.round(LIGHT.getBlue() + (DARK.getBlue() - LIGHT.getBlue()) * t)));
        }
        return out;
    }
}
