package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.report.Lang;
import fr.enquete.report.chart.WordCloud;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import fr.enquete.text.SurveyTerms;
import fr.enquete.text.TermOptions;
import fr.enquete.text.TermTable;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A report's word cloud is as high as its words, with a margin: "B) Objectifs : autre" (vieiobjautre, four words of the
 * fixture) stood in the middle of an 800 x 450 canvas, two-thirds of it blank, a box of 16 by 9 cm in Word. Measured on
 * the PNG every format shows: the white rows above the first word and below the last.
 */
class CloudsTrimmedTest {

    @Test
    void everyCloudIsCutToItsWords() throws IOException {
        SurveyResult result = Fixtures.analyse();
        Map<String, TermTable> terms = SurveyTerms.of(result, TermOptions.defaults(), 20);
        Report report = new ReportBuilder(Lang.FR).build(result, terms);
        List<String> seen = new ArrayList<>();
        for (Report.Section s : report.sections()) {
            for (Report.Block b : s.blocks()) {
                if (b instanceof Report.Figure f && f.chart().name().endsWith("-cloud")) {
                    BufferedImage png = ImageIO.read(new ByteArrayInputStream(f.chart().png()));
                    // The PNG is drawn at twice the chart's size; a word's box holds its font's whole ascent and descent,
                    // up to 16 pixels beyond the ink of the largest word (54 px).
                    int allowed = 2 * (WordCloud.MARGIN + 16);
                    int above = blankRows(png, true);
                    int below = blankRows(png, false);
                    assertTrue(above <= allowed && below <= allowed, f.chart().name() + ": " + above + " blank rows above, " + below + " below, of "
                            + png.getHeight());
                    assertEquals(800 * 2, png.getWidth(), "the canvas keeps its width, the words their sizes");
                    seen.add(s.title());
                }
            }
        }
        // The five text questions whose terms are in two answers at least (DocumentsTest), vieiobjautre among them.
        assertEquals(5, seen.size(), seen.toString());
        assertTrue(seen.contains("B) Objectifs\u00a0: autre"), seen.toString());
    }

    /** The rows, from the top or the bottom, in which every pixel is white. */
    private static int blankRows(BufferedImage png, boolean fromTop) {
        int rows = 0;
        for (int i = 0; i < png.getHeight(); i++) {
            int y = fromTop ? i : png.getHeight() - 1 - i;
            for (int x = 0; x < png.getWidth(); x++) {
                if ((png.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return rows;
                }
            }
            rows++;
        }
        return rows;
    }
}
