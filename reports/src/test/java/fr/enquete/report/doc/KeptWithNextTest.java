package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.report.Lang;
import fr.enquete.report.ResultTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * What introduces the next thing stays on its page: the rendered report ended a page with "2. Activités actuelles et
 * partenariats" and its introduction (Word), and with a free-text question's heading, its line and "24 réponses sur
 * 75" (HTML printed), the term table on the next page.
 */
class KeptWithNextTest {

    private static final String INTRO = "Les actions menées par le centre et ses partenaires.";
    private static final String COUNT = "24 réponses sur 75";
    private static final String AFTER = "Moyenne calculée sur les répondants.";

    private static Report report() {
        ResultTable t = new ResultTable.Builder(List.of("Réponse", "Décompte"), List.of(ResultTable.Kind.TEXT, ResultTable.Kind.INTEGER))
                .row(List.of(ResultTable.Cell.text("Oui"), new ResultTable.Cell("41", 41)), Double.NaN, false).build();
        return new Report("Enquête", "", "", Lang.FR, List.of(
                new Report.Section(1, "part2", "", "2. Activités actuelles et partenariats", "", List.of(new Report.Paragraph(INTRO, false))),
                new Report.Section(2, "q1", "q1", "Commentaires", "q1 · texte libre", List.of(new Report.Paragraph(COUNT, true),
                        new Report.Table(t, false), new Report.Paragraph(AFTER, true)))));
    }

    @Test
    void aPartsIntroductionKeepsWithItsFirstQuestionInWord() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report(), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFParagraph intro = doc.getParagraphs().stream().filter(p -> p.getText().equals(INTRO)).findFirst().orElseThrow();
            assertTrue(intro.getCTP().getPPr() != null && intro.getCTP().getPPr().isSetKeepNext()
                    && !"off".equals(String.valueOf(intro.getCTP().getPPr().getKeepNext().xgetVal())), intro.getCTP().xmlText());
        }
    }

    /**
     * A chapter's introduction stays with the numbered caption and table after it: the CTG study
     * (fixtures/study/ctg-lens.yaml) ended a page with "Annexe – Méthodologie" and its line, its table of sources on the
     * next page.
     */
    @Test
    void anIntroductionKeepsWithTheCaptionAfterItInWord() throws Exception {
        String intro = "Cette annexe décrit les sources et les méthodes de l'étude.";
        String after = "Date de l’étude, décembre 2026.";
        ResultTable t = new ResultTable.Builder(List.of("Chapitre", "Fichiers"), List.of(ResultTable.Kind.TEXT, ResultTable.Kind.TEXT))
                .row(List.of(ResultTable.Cell.text("2. Le territoire de Lens"), ResultTable.Cell.text("lens-cadrage.tsv")), Double.NaN, false).build();
        Report r = new Report("Étude", "", "", Lang.FR, List.of(new Report.Section(1, "annexe", "annexe", "Annexe – Méthodologie", "",
                List.of(new Report.Paragraph(intro, false), new Report.Caption("Tableau", 14, "Sources"), new Report.Table(t, false),
                        new Report.Paragraph(after, false)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(r, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertTrue(keptWithNext(doc, intro), "the introduction");
            // What follows the table is not held with what comes after it.
            assertFalse(keptWithNext(doc, after), "the closing line");
        }
    }

    private static boolean keptWithNext(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText().equals(text)).findFirst().orElseThrow();
        return p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetKeepNext()
                && !"off".equals(String.valueOf(p.getCTP().getPPr().getKeepNext().xgetVal()));
    }

    @Test
    void aNoteThatLeadsKeepsWithWhatFollowsInPrintedHtml() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter(Lang.FR).write(report(), out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertTrue(html.contains("<p class=\"note lead\">" + COUNT + "</p>"), html);
        // A note under a table belongs to the table: it does not hold the next question back.
        assertTrue(html.contains("<p class=\"note\">" + AFTER + "</p>"), html);
        assertTrue(html.contains("p.lead, section.part { break-after: avoid"), "the print rule");
        assertFalse(html.contains("class=\"note lead\">" + AFTER), html);
    }

    /**
     * A part starts a page in Word, as chapters do in published reports: the rendered study left "5. Fiches action" and
     * its line at a page's foot (LibreOffice ignored the chain of keep-with-next), its first table on the next page.
     * The first section does not (it follows the contents), nor does a question.
     */
    @Test
    void partsAfterTheFirstStartAPageInWord() throws Exception {
        Report r = report();
        List<Report.Section> sections = new java.util.ArrayList<>(r.sections());
        sections.add(new Report.Section(1, "part3", "", "3. Accès au droit", "", List.of(new Report.Paragraph("Les démarches en ligne.", false))));
        sections.add(new Report.Section(2, "q2", "q2", "Enregistrez-vous des demandes ?", "q2 · choix unique",
                List.of(new Report.Paragraph(COUNT, true))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(new Report(r.title(), r.author(), r.subtitle(), r.lang(), sections), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            java.util.Map<String, Boolean> breaks = new java.util.LinkedHashMap<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    breaks.put(p.getText().replace('\u00A0', ' '), p.isPageBreak());
                }
            }
            assertEquals(java.util.Map.of("2. Activités actuelles et partenariats", false, "Commentaires", false, "3. Accès au droit", true,
                    "Enregistrez-vous des demandes ?", false), breaks);
        }
    }
}
