package fr.enquete.report.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.indicator.Comparison;
import fr.enquete.indicator.IndicatorReader;
import fr.enquete.report.Lang;
import fr.enquete.stats.QuestionResult;
import fr.enquete.testing.Fixtures;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

/**
 * The text of the charts as drawn, read back from their SVG: the radar's labels wrapped in balanced lines, every
 * segment of a scale's bar labelled.
 */
class ChartTextTest {

    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");

    private static List<String> texts(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            out.add(m.group(1).replace("&apos;", "'").replace("&amp;", "&").replace('\u00A0', ' ').strip());
        }
        return out;
    }

    /**
     * The radar of Lens's portrait, drawn at the size of the HTML page and at the print size: each name wrapped on
     * several lines has them balanced. The lines are found in the SVG (a label's lines are consecutive texts that make
     * its name), and checked against every other way of cutting the name into as many lines, tried by brute force: none
     * has a shorter longest line. "Part des enfants de 3 à moins de 6 ans" was drawn "Part des enfants de 3 à moins
     * de 6" over a lone "ans".
     */
    @Test
    void radarLabelsAreWrappedInBalancedLines() {
        Comparison c = Comparison.of(IndicatorReader.read(Fixtures.home().resolve("fixtures/indicateurs/lens-cadrage.tsv")),
                List.of(), "Pas-de-Calais", null);
        Drawing radar = new IndicatorCharts(Lang.FR).radar(c).get(0);
        Font font = Fonts.regular(10);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        for (int[] size : new int[][] {{radar.width(), radar.height()}, {566, 496}}) {
            String svg = ChartFiles.svg(size[0], size[1], "radar", g -> radar.relayout().draw(g, size[0], size[1]));
            List<String> texts = texts(svg);
            int wrapped = 0;
            for (String name : List.of("Part des enfants de 3 à moins de 6 ans", "Part des enfants bénéficiaires de l'AAEH",
                    "Part des enfants de moins de 3 ans Caf bénéficiaires d'un complément de mode de garde",
                    "Part des enfants de moins de 3 ans dont le(s) parents(s) allocataire Caf exerce(nt) une activité")) {
                List<String> lines = linesOf(name, texts);
                assertNotNull(lines, name + " is drawn whole at " + size[0] + " px: " + texts);
                if (lines.size() > 1) {
                    wrapped++;
                    double longest = lines.stream().mapToDouble(l -> font.getStringBounds(l, frc).getWidth()).max().orElseThrow();
                    double best = bestLongest(name.split(" "), lines.size(), s -> font.getStringBounds(s, frc).getWidth());
                    assertTrue(longest <= best + 1, name + " at " + size[0] + " px: " + lines + " where a line of "
                            + Math.round(best) + " px would do");
                }
            }
            assertTrue(wrapped >= 3, "the long names are wrapped at " + size[0] + " px");
        }
    }

    /** The consecutive texts that make {@code name} joined by spaces; null if none do. */
    private static List<String> linesOf(String name, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int j = i; j < texts.size() && joined.length() < name.length(); j++) {
                joined.append(joined.length() == 0 ? "" : " ").append(texts.get(j));
                if (joined.toString().equals(name)) {
                    return texts.subList(i, j + 1);
                }
            }
        }
        return null;
    }

    /** The shortest longest line of {@code words} cut into {@code lines} lines, every cut tried. */
    private static double bestLongest(String[] words, int lines, java.util.function.ToDoubleFunction<String> measure) {
        if (lines == 1) {
            return measure.applyAsDouble(String.join(" ", words));
        }
        double best = Double.MAX_VALUE;
        for (int cut = 1; cut <= words.length - lines + 1; cut++) {
            double first = measure.applyAsDouble(String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut)));
            double rest = bestLongest(java.util.Arrays.copyOfRange(words, cut, words.length), lines - 1, measure);
            best = Math.min(best, Math.max(first, rest));
        }
        return best;
    }

    /**
     * numevol's scale, whose "Pas du tout" (2 of 91, 2,20 %) had no label, only its colour in the legend: every segment
     * gets its percentage, as the table writes it (2/91, 14/91, 45/91, 16/91 by hand), at the page's size and at the
     * print size, where "Faiblement" (15,38 %) no longer fits inside its segment either; the labels written outside
     * the bar do not overlap.
     */
    @Test
    void everySegmentOfAScaleIsLabelled() {
        QuestionResult.Choices c = (QuestionResult.Choices) Fixtures.question(Fixtures.analyse(), "numevol");
        JFreeChart chart = new Charts(Lang.FR).diverging(c);
        for (int width : new int[] {720, 566}) {
            List<String> texts = texts(ChartFiles.svg(width, 190, "scale", g -> Charts.draw(chart, g, width, 190)));
            for (String percent : List.of("2,20 %", "15,38 %", "49,45 %", "17,58 %")) {
                assertTrue(texts.contains(percent), percent + " at " + width + " px: " + texts);
            }
            if (((CategoryPlot) chart.getPlot()).getRenderer() instanceof SegmentLabelRenderer r) {
                List<java.awt.geom.Rectangle2D> outside = r.outsideLabels();
                assertFalse(outside.isEmpty());
                for (int i = 0; i < outside.size(); i++) {
                    for (int j = i + 1; j < outside.size(); j++) {
                        assertFalse(outside.get(i).intersects(outside.get(j)), "labels " + i + " and " + j + " overlap at " + width + " px");
                    }
                }
            }
        }
    }
}
