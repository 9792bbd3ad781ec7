package fr.enquete.report.chart;

import fr.enquete.model.QuestionType;
import fr.enquete.model.ScaleVocabulary;
import fr.enquete.report.Labels;
import fr.enquete.report.Lang;
import fr.enquete.report.NumberFormats;
import fr.enquete.report.ResultTables;
import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.Histogram;
import fr.enquete.stats.NumericSummary;
import fr.enquete.stats.QuestionResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The charts of a question, with JFreeChart: horizontal bars for single and multiple choice (count and
 * percentage on each bar, long labels wrapped), a diverging stacked bar for scales (the second half of the
 * choices, the negative ones, left of zero; "no answer" stated apart), a histogram (R's breaks) and a box plot
 * (the table's quartiles) for numbers. One font (DejaVu Sans, shipped) and the Okabe-Ito palette.
 */
public final class Charts {

    private static final int WIDTH = 720;
    private static final Color DIVERGING_NEUTRAL = new Color(0xBBBBBB);

    private final Labels labels;
    private final NumberFormats numbers;
    private final ResultTables tables;

    public Charts(Lang lang) {
        this.tables = new ResultTables(lang);
        this.labels = tables.labels();
        this.numbers = tables.numbers();
    }

    /** The charts that suit a result (none for text, dates and identifiers). */
    public List<Drawing> of(QuestionResult r, String name) {
        return of(r, name, false);
    }

    /** As {@link #of(QuestionResult, String)}; {@code bars} draws a scale as plain bars instead of diverging ones. */
    public List<Drawing> of(QuestionResult r, String name, boolean bars) {
        return of(r, name, bars, 0);
    }

    /**
     * As {@link #of(QuestionResult, String, boolean)}, under statistical secrecy with threshold {@code secret}: a masked
     * bar is labelled as its table cell ("&lt; 5"), not "s (secret)" for all, which the table's note gives another sense.
     */
    public List<Drawing> of(QuestionResult r, String name, boolean bars, int secret) {
        List<Drawing> out = new ArrayList<>();
        String title = r.question().label();
        if (r instanceof QuestionResult.Choices c && c.rows().stream().noneMatch(row -> Double.isFinite(row.percent()))) {
            // A filtered question nobody was asked (base 0): its table says so; bars of 0/0 would be drawn at NaN.
            return out;
        }
        if (r instanceof QuestionResult.Choices c && c.question().type() == QuestionType.SCALE && !bars) {
            JFreeChart chart = diverging(c, secret);
            out.add(Drawing.relaid(name + "-scale", title, WIDTH, 190, Drawing.of(chart)));
        } else if (r instanceof QuestionResult.Choices c) {
            // Each bar gets the height its wrapped label needs, so long French labels never overlap.
            java.util.function.IntUnaryOperator heightAt = w -> 30 + c.rows().stream()
                    .mapToInt(row -> Math.max(36, 16 * labelLines(tables.choiceLabel(row), w) + 14)).sum();
            JFreeChart chart = bars(c, secret);
            out.add(Drawing.relaid(name + "-bars", title, WIDTH, heightAt.applyAsInt(WIDTH), Drawing.of(chart, heightAt)));
        } else if (r instanceof QuestionResult.Numeric n && n.summary().count() > 0 && n.histogram() != null) {
            // (A summary withheld by statistical secrecy has no histogram: its few answers would be drawn.)
            JFreeChart hist = histogram(n);
            out.add(Drawing.relaid(name + "-histogram", title, WIDTH, 300, Drawing.of(hist)));
            if (Double.isFinite(n.summary().q1())) {
                // No box without quartiles (LimeSurvey's display rule shows none below 4 values).
                JFreeChart box = boxPlot(n);
                out.add(Drawing.relaid(name + "-box", title, WIDTH, 130, Drawing.of(box)));
            }
        }
        return out;
    }

    private static final double LABEL_WIDTH_RATIO = 0.42;
    private static final java.awt.font.FontRenderContext FRC = new java.awt.font.FontRenderContext(null, true, true);

    /** How many lines the category axis will wrap a label into (with a margin for word breaks). */
    static int labelLines(String label) {
        return labelLines(label, WIDTH);
    }

    /** As {@link #labelLines(String)}, on a chart {@code width} pixels wide. */
    static int labelLines(String label, int chartWidth) {
        double available = chartWidth * LABEL_WIDTH_RATIO - 16;
        double width = Fonts.regular(11).getStringBounds(label, FRC).getWidth();
        return Math.min(4, (int) Math.ceil(width * 1.12 / available));
    }

    JFreeChart bars(QuestionResult.Choices c) {
        return bars(c, 0);
    }

    /**
     * A masked row's label as its table cell prints it: "&lt; 5" for a count below the threshold ("&lt; 5 chacune" for
     * answers grouped), "s (secret)" for one masked only so that the others cannot be recomputed by difference.
     */
    private String masked(ChoiceRow r, int secret) {
        if (r.grouped() > 0) {
            return java.text.MessageFormat.format(labels.get("secret.each"), String.valueOf(secret));
        }
        String cell = ResultTables.maskedCount(r.count(), secret);
        return cell.equals("s") ? labels.get("secret.mark") : cell;
    }

    JFreeChart bars(QuestionResult.Choices c, int secret) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> keys = new ArrayList<>();
        for (ChoiceRow row : c.rows()) {
            // Categories must be unique; a label can repeat only through the missing row's wording.
            String key = tables.choiceLabel(row);
            while (keys.contains(key)) {
                key += " ";
            }
            keys.add(key);
            data.addValue(row.masked() ? 0 : row.percent(), "%", key);
        }
        JFreeChart chart = new JFreeChart(null, null, new CategoryPlot(data, new CategoryAxis(), new NumberAxis("%"),
                new MissingAwareBarRenderer(c.rows())), false);
        style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelLines(4);
        axis.setMaximumCategoryLabelWidthRatio((float) LABEL_WIDTH_RATIO);
        axis.setCategoryMargin(0.2);
        NumberAxis value = (NumberAxis) plot.getRangeAxis();
        double max = c.rows().stream().filter(r -> !r.masked()).mapToDouble(ChoiceRow::percent).max().orElse(0);
        // The counts and percentages are written on the bars: the axis would only repeat them, and hiding
        // it leaves room for the label of a bar near 100 %.
        value.setRange(0, Math.max(10, max * 1.38));
        value.setVisible(false);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setDefaultItemLabelGenerator(labels((dataset, row, column) -> {
            ChoiceRow r = c.rows().get(column);
            return r.masked() ? masked(r, secret) : numbers.integer(r.count()) + " (" + numbers.percent(r.percent()) + ")";
        }));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        renderer.setDefaultItemLabelFont(Fonts.regular(11));
        return chart;
    }

    /** Paints the "no answer" bar grey. */
    private static final class MissingAwareBarRenderer extends BarRenderer {
        private final List<ChoiceRow> rows;

        MissingAwareBarRenderer(List<ChoiceRow> rows) {
            this.rows = List.copyOf(rows);
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
            setMaximumBarWidth(0.12);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return rows.get(column).missing() ? Palette.GREY : Palette.BLUE;
        }
    }

    JFreeChart diverging(QuestionResult.Choices c) {
        return diverging(c, 0);
    }

    JFreeChart diverging(QuestionResult.Choices c, int secret) {
        // "Don't know" answers and no answers are stated apart; the scale is put positive end first.
        List<ChoiceRow> answers = new ArrayList<>(c.rows().stream().filter(r -> !r.missing() && !ScaleVocabulary.isAside(r.label())).toList());
        if (ScaleVocabulary.negativeFirst(answers.stream().map(ChoiceRow::label).toList())) {
            java.util.Collections.reverse(answers);
        }
        List<ChoiceRow> apart = c.rows().stream().filter(r -> r.missing() || ScaleVocabulary.isAside(r.label())).toList();
        int half = answers.size() / 2;
        boolean middle = answers.size() % 2 == 1;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Color> colours = new ArrayList<>();
        String category = " ";
        // Positive side: the least positive choice next to zero, so series go from the centre outwards.
        for (int i = half - 1; i >= 0; i--) {
            data.addValue(shown(answers.get(i)), answers.get(i).label(), category);
            colours.add(shade(Palette.BLUE, i, half));
        }
        if (middle) {
            ChoiceRow m = answers.get(half);
            data.addValue(shown(m) / 2, m.label(), category);
            data.addValue(-shown(m) / 2, m.label() + " ", category);
            colours.add(DIVERGING_NEUTRAL);
            colours.add(DIVERGING_NEUTRAL);
        }
        for (int i = answers.size() - half; i < answers.size(); i++) {
            data.addValue(-shown(answers.get(i)), answers.get(i).label(), category);
            colours.add(shade(Palette.VERMILION, answers.size() - 1 - i, half));
        }
        // Every segment labelled, a narrow one outside the bar.
        StackedBarRenderer renderer = new SegmentLabelRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.5);
        if (middle) {
            renderer.setSeriesVisibleInLegend(half + 1, false);
        }
        renderer.setDefaultItemLabelGenerator(labels((dataset, row, column) -> {
            double v = Math.abs(dataset.getValue(row, column).doubleValue());
            return v == 0 ? null : numbers.percent(v);
        }));
        renderer.setDefaultItemLabelsVisible(true);
        // The bar's percentages are of every respondent of the base, as the table's: said on the axis, since the
        // summary sentence above it counts only those who placed themselves on the scale ("Sur les 77 répondants…
        // 79,22 %" over bars of 49,45 % and 17,58 % of 91).
        NumberAxis axis = new NumberAxis(c.weightedBase() == c.base()
                ? java.text.MessageFormat.format(labels.get("chart.percent.of"), numbers.integer(c.base()), c.base()) : labels.get("chart.percent"));
        axis.setRange(-100, 100);
        // Both sides in percent, without a sign: DecimalFormat reads "0;0" as no negative pattern at all, and the
        // negative side read "-20", "-10".
        axis.setNumberFormatOverride(new java.text.DecimalFormat("0") {
            @Override
            public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition at) {
                return super.format(Math.abs(number), to, at);
            }
        });
        // One bar, no category to name: no tick mark left alone on the axis.
        CategoryAxis single = new CategoryAxis();
        single.setTickMarksVisible(false);
        CategoryPlot plot = new CategoryPlot(data, single, axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Palette.TEXT, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        style(chart);
        for (int s = 0; s < colours.size(); s++) {
            renderer.setSeriesPaint(s, colours.get(s));
        }
        // The legend in the scale's order, negative end first, as the bar reads from left to right (it followed the
        // series, drawn from the centre outwards: "Fortement, Très fortement, Faiblement, Pas du tout").
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        int negative = half + (middle ? 2 : 0);
        for (int s = colours.size() - 1; s >= negative; s--) {
            legend.add(renderer.getLegendItem(0, s));
        }
        if (middle) {
            legend.add(renderer.getLegendItem(0, half));
        }
        for (int s = 0; s < half; s++) {
            legend.add(renderer.getLegendItem(0, s));
        }
        plot.setFixedLegendItems(legend);
        if (!apart.isEmpty()) {
            String text = apart.stream().map(r -> tables.choiceLabel(r) + labels.get("colon") + (r.masked() ? masked(r, secret)
                    : numbers.integer(r.count()) + " (" + numbers.percent(r.percent()) + ")")).collect(java.util.stream.Collectors.joining(" ; "));
            TextTitle note = new TextTitle(text, Fonts.regular(10));
            note.setPaint(Palette.TEXT);
            note.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
            chart.addSubtitle(note);
        }
        renderer.setDefaultItemLabelFont(Fonts.regular(11));
        renderer.setDefaultItemLabelPaint(Color.WHITE);
        return chart;
    }

    /** A row's percentage as drawn: nothing for a row statistical secrecy masks. */
    private static double shown(ChoiceRow r) {
        return r.masked() ? 0 : r.percent();
    }

    /** Darker for the strongest choice (index 0 of its side), lighter towards the centre. */
    private static Color shade(Color base, int strength, int of) {
        double t = of <= 1 ? 0 : (double) strength / (of - 1) * 0.45;
        return new Color((int) (base.getRed() + (255 - base.getRed()) * t), (int) (base.getGreen() + (255 - base.getGreen()) * t),
                (int) (base.getBlue() + (255 - base.getBlue()) * t));
    }

    JFreeChart histogram(QuestionResult.Numeric n) {
        Histogram h = n.histogram();
        XYIntervalSeries series = new XYIntervalSeries(labels.get("count"));
        double[] breaks = h.breaks();
        long[] counts = h.counts();
        for (int i = 0; i < counts.length; i++) {
            double mid = (breaks[i] + breaks[i + 1]) / 2;
            series.add(mid, breaks[i], breaks[i + 1], counts[i], counts[i], counts[i]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        NumberAxis x = new NumberAxis(n.question().label());
        x.setRange(breaks[0], breaks[breaks.length - 1]);
        // Ticks on the class limits (R's round breaks), thinned when there are many classes.
        int every = Math.max(1, (int) Math.ceil(counts.length / 10.0));
        boolean years = n.question().type() == fr.enquete.model.QuestionType.YEAR;
        x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit((breaks[1] - breaks[0]) * every, axisFormat(n.question().type())));
        NumberAxis y = new NumberAxis(labels.get("count"));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        style(chart);
        renderer.setSeriesPaint(0, Palette.SKY);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        NumericSummary s = n.summary();
        for (double q : new double[] {s.q1(), s.median(), s.q3()}) {
            if (Double.isFinite(q)) {
                plot.addDomainMarker(marker(q));
            }
        }
        if (!Double.isFinite(s.q1())) {
            return chart;
        }
        java.util.function.DoubleFunction<String> value = years ? numbers::year : minutes(n.question().type()) != null
                ? minutes(n.question().type()) : numbers::decimal;
        TextTitle note = new TextTitle(MessageFormat.format(labels.get("chart.quartiles"), value.apply(s.q1()),
                value.apply(s.median()), value.apply(s.q3())), Fonts.regular(10));
        note.setPaint(Palette.TEXT);
        note.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        chart.addSubtitle(note);
        return chart;
    }

    private static ValueMarker marker(double value) {
        return new ValueMarker(value, Palette.VERMILION,
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
    }

    JFreeChart boxPlot(QuestionResult.Numeric n) {
        NumericSummary s = n.summary();
        // Under statistical secrecy the extremes are withheld (NaN): whiskers to them would draw one respondent's answer
        // each, so the whiskers end on the box and a subtitle says why.
        boolean extremes = Double.isFinite(s.min()) && Double.isFinite(s.max());
        double low = extremes ? s.min() : s.q1();
        double high = extremes ? s.max() : s.q3();
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        // Whiskers at the minimum and maximum, as the table lists them; quartiles from the table's method.
        // A mean withheld by secrecy (a dominated sum) is not drawn: no mark, rather than one at NaN.
        Double mean = Double.isFinite(s.mean()) ? s.mean() : null;
        data.add(new BoxAndWhiskerItem(mean, s.median(), s.q1(), s.q3(), low, high, null, null, List.of()), "", " ");
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        renderer.setMeanVisible(true);
        renderer.setMaximumBarWidth(0.5);
        // "Nombre de salariés (quartiles de type 7)": "(type 7)" alone told a reader nothing.
        NumberAxis axis = new NumberAxis(MessageFormat.format(labels.get("chart.box.axis"), n.question().label(), s.method().label()));
        axis.setAutoRangeIncludesZero(false);
        boolean years = n.question().type() == fr.enquete.model.QuestionType.YEAR;
        axis.setNumberFormatOverride(axisFormat(n.question().type()));
        if (minutes(n.question().type()) != null) {
            // Minutes ticked on whole hours or their parts (08:00, 12:00; 30 min, 1 h), as the histogram's classes.
            axis.setStandardTickUnits(clockTickUnits(axisFormat(n.question().type())));
        }
        if (years) {
            // Whole years: a box of a few years (2013 to 2017) was ticked "2013, 2013,5, 2014".
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        if (!(Math.max(high, mean != null ? mean : high) > Math.min(low, mean != null ? mean : low))) {
            // One value (or answers all alike): the axis spanned nothing and its twenty ticks all read "6".
            axis.setRange(low - 1, high + 1);
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        style(chart);
        renderer.setSeriesPaint(0, Palette.SKY);
        renderer.setSeriesOutlinePaint(0, Palette.TEXT);
        renderer.setDefaultOutlinePaint(Palette.TEXT);
        renderer.setArtifactPaint(Palette.TEXT);
        if (!extremes) {
            TextTitle note = new TextTitle(labels.get("chart.box.secret"), Fonts.regular(10));
            note.setPaint(Palette.TEXT);
            note.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
            chart.addSubtitle(note);
        }
        return chart;
    }

    /** Years on an axis: 1950, not 1 950. */
    /**
     * How a time of day ("08:00") or a duration ("1 h 30", as its table says it) is written from its minutes; null for
     * other questions, whose values are no minutes.
     */
    private java.util.function.DoubleFunction<String> minutes(QuestionType type) {
        return switch (type) {
            // The end of the day, a histogram's last limit, is 24:00, not the last minute a time can round to.
            case TIME -> m -> m >= 24 * 60 ? "24:00" : fr.enquete.model.TimeOfDay.format(m);
            case DURATION -> tables::duration;
            default -> null;
        };
    }

    /** The axis labels of a question's values: years without separators, minutes as times or durations, else numbers. */
    private java.text.NumberFormat axisFormat(QuestionType type) {
        java.util.function.DoubleFunction<String> m = minutes(type);
        // A duration axis starts at "0", not "0 min" beside "6 h".
        return type == QuestionType.YEAR ? yearFormat() : m == null ? numberFormat()
                : new MinutesFormat(type == QuestionType.DURATION ? v -> v == 0 ? "0" : m.apply(v) : m);
    }

    /** Tick sizes in minutes that a clock reads: seconds (for durations under a minute), parts of an hour, hours, days. */
    private static org.jfree.chart.axis.TickUnits clockTickUnits(java.text.NumberFormat format) {
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        for (double m : new double[] {5 / 60.0, 10 / 60.0, 15 / 60.0, 30 / 60.0, 1, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 7200, 14400}) {
            units.add(new org.jfree.chart.axis.NumberTickUnit(m, format));
        }
        return units;
    }

    /** A {@link java.text.NumberFormat} writing minutes as a time or a duration, for JFreeChart's axes. */
    private static final class MinutesFormat extends java.text.NumberFormat {
        private static final long serialVersionUID = 1L;
        private final transient java.util.function.DoubleFunction<String> text;

        MinutesFormat(java.util.function.DoubleFunction<String> text) {
            this.text = text;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(text.apply(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(text.apply(number));
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            throw new UnsupportedOperationException("an axis label is only written");
        }
    }

    private java.text.NumberFormat yearFormat() {
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols(java.util.Locale.ROOT);
        symbols.setDecimalSeparator(tables.lang() == Lang.FR ? ',' : '.');
        return new java.text.DecimalFormat("0.##", symbols);
    }

    private java.text.NumberFormat numberFormat() {
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols(java.util.Locale.ROOT);
        boolean fr = tables.lang() == Lang.FR;
        symbols.setDecimalSeparator(fr ? ',' : '.');
        symbols.setGroupingSeparator(fr ? NumberFormats.NBSP : ',');
        return new java.text.DecimalFormat("#,##0.##", symbols);
    }

    static void style(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("enquete");
        theme.setExtraLargeFont(Fonts.bold(15));
        theme.setLargeFont(Fonts.bold(12));
        theme.setRegularFont(Fonts.regular(11));
        theme.setSmallFont(Fonts.regular(10));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDDDDDD));
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
        theme.setAxisLabelPaint(Palette.TEXT);
        theme.setTickLabelPaint(Palette.TEXT);
        theme.setItemLabelPaint(Palette.TEXT);
        theme.setLegendItemPaint(Palette.TEXT);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
    }

    private interface ItemLabel {
        String label(org.jfree.data.category.CategoryDataset dataset, int row, int column);
    }

    /** JFreeChart's label generator from a lambda (its interface has several methods). */
    private static org.jfree.chart.labels.CategoryItemLabelGenerator labels(ItemLabel f) {
        return new org.jfree.chart.labels.CategoryItemLabelGenerator() {
            @Override
            public String generateRowLabel(org.jfree.data.category.CategoryDataset dataset, int row) {
                return null;
            }

            @Override
            public String generateColumnLabel(org.jfree.data.category.CategoryDataset dataset, int column) {
                return null;
            }

            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                return f.label(dataset, row, column);
            }
        };
    }

    static void draw(JFreeChart chart, java.awt.Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    }
}
