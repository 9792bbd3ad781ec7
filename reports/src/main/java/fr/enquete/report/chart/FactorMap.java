package fr.enquete.report.chart;

import fr.enquete.report.CorrespondenceTables;
import fr.enquete.report.Labels;
import fr.enquete.report.Lang;
import fr.enquete.stats.CorrespondenceAnalysis;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The factor map of a correspondence analysis of terms x groups: the plane of axes 1 and 2 (their share of the
 * inertia in the axis titles), every group as a square and the terms that contribute most to the plane as dots, in
 * principal coordinates on the same scale on both axes (a distance means the same across and up, as on R's
 * {@code plot.ca}). Labels are placed by a deterministic greedy search around each point (groups first, then terms by
 * contribution) at the first place where they overlap no point and no label already placed, with a leader line
 * when pushed away from their point; terms at the same place (same profile) share one label.
 */
public final class FactorMap {

    /** How many terms the map shows by default: more make an unreadable map. */
    public static final int DEFAULT_TERMS = 20;

    private static final int WIDTH = 860;
    private static final int HEIGHT = 720;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Font GROUP_FONT = Fonts.bold(13);
    private static final Font TERM_FONT = Fonts.regular(12);
    private static final Color GROUP_COLOUR = Palette.VERMILION;
    private static final Color TERM_COLOUR = Palette.BLUE;
    private static final double[] RADII = {3, 9, 16, 26, 38, 52};
    /** E, W, N, S, then the diagonals: the reading positions first. */
    private static final double[][] DIRECTIONS = {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}};
    private static final int WRAP = 32;
    /** Room left of the plot for axis 2's title. */
    private static final int VERTICAL_TITLE = 24;

    private final Labels labels;
    private final CorrespondenceTables tables;
    private final Lang lang;

    public FactorMap(Lang lang) {
        this.lang = lang;
        this.labels = new Labels(lang);
        this.tables = new CorrespondenceTables(lang);
    }

    /**
     * The map of axes 1 and 2 with every group and the {@code terms} terms contributing most to that plane.
     *
     * @param variable the question defining the groups, for the legend
     * @param title    the visible title and accessible name (the question's wording)
     * @throws IllegalArgumentException when the analysis has fewer than two axes (fewer than 3 groups or terms)
     */
    public Drawing draw(CorrespondenceAnalysis ca, String variable, String title, int terms) {
        if (ca.axes() < 2) {
            throw new IllegalArgumentException("a factor map needs two axes; the analysis has " + ca.axes());
        }
        List<CorrespondenceAnalysis.Point> shown = mostContributing(ca, terms);
        return new Drawing("ca-map", title, WIDTH, HEIGHT, g -> paint(g, ca, shown, variable, title));
    }

    /**
     * The {@code n} rows contributing most to the plane of axes 1 and 2, {@code (λ1 ctr1 + λ2 ctr2) / (λ1 + λ2)} (as
     * FactoMineR's {@code selectRow = "contrib n"}), in decreasing order; on a tie, in the table's order.
     */
    public static List<CorrespondenceAnalysis.Point> mostContributing(CorrespondenceAnalysis ca, int n) {
        double l1 = ca.eigenvalue(0);
        double l2 = ca.eigenvalue(1);
        return ca.rows().stream()
                .sorted(Comparator.comparingDouble((CorrespondenceAnalysis.Point p) -> -(l1 * p.contribution(0) + l2 * p.contribution(1)) / (l1 + l2)))
                .limit(n).toList();
    }

    /** The labels as placed on the map (for tests: they must not overlap). */
    List<Label> placedLabels(CorrespondenceAnalysis ca, String variable, String title, int terms) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return paint(g, ca, mostContributing(ca, terms), variable, title);
        } finally {
            g.dispose();
        }
    }

    private List<Label> paint(Graphics2D g, CorrespondenceAnalysis ca, List<CorrespondenceAnalysis.Point> terms, String variable, String title) {
        JFreeChart chart = chart(ca, terms, variable, title);
        XYPlot plot = chart.getXYPlot();
        Rectangle2D area = new Rectangle2D.Double(0, 0, WIDTH, HEIGHT);
        // A first layout on a scratch image gives the data area; the ranges are then set so that one unit has the same
        // length across and up.
        Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        scratch.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        ChartRenderingInfo first = new ChartRenderingInfo();
        chart.draw(scratch, area, first);
        scratch.dispose();
        equalScale(plot, first.getPlotInfo().getDataArea());
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, area, info);
        Rectangle2D data = info.getPlotInfo().getDataArea();
        verticalTitle(g, tables.axisTitle(ca, 1), data);
        List<Label> placed = labels(ca, terms, plot, data);
        for (Label l : placed) {
            if (l.leader()) {
                g.setPaint(new Color(0x555555));
                g.setStroke(new BasicStroke(1f));
                g.draw(leader(l.anchorX(), l.anchorY(), l.box()));
            }
            g.setFont(l.font());
            g.setPaint(l.colour());
            double y = l.box().getY();
            for (String line : l.lines()) {
                Rectangle2D b = l.font().getStringBounds(line, FRC);
                y += -b.getY();
                g.drawString(line, (float) (l.box().getX() + (l.box().getWidth() - b.getWidth()) / 2), (float) y);
                y += b.getHeight() + b.getY();
            }
        }
        return placed;
    }

    private static void verticalTitle(Graphics2D g, String title, Rectangle2D data) {
        Font font = Fonts.bold(13);
        Rectangle2D b = font.getStringBounds(title, FRC);
        java.awt.geom.AffineTransform saved = g.getTransform();
        g.setFont(font);
        g.setPaint(Palette.TEXT);
        g.translate(6 - b.getY(), data.getCenterY() + b.getWidth() / 2);
        g.rotate(-Math.PI / 2);
        g.drawString(title, 0f, 0f);
        g.setTransform(saved);
    }

    private JFreeChart chart(CorrespondenceAnalysis ca, List<CorrespondenceAnalysis.Point> terms, String variable, String title) {
        XYSeries termSeries = new XYSeries(MessageFormat.format(labels.get("ca.map.terms"), terms.size()), false, true);
        for (CorrespondenceAnalysis.Point p : terms) {
            termSeries.add(p.coordinate(0), p.coordinate(1));
        }
        XYSeries groupSeries = new XYSeries(MessageFormat.format(labels.get("ca.map.groups"), variable), false, true);
        for (CorrespondenceAnalysis.Point p : ca.columns()) {
            groupSeries.add(p.coordinate(0), p.coordinate(1));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(termSeries);
        data.addSeries(groupSeries);
        NumberAxis x = axis(tables.axisTitle(ca, 0));
        // Axis 2's title is drawn by paint(): JFreeChart draws a rotated title as glyph outlines in SVG, which
        // nobody can search, copy or read aloud.
        NumberAxis y = axis(null);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        Charts.style(chart);
        chart.setPadding(new RectangleInsets(6, 6 + VERTICAL_TITLE, 6, 12));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesShape(1, new Rectangle2D.Double(-5.5, -5.5, 11, 11));
        renderer.setSeriesPaint(0, TERM_COLOUR);
        renderer.setSeriesPaint(1, GROUP_COLOUR);
        plot.setDomainZeroBaselineVisible(true);
        plot.setRangeZeroBaselineVisible(true);
        plot.setDomainZeroBaselinePaint(new Color(0x777777));
        plot.setRangeZeroBaselinePaint(new Color(0x777777));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        chart.getLegend().setItemFont(Fonts.regular(12));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        TextTitle heading = new TextTitle(title, Fonts.bold(14));
        heading.setPaint(Palette.TEXT);
        chart.setTitle(heading);
        double[] xs = range(ca, terms, 0);
        double[] ys = range(ca, terms, 1);
        // Room around the extreme points for their labels.
        double padX = 0.18 * (xs[1] - xs[0]);
        double padY = 0.10 * (ys[1] - ys[0]);
        x.setRange(xs[0] - padX, xs[1] + padX);
        y.setRange(ys[0] - padY, ys[1] + padY);
        return chart;
    }

    private NumberAxis axis(String title) {
        NumberAxis a = new NumberAxis(title);
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(lang == Lang.FR ? ',' : '.');
        a.setNumberFormatOverride(new DecimalFormat("0.0#", symbols));
        a.setAutoRangeIncludesZero(true);
        a.setLabelFont(Fonts.bold(13));
        a.setTickLabelFont(Fonts.regular(11));
        return a;
    }

    private static double[] range(CorrespondenceAnalysis ca, List<CorrespondenceAnalysis.Point> terms, int k) {
        double min = 0;
        double max = 0;
        List<CorrespondenceAnalysis.Point> all = new ArrayList<>(terms);
        all.addAll(ca.columns());
        for (CorrespondenceAnalysis.Point p : all) {
            min = Math.min(min, p.coordinate(k));
            max = Math.max(max, p.coordinate(k));
        }
        return new double[] {min, max};
    }

    /** Widens one axis's range, around its centre, so that a unit has the same length on both. */
    private static void equalScale(XYPlot plot, Rectangle2D data) {
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        double perPixel = Math.max(x.getRange().getLength() / data.getWidth(), y.getRange().getLength() / data.getHeight());
        double cx = x.getRange().getCentralValue();
        double cy = y.getRange().getCentralValue();
        x.setRange(cx - perPixel * data.getWidth() / 2, cx + perPixel * data.getWidth() / 2);
        y.setRange(cy - perPixel * data.getHeight() / 2, cy + perPixel * data.getHeight() / 2);
    }

    /** A placed label: its lines, style, box, the point it names and whether a line joins them. */
    record Label(List<String> lines, Font font, Color colour, Rectangle2D box, double anchorX, double anchorY, boolean leader) {
    }

    /** A label to place: its lines, style and the point it names. */
    private record Pending(List<String> lines, Font font, Color colour, double x, double y, double half) {
    }

    private List<Label> labels(CorrespondenceAnalysis ca, List<CorrespondenceAnalysis.Point> terms, XYPlot plot, Rectangle2D data) {
        NumberAxis xa = (NumberAxis) plot.getDomainAxis();
        NumberAxis ya = (NumberAxis) plot.getRangeAxis();
        List<Pending> pending = new ArrayList<>();
        List<Rectangle2D> obstacles = new ArrayList<>();
        for (CorrespondenceAnalysis.Point p : ca.columns()) {
            double px = xa.valueToJava2D(p.coordinate(0), data, plot.getDomainAxisEdge());
            double py = ya.valueToJava2D(p.coordinate(1), data, plot.getRangeAxisEdge());
            pending.add(new Pending(List.of(p.label()), GROUP_FONT, GROUP_COLOUR, px, py, 6));
            obstacles.add(new Rectangle2D.Double(px - 6.5, py - 6.5, 13, 13));
        }
        // Terms with the same profile sit on the same spot: one label lists them.
        List<double[]> spots = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        for (CorrespondenceAnalysis.Point p : terms) {
            double px = xa.valueToJava2D(p.coordinate(0), data, plot.getDomainAxisEdge());
            double py = ya.valueToJava2D(p.coordinate(1), data, plot.getRangeAxisEdge());
            int same = -1;
            for (int i = 0; i < spots.size() && same < 0; i++) {
                if (Math.abs(spots.get(i)[0] - px) < 0.5 && Math.abs(spots.get(i)[1] - py) < 0.5) {
                    same = i;
                }
            }
            if (same < 0) {
                spots.add(new double[] {px, py});
                names.add(new ArrayList<>(List.of(p.label())));
                obstacles.add(new Rectangle2D.Double(px - 4.5, py - 4.5, 9, 9));
            } else {
                names.get(same).add(p.label());
            }
        }
        for (int i = 0; i < spots.size(); i++) {
            pending.add(new Pending(wrap(names.get(i)), TERM_FONT, Palette.FOR_TEXT.get(0), spots.get(i)[0], spots.get(i)[1], 4));
        }
        List<double[]> points = pending.stream().map(p -> new double[] {p.x(), p.y()}).toList();
        List<Label> out = new ArrayList<>();
        for (Pending p : pending) {
            Label l = place(p, obstacles, points, data);
            out.add(l);
            Rectangle2D b = l.box();
            obstacles.add(new Rectangle2D.Double(b.getX() - 2, b.getY() - 1, b.getWidth() + 4, b.getHeight() + 2));
        }
        return out;
    }

    /** Term names joined by commas, wrapped at about {@value #WRAP} characters. */
    private static List<String> wrap(List<String> names) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String word = names.get(i) + (i < names.size() - 1 ? "," : "");
            if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * The first free place around the point, nearest first: a place whose box is nearer to its own point than to any
     * other (so nobody reads it as another point's), else any free place (with a leader line), else the place that
     * covers least.
     */
    private static Label place(Pending p, List<Rectangle2D> obstacles, List<double[]> points, Rectangle2D data) {
        double w = 0;
        double h = 0;
        for (String line : p.lines()) {
            Rectangle2D b = p.font().getStringBounds(line, FRC);
            w = Math.max(w, b.getWidth());
            h += b.getHeight();
        }
        List<Rectangle2D> boxes = new ArrayList<>();
        List<Integer> rings = new ArrayList<>();
        for (int r = 0; r < RADII.length; r++) {
            for (double[] d : DIRECTIONS) {
                double reach = p.half() + RADII[r];
                double cx = p.x() + d[0] * (reach + w / 2);
                double cy = p.y() + d[1] * (reach + h / 2);
                Rectangle2D box = new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h);
                if (data.contains(box)) {
                    boxes.add(box);
                    rings.add(r);
                }
            }
        }
        double[] overlaps = new double[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            for (Rectangle2D o : obstacles) {
                Rectangle2D x = boxes.get(i).createIntersection(o);
                if (x.getWidth() > 0 && x.getHeight() > 0) {
                    overlaps[i] += x.getWidth() * x.getHeight();
                }
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            if (overlaps[i] == 0 && owned(boxes.get(i), p, points)) {
                return new Label(p.lines(), p.font(), p.colour(), boxes.get(i), p.x(), p.y(), rings.get(i) > 1);
            }
        }
        int best = -1;
        for (int i = 0; i < boxes.size(); i++) {
            if (best < 0 || overlaps[i] < overlaps[best]) {
                best = i;
            }
        }
        if (best < 0) {
            // Nowhere inside the plot (a huge label): to the right of the point, whatever it covers.
            return new Label(p.lines(), p.font(), p.colour(), new Rectangle2D.Double(p.x() + p.half() + 3, p.y() - h / 2, w, h),
                    p.x(), p.y(), false);
        }
        return new Label(p.lines(), p.font(), p.colour(), boxes.get(best), p.x(), p.y(), true);
    }

    /** Whether the box is nearer to its own point than to every other point. */
    private static boolean owned(Rectangle2D box, Pending p, List<double[]> points) {
        double own = distance(box, p.x(), p.y());
        for (double[] q : points) {
            boolean self = Math.abs(q[0] - p.x()) < 0.5 && Math.abs(q[1] - p.y()) < 0.5;
            if (!self && distance(box, q[0], q[1]) <= own) {
                return false;
            }
        }
        return true;
    }

    private static double distance(Rectangle2D box, double x, double y) {
        double dx = Math.max(0, Math.max(box.getMinX() - x, x - box.getMaxX()));
        double dy = Math.max(0, Math.max(box.getMinY() - y, y - box.getMaxY()));
        return Math.hypot(dx, dy);
    }

    /** From the point to the nearest point of the label's box. */
    private static Shape leader(double x, double y, Rectangle2D box) {
        double nx = Math.max(box.getMinX(), Math.min(x, box.getMaxX()));
        double ny = Math.max(box.getMinY(), Math.min(y, box.getMaxY()));
        return new Line2D.Double(x, y, nx, ny);
    }
}
