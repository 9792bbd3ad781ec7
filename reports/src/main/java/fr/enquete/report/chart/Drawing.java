package fr.enquete.report.chart;

import java.awt.Graphics2D;
import java.util.function.Consumer;

/**
 * A chart ready to draw on any Graphics2D (a PNG image, an SVG document), what a document embeds.
 *
 * @param name     the file name's stem (e.g. {@code q3-bars}), unique in a report
 * @param title    its accessible name (the question's wording)
 * @param width    its size in pixels at scale 1
 * @param height   its size in pixels at scale 1
 * @param drawing  draws it, the same on every call
 * @param relayout draws it laid out again at another size, its text keeping its size in pixels (a JFreeChart); null
 *                 for a drawing that only scales (a word cloud, a map)
 */
public record Drawing(String name, String title, int width, int height, Consumer<Graphics2D> drawing, Relayout relayout) {

    /** A drawing that only scales. */
    public Drawing(String name, String title, int width, int height, Consumer<Graphics2D> drawing) {
        this(name, title, width, height, drawing, null);
    }

    /** A drawing laid out again at any size (its drawing at its own size included). */
    public static Drawing relaid(String name, String title, int width, int height, Relayout relayout) {
        return new Drawing(name, title, width, height, g -> relayout.draw(g, width, height), relayout);
    }

    /** How a chart is laid out at another size. */
    public interface Relayout {

        /** Draws the chart in {@code width} x {@code height} pixels, its fonts at their usual size in pixels. */
        void draw(Graphics2D g, int width, int height);

        /**
         * The height to draw the chart at when {@code width} wide for print: by default its own, at most
         * {@link PrintSize#MAX_HEIGHT} (bars then get thinner, their labels keep their size); a chart whose labels
         * need their height says so.
         */
        default int heightAt(int width, int height) {
            return Math.min(height, PrintSize.MAX_HEIGHT);
        }
    }

    /** A JFreeChart as a relayout of fixed height. */
    static Relayout of(org.jfree.chart.JFreeChart chart) {
        return (g, w, h) -> Charts.draw(chart, g, w, h);
    }

    /** A JFreeChart as a relayout whose height follows its width ({@code heightAt}: its labels wrap into more lines). */
    static Relayout of(org.jfree.chart.JFreeChart chart, java.util.function.IntUnaryOperator heightAt) {
        return new Relayout() {
            @Override
            public void draw(Graphics2D g, int width, int height) {
                Charts.draw(chart, g, width, height);
            }

            @Override
            public int heightAt(int width, int height) {
                return heightAt.applyAsInt(width);
            }
        };
    }
}
