package fr.enquete.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.io.ByteArrayOutputStream;
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
 * The charts' PNG encoder writes the very bytes of ImageIO's PNG writer (the encoder the charts used before, and the
 * reference here): on a bar chart and the fixture's word cloud at the reports' scale, on noise whose stream spans
 * several IDAT chunks, and on a one-pixel image; and ImageIO reads the pixels back.
 */
class PngEncoderTest {

    @Test
    void aBarChartAndAWordCloudGiveImageIosBytes() throws IOException {
        assertSameAsImageIo(render(720, 246, 2, PngEncoderTest::barChart));
        TermTable terms = SurveyTerms.of(Fixtures.analyse(), TermOptions.defaults(), 30).get("vieiprecis");
        WordCloud.Layout cloud = new WordCloud().layout(terms);
        assertSameAsImageIo(render(cloud.width(), cloud.height(), 2, g -> WordCloud.draw(cloud, g)));
    }

    @Test
    void noiseOverSeveralIdatChunksGivesImageIosBytesAndReadsBack() throws IOException {
        BufferedImage noise = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        byte[] png = assertSameAsImageIo(noise);
        // 180 000 bytes of noise do not compress: the stream is cut into chunks of 32 768 bytes.
        assertTrue(png.length > 5 * 32768, "length " + png.length);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        for (int[] p : new int[][] {{0, 0}, {299, 199}, {150, 100}, {17, 183}}) {
            assertEquals(noise.getRGB(p[0], p[1]), back.getRGB(p[0], p[1]));
        }
    }

    @Test
    void onePixelGivesImageIosBytes() throws IOException {
        BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        one.setRGB(0, 0, 0x3366CC);
        assertSameAsImageIo(one);
    }

    @Test
    void anImageWithAlphaIsRefusedRatherThanWrittenWrong() {
        BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(argb));
    }

    private static byte[] assertSameAsImageIo(BufferedImage image) throws IOException {
        ByteArrayOutputStream reference = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", reference));
        byte[] png = PngEncoder.encode(image);
        assertArrayEquals(reference.toByteArray(), png);
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
