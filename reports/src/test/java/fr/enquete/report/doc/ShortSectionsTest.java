package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.report.Lang;
import fr.enquete.report.ResultTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.junit.jupiter.api.Test;

/**
 * A short section before a landscape one goes on its landscape page: the portrait's three key figures sat at the top
 * of an otherwise blank portrait page, the comparison on the next.
 */
class ShortSectionsTest {

    private static ResultTable table(int columns, int rows) {
        List<String> header = new ArrayList<>();
        List<ResultTable.Kind> kinds = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add(c == 0 ? "Indicateur" : "Variation sur 5 ans (territoire " + c + ")");
            kinds.add(c == 0 ? ResultTable.Kind.TEXT : ResultTable.Kind.DECIMAL);
        }
        ResultTable.Builder b = new ResultTable.Builder(header, kinds);
        for (int r = 0; r < rows; r++) {
            List<ResultTable.Cell> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(ResultTable.Cell.text(c == 0 ? "Nombre d'allocataires Caf " + r : "+15,7 % (2015-2020)"));
            }
            b.row(row, Double.NaN, false);
        }
        return b.build();
    }

    /** The orientation of the page each table is on, in order. */
    private static List<Boolean> landscapeTables(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, out);
        List<Boolean> found = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            int pending = 0;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFTable) {
                    pending++;
                } else if (e instanceof XWPFParagraph p && p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
                    for (; pending > 0; pending--) {
                        found.add(landscape(p.getCTP().getPPr().getSectPr()));
                    }
                }
            }
            for (; pending > 0; pending--) {
                found.add(landscape(doc.getDocument().getBody().getSectPr()));
            }
        }
        return found;
    }

    /** The orientation of the page each section's heading is on, by heading. */
    private static java.util.Map<String, Boolean> landscapeHeadings(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, out);
        java.util.Map<String, Boolean> found = new java.util.LinkedHashMap<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> pending = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                        pending.add(p.getText());
                    }
                    if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
                        pending.forEach(h -> found.put(h, landscape(p.getCTP().getPPr().getSectPr())));
                        pending.clear();
                    }
                }
            }
            pending.forEach(h -> found.put(h, landscape(doc.getDocument().getBody().getSectPr())));
        }
        return found;
    }

    private static boolean landscape(CTSectPr s) {
        return s.getPgSz() != null && s.getPgSz().getOrient() == STPageOrientation.LANDSCAPE;
    }

    @Test
    void keyFiguresJoinTheWideComparisonAfterThem() throws Exception {
        Report report = new Report("Portrait", "", "", Lang.FR, List.of(
                new Report.Section(1, "a", "", "Chiffres clés", "", List.of(new Report.Table(table(3, 3), false))),
                new Report.Section(1, "b", "", "Comparaison des territoires", "", List.of(new Report.Table(table(7, 20), false)))));
        assertEquals(List.of(true, true), landscapeTables(report));
    }

    /**
     * The study's cadrage chapter (fixtures/study/study.yaml): its heading and introduction, the key figures under their
     * numbered caption, the wide comparison, and a one-line "Contrôles de cohérence" before the next chapter. The key
     * figures' caption kept them off the landscape page (a portrait page three-quarters blank), and the checks' line
     * took a portrait page of its own between the landscape pages and the next chapter.
     */
    @Test
    void aChapterAroundAWideTableSharesItsLandscapePages() throws Exception {
        Report report = new Report("Diagnostic", "", "", Lang.FR, List.of(
                new Report.Section(1, "c1", "", "1. Introduction", "", List.of(new Report.Paragraph("Ce diagnostic partagé prépare la CTG.", false))),
                new Report.Section(1, "c2", "", "2. Données statistiques de cadrage", "", List.of(new Report.Paragraph("Les chiffres clés ouvrent le portrait.", false))),
                new Report.Section(2, "c2-1", "", "2.1 Chiffres clés", "", List.of(new Report.Caption("Tableau", 1, "Chiffres clés"),
                        new Report.Table(table(4, 3), false))),
                new Report.Section(2, "c2-2", "", "2.2 Comparaison des territoires", "", List.of(new Report.Caption("Tableau", 2, "Comparaison"),
                        new Report.Table(table(7, 20), false))),
                new Report.Section(2, "c2-3", "", "2.3 Contrôles de cohérence", "", List.of(new Report.Paragraph("Aucune incohérence trouvée.", false))),
                new Report.Section(1, "c3", "", "3. Enquête", "", List.of(new Report.Paragraph("Les directeurs ont répondu.", false))),
                new Report.Section(2, "c3-1", "", "3.1 Détail", "", List.of(new Report.Table(table(3, 30), false)))));
        java.util.Map<String, Boolean> expected = new java.util.LinkedHashMap<>();
        expected.put("1. Introduction", false);
        expected.put("2. Données statistiques de cadrage", true);
        expected.put("2.1 Chiffres clés", true);
        expected.put("2.2 Comparaison des territoires", true);
        expected.put("2.3 Contrôles de cohérence", true);
        expected.put("3. Enquête", false);
        expected.put("3.1 Détail", false);
        assertEquals(expected, landscapeHeadings(report));
    }

    /** A long portrait table stays on portrait pages, and so does a short one before another portrait one. */
    @Test
    void longOrUnrelatedSectionsKeepTheirPages() throws Exception {
        Report report = new Report("Portrait", "", "", Lang.FR, List.of(
                new Report.Section(1, "a", "", "Détail", "", List.of(new Report.Table(table(3, 30), false))),
                new Report.Section(1, "b", "", "Comparaison des territoires", "", List.of(new Report.Table(table(7, 20), false))),
                new Report.Section(1, "c", "", "Chiffres clés", "", List.of(new Report.Table(table(3, 3), false))),
                new Report.Section(1, "d", "", "Autres chiffres", "", List.of(new Report.Table(table(3, 3), false)))));
        assertEquals(List.of(false, true, false, false), landscapeTables(report));
    }
}
