package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.analysis.Analysis;
import fr.enquete.report.CrossTabWriter;
import fr.enquete.report.Lang;
import fr.enquete.spec.ReportLayout;
import fr.enquete.stats.CrossTab;
import fr.enquete.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corner cell of a crossing names its two questions by their wordings (fixtures/centres-sociaux/spec.yaml), cut
 * short, in every format: "dpt \ partenaires" meant nothing to a funder who never saw the questionnaire.
 */
class CrossTabCornerTest {

    private static final ReportLayout.Crossing DPT_PARTNERS = new ReportLayout.Crossing("dpt", "partenaires");
    private static final ReportLayout.Crossing DPT_QPV = new ReportLayout.Crossing("dpt", "qpv");

    /**
     * dpt's label whole (26 characters); the partners' 130-character question cut after "habituels", before its
     * parenthesis ("Hormis vos partenaires habituels (Département, CAF), avez-vous développé…").
     */
    static final String DPT_X_PARTNERS = "Localisation (département)\u00A0↓ · Hormis vos partenaires habituels…\u00A0→";

    @TempDir
    Path dir;

    private static Report report(Lang lang) {
        return new ReportBuilder(lang).build(Analysis.of(Fixtures.export()).spec(Fixtures.spec())
                .crosstabs("Tableaux croisés", List.of(DPT_PARTNERS)).run());
    }

    @Test
    void theTerminalsTableNamesTheQuestionsByTheirWordingsCutShort() {
        CrossTab t = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).crosstabs("Croisements", List.of(DPT_QPV)).run()
                .crosstabs().get(DPT_QPV);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CrossTabWriter(Lang.FR).text(t, out);
        // "Êtes-vous en QPV (quartier prioritaire de la ville) ?" is 53 characters: cut before the open parenthesis.
        assertTrue(out.toString(StandardCharsets.UTF_8).lines().anyMatch(
                l -> l.startsWith("  Localisation (département)\u00A0↓ · Êtes-vous en QPV…\u00A0→  Oui  Non  Total")), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutASpecTheCornerFallsBackOnTheIds() {
        CrossTab t = Analysis.of(Fixtures.export()).crosstabs("Croisements", List.of(DPT_QPV)).run().crosstabs().get(DPT_QPV);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CrossTabWriter(Lang.EN).text(t, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.lines().anyMatch(l -> l.equals("  Rows: “dpt” / Columns: “qpv”  Oui  Non  Total")), text);
    }

    @Test
    void everyFormatHasTheWordingsInTheCornerOfEveryPart() throws IOException {
        Report fr = report(Lang.FR);

        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new HtmlReportWriter(Lang.FR).write(fr, html);
        String page = html.toString(StandardCharsets.UTF_8);
        assertTrue(page.contains(">" + DPT_X_PARTNERS + "</th>"), "HTML");
        assertFalse(page.contains("dpt \\ partenaires"), "HTML");

        Path md = dir.resolve("report.md");
        new MarkdownReportWriter().write(fr, md);
        assertTrue(Files.readString(md).lines().anyMatch(l -> l.startsWith("| " + DPT_X_PARTNERS + " | CCAS |")), "Markdown");

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxReportWriter().write(fr, docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            List<String> corners = new ArrayList<>();
            for (XWPFTable t : doc.getTables()) {
                String c = t.getRow(0).getCell(0).getText();
                if (c.startsWith("Localisation")) {
                    corners.add(c);
                }
            }
            // Counts, row and column percentages, each cut in parts, every part with the corner.
            assertTrue(corners.size() > 3, corners.toString());
            assertTrue(corners.stream().allMatch(DPT_X_PARTNERS::equals), corners.toString());
        }

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new XlsxReportWriter().write(fr, xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            int found = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    if (row.getCell(0) != null && row.getCell(0).toString().equals(DPT_X_PARTNERS)) {
                        assertEquals("CCAS", row.getCell(1).toString());
                        found++;
                    }
                }
            }
            assertEquals(3, found, "Excel: counts, row and column percentages");
        }
    }

    /**
     * An English report says in English which question is in the rows and which in the columns; the wordings, the
     * questionnaire's own (French: the spec offers no English label), are quoted as its names. The corner read
     * "Localisation (département) ↓ · Hormis vos partenaires habituels… →", French only to a reader of English.
     */
    @Test
    void anEnglishReportNamesTheRolesInEnglishAndQuotesTheWordings() throws IOException {
        String corner = "Rows: “Localisation (département)” / Columns: “Hormis vos partenaires habituels…”";
        Report en = report(Lang.EN);
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new HtmlReportWriter(Lang.EN).write(en, html);
        // A break is allowed after a slash between two words only: none here (spaces around it).
        assertTrue(html.toString(StandardCharsets.UTF_8).contains(">" + corner + "</th>"), "HTML");

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxReportWriter().write(en, docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            List<String> corners = new ArrayList<>();
            for (XWPFTable t : doc.getTables()) {
                String c = t.getRow(0).getCell(0).getText();
                if (c.contains("Hormis vos partenaires")) {
                    corners.add(c);
                }
            }
            assertTrue(corners.size() > 3, corners.toString());
            assertTrue(corners.stream().allMatch(corner::equals), corners.toString());
        }

        CrossTab t = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).crosstabs("Crossings", List.of(DPT_QPV)).run()
                .crosstabs().get(DPT_QPV);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CrossTabWriter(Lang.EN).text(t, out);
        assertTrue(out.toString(StandardCharsets.UTF_8).lines().anyMatch(
                l -> l.startsWith("  Rows: “Localisation (département)” / Columns: “Êtes-vous en QPV…”  Oui  Non  Total")),
                out.toString(StandardCharsets.UTF_8));
    }
}
