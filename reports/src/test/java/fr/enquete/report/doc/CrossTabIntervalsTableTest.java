package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.analysis.Analysis;
import fr.enquete.report.Lang;
import fr.enquete.spec.ReportLayout;
import fr.enquete.stats.Precision;
import fr.enquete.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * A crossing's table of intervals (--ci) is a crossing's table like the others: its corner names the questions, its
 * margin gives each row's respondents, and a wide one is kept in view on screen and cut into parts in Word and print.
 * The fixture's département by its 16 partners had one table of 17 columns squeezed whole onto the page, no margin.
 */
class CrossTabIntervalsTableTest {

    /** Respondents who ticked a partner, by département (hand count of export.csv: 59 57, 62 14, 02 6, 60 6, 80 3). */
    private static final List<String> ROW_RESPONDENTS = List.of("57", "14", "6", "6", "3");

    private static Report report() {
        return new ReportBuilder(Lang.FR).build(Analysis.of(Fixtures.export()).spec(Fixtures.spec()).precision(new Precision(238, 0.95))
                .crosstabs("Tableaux croisés", List.of(new ReportLayout.Crossing("dpt", "partenaires"))).run());
    }

    @Test
    void wordCutsTheIntervalsIntoPartsWithTheCornerAndTheRowsRespondents() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report(), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<XWPFTable> parts = new ArrayList<>();
            for (XWPFTable t : doc.getTables()) {
                if (t.getRows().size() > 1 && t.getRow(1).getCell(1).getText().contains("–")
                        && t.getRow(0).getCell(0).getText().contains("Hormis vos partenaires")) {
                    parts.add(t);
                }
            }
            assertTrue(parts.size() > 1, parts.size() + " tables of intervals");
            for (XWPFTable t : parts) {
                assertEquals(CrossTabCornerTest.DPT_X_PARTNERS, t.getRow(0).getCell(0).getText());
                int last = t.getRow(0).getTableCells().size() - 1;
                assertEquals("Répondants", t.getRow(0).getCell(last).getText());
                assertEquals(ROW_RESPONDENTS, t.getRows().subList(1, t.getRows().size()).stream().map(r -> r.getCell(last).getText()).toList());
                // Each interval on one line in Word too: no space it could break at ("61,02 –" over "83,35 %" before).
                for (XWPFTableRow r : t.getRows().subList(1, t.getRows().size())) {
                    for (int c = 1; c < last; c++) {
                        String interval = r.getCell(c).getText();
                        assertTrue(interval.equals("–") || interval.matches("\\d+,\\d+\u00a0–\u00a0\\d+,\\d+\u00a0%"), interval);
                    }
                }
            }
        }
    }

    @Test
    void htmlKeepsTheIntervalsInViewAndPrintsThemInCaptionedParts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter(Lang.FR).write(report(), out);
        String page = out.toString(StandardCharsets.UTF_8).replace('\u202F', ' ').replace('\u00A0', ' ');
        // Counts, row and column percentages, intervals: each in a scrolling box with sticky labels and margin.
        assertEquals(4, page.split("<table class=\"wide wider crossed split\">", -1).length - 1);
        String continued = "Intervalles de confiance à 95 % des pourcentages en ligne (suite)";
        // 16 partners by 4 at most (an interval kept on one line is 15 characters wide): 4 parts, 3 after the first.
        assertEquals(3, page.split(java.util.regex.Pattern.quote("<caption class=\"continued\">" + continued + "</caption>"), -1).length - 1,
                "three parts after the first");
    }

    /**
     * An interval is kept on one line: "61,02 – 83,35 %" broke after its dash in a normal-width window, its high bound
     * alone on the next line. Every cell of the 5 départements by 16 partners is one (80 cells), none left to wrap; a
     * printed part holds four partners at most, so that the part still fits A4 portrait.
     */
    @Test
    void htmlKeepsEachIntervalOnOneLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter(Lang.FR).write(report(), out);
        String whole = out.toString(StandardCharsets.UTF_8);
        // The crossing's table of intervals, the last of the report (the spec's crossings and questions have some too).
        int from = whole.lastIndexOf("<h4>Intervalles de confiance à 95");
        String page = whole.substring(from, whole.indexOf("</section>", from));
        String interval = "\\d+,\\d+\u00a0–\u00a0\\d+,\\d+\u00a0%";
        java.util.regex.Matcher kept = java.util.regex.Pattern.compile("<td class=\"num\">" + interval + "</td>").matcher(page);
        int cells = 0;
        while (kept.find()) {
            cells++;
        }
        // On screen (one table of 16 partners) and printed (its parts, 16 partners again): 5 x 16 twice.
        assertEquals(2 * 5 * 16, cells);
        assertTrue(!java.util.regex.Pattern.compile("<td>" + interval + "</td>").matcher(page).find(), "an interval left to wrap");
        java.util.regex.Matcher part = java.util.regex.Pattern.compile("<table class=\"wide crossed part\">\\s*<caption[^>]*>Intervalles[^<]*</caption>"
                + "\\s*<thead><tr>((?:<th[^>]*>.*?</th>)+)</tr>").matcher(page);
        int parts = 0;
        while (part.find()) {
            parts++;
            assertTrue(part.group(1).split("<th", -1).length - 1 <= 4 + 2, "more than four partners in a printed part");
        }
        assertEquals(3, parts);
    }
}
