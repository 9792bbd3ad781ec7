package fr.enquete.report.chart;

import fr.enquete.io.AtomicFiles;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGCSSStyler;
import org.apache.batik.svggen.SVGIDGenerator;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import com.pngencoder.PngEncoder;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

/**
 * Renders a drawing to PNG or SVG bytes. Both are deterministic: the SVG (Apache Batik's generator) has its
 * definitions numbered from 1 under a given prefix, numbers at a fixed precision and no generator comment;
 * the PNG (written by the pngencoder library, twice as fast as ImageIO's writer on the reports' charts) has no
 * time chunk.
 */
public final class ChartFiles {

    /**
     * zlib level of the PNGs: the fastest. Level 4 (ImageIO's default) made a cold report's charts 20 % smaller for
     * twice the compression time, about 0,3 s of CPU on the fixture's 31 charts (docs/performance.md, "Tenth pass").
     */
    private static final int LEVEL = 1;

    private static final String SVG = SVGGraphics2D.SVG_NAMESPACE_URI;
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final DOMImplementation DOM = dom();

    private ChartFiles() {
    }

    /** A PNG at {@code scale} times the drawing's size (2 gives a sharp image for print). */
    public static byte[] png(int width, int height, double scale, Consumer<Graphics2D> drawing) {
        BufferedImage image = PIXELS.image((int) Math.round(width * scale), (int) Math.round(height * scale));
        try {
            Graphics2D g = image.createGraphics();
            try {
                g.scale(scale, scale);
                drawing.accept(g);
            } finally {
                g.dispose();
            }
            // pngencoder's own compression threads, its default: with compression on the calling thread, a chart drawn
            // twice came out as different bytes in two test runs of seven (docs/performance.md, "Thirteenth pass"),
            // most likely the bar labels' number formats shared between threads, made thread-safe since.
            return new PngEncoder().withBufferedImage(image).withCompressionLevel(LEVEL).toBytes();
        } finally {
            PIXELS.giveBack(image);
        }
    }

    /** The pixel arrays of the PNGs, reused from one chart to the next. */
    private static final Pixels PIXELS = new Pixels();

    /** A standalone SVG document (the {@code <svg>} element, which also embeds inline in HTML). */
    public static String svg(int width, int height, String title, Consumer<Graphics2D> drawing) {
        return svg(width, height, title, drawing, "enquete-");
    }

    /**
     * As {@link #svg(int, int, String, Consumer)}, its definitions (clip paths, gradients) named after {@code idPrefix}:
     * ids are global to an HTML page, and a browser resolves {@code url(#id)} to the first element with that id, so
     * charts sharing a page must each have their own prefix or they are clipped by another chart's clip path.
     */
    public static String svg(int width, int height, String title, Consumer<Graphics2D> drawing, String idPrefix) {
        Document document = DOM.createDocument(SVG, "svg", null);
        // Numbers at two decimals (a hundredth of a pixel is below what a screen or a printer shows), written by the
        // context's own number format (thread-safe, faster than Batik's shared one).
        SVGGeneratorContext context = SvgContext.twoDecimals(document);
        context.setComment(null);
        context.setIDGenerator(new PrefixedIds(idPrefix));
        SVGGraphics2D g = new MeasuringSvgGraphics(context);
        g.setSVGCanvasSize(new Dimension(width, height));
        drawing.accept(g);
        Element root = g.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        root.setAttributeNS(null, "role", "img");
        root.setAttributeNS(XMLNS, "xmlns", SVG);
        // Batik's document-wide definitions (empty here) carry a fixed id that would repeat in an HTML page.
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "genericDefs".equals(e.getAttribute("id"))) {
                if (e.hasChildNodes()) {
                    e.setAttribute("id", idPrefix + "genericDefs");
                } else {
                    root.removeChild(e);
                }
                break;
            }
        }
        // An accessible name for screen readers.
        Element name = document.createElementNS(SVG, "title");
        name.setTextContent(title);
        root.insertBefore(name, root.getFirstChild());
        SVGCSSStyler.style(root);
        return serialize(root);
    }

    private static String serialize(Element root) {
        try {
            StringWriter out = new StringWriter();
            SERIALIZER.get().transform(new DOMSource(root), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            SERIALIZER.remove(); // a transformer left mid-document is not used again
            throw new IllegalStateException("cannot write the SVG document", e);
        }
    }

    /**
     * The SVG serializer, one per thread (a transformer is not thread-safe; it keeps its output properties from one
     * document to the next): looking the factory up and making a transformer for each chart was a fifth of writing it.
     */
    private static final ThreadLocal<Transformer> SERIALIZER = ThreadLocal.withInitial(() -> {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            return transformer;
        } catch (javax.xml.transform.TransformerConfigurationException e) {
            throw new IllegalStateException("no XML serializer in this Java runtime", e);
        }
    });

    /**
     * Batik measures text on a bare image whose metrics are whole pixels, whatever the drawing's hints; JFreeChart
     * lays labels out with those measures. Measuring with the drawing's own hints (fractional metrics) places
     * every label as on the PNG.
     */
    private static final class MeasuringSvgGraphics extends SVGGraphics2D {
        private final Graphics2D probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();

        MeasuringSvgGraphics(SVGGeneratorContext context) {
            super(context, false);
        }

        private MeasuringSvgGraphics(MeasuringSvgGraphics g) {
            super(g);
        }

        @Override
        public Graphics create() {
            return new MeasuringSvgGraphics(this);
        }

        @Override
        public FontMetrics getFontMetrics(Font font) {
            probe.setRenderingHints(getRenderingHints());
            return probe.getFontMetrics(font);
        }
    }

    /**
     * Batik numbers definitions per kind from 1 ({@code clipPath1}); the prefix makes them the chart's own, and a
     * fresh generator per document keeps the numbering, hence the bytes, the same on every run.
     */
    private static final class PrefixedIds extends SVGIDGenerator {
        private final String prefix;

        PrefixedIds(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String generateID(String kind) {
            return prefix + super.generateID(kind);
        }
    }

    /**
     * An id prefix for an SVG rendered before its prefix is known ({@link #prefixed}): random per run, so that no text
     * of a chart (a label, a title) can contain it, and made of letters, digits and a hyphen, which XML writes as they
     * are, like the prefixes that replace it.
     */
    public static final String ID_PLACEHOLDER = "enquete" + java.util.UUID.randomUUID().toString().replace("-", "") + "-";

    /**
     * The SVG {@code svg}, rendered with the prefix {@link #ID_PLACEHOLDER}, with {@code idPrefix} instead: the same
     * characters as rendering it with {@code idPrefix} (Batik's ids are the prefix and a number per kind of definition,
     * the number not depending on the prefix).
     */
    public static String prefixed(String svg, String idPrefix) {
        return svg.replace(ID_PLACEHOLDER, idPrefix);
    }

    /** A title for an SVG rendered before its title is final ({@link #titled}); made as {@link #ID_PLACEHOLDER} is. */
    public static final String TITLE_PLACEHOLDER = "enquete" + java.util.UUID.randomUUID().toString().replace("-", "") + "-title";

    /**
     * The SVG {@code svg}, rendered with the title {@link #TITLE_PLACEHOLDER}, with {@code title} instead: the same
     * characters as rendering it with {@code title} (the serializer escapes "&amp;", "&lt;" and "&gt;" in text).
     */
    public static String titled(String svg, String title) {
        String text = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return svg.replace("<title>" + TITLE_PLACEHOLDER + "</title>", "<title>" + text + "</title>");
    }

    /**
     * The {@code <svg>} element for inline use in HTML, where namespace declarations are implied: without
     * them the page names no external address at all. {@code idPrefix} must be unique in the page.
     */
    public static String inlineSvg(int width, int height, String title, Consumer<Graphics2D> drawing, String idPrefix) {
        String svg = svg(width, height, title, drawing, idPrefix);
        int close = svg.indexOf('>');
        String open = svg.substring(0, close).replaceAll(" xmlns(:\\w+)?=\"[^\"]*\"", "");
        if (svg.substring(close).contains("xlink:")) {
            return svg;
        }
        return open + svg.substring(close);
    }

    private static DOMImplementation dom() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM implementation in this Java runtime", e);
        }
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
