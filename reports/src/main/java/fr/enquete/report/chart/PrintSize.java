package fr.enquete.report.chart;

/**
 * The size a chart is drawn at for print (Word, and the PNGs Excel and Markdown share): one pixel for 0.8 point, so
 * that the charts' smallest text, 10 pixels, prints at 8 points beside the body's 10. Charts were drawn 720 pixels wide
 * for the page's 16 cm, 0.63 point a pixel, and a tall one was shrunk to fit a landscape page's height: their labels
 * printed at 5 to 6 points. A chart that can be laid out again ({@link Drawing.Relayout}) is drawn at most as wide
 * as the page's text and as high as a landscape page leaves under a caption, at that scale; one that only scales (a
 * word cloud, a map) keeps its size.
 */
public record PrintSize(int width, int height) {

    /** Points per pixel of a chart as printed. */
    public static final double POINTS_PER_PIXEL = 0.8;
    /** The page's text width, 16 cm, in pixels at {@link #POINTS_PER_PIXEL}. */
    public static final int MAX_WIDTH = (int) Math.floor(16 / 2.54 * 72 / POINTS_PER_PIXEL);
    /** 14 cm, what a landscape page leaves to a figure under its caption, in pixels at {@link #POINTS_PER_PIXEL}. */
    public static final int MAX_HEIGHT = (int) Math.floor(14 / 2.54 * 72 / POINTS_PER_PIXEL);

    /** The print size of a drawing of {@code width} x {@code height} pixels, laid out again by {@code relayout} if not null. */
    public static PrintSize of(int width, int height, Drawing.Relayout relayout) {
        if (relayout == null) {
            return new PrintSize(width, height);
        }
        int w = Math.min(width, MAX_WIDTH);
        return new PrintSize(w, relayout.heightAt(w, height));
    }
}
