package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.qual.ActionPlan;
import fr.enquete.qual.ActionPlanReader;
import fr.enquete.qual.Evaluation;
import fr.enquete.qual.EvaluationReader;
import fr.enquete.report.Lang;
import fr.enquete.report.PlanHeadings;
import fr.enquete.report.chart.EvaluationCharts;
import fr.enquete.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/**
 * The completion chart of fixtures/plans/bethune-evaluation.csv. Hand count of its overall rows (no Rubrique), each
 * fiche's latest: 1.1.1 Oui (2022), 1.1.2 Partiellement, 1.1.3 Non, 1.1.4 Oui (2023, after Partiellement in 2022),
 * nothing for 1.1.5; the plan's one axis "1 – Petite enfance" thus 2 Oui, 1 Partiellement, 1 Non, 1 not evaluated.
 */
class EvaluationReportTest {

    private static final ActionPlan PLAN = ActionPlanReader.read(Fixtures.plans().resolve("bethune-fiches.yaml"));
    private static final Evaluation EVAL = EvaluationReader.read(Fixtures.plans().resolve("bethune-evaluation.csv"), PLAN);

    @Test
    void chartDrawsTheHandCountsPerAxis() throws Exception {
        EvaluationReportBuilder b = new EvaluationReportBuilder(Lang.FR);
        List<EvaluationCharts.Completion> axes = b.completion(EVAL, new PlanHeadings(PLAN, Lang.FR));
        assertEquals(List.of(new EvaluationCharts.Completion("1 – Petite enfance", 2, 1, 1, 1)), axes);
        DefaultCategoryDataset data = EvaluationCharts.dataset(axes, b.statuses());
        assertEquals(List.of("Oui", "Partiellement", "Non", "Non évaluées"), data.getRowKeys());
        assertEquals(List.of("1 – Petite enfance"), data.getColumnKeys());
        assertEquals(List.of(2, 1, 1, 1), List.of("Oui", "Partiellement", "Non", "Non évaluées").stream()
                .map(s -> data.getValue(s, "1 – Petite enfance").intValue()).toList());
        // The chart sits in the summary section, after its table, in every format (here HTML's inline SVG, Word's PNG).
        Report r = b.build(EVAL);
        Report.Section summary = r.sections().get(0);
        Report.Figure f = (Report.Figure) summary.blocks().get(1);
        assertEquals("evaluation-completion", f.chart().name());
        // The plan names its axes "Thématique" (bethune-fiches.yaml, levels), as the summary table's first column does.
        assertEquals("Réalisation des fiches par thématique", f.chart().title());
        assertEquals("Réalisation par thématique (dernier statut de chaque fiche)", summary.title());
        assertTrue(f.chart().png().length > 5_000);
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new HtmlReportWriter(Lang.FR).write(r, html);
        assertTrue(html.toString(StandardCharsets.UTF_8).contains("<title>Réalisation des fiches par thématique</title>"));
        // English: the legend is the English summary's headers.
        assertEquals(List.of("Yes", "Partly", "No", "Not evaluated"), new EvaluationReportBuilder(Lang.EN).statuses());
    }

    /**
     * The grid's 2022 line for 1.1.1 "Nombre de commissions techniques et stratégiques organisées;6;5;;la commission
     * stratégique reportée à 2023": the value and its reason are read side by side (the reason was printed nowhere, a
     * review of the rendered evaluation found). Columns nothing fills (the fixture gives no baseline nor target, and
     * no fiche line with Prévu/Réalisé outside the indicators) are left out rather than printed empty.
     */
    @Test
    void anIndicatorsReasonIsPrintedAndEmptyColumnsAreNot() {
        EvaluationReportBuilder b = new EvaluationReportBuilder(Lang.FR);
        ActionPlan.Action first = PLAN.actions().get(0);
        fr.enquete.report.ResultTable indicators = b.indicators(EVAL, first);
        assertEquals(List.of("Indicateur", "2022", "2023", "Précisions"), indicators.header());
        List<String> commissions = indicators.rows().stream()
                .filter(r -> r.get(0).equals("Nombre de commissions techniques et stratégiques organisées")).findFirst().orElseThrow();
        assertEquals(List.of("5 (prévu\u00A0: 6)", "6 (prévu\u00A0: 6)", "2022\u00A0: la commission stratégique reportée à 2023"),
                commissions.subList(1, 4));
        // "Nombre de porteurs de projets accompagnés;;12" (no planned value): the number 12, not the text "12" Excel stored.
        List<Double> porteurs = indicators.values().get(indicators.rows().indexOf(indicators.rows().stream()
                .filter(r -> r.get(0).equals("Nombre de porteurs de projets accompagnés")).findFirst().orElseThrow()));
        assertEquals(12.0, porteurs.get(1));
        for (ActionPlan.Action a : PLAN.actions()) {
            for (fr.enquete.report.ResultTable t : List.of(b.indicators(EVAL, a), b.lines(EVAL, a))) {
                for (int c = 0; c < t.header().size(); c++) {
                    int column = c;
                    assertTrue(t.rows().isEmpty() || t.rows().stream().anyMatch(r -> !r.get(column).isBlank()),
                            a.number() + ": column " + t.header().get(c) + " is empty");
                }
            }
        }
    }

    /** In Excel the value recorded alone is a number (it was the text "12"); a value with its plan stays text. */
    @Test
    void excelStoresARecordedNumberAsANumber() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter().write(new EvaluationReportBuilder(Lang.FR).build(EVAL), out);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            org.apache.poi.ss.usermodel.Cell twelve = null;
            org.apache.poi.ss.usermodel.Cell planned = null;
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    org.apache.poi.ss.usermodel.Cell first = row.getCell(0);
                    if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        if (first.getStringCellValue().equals("Nombre de porteurs de projets accompagnés")) {
                            twelve = row.getCell(1);
                        } else if (first.getStringCellValue().equals("Nombre de commissions techniques et stratégiques organisées")) {
                            planned = row.getCell(1);
                        }
                    }
                }
            }
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, twelve.getCellType());
            assertEquals(12.0, twelve.getNumericCellValue());
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, planned.getCellType());
        }
    }
}
