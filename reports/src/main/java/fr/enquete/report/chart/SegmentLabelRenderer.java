package fr.enquete.report.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.CategoryDataset;

/**
 * A horizontal stacked bar whose every segment gets its label: inside when it fits, else outside, above the bar (or
 * below, or a line further out, where a label already is), in the text's colour, from the segment's edge on the zero
 * side outwards so that it does not cross the zero line. JFreeChart drops a label that does not fit its segment: the
 * scale charts' "Pas du tout" (2,20 %) was only in the legend, and at print size "Faiblement" (15,38 %) too.
 */
final class SegmentLabelRenderer extends StackedBarRenderer {

    private static final long serialVersionUID = 1L;
    /** Pixels between a bar and a label outside it, and between two lines of labels. */
    private static final double GAP = 3;

    /** The outside labels drawn so far in the current drawing, not to be written over. */
    private final transient List<Rectangle2D> outside = new ArrayList<>();

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot, CategoryAxis domainAxis,
                         ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        if (pass == 0 && row == 0 && column == 0) {
            // A new drawing (the same chart is drawn at several sizes).
            outside.clear();
        }
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    }

    @Override
    protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                                 CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
        String label = generator.generateLabel(data, row, column);
        if (label == null) {
            return;
        }
        Font font = getItemLabelFont(row, column);
        FontMetrics metrics = g2.getFontMetrics(font);
        double width = metrics.getStringBounds(label, g2).getWidth();
        double height = metrics.getAscent() + metrics.getDescent();
        if (width + 2 * GAP <= bar.getWidth() && height <= bar.getHeight()) {
            super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
            return;
        }
        double x = negative ? bar.getMaxX() - width : bar.getMinX();
        Rectangle2D at = null;
        for (int tier = 0; at == null; tier++) {
            int line = tier / 2;
            double y = tier % 2 == 0 ? bar.getMinY() - GAP - height - line * (height + GAP) : bar.getMaxY() + GAP + line * (height + GAP);
            Rectangle2D r = new Rectangle2D.Double(x, y, width, height);
            if (outside.stream().noneMatch(r::intersects)) {
                at = r;
            }
        }
        outside.add(at);
        g2.setFont(font);
        g2.setPaint(Palette.TEXT);
        g2.drawString(label, (float) at.getX(), (float) (at.getY() + metrics.getAscent()));
    }

    /** Where the labels drawn outside the bar went in the last drawing (for tests). */
    List<Rectangle2D> outsideLabels() {
        return List.copyOf(outside);
    }
}
