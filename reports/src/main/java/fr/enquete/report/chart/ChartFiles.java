package fr.enquete.report.chart;

import fr.enquete.io.AtomicFiles;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Renders a drawing to PNG or SVG bytes. Both are deterministic: the SVG's definition keys get a fixed prefix
 * (JFreeSVG's default contains the clock) and numbers a fixed precision; ImageIO's PNG has no time chunk.
 */
public final class ChartFiles {

    private ChartFiles() {
    }

    /** A PNG at {@code scale} times the drawing's size (2 gives a sharp image for print). */
    public static byte[] png(int width, int height, double scale, Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A standalone SVG document (the {@code <svg>} element, which also embeds inline in HTML). */
    public static String svg(int width, int height, String title, Consumer<Graphics2D> drawing) {
        return svg(width, height, title, drawing, "enquete");
    }

    /**
     * As {@link #svg(int, int, String, Consumer)}, its definitions (clip paths, gradients) named after {@code idPrefix}:
     * ids are global to an HTML page, and a browser resolves {@code url(#id)} to the first element with that id, so
     * charts sharing a page must each have their own prefix or they are clipped by another chart's clip path.
     */
    public static String svg(int width, int height, String title, Consumer<Graphics2D> drawing, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix);
        g.setGeomDoubleConverter(d -> String.format(Locale.ROOT, "%.1f", d));
        drawing.accept(g);
        String svg = g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        // An accessible name for screen readers, since the words are drawn as outlines.
        int close = svg.indexOf('>');
        String t = "<title>" + title.replace("&", "&amp;").replace("<", "&lt;") + "</title>";
        return svg.substring(0, close) + " role=\"img\">" + t + svg.substring(close + 1);
    }

    /**
     * The {@code <svg>} element for inline use in HTML, where namespace declarations are implied: without
     * them the page names no external address at all. {@code idPrefix} must be unique in the page.
     */
    public static String inlineSvg(int width, int height, String title, Consumer<Graphics2D> drawing, String idPrefix) {
        String svg = svg(width, height, title, drawing, idPrefix);
        int close = svg.indexOf('>');
        String open = svg.substring(0, close).replaceAll(" xmlns(:\\w+)?='[^']*'", "");
        if (svg.substring(close).contains("xlink:")) {
            return svg;
        }
        return open + svg.substring(close);
    }

    /** Writes a PNG or an SVG, chosen by the file's extension, atomically. */
    public static void write(Path file, int width, int height, String title, Consumer<Graphics2D> drawing) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        if (name.endsWith(".svg")) {
            bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(width, height, title, drawing) + "\n").getBytes(StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            bytes = png(width, height, 2, drawing);
        } else {
            throw new IllegalArgumentException("a chart file must end in .svg or .png: " + file);
        }
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
