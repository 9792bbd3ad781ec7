package fr.enquete.report.chart;

import fr.enquete.qual.Quadrant;
import fr.enquete.qual.SwotGrid;
import fr.enquete.report.Labels;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.text.MessageFormat;
import java.util.List;

/**
 * The SWOT grid as a figure: four boxes (forces and faiblesses above, internal; opportunités and menaces
 * below, external), each listing its top items with their number of sources, wrapped to the box.
 */
public final class SwotFigure {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 620;
    private static final int ITEMS = 6;
    private static final int MARGIN = 12;
    private static final int HEADER = 30;
    private static final Color[] FILLS = {new Color(0xE3F1FA), new Color(0xFBE9DD), new Color(0xE2F3EC), new Color(0xF7E4EE)};
    private static final Color[] INKS = {Palette.BLUE, Palette.VERMILION, Palette.GREEN, new Color(0x8F4A73)};

    private SwotFigure() {
    }

    public static void draw(SwotGrid grid, Labels labels, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int w = (WIDTH - 3 * MARGIN) / 2;
        int h = (HEIGHT - 3 * MARGIN) / 2;
        Quadrant[] order = {Quadrant.FORCE, Quadrant.FAIBLESSE, Quadrant.OPPORTUNITE, Quadrant.MENACE};
        for (int i = 0; i < 4; i++) {
            int x = MARGIN + (i % 2) * (w + MARGIN);
            int y = MARGIN + (i / 2) * (h + MARGIN);
            box(g, grid.entries(order[i]), labels.get("swot." + order[i].code()), labels, x, y, w, h, FILLS[i], INKS[i]);
        }
    }

    private static void box(Graphics2D g, List<SwotGrid.Entry> entries, String title, Labels labels, int x, int y, int w, int h,
                            Color fill, Color ink) {
        g.setColor(fill);
        g.fillRect(x, y, w, h);
        g.setColor(ink);
        g.setStroke(new BasicStroke(2f));
        g.drawRect(x, y, w, h);
        g.fillRect(x, y, w, HEADER);
        g.setColor(Color.WHITE);
        g.setFont(Fonts.bold(15));
        g.drawString(title, x + 10, y + 21);
        FontRenderContext frc = g.getFontRenderContext();
        float cursor = y + HEADER + 8;
        float bottom = y + h - 8;
        Font font = Fonts.regular(12);
        int shown = 0;
        if (entries.isEmpty()) {
            g.setColor(Palette.TEXT);
            g.setFont(Fonts.regular(12));
            g.drawString(labels.get("swot.empty"), x + 10, cursor + 14);
            return;
        }
        for (SwotGrid.Entry e : entries) {
            if (shown == ITEMS) {
                break;
            }
            String text = "• " + e.item() + " (" + MessageFormat.format(labels.get("swot.sources"), e.sources().size()) + ")";
            AttributedString as = new AttributedString(text);
            as.addAttribute(TextAttribute.FONT, font);
            LineBreakMeasurer measurer = new LineBreakMeasurer(as.getIterator(), frc);
            float start = cursor;
            java.util.List<TextLayout> lines = new java.util.ArrayList<>();
            while (measurer.getPosition() < text.length()) {
                lines.add(measurer.nextLayout(w - 24));
            }
            float needed = 0;
            for (TextLayout l : lines) {
                needed += l.getAscent() + l.getDescent() + l.getLeading();
            }
            if (start + needed > bottom) {
                break;
            }
            g.setColor(Palette.TEXT);
            for (int i = 0; i < lines.size(); i++) {
                TextLayout l = lines.get(i);
                cursor += l.getAscent();
                l.draw(g, x + 10 + (i == 0 ? 0 : 10), cursor);
                cursor += l.getDescent() + l.getLeading();
            }
            cursor += 5;
            shown++;
        }
        if (shown < entries.size()) {
            g.setColor(Palette.TEXT);
            g.setFont(Fonts.regular(11));
            String more = "+ " + (entries.size() - shown);
            Rectangle2D b = g.getFont().getStringBounds(more, frc);
            g.drawString(more, (float) (x + w - 10 - b.getWidth()), y + h - 8);
        }
    }
}
