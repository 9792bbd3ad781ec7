package fr.enquete.report.chart;

import java.awt.Graphics2D;
import java.util.function.Consumer;

/**
 * A chart ready to draw on any Graphics2D (a PNG image, an SVG document), what a document embeds.
 *
 * @param name    the file name's stem (e.g. {@code q3-bars}), unique in a report
 * @param title   its accessible name (the question's wording)
 * @param width   its size in pixels at scale 1
 * @param height  its size in pixels at scale 1
 * @param drawing draws it, the same on every call
 */
public record Drawing(String name, String title, int width, int height, Consumer<Graphics2D> drawing) {
}
