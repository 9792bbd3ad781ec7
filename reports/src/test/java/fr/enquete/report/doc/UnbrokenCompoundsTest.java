package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.enquete.report.Lang;
import fr.enquete.report.ResultTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * Place names in table headings are not cut at their hyphens: the rendered portrait headed a column "Écart Lens /
 * Pas-" over "de-Calais" in Word, and "Pas-de-" over "Calais" in HTML.
 */
class UnbrokenCompoundsTest {

    @Test
    void hyphensInsideWordsOfHeadingsAreNoBreakHyphens() throws Exception {
        ResultTable t = new ResultTable.Builder(List.of("Indicateur", "Écart Lens / Pas-de-Calais"), List.of(ResultTable.Kind.TEXT, ResultTable.Kind.DECIMAL))
                .row(List.of(ResultTable.Cell.text("Evolution de la population"), ResultTable.Cell.text("-0,1 % (2013-2018)")), Double.NaN, false)
                .build();
        Report report = new Report("Indicateurs : Lens, Pas-de-Calais", "", "", Lang.FR,
                List.of(new Report.Section(1, "c", "", "Comparaison", "", List.of(new Report.Table(t, false)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFTable table = doc.getTables().get(0);
            String heading = table.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0).getCTR().xmlText();
            assertEquals(2, heading.split("noBreakHyphen", -1).length - 1, heading);
            assertFalse(heading.matches("(?s).*<w:t[^>]*>[^<]*\\p{L}-\\p{L}.*"), heading);
            // The body keeps typed hyphens, which Word's search finds.
            assertEquals("-0,1 % (2013-2018)", table.getRow(1).getCell(1).getText());
            // The title too, its place name on a line of its own rather than cut (TitleLines).
            assertEquals("Indicateurs\u00A0: Lens,\nPas-de-Calais", doc.getParagraphs().get(0).getText());
        }
    }

    /**
     * In HTML, the title's and the sections' compound words are kept whole too: a narrow window cut "Lens, Pas-de-"
     * over "Calais" in the page's title.
     */
    @Test
    void htmlTitleAndSectionHeadingsKeepCompoundsWhole() throws Exception {
        Report report = new Report("Indicateurs : Lens, Pas-de-Calais", "", "", Lang.FR,
                List.of(new Report.Section(1, "c", "", "Comparaison (référence : Pas-de-Calais)", "",
                        List.of(new Report.Subheading("Écart à la Seine-Saint-Denis"), new Report.Paragraph("Lens et le Pas-de-Calais.", false)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter(Lang.FR).write(report, out);
        // French typography's no-break spaces before ":" made plain for reading.
        String html = out.toString(java.nio.charset.StandardCharsets.UTF_8).replace("\u00A0", " ").replace("&nbsp;", " ");
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<h1>Indicateurs : Lens, <span class=\"nw\">Pas-de-Calais</span></h1>"), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains(">Comparaison (référence : <span class=\"nw\">Pas-de-Calais</span>)</h2>"), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("Écart à la <span class=\"nw\">Seine-Saint-Denis</span></h3>"), html);
        // The contents' link too: "(référence : Pas-de-" over "Calais)" in a 1 200-pixel window.
        org.junit.jupiter.api.Assertions.assertTrue(html.contains(">Comparaison (référence : <span class=\"nw\">Pas-de-Calais</span>)</a>"), html);
        // The body keeps its words as typed.
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("Lens et le Pas-de-Calais."), html);
    }

    /** In HTML, a heading's compound words are kept on one line by a span; other words wrap as before. */
    @Test
    void htmlHeadingsKeepCompoundsWhole() {
        assertEquals("Écart Lens / <span class=\"nw\">Pas-de-Calais</span>", HtmlReportWriter.unbroken("Écart Lens / Pas-de-Calais"));
        assertEquals("Variation sur 5 ans (<span class=\"nw\">Pas-de-Calais</span>)", HtmlReportWriter.unbroken("Variation sur 5 ans (Pas-de-Calais)"));
        assertEquals("Effectif", HtmlReportWriter.unbroken("Effectif"));
        assertEquals("Note - commentaire", HtmlReportWriter.unbroken("Note - commentaire"));
    }

    /** A range of numbers in a table's text cell stays whole in HTML: "Taux d'activité des 25-" over "64 ans" (MEL). */
    @Test
    void htmlCellsKeepNumberRangesWhole() throws Exception {
        ResultTable t = new ResultTable.Builder(List.of("Indicateur", "Année"), List.of(ResultTable.Kind.TEXT, ResultTable.Kind.TEXT))
                .row(List.of(ResultTable.Cell.text("Taux d'activité des 25-64 ans"), ResultTable.Cell.text("2020-2021")), Double.NaN, false)
                .row(List.of(ResultTable.Cell.text("Score 3,5-4"), ResultTable.Cell.text("2019")), Double.NaN, false)
                .build();
        Report report = new Report("Indicateurs", "", "", Lang.FR, List.of(new Report.Section(1, "c", "", "Comparaison", "", List.of(new Report.Table(t, false)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter(Lang.FR).write(report, out);
        String html = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<td>Taux d&#39;activité des <span class=\"nw\">25-64</span> ans</td>"), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<span class=\"nw\">2020-2021</span>"), html);
        // A decimal before the hyphen is not a range's start.
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<td>Score 3,5-4</td>"), html);
    }
}
