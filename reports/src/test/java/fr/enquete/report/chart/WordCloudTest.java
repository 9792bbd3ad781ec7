package fr.enquete.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import fr.enquete.text.SurveyTerms;
import fr.enquete.text.TermOptions;
import fr.enquete.text.TermTable;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The word cloud of seed 003's section B answers (the fixture's vieiprecis question). */
class WordCloudTest {

    private static TermTable terms;

    @BeforeAll
    static void terms() {
        Map<String, TermTable> all = SurveyTerms.of(Fixtures.analyse(), TermOptions.defaults(), 30);
        terms = all.get("vieiprecis");
    }

    @Test
    void everyTermOfTheTableIsPlacedInsideTheCanvasWithoutOverlap() {
        WordCloud.Layout layout = new WordCloud().layout(terms);
        assertEquals(0, layout.omitted());
        assertEquals(terms.rows().size(), layout.words().size());
        List<WordCloud.Placed> words = layout.words();
        for (int i = 0; i < words.size(); i++) {
            WordCloud.Placed a = words.get(i);
            assertTrue(a.box().getMinX() >= 0 && a.box().getMaxX() <= layout.width()
                    && a.box().getMinY() >= 0 && a.box().getMaxY() <= layout.height(), a.text() + " outside");
            for (int j = i + 1; j < words.size(); j++) {
                assertFalse(a.box().intersects(words.get(j).box()), a.text() + " overlaps " + words.get(j).text());
            }
        }
    }

    /**
     * Each word sits at the first point of the spiral where its box, at the size it was given, meets no box of the
     * words placed before it grown by the padding: checked with {@link Rectangle2D#intersects} against every earlier
     * box, on the default canvas and on a cramped one where most steps are blocked and words are left out.
     */
    @Test
    void eachWordTakesTheFirstPlaceAlongTheSpiralThatNoEarlierWordTakes() {
        for (WordCloud cloud : List.of(new WordCloud(), new WordCloud(260, 140, 9f, 30f))) {
            WordCloud.Layout layout = cloud.layout(terms);
            List<Rectangle2D> before = new ArrayList<>();
            for (WordCloud.Placed p : layout.words()) {
                assertEquals(firstFree(layout, p.box().getWidth(), p.box().getHeight(), before), p.box(), p.text());
                before.add(p.box());
            }
            assertTrue(layout.words().size() > 10, "words placed: " + layout.words().size());
        }
        assertTrue(new WordCloud(260, 140, 9f, 30f).layout(terms).omitted() > 0, "the cramped canvas leaves words out");
    }

    /** The plain search: the spiral's points in order, each box tested against every earlier one. */
    private static Rectangle2D firstFree(WordCloud.Layout layout, double w, double h, List<Rectangle2D> before) {
        double padding = 3;
        double cx = layout.width() / 2.0;
        double cy = layout.height() / 2.0;
        double aspect = (double) layout.width() / layout.height();
        for (double angle = 0; 2.0 * angle <= Math.hypot(layout.width(), layout.height()) / 2;
                angle += Math.min(0.35, 3 / Math.max(1, 2.0 * angle))) {
            double radius = 2.0 * angle;
            Rectangle2D box = new Rectangle2D.Double(cx + radius * Math.cos(angle) * aspect / 1.4 - w / 2,
                    cy + radius * Math.sin(angle) / 1.4 - h / 2, w, h);
            boolean inside = box.getMinX() >= padding && box.getMinY() >= padding
                    && box.getMaxX() <= layout.width() - padding && box.getMaxY() <= layout.height() - padding;
            if (inside && before.stream().noneMatch(t -> new Rectangle2D.Double(t.getX() - padding, t.getY() - padding,
                    t.getWidth() + 2 * padding, t.getHeight() + 2 * padding).intersects(box))) {
                return box;
            }
        }
        return null;
    }

    @Test
    void theMostFrequentTermsAreTheBiggestAndTheLongOneShrinksRatherThanVanishes() {
        // conférence des financeurs (21 answers) is wider than the canvas at full size: it is kept, smaller.
        WordCloud.Placed phrase = new WordCloud().layout(terms.multiwords()).words().get(0);
        assertEquals("conférence des financeurs", phrase.text());
        assertEquals(21, phrase.weight());
        List<WordCloud.Placed> words = new WordCloud().layout(terms).words();
        WordCloud.Placed first = words.get(0);
        assertEquals("conférence", first.text());
        assertEquals(21, first.weight());
        assertTrue(first.size() > phrase.size(), "the phrase shrank to fit");
        WordCloud.Placed departement = find(words, "Département");
        WordCloud.Placed carsat = find(words, "CARSAT");
        WordCloud.Placed autonomie = find(words, "autonomie");
        assertTrue(departement.size() > carsat.size() && carsat.size() > autonomie.size(),
                "18 > 8 > 7 answers must give decreasing sizes");
        float smallest = words.stream().map(WordCloud.Placed::size).min(Float::compare).orElseThrow();
        assertEquals(13f, smallest, 0.01f);
    }

    @Test
    void pngAndSvgAreValidAndByteIdenticalOnEveryRun() throws Exception {
        WordCloud.Layout layout = new WordCloud().layout(terms);
        byte[] png = ChartFiles.png(layout.width(), layout.height(), 2, g -> WordCloud.draw(layout, g));
        assertArrayEquals(png, ChartFiles.png(layout.width(), layout.height(), 2, g -> WordCloud.draw(new WordCloud().layout(terms), g)));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1600, image.getWidth());
        assertEquals(900, image.getHeight());
        // Something was drawn in the word colours, not only the white background.
        assertTrue(countNonWhite(image) > 20_000, "the cloud is empty");

        String svg = ChartFiles.svg(layout.width(), layout.height(), "Nuage <B>", g -> WordCloud.draw(layout, g));
        assertEquals(svg, ChartFiles.svg(layout.width(), layout.height(), "Nuage <B>", g -> WordCloud.draw(layout, g)));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("Nuage <B>", doc.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(layout.words().size(), doc.getElementsByTagName("path").getLength());
        assertFalse(svg.matches("(?s).*\\d{13}.*"), "no clock value in the SVG");
    }

    private static int countNonWhite(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }

    private static WordCloud.Placed find(List<WordCloud.Placed> words, String text) {
        return words.stream().filter(w -> w.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }
}
