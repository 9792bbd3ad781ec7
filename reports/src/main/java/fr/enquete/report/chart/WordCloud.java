package fr.enquete.report.chart;

import fr.enquete.text.TermTable;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A word cloud of a term table: the size of a word grows with the square root of its number of answers (so
 * the area, not the height, is proportional), words are placed from the centre outwards along an Archimedean
 * spiral at the first position where their box overlaps no word already placed. Everything is horizontal,
 * for reading, and the layout has no randomness: the same table always gives the same picture.
 *
 * <p>Words that do not fit in the canvas are left out and counted in {@link Layout#omitted()}, so a caller can
 * say so under the figure.
 */
public final class WordCloud {

    /** One word to draw: its text, weight (answers), and where and how big. */
    public record Placed(String text, long weight, float size, double x, double baseline, Rectangle2D box, Color colour) {
    }

    /** The laid-out cloud. */
    public record Layout(int width, int height, List<Placed> words, int omitted) {
        public Layout {
            words = List.copyOf(words);
        }

        /**
         * The cloud cut to the band its words take, {@link #MARGIN} kept above and below, its width and the words'
         * sizes kept: four words sat in the middle of a canvas two-thirds blank, in every format (16 by 9 cm in Word).
         */
        public Layout trimmed() {
            if (words.isEmpty()) {
                return this;
            }
            double top = words.stream().mapToDouble(p -> p.box().getMinY()).min().orElseThrow();
            double bottom = words.stream().mapToDouble(p -> p.box().getMaxY()).max().orElseThrow();
            // Whole pixels, so that the words' edges fall on the same pixels as before the cut.
            int shift = Math.max(0, (int) Math.floor(top) - MARGIN);
            int cut = Math.min(height, (int) Math.ceil(bottom) + MARGIN) - shift;
            if (cut >= height) {
                return this;
            }
            List<Placed> moved = words.stream().map(p -> new Placed(p.text(), p.weight(), p.size(), p.x(), p.baseline() - shift,
                    new Rectangle2D.Double(p.box().getX(), p.box().getY() - shift, p.box().getWidth(), p.box().getHeight()), p.colour())).toList();
            return new Layout(width, cut, moved, omitted);
        }
    }

    /** The blank kept above and below a trimmed cloud's words, in pixels. */
    public static final int MARGIN = 12;

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final double PADDING = 3;
    private static final double SPIRAL_STEP = 3;

    private final int width;
    private final int height;
    private final float minSize;
    private final float maxSize;

    public WordCloud(int width, int height, float minSize, float maxSize) {
        if (width < 50 || height < 50 || minSize <= 0 || maxSize < minSize) {
            throw new IllegalArgumentException("bad word cloud geometry " + width + "x" + height + ", sizes " + minSize + "-" + maxSize);
        }
        this.width = width;
        this.height = height;
        this.minSize = minSize;
        this.maxSize = maxSize;
    }

    public WordCloud() {
        this(800, 450, 13f, 54f);
    }

    /** Lays out the rows of a term table, weighted by the number of answers that contain each term. */
    public Layout layout(TermTable table) {
        List<TermTable.TermRow> rows = new ArrayList<>(table.rows());
        rows.sort(Comparator.comparingLong(TermTable.TermRow::answers).reversed()
                .thenComparing(Comparator.comparingLong(TermTable.TermRow::occurrences).reversed())
                .thenComparing(TermTable.TermRow::term));
        if (rows.isEmpty()) {
            return new Layout(width, height, List.of(), 0);
        }
        double top = Math.sqrt(rows.get(0).answers());
        double bottom = Math.sqrt(rows.get(rows.size() - 1).answers());
        List<Placed> placed = new ArrayList<>();
        Taken taken = new Taken();
        int omitted = 0;
        int index = 0;
        for (TermTable.TermRow row : rows) {
            double t = top == bottom ? 1 : (Math.sqrt(row.answers()) - bottom) / (top - bottom);
            float size = (float) (minSize + t * (maxSize - minSize));
            Color colour = Palette.FOR_TEXT.get(index++ % Palette.FOR_TEXT.size());
            Placed p = place(row.term(), row.answers(), size, colour, taken);
            if (p == null) {
                omitted++;
            } else {
                placed.add(p);
                taken.add(p.box());
            }
        }
        return new Layout(width, height, placed, omitted);
    }

    /**
     * Places a word at its size or, failing that, at smaller sizes down to the minimum: a long multi-word term
     * at the top of the table must shrink rather than vanish.
     */
    private Placed place(String text, long weight, float size, Color colour, Taken taken) {
        float fitting = Math.min(size, (float) (size * 0.9 * width / Fonts.bold(size).getStringBounds(text, FRC).getWidth()));
        for (float s = fitting; s >= minSize; s *= 0.85f) {
            Placed p = placeAt(text, weight, s, colour, taken);
            if (p != null) {
                return p;
            }
        }
        return fitting < minSize ? null : placeAt(text, weight, minSize, colour, taken);
    }

    private Placed placeAt(String text, long weight, float size, Color colour, Taken taken) {
        Rectangle2D bounds = Fonts.bold(size).getStringBounds(text, FRC);
        double w = bounds.getWidth();
        double h = bounds.getHeight();
        if (w > width - 2 * PADDING || h > height - 2 * PADDING) {
            return null;
        }
        double cx = width / 2.0;
        double cy = height / 2.0;
        double maxRadius = Math.hypot(width, height) / 2;
        // The spiral is stretched horizontally like the canvas, so the cloud fills it.
        double aspect = (double) width / height;
        // Steps of about SPIRAL_STEP pixels along the spiral, so the outer turns are searched as finely as the inner.
        for (double angle = 0; ; angle += Math.min(0.35, SPIRAL_STEP / Math.max(1, 2.0 * angle))) {
            double radius = 2.0 * angle;
            if (radius > maxRadius) {
                return null;
            }
            double x = cx + radius * Math.cos(angle) * aspect / 1.4 - w / 2;
            double y = cy + radius * Math.sin(angle) / 1.4 - h / 2;
            if (inside(x, y, w, h) && taken.free(x, y, w, h)) {
                // The baseline sits the ascent below the top of the box.
                return new Placed(text, weight, size, x - bounds.getX(), y - bounds.getY(), new Rectangle2D.Double(x, y, w, h), colour);
            }
        }
    }

    /** Whether the box (x, y, w, h) lies inside the canvas, its padding included. */
    private boolean inside(double x, double y, double w, double h) {
        return x >= PADDING && y >= PADDING && x + w <= width - PADDING && y + h <= height - PADDING;
    }

    /**
     * The boxes of the words placed, each grown by the padding, as edges: the spiral tests every one at each of its
     * steps, thousands of steps a word. The box that stopped the last step is tested first, since the next step
     * along the spiral most often meets it again; which box answers never changes whether a place is free. The test
     * is {@link Rectangle2D#intersects(double, double, double, double)}'s, on the same numbers.
     */
    private static final class Taken {
        private double[] left = new double[16];
        private double[] top = new double[16];
        private double[] right = new double[16];
        private double[] bottom = new double[16];
        private int size;
        private int last;

        void add(Rectangle2D box) {
            if (size == left.length) {
                left = Arrays.copyOf(left, 2 * size);
                top = Arrays.copyOf(top, 2 * size);
                right = Arrays.copyOf(right, 2 * size);
                bottom = Arrays.copyOf(bottom, 2 * size);
            }
            double x = box.getX() - PADDING;
            double y = box.getY() - PADDING;
            left[size] = x;
            top[size] = y;
            right[size] = x + (box.getWidth() + 2 * PADDING);
            bottom[size] = y + (box.getHeight() + 2 * PADDING);
            size++;
        }

        boolean free(double x, double y, double w, double h) {
            if (w <= 0 || h <= 0) {
                return true;
            }
            if (last < size && meets(last, x, y, w, h)) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                if (i != last && meets(i, x, y, w, h)) {
                    last = i;
                    return false;
                }
            }
            return true;
        }

        private boolean meets(int i, double x, double y, double w, double h) {
            return x + w > left[i] && y + h > top[i] && x < right[i] && y < bottom[i];
        }
    }

    /** Draws the layout on any Graphics2D (a PNG image or an SVG document). */
    public static void draw(Layout layout, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, layout.width(), layout.height());
        for (Placed p : layout.words()) {
            g.setColor(p.colour());
            // Glyph outlines rather than text, so the SVG looks the same without the font installed.
            GlyphVector glyphs = Fonts.bold(p.size()).createGlyphVector(FRC, p.text());
            g.fill(glyphs.getOutline((float) p.x(), (float) p.baseline()));
        }
    }
}
