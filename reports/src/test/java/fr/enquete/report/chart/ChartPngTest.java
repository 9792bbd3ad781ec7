package fr.enquete.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import fr.enquete.text.SurveyTerms;
import fr.enquete.text.TermOptions;
import fr.enquete.text.TermTable;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.util.Random;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/**
 * The charts' PNGs (written by the pngencoder library since ImageIO's writer was the top of a cold report's profile)
 * hold exactly the pixels drawn, read back by ImageIO, the JDK's independent decoder: on a bar chart and the
 * fixture's word cloud at the reports' scale, on noise that does not compress (several IDAT chunks), and on one
 * pixel; the same drawing gives the same bytes, and no chunk carries a time.
 */
class ChartPngTest {

    @Test
    void aBarChartAndAWordCloudReadBackPixelForPixel() throws IOException {
        assertLossless(720, 246, 2, ChartPngTest::barChart);
        TermTable terms = SurveyTerms.of(Fixtures.analyse(), TermOptions.defaults(), 30).get("vieiprecis");
        WordCloud.Layout cloud = new WordCloud().layout(terms);
        assertLossless(cloud.width(), cloud.height(), 2, g -> WordCloud.draw(cloud, g));
    }

    @Test
    void noiseOverSeveralIdatChunksReadsBack() throws IOException {
        Random random = new Random(7);
        int[][] colours = new int[300][200];
        for (int[] column : colours) {
            for (int y = 0; y < column.length; y++) {
                column[y] = random.nextInt(0x1000000);
            }
        }
        byte[] png = assertLossless(300, 200, 1, g -> {
            for (int x = 0; x < 300; x++) {
                for (int y = 0; y < 200; y++) {
                    g.setColor(new Color(colours[x][y]));
                    g.fillRect(x, y, 1, 1);
                }
            }
        });
        // 180 000 bytes of noise do not compress.
        assertTrue(png.length > 180_000, "length " + png.length);
    }

    @Test
    void onePixelReadsBack() throws IOException {
        byte[] png = assertLossless(1, 1, 1, g -> {
            g.setColor(new Color(0x3366CC));
            g.fillRect(0, 0, 1, 1);
        });
        assertEquals(0x3366CC, ImageIO.read(new ByteArrayInputStream(png)).getRGB(0, 0) & 0xFFFFFF);
    }

    @Test
    void pixelsLentAgainStartBlackAsANewImage() throws IOException {
        // A chart drawn where a larger one was: the reused pixels hold nothing of it (a drawing that leaves pixels
        // untouched shows them black, as on a new image), and the image is the RGB type pngencoder reads.
        // The sizes span several of the blocks the clearing copies, the last one in part (40 000 pixels).
        Pixels pixels = new Pixels();
        BufferedImage large = pixels.image(600, 400);
        Graphics2D g = large.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 400);
        g.dispose();
        int[] array = ((java.awt.image.DataBufferInt) large.getRaster().getDataBuffer()).getData();
        pixels.giveBack(large);
        BufferedImage small = pixels.image(400, 100);
        assertTrue(array == ((java.awt.image.DataBufferInt) small.getRaster().getDataBuffer()).getData(), "the array is lent again");
        assertEquals(BufferedImage.TYPE_INT_RGB, small.getType());
        assertEquals(400, small.getWidth());
        assertEquals(100, small.getHeight());
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 400; x++) {
                assertEquals(0, small.getRGB(x, y) & 0xFFFFFF, "pixel " + x + "," + y);
            }
        }
        BufferedImage other = pixels.image(400, 100);
        assertTrue(array != ((java.awt.image.DataBufferInt) other.getRaster().getDataBuffer()).getData(), "one image per array at a time");
        pixels.giveBack(small);
        pixels.giveBack(other);
        // Through the PNG: a partial drawing after a full white one, read back pixel for pixel against a new image.
        ChartFiles.png(400, 300, 2, gr -> {
            gr.setColor(Color.WHITE);
            gr.fillRect(0, 0, 400, 300);
        });
        assertLossless(90, 40, 2, gr -> {
            gr.setColor(new Color(0x3366CC));
            gr.fillRect(10, 5, 30, 20);
        });
    }

    /** Draws twice through {@link ChartFiles#png}, and compares the decoded PNG with a direct rendering. */
    private static byte[] assertLossless(int width, int height, double scale, Consumer<Graphics2D> drawing) throws IOException {
        byte[] png = ChartFiles.png(width, height, scale, drawing);
        assertArrayEquals(png, ChartFiles.png(width, height, scale, drawing), "the same drawing, the same bytes");
        assertFalse(new String(png, StandardCharsets.ISO_8859_1).contains("tIME"), "no time chunk");
        BufferedImage expected = render(width, height, scale, drawing);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(expected.getWidth(), back.getWidth());
        assertEquals(expected.getHeight(), back.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if ((expected.getRGB(x, y) & 0xFFFFFF) != (back.getRGB(x, y) & 0xFFFFFF)) {
                    throw new AssertionError("pixel " + x + "," + y + ": drawn " + Integer.toHexString(expected.getRGB(x, y))
                            + ", read back " + Integer.toHexString(back.getRGB(x, y)));
                }
            }
        }
        return png;
    }

    private static BufferedImage render(int width, int height, double scale, Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(scale, scale);
        drawing.accept(g);
        g.dispose();
        return image;
    }

    private static void barChart(Graphics2D g) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(57, "n", "Le partenariat avec les services et institutions");
        data.addValue(21, "n", "Les permanences");
        data.addValue(4, "n", "Sans réponse");
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.draw(g, new Rectangle2D.Double(0, 0, 720, 246));
    }
}
