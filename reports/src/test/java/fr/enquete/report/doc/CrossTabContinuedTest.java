package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.analysis.Analysis;
import fr.enquete.report.Lang;
import fr.enquete.spec.ReportLayout;
import fr.enquete.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * The fixture's département by its 16 partners, cut into parts for Word and for print: every part after the first of
 * a table says it continues it ("Effectifs (suite)"), in French and in English; they followed each other unmarked.
 */
class CrossTabContinuedTest {

    private static Report report(Lang lang) {
        return new ReportBuilder(lang).build(Analysis.of(Fixtures.export()).spec(Fixtures.spec())
                .crosstabs(lang == Lang.FR ? "Tableaux croisés" : "Cross-tabulations",
                        List.of(new ReportLayout.Crossing("dpt", "partenaires"))).run());
    }

    /** The paragraph just above each part of the crossing's tables (its corner names the partners' question). */
    private static List<String> aboveEachPart(Lang lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report(lang), out);
        List<String> above = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<IBodyElement> body = doc.getBodyElements();
            for (int i = 1; i < body.size(); i++) {
                if (body.get(i) instanceof XWPFTable t && t.getRow(0).getCell(0).getText().contains("Hormis vos partenaires")
                        && body.get(i - 1) instanceof XWPFParagraph p) {
                    above.add(p.getText());
                }
            }
        }
        return above;
    }

    /** Each title once, then its parts after the first marked: the parts' count is Word's layout, 2 or more each. */
    private static void assertMarked(List<String> above, List<String> titles, String suffix) {
        List<String> expected = new ArrayList<>();
        int k = 0;
        for (String title : titles) {
            expected.add(title);
            k++;
            while (k < above.size() && !titles.contains(above.get(k))) {
                expected.add(title + suffix);
                k++;
            }
            assertEquals(title + suffix, expected.get(expected.size() - 1), "a table in one part: " + above);
        }
        assertEquals(expected, above);
    }

    @Test
    void wordMarksThePartsAfterTheFirstAsContinued() throws IOException {
        assertMarked(aboveEachPart(Lang.FR), List.of("Effectifs", "Pourcentages en ligne", "Pourcentages en colonne"), " (suite)");
        assertMarked(aboveEachPart(Lang.EN), List.of("Counts", "Row percentages", "Column percentages"), " (continued)");
    }

    private static List<String> captions(Lang lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter(lang).write(report(lang), out);
        Matcher m = Pattern.compile("<caption[^>]*>([^<]*)</caption>").matcher(out.toString(StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Printed, 16 partners by 6 at most make three parts a table (6, 5, 5): the second and third captioned. */
    @Test
    void printedHtmlCaptionsThePartsAfterTheFirstAsContinued() throws IOException {
        assertEquals(List.of("Effectifs (suite)", "Effectifs (suite)", "Pourcentages en ligne (suite)", "Pourcentages en ligne (suite)",
                "Pourcentages en colonne (suite)", "Pourcentages en colonne (suite)"), captions(Lang.FR));
        assertEquals(List.of("Counts (continued)", "Counts (continued)", "Row percentages (continued)", "Row percentages (continued)",
                "Column percentages (continued)", "Column percentages (continued)"), captions(Lang.EN));
    }
}
