package fr.enquete.report.chart;

import fr.enquete.report.Labels;
import fr.enquete.report.Lang;
import fr.enquete.report.NumberFormats;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The completion of a plan drawn from its evaluation: one stacked horizontal bar per axis, its fiches counted by
 * latest status (done, partly done, not done, not evaluated), in fiches rather than percentages since an axis holds
 * a handful of them. Takes the counts, not the evaluation, so the charts stay apart from the report's layout.
 */
public final class EvaluationCharts {

    private static final int WIDTH = 720;
    /** Done green, partly orange, not done vermilion, not evaluated grey: the Okabe-Ito colours of the other charts. */
    private static final List<Color> COLOURS = List.of(Palette.GREEN, Palette.ORANGE, Palette.VERMILION, Palette.GREY);

    /**
     * An axis's fiches by latest status.
     *
     * @param axis the axis's name as the summary table gives it
     */
    public record Completion(String axis, int done, int partly, int notDone, int notEvaluated) {
    }

    private final Labels labels;
    private final NumberFormats numbers;

    public EvaluationCharts(Lang lang) {
        this.labels = new Labels(lang);
        this.numbers = new NumberFormats(lang);
    }

    /**
     * The bar chart of the completion per axis.
     *
     * @param statuses the legend's four names: done, partly, not done, not evaluated (the summary table's headers)
     * @param axisWord what the plan calls its axes ("axe", "thématique"), which the summary table's column says too
     */
    public Drawing completion(List<Completion> axes, List<String> statuses, String axisWord) {
        java.util.function.IntUnaryOperator heightAt = w -> 90 + axes.size() * Math.max(34, 16 * maxLines(axes, w) + 14);
        JFreeChart chart = chart(dataset(axes, statuses));
        String title = java.text.MessageFormat.format(labels.get("eval.chart"), axisWord);
        return Drawing.relaid("evaluation-completion", title, WIDTH, heightAt.applyAsInt(WIDTH), Drawing.of(chart, heightAt));
    }

    private static int maxLines(List<Completion> axes, int width) {
        return axes.stream().mapToInt(a -> Math.max(1, Charts.labelLines(a.axis(), width))).max().orElse(1);
    }

    /** Series = statuses (in the legend's order), categories = axes, values = fiches. */
    public static DefaultCategoryDataset dataset(List<Completion> axes, List<String> statuses) {
        if (statuses.size() != 4) {
            throw new IllegalArgumentException("four statuses expected: " + statuses);
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Completion a : axes) {
            int[] counts = {a.done(), a.partly(), a.notDone(), a.notEvaluated()};
            for (int s = 0; s < 4; s++) {
                data.addValue(counts[s], statuses.get(s), a.axis());
            }
        }
        return data;
    }

    private JFreeChart chart(DefaultCategoryDataset data) {
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.6);
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                // No "0" written on an empty segment.
                int v = dataset.getValue(row, column).intValue();
                return v == 0 ? null : numbers.integer(v);
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        NumberAxis axis = new NumberAxis(labels.get("eval.chart.axis"));
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelLines(4);
        CategoryPlot plot = new CategoryPlot(data, categories, axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        Charts.style(chart);
        for (int s = 0; s < COLOURS.size(); s++) {
            renderer.setSeriesPaint(s, COLOURS.get(s));
        }
        renderer.setDefaultItemLabelFont(Fonts.regular(11));
        renderer.setDefaultItemLabelPaint(Color.WHITE);
        return chart;
    }
}
