package fr.enquete.report.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.data.category.CategoryDataset;

/**
 * A radar whose axis labels are wrapped on a few lines instead of drawn on one: an indicator's whole name ("Part des
 * enfants de moins de 3 ans Caf bénéficiaires d'un complément de mode de garde") rather than a name cut in its middle,
 * which left three axes reading "Part des enfants … une activité", "… à moins de 6 ans", "… de l'AAEH". The lines are
 * balanced: as many as filling each line would take, as even as can be ("Part des enfants de 3 à" over "moins de 6
 * ans", not "Part des enfants de 3 à moins de 6" over a lone "ans").
 */
final class WrappedSpiderWebPlot extends SpiderWebPlot {

    private static final long serialVersionUID = 1L;

    private final float labelWidth;
    private final int maxLines;
    /** The plot's width in the drawing under way: labels are drawn in the web's square, which is narrower. */
    private transient double plotWidth;

    /**
     * @param labelWidth the widest a label's line may be, as a share of the plot's width (the chart laid out at any size)
     * @param maxLines   lines a label may take; a longer name ends its last line with an ellipsis
     */
    WrappedSpiderWebPlot(CategoryDataset data, float labelWidth, int maxLines) {
        super(data);
        this.labelWidth = labelWidth;
        this.maxLines = maxLines;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, org.jfree.chart.plot.PlotState parentState,
                     org.jfree.chart.plot.PlotRenderingInfo info) {
        plotWidth = area.getWidth();
        super.draw(g2, area, anchor, parentState, info);
    }

    @Override
    protected void drawLabel(Graphics2D g2, Rectangle2D plotArea, double value, int cat, double startAngle, double extent) {
        String label = getLabelGenerator().generateColumnLabel(getDataset(), cat);
        float width = (float) (plotWidth * labelWidth);
        Font font = getLabelFont();
        List<String> lines = balanced(label, width, maxLines, s -> font.getStringBounds(s, g2.getFontRenderContext()).getWidth());
        TextBlock block;
        if (lines == null) {
            block = TextUtils.createTextBlock(label, font, getLabelPaint(), width, maxLines, new G2TextMeasurer(g2));
        } else {
            block = new TextBlock();
            lines.forEach(l -> block.addLine(l, font, getLabelPaint()));
        }
        Point2D at = getWebPoint(plotArea, startAngle, 1 + getAxisLabelGap());
        double cos = Math.cos(Math.toRadians(startAngle));
        double sin = Math.sin(Math.toRadians(startAngle));
        TextBlockAnchor anchor;
        if (cos > 0.1) {
            block.setLineAlignment(HorizontalAlignment.LEFT);
            anchor = TextBlockAnchor.CENTER_LEFT;
        } else if (cos < -0.1) {
            block.setLineAlignment(HorizontalAlignment.RIGHT);
            anchor = TextBlockAnchor.CENTER_RIGHT;
        } else {
            // Straight above or below the centre: the label grows away from the web.
            block.setLineAlignment(HorizontalAlignment.CENTER);
            anchor = sin > 0 ? TextBlockAnchor.BOTTOM_CENTER : TextBlockAnchor.TOP_CENTER;
        }
        g2.setPaint(getLabelPaint());
        block.draw(g2, (float) at.getX(), (float) at.getY(), anchor);
    }

    /**
     * {@code label} on as many lines as filling each up to {@code width} takes, its longest line as short as that
     * many lines allow: the narrowest width at which filling still takes no more lines, found by bisection (filling
     * lines is optimal for a given width). Null when the label needs more than {@code maxLines} lines or has a word
     * wider than {@code width} (left to JFreeChart's wrapping, which cuts and ends with an ellipsis).
     */
    static List<String> balanced(String label, double width, int maxLines, ToDoubleFunction<String> measure) {
        String[] words = label.strip().split(" +");
        List<String> filled = fill(words, width, measure);
        if (filled == null || filled.size() > maxLines) {
            return null;
        }
        double low = 0;
        double high = width;
        for (String w : words) {
            low = Math.max(low, measure.applyAsDouble(w));
        }
        // Half a pixel: below what a reader sees.
        while (high - low > 0.5) {
            double mid = (low + high) / 2;
            List<String> lines = fill(words, mid, measure);
            if (lines != null && lines.size() <= filled.size()) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return fill(words, high, measure);
    }

    /** The words put on lines, each filled up to {@code width}; null if a word alone is wider. */
    private static List<String> fill(String[] words, double width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        String line = null;
        for (String w : words) {
            String longer = line == null ? w : line + " " + w;
            if (measure.applyAsDouble(longer) <= width) {
                line = longer;
            } else if (line == null || measure.applyAsDouble(w) > width) {
                return null;
            } else {
                lines.add(line);
                line = w;
            }
        }
        if (line != null) {
            lines.add(line);
        }
        return lines;
    }
}
