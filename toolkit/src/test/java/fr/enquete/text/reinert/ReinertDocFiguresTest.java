package fr.enquete.text.reinert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.stats.AdjustedRandIndex;
import fr.enquete.testing.Fixtures;
import fr.enquete.text.StopWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The table of docs/reinert.md (simple against double classification on the five chapters of the Lomme plan) is
 * what the code measures: it said 0,373 at 40 words with units of 12/14 forms long after the code gave 0,329. Each
 * cell is computed again and compared with the page, and with the figures R's {@code mclust::adjustedRandIndex}
 * gave once on this code's class vectors (2026-12-05):
 *
 * <pre>
 * library(mclust); k &lt;- d &gt; 0; adjustedRandIndex(theme[k], d[k])   # double; adjustedRandIndex(theme, s) simple
 * </pre>
 */
class ReinertDocFiguresTest {

    /** Words per segment, then per column (simple, double 12/14, 20/24, 30/36) the ARI R gave and the % classified. */
    private static final double[][] R_FIGURES = {
        {40, 0.2946, 100, 0.3290, 95.08, 0.4163, 93.44, 0.5385, 86.89},
        {30, 0.3209, 100, 0.2563, 97.62, 0.4839, 95.24, 0.4558, 89.29},
        {20, 0.1048, 100, 0.3844, 85.83, 0.5875, 74.17, 0.6930, 81.67}};
    private static final int[][] UNITS = {{12, 14}, {20, 24}, {30, 36}};
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\((\\d+) segments\\) \\| (\\d,\\d{3}) \\| (.*) \\|$");

    @Test
    void theDocumentedTableIsWhatTheCodeMeasures() throws IOException {
        List<String> documented = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.home().resolve("docs/reinert.md"), StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                documented.add(line);
            }
        }
        assertEquals(3, documented.size(), "the rows of the table in docs/reinert.md");
        ReinertOptions five = ReinertOptions.defaults().withClasses(5);
        for (int row = 0; row < R_FIGURES.length; row++) {
            double[] r = R_FIGURES[row];
            PlantedThemesTest.Planted p = PlantedThemesTest.chapters((int) r[0]);
            SegmentMatrix m = SegmentMatrix.build(p.segments(), StopWords.french(), 3);
            double simple = AdjustedRandIndex.of(p.theme(), ReinertClassification.classify(m, five).assignment());
            assertEquals(r[1], simple, 5e-5, "simple, " + (int) r[0] + " words");
            StringBuilder line = new StringBuilder("| " + (int) r[0] + " (" + p.segments().size() + " segments) | " + decimal(simple) + " |");
            for (int u = 0; u < UNITS.length; u++) {
                ReinertResult d = DoubleClassification.classify(m, five, UNITS[u][0], UNITS[u][1], DoubleClassification.SAME_SOURCE);
                double ari = DoubleClassificationTest.ariOfClassified(p.theme(), d.assignment());
                String cell = (int) r[0] + " words, " + UNITS[u][0] + "/" + UNITS[u][1];
                assertEquals(r[3 + 2 * u], ari, 5e-5, cell);
                assertEquals(r[4 + 2 * u], d.percentClassified(), 5e-3, cell);
                line.append(' ').append(decimal(ari)).append(" (").append(Math.round(d.percentClassified())).append(" %) |");
            }
            assertEquals(line.toString(), documented.get(row), "docs/reinert.md, the double classification's table");
        }
    }

    private static String decimal(double x) {
        return String.format(Locale.FRENCH, "%.3f", x);
    }
}
