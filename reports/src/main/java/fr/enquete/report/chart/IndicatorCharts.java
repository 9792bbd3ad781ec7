package fr.enquete.report.chart;

import fr.enquete.indicator.Comparison;
import fr.enquete.indicator.GapTrend;
import fr.enquete.indicator.Indicator;
import fr.enquete.indicator.Target;
import fr.enquete.indicator.Unit;
import fr.enquete.report.Labels;
import fr.enquete.report.Lang;
import fr.enquete.report.NumberFormats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYDifferenceRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a territorial portrait, with JFreeChart as the survey charts: grouped horizontal bars of the shares
 * (each territory against its references, values written in the report's language), lines over the years with the gap
 * to the reference shaded, and a radar of the shares as indices (reference = 100), since shares of 3 % and 60 % on one
 * scale would leave the small ones at the centre.
 */
public final class IndicatorCharts {

    private static final int WIDTH = 720;
    private static final int PER_CHART = 10;
    private static final List<Color> SERIES = List.of(Palette.BLUE, Palette.ORANGE, Palette.GREEN, Palette.PURPLE, Palette.SKY);

    private final Lang lang;
    private final Labels labels;
    private final NumberFormats numbers;
    private final fr.enquete.report.PlaceNames places;

    public IndicatorCharts(Lang lang) {
        this.lang = lang;
        this.places = new fr.enquete.report.PlaceNames(lang);
        this.labels = new Labels(lang);
        this.numbers = new NumberFormats(lang);
    }

    /** The shares compared in grouped bars, at most ten indicators a chart; the reference's bars grey. */
    public List<Drawing> bars(Comparison c) {
        List<Comparison.Line> shares = c.lines().stream().filter(IndicatorCharts::share).toList();
        List<Drawing> out = new ArrayList<>();
        for (int from = 0, n = 1; from < shares.size(); from += PER_CHART, n++) {
            List<Comparison.Line> part = shares.subList(from, Math.min(shares.size(), from + PER_CHART));
            int height = 60 + part.size() * (22 * c.territories().size() + 26);
            JFreeChart chart = bars(c, part);
            // Several charts are told apart by their titles (a study's captions repeat them): "(1/2)", "(2/2)".
            int count = (shares.size() + PER_CHART - 1) / PER_CHART;
            String title = labels.get("ind.chart.bars") + (count > 1 ? " (" + n + "/" + count + ")" : "");
            out.add(Drawing.relaid("indicators-bars-" + n, title, WIDTH, height, Drawing.of(chart)));
        }
        return out;
    }

    /** A share as a bar or a radar axis: not a published evolution ("Evolution des familles Caf -5,3 %"), which is a change. */
    private static boolean share(Comparison.Line l) {
        return unit(l) == Unit.PERCENT && !fr.enquete.indicator.Change.isRateOfChange(l.indicator(),
                l.values().stream().filter(java.util.Objects::nonNull).map(Indicator::measure).toArray(fr.enquete.indicator.Measure[]::new));
    }

    private static Unit unit(Comparison.Line l) {
        return l.values().stream().filter(java.util.Objects::nonNull).map(i -> i.measure().unit()).findFirst().orElse(Unit.NUMBER);
    }

    JFreeChart bars(Comparison c, List<Comparison.Line> lines) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> keys = new ArrayList<>();
        for (Comparison.Line l : lines) {
            String key = l.indicator() + " (" + l.period() + ")";
            while (keys.contains(key)) {
                key += " ";
            }
            keys.add(key);
            for (int i = 0; i < c.territories().size(); i++) {
                Indicator v = l.values().get(i);
                data.addValue(v == null ? null : v.measure().value(), c.territories().get(i), key);
            }
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis("%"), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        Charts.style(chart);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelLines(3);
        axis.setMaximumCategoryLabelWidthRatio(0.38f);
        axis.setCategoryMargin(0.25);
        double max = lines.stream().flatMap(l -> l.values().stream()).filter(java.util.Objects::nonNull)
                .mapToDouble(i -> i.measure().value()).max().orElse(0);
        NumberAxis value = (NumberAxis) plot.getRangeAxis();
        // Room for the value written after the longest bar.
        value.setRange(0, Math.max(1, max * 1.22));
        value.setStandardTickUnits(valueTicks(0));
        int ref = c.referenceIndex();
        for (int i = 0, k = 0; i < c.territories().size(); i++) {
            renderer.setSeriesPaint(i, i == ref ? Palette.GREY : SERIES.get(k++ % SERIES.size()));
        }
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}", format(1)) {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                Indicator v = lines.get(column).values().get(row);
                return v == null ? null : numbers.fixed(v.measure().value(), v.measure().decimals(), false) + numbers.percentSign();
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(3);
        renderer.setDefaultItemLabelFont(Fonts.regular(10));
        return chart;
    }

    /** One chart per gap followed over time: a line per territory, the gap between them shaded. */
    public List<Drawing> lines(List<GapTrend> trends) {
        List<Drawing> out = new ArrayList<>();
        int n = 1;
        for (GapTrend t : trends) {
            JFreeChart chart = line(t);
            out.add(Drawing.relaid("indicators-lines-" + n++, MessageFormat.format(labels.get("ind.chart.lines"), t.indicator(), places.the(t.territory()),
                    places.the(t.reference())), WIDTH, 320, Drawing.of(chart)));
        }
        return out;
    }

    JFreeChart line(GapTrend t) {
        XYSeries territory = new XYSeries(t.territory());
        XYSeries reference = new XYSeries(t.reference());
        for (GapTrend.Point p : t.points()) {
            territory.add(p.year(), p.value().measure().value());
            reference.add(p.year(), p.referenceValue().measure().value());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(territory);
        data.addSeries(reference);
        // The difference renderer shades the area between the two lines: the gap the sentence speaks of.
        XYDifferenceRenderer renderer = new XYDifferenceRenderer(translucent(Palette.BLUE), translucent(Palette.VERMILION), true);
        NumberAxis x = new NumberAxis(labels.get("ind.year"));
        boolean schoolYears = t.first().value().period().schoolYear();
        x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1, periodFormat(schoolYears, t.last().year() - t.first().year() + 1)));
        x.setRange(t.first().year() - 0.3, t.last().year() + 0.3);
        Unit u = t.first().value().measure().unit();
        // The indicator is in the chart's caption; its long name on a vertical axis would be cut.
        NumberAxis y = new NumberAxis(labels.get("ind.value") + (u.symbol().isEmpty() ? "" : " (" + u.symbol() + ")"));
        y.setAutoRangeIncludesZero(false);
        y.setStandardTickUnits(valueTicks(0));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        Charts.style(chart);
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesPaint(1, Palette.GREY);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesStroke(1, new BasicStroke(2.5f));
        renderer.setShapesVisible(true);
        return chart;
    }

    /**
     * One chart per target: the gap (or the value) in each year with data, the straight way from the start to the goal
     * by the deadline, dashed, and the goal as a point; a gap target also marks 0, level with the reference. A reader
     * sees at once whether the path keeps to the way.
     */
    public List<Drawing> targets(List<Target.Status> statuses) {
        List<Drawing> out = new ArrayList<>();
        int n = 1;
        for (Target.Status s : statuses) {
            JFreeChart chart = target(s);
            String title = MessageFormat.format(labels.get(s.target().onGap() ? "ind.chart.target.gap" : "ind.chart.target.value"),
                    s.target().indicator(), places.the(s.territory()), s.reference() == null ? null : places.the(s.reference()), s.target().deadline());
            out.add(Drawing.relaid("indicators-target-" + n++, title, WIDTH, 320, Drawing.of(chart)));
        }
        return out;
    }

    JFreeChart target(Target.Status s) {
        XYSeries path = new XYSeries(labels.get(s.target().onGap() ? "ind.chart.target.observedgap" : "ind.chart.target.observed"));
        s.path().forEach(p -> path.add(p.year(), p.value()));
        XYSeries way = new XYSeries(labels.get("ind.chart.target.way"));
        way.add(s.baseline(), s.start());
        way.add(s.target().year(), s.goal());
        XYSeries goal = new XYSeries(MessageFormat.format(labels.get("ind.chart.target.goal"), s.target().deadline()));
        goal.add(s.target().year(), s.goal());
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(path);
        data.addSeries(way);
        data.addSeries(goal);
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer renderer = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer();
        NumberAxis x = new NumberAxis(labels.get("ind.year"));
        int lastYear = Math.max(s.current(), s.target().year());
        x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1, periodFormat(s.schoolYears(), lastYear - s.baseline() + 1)));
        x.setRange(s.baseline() - 0.3, lastYear + 0.3);
        String unit = s.target().onGap() && s.unit() == Unit.PERCENT ? labels.get("ind.pts") : s.unit().symbol();
        // The territories are in the caption; their long names on a vertical axis would be cut.
        String name = labels.get(s.target().onGap() ? "ind.gaps.gap" : "ind.value");
        NumberAxis y = new NumberAxis(name + (unit.isEmpty() ? "" : " (" + unit + ")"));
        // Room above and below every point, 0 included for a gap, so that the level line and its label show.
        java.util.DoubleSummaryStatistics range = s.path().stream().mapToDouble(Target.Point::value).summaryStatistics();
        range.accept(s.start());
        range.accept(s.goal());
        if (s.target().onGap()) {
            range.accept(0);
        }
        double pad = range.getMax() > range.getMin() ? 0.12 * (range.getMax() - range.getMin()) : 1;
        y.setRange(range.getMin() - pad, range.getMax() + pad);
        y.setStandardTickUnits(valueTicks(s.decimals() > 0 ? 1 : 0));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        if (s.target().onGap()) {
            org.jfree.chart.plot.ValueMarker level = new org.jfree.chart.plot.ValueMarker(0, Palette.TEXT, new BasicStroke(1f));
            level.setLabel(MessageFormat.format(labels.get("ind.chart.target.level"), places.the(s.reference())));
            level.setLabelFont(Fonts.regular(10));
            level.setLabelPaint(Palette.TEXT);
            level.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            level.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.LEFT);
            level.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4, 8, 4, 8));
            level.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(level);
        }
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        Charts.style(chart);
        // Series set after the theme, which would paint them over.
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-4.5, -4.5, 9, 9));
        renderer.setSeriesPaint(1, Palette.GREY);
        renderer.setSeriesStroke(1, new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 5f}, 0f));
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(2, Palette.VERMILION);
        renderer.setSeriesLinesVisible(2, false);
        renderer.setSeriesShape(2, new java.awt.geom.Rectangle2D.Double(-6, -6, 12, 12));
        renderer.setSeriesShapesVisible(2, true);
        return chart;
    }

    private static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 70);
    }

    /**
     * A radar of the shares as indices (the reference = 100) when there are at least three, the reference drawn as its
     * regular polygon; empty otherwise (a radar of two axes is a line).
     */
    public List<Drawing> radar(Comparison c) {
        return radar(c, List.<String>of());
    }

    /**
     * As {@link #radar(Comparison)}, on the shares named (a set of vulnerability indicators, in their order), or all
     * whole shares when none is named.
     *
     * @throws IllegalArgumentException for a name that is not a share of the comparison with a reference value
     */
    public List<Drawing> radar(Comparison c, List<String> named) {
        if (!c.hasReference()) {
            if (!named.isEmpty()) {
                throw new IllegalArgumentException("a radar draws each share as an index of the reference's: name the reference territory");
            }
            return List.of();
        }
        int ref = c.referenceIndex();
        java.util.function.Predicate<Comparison.Line> drawable = l -> share(l) && l.values().get(ref) != null
                && l.values().get(ref).measure().value() > 0;
        List<Comparison.Line> lines = new ArrayList<>();
        if (named.isEmpty()) {
            c.lines().stream().filter(l -> drawable.test(l) && l.parent() == null).forEach(lines::add);
        } else {
            for (String n : named) {
                lines.add(c.lines().stream().filter(l -> l.indicator().equals(n) && drawable.test(l)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no share \"" + n + "\" with a value for " + c.reference()
                                + " to put on the radar" + fr.enquete.model.Names.didYouMean(n, c.lines().stream().map(Comparison.Line::indicator).toList()))));
            }
        }
        if (lines.size() < 3) {
            if (!named.isEmpty()) {
                throw new IllegalArgumentException("a radar needs three shares at least, " + lines.size() + " given");
            }
            return List.of();
        }
        JFreeChart chart = radarChart(c, lines);
        // As wide as the page's text, so that its labels are read at the size of the other charts'.
        return List.of(Drawing.relaid("indicators-radar", MessageFormat.format(labels.get("ind.chart.radar"), c.reference()), WIDTH, 520,
                Drawing.of(chart)));
    }

    JFreeChart radarChart(Comparison c, List<Comparison.Line> lines) {
        int ref = c.referenceIndex();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double max = 100;
        List<String> keys = new ArrayList<>();
        for (Comparison.Line l : lines) {
            String key = l.indicator();
            while (keys.contains(key)) {
                key += " ";
            }
            keys.add(key);
        }
        for (int i = 0; i < c.territories().size(); i++) {
            for (int k = 0; k < lines.size(); k++) {
                Comparison.Line l = lines.get(k);
                Indicator v = l.values().get(i);
                double index = v == null ? 0 : 100 * v.measure().value() / l.values().get(ref).measure().value();
                max = Math.max(max, index);
                data.addValue(index, c.territories().get(i), keys.get(k));
            }
        }
        // Lines a quarter of the plot wide (what a side leaves beside the web at print size), five at most: whole names,
        // not names cut in the middle.
        SpiderWebPlot plot = new WrappedSpiderWebPlot(data, 0.25f, 5);
        plot.setMaxValue(Math.ceil(max / 50) * 50);
        plot.setWebFilled(true);
        plot.setStartAngle(90);
        plot.setInteriorGap(0.40);
        plot.setLabelFont(Fonts.regular(10));
        plot.setLabelPaint(Palette.TEXT);
        plot.setAxisLinePaint(new Color(0xBBBBBB));
        for (int i = 0, k = 0; i < c.territories().size(); i++) {
            plot.setSeriesPaint(i, i == ref ? Palette.GREY : SERIES.get(k++ % SERIES.size()));
            plot.setSeriesOutlineStroke(i, new BasicStroke(i == ref ? 1.5f : 2f));
        }
        JFreeChart chart = new JFreeChart(null, Fonts.regular(11), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        chart.getLegend().setItemFont(Fonts.regular(11));
        chart.setAntiAlias(true);
        org.jfree.chart.title.TextTitle note = new org.jfree.chart.title.TextTitle(MessageFormat.format(labels.get("ind.chart.radar.note"),
                places.of(c.reference()), numbers.fixed(plot.getMaxValue(), 0, false)), Fonts.regular(10));
        note.setPaint(Palette.TEXT);
        note.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        chart.addSubtitle(note);
        return chart;
    }

    private java.text.NumberFormat format(int decimals) {
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT);
        boolean fr = lang == Lang.FR;
        symbols.setDecimalSeparator(fr ? ',' : '.');
        symbols.setGroupingSeparator(fr ? NumberFormats.NBSP : ',');
        return new java.text.DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
    }

    /**
     * A value axis's ticks, each written with the decimals its step needs (at least {@code decimals}): one format for
     * all wrote the half-point steps of shares between 12 % and 17 % "12, 12, 13, 13, 14, 14…".
     */
    private org.jfree.chart.axis.TickUnits valueTicks(int decimals) {
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        for (double power = 0.01; power <= 1e9; power *= 10) {
            for (double step : new double[] {1, 2, 5}) {
                double size = step * power;
                int needed = size >= 1 ? 0 : size >= 0.1 ? 1 : 2;
                units.add(new org.jfree.chart.axis.NumberTickUnit(size, format(Math.max(decimals, needed))));
            }
        }
        return units;
    }

    /** The time axis's labels: years, or school years as the table prints them (2019-2020 rather than the 2020 it ends). */
    private static java.text.NumberFormat periodFormat(boolean schoolYears, int ticks) {
        return schoolYears ? SchoolYearFormat.forTicks(ticks) : yearFormat();
    }

    private static java.text.NumberFormat yearFormat() {
        return new java.text.DecimalFormat("0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
    }
}
