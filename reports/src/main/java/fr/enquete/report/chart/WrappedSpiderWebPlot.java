package fr.enquete.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
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
 * which left three axes reading "Part des enfants … une activité", "… à moins de 6 ans", "… de l'AAEH".
 */
final class WrappedSpiderWebPlot extends SpiderWebPlot {

    private static final long serialVersionUID = 1L;

    private final float labelWidth;
    private final int maxLines;

    /**
     * @param labelWidth the widest a label's line may be, in the chart's units
     * @param maxLines   lines a label may take; a longer name ends its last line with an ellipsis
     */
    WrappedSpiderWebPlot(CategoryDataset data, float labelWidth, int maxLines) {
        super(data);
        this.labelWidth = labelWidth;
        this.maxLines = maxLines;
    }

    @Override
    protected void drawLabel(Graphics2D g2, Rectangle2D plotArea, double value, int cat, double startAngle, double extent) {
        String label = getLabelGenerator().generateColumnLabel(getDataset(), cat);
        TextBlock block = TextUtils.createTextBlock(label, getLabelFont(), getLabelPaint(), labelWidth, maxLines, new G2TextMeasurer(g2));
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
}
