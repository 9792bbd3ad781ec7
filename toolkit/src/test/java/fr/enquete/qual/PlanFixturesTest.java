package fr.enquete.qual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fiches re-keyed from seeds 001 and 002 (fixtures/plans/README.md): numbering, titles and fields against the
 * seed text (quoted here from the seed files, lines given), the YAML and the spreadsheet giving the same plan.
 */
class PlanFixturesTest {

    private static final ActionPlan BETHUNE = ActionPlanReader.read(Fixtures.plans().resolve("bethune-fiches.yaml"));
    private static final ActionPlan BETHUNE_XLSX = ActionPlanReader.read(Fixtures.plans().resolve("bethune-fiches.xlsx"));
    private static final ActionPlan LENS = ActionPlanReader.read(Fixtures.plans().resolve("lens-fiches.yaml"));

    /** Seed 002, lines 3622, 3637, 3652, 3666, 3681: the five sheets of objective 1.1 as the seed heads them. */
    private static final List<String> BETHUNE_HEADINGS = List.of(
            "1.1.1 - Animer une commission technique et stratégique pour l'accompagnement concerté des projets d'accueil collectif",
            "1.1.2 - Assurer la promotion du métier d'assistant maternel et des métiers de la petite enfance",
            "1.1.3 - Accompagner l'assistant maternel tout au long de sa carrière",
            "1.1.4 - Mettre en place un dispositif d'accompagnement des Maisons d'Assistants Maternels (MAM)",
            "1.1.5 - Promouvoir, de manière globale, les missions des Relais Petite Enfance (RPE) et favoriser les coopérations inter-RPE");

    @Test
    void betuneSheetsAreNumberedAsTheSeedNumbersThem() {
        for (ActionPlan plan : List.of(BETHUNE, BETHUNE_XLSX)) {
            assertEquals(1, plan.axes().size());
            ActionPlan.Axis theme = plan.axes().get(0);
            assertEquals("1", theme.number());
            assertEquals("Petite enfance", theme.name());
            assertEquals(List.of(), theme.actions());
            assertEquals(1, theme.objectives().size());
            ActionPlan.Objective o = theme.objectives().get(0);
            assertEquals("1.1", o.number());
            // Seed 002, line 3620.
            assertEquals("Favoriser un développement équilibré de l'offre d'accueil individuel et collectif Petite Enfance en réponse"
                    + " aux besoins et attentes des familles", o.name());
            assertEquals(BETHUNE_HEADINGS, o.actions().stream().map(a -> a.number() + " - " + a.title()).toList());
            assertEquals("Thématique", plan.levels().get(0));
            assertEquals("Objectif", plan.levels().get(1));
        }
    }

    @Test
    void bethuneFieldsAsTheSeedWritesThem() {
        List<ActionPlan.Action> sheets = BETHUNE.actions();
        // Hand counts of the seed's items (README): indicators 3 + 4 + 4 + 3 + 2, diagnostic and public paragraphs.
        assertEquals(List.of(3, 4, 4, 3, 2), sheets.stream().map(a -> a.indicators().size()).toList());
        assertEquals(16, sheets.stream().mapToInt(a -> a.indicators().size()).sum());
        assertEquals(List.of(3, 9, 4, 3, 4), sheets.stream().map(a -> a.get(PlanField.DIAGNOSTIC).size()).toList());
        assertEquals(List.of(2, 5, 1, 2, 3), sheets.stream().map(a -> a.get(PlanField.PUBLIC).size()).toList());
        // Seed 002 line 3650: 1.1.2's indicators in one cell, run together; the sheet's four indicators are that cell.
        assertEquals("Evolution de nombre d'assistants maternels agréés et en activité sur le territoire Nombre d'actions organisées"
                        + " Nombre de participants aux actions Nombre d'enfants accueillis chez un assistant maternel",
                String.join(" ", sheets.get(1).get(PlanField.INDICATORS)));
        // Lines 3646 and 3648: calendar, services mobilisés (the pilot) and partners of 1.1.2.
        assertEquals(List.of("2022-2025"), sheets.get(1).get(PlanField.CALENDAR));
        assertEquals(List.of("CAF / DEPARTEMENT"), sheets.get(1).get(PlanField.PILOT));
        assertEquals(List.of("CABBALR, Relais Petite Enfance, FEPEM Etablissements de formation AEPE, Pôle Emploi, Mission Locale, PLIE,"
                + " PIJ - CRIJ, Education nationale..."), sheets.get(1).get(PlanField.PARTNERS));
        // Line 3676: 1.1.4's calendar is written "2021 -2025" in the seed, kept as written.
        assertEquals(List.of("2021 -2025"), sheets.get(3).get(PlanField.CALENDAR));
        assertEquals("Nombre de MAM ayant fermé sur la période de la Ctg", sheets.get(3).indicators().get(2).name());
        // Line 3686 (1.1.5): the third objective.
        assertEquals("Conforter la place des parents employeurs au sein des RPE", sheets.get(4).get(PlanField.OBJECTIVES).get(2));
        for (ActionPlan.Action a : sheets) {
            assertTrue(a.extra().isEmpty(), a.number());
            assertTrue(a.indicators().stream().noneMatch(ActionPlan.Indicator::hasFigures), "the seed gives no baselines or targets");
        }
    }

    /** The template asks for a budget the seed's sheets do not have: one gap per sheet, nothing else. */
    @Test
    void theMissingBudgetIsReportedOncePerSheet() {
        for (ActionPlan plan : List.of(BETHUNE, BETHUNE_XLSX)) {
            assertEquals(List.of("1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5"), plan.gaps().stream().map(g -> g.action().number()).toList());
            assertTrue(plan.gaps().stream().allMatch(g -> g.field() == PlanField.BUDGET));
        }
    }

    /** What a team keeps in Excel is read as the YAML: the same fields, items and indicators, sheet by sheet. */
    @Test
    void theSpreadsheetGivesTheSamePlanAsTheYaml() {
        assertEquals(BETHUNE.actions().size(), BETHUNE_XLSX.actions().size());
        for (int i = 0; i < BETHUNE.actions().size(); i++) {
            ActionPlan.Action y = BETHUNE.actions().get(i);
            ActionPlan.Action x = BETHUNE_XLSX.actions().get(i);
            assertEquals(y.number(), x.number());
            assertEquals(y.title(), x.title());
            assertEquals(y.fields(), x.fields(), y.number());
            assertEquals(y.indicators(), x.indicators(), y.number());
        }
        assertEquals(BETHUNE.template(), BETHUNE_XLSX.template());
    }

    /** Lens's two fiches kept in a spreadsheet (column "Axe", Lens's own headings) give the YAML's fields and extra field. */
    @Test
    void lensSpreadsheetGivesTheSameFiches() {
        ActionPlan xlsx = ActionPlanReader.read(Fixtures.plans().resolve("lens-fiches.xlsx"));
        assertEquals(List.of("Axe"), xlsx.levels());
        assertEquals("3", xlsx.axes().get(0).number());
        assertEquals(LENS.axes().get(0).name(), xlsx.axes().get(0).name());
        for (int i = 0; i < 2; i++) {
            ActionPlan.Action y = LENS.actions().get(i);
            ActionPlan.Action x = xlsx.actions().get(i);
            assertEquals(y.number(), x.number());
            assertEquals(y.title(), x.title());
            assertEquals(y.fields(), x.fields(), y.number());
            assertEquals(y.indicators(), x.indicators(), y.number());
        }
        assertEquals(LENS.actions().get(0).extra(), xlsx.actions().get(0).extra());
        // The Contexte column is blank for fiche 3: not an extra field of it.
        assertEquals(Map.of(), xlsx.actions().get(1).extra());
    }

    @Test
    void lensFichesAsTheSeedWritesThem() {
        ActionPlan.Axis annex = LENS.axes().get(0);
        assertEquals("3", annex.number());
        assertEquals(List.of("1", "3"), annex.actions().stream().map(ActionPlan.Action::number).toList());
        ActionPlan.Action coop = annex.actions().get(0);
        ActionPlan.Action youth = annex.actions().get(1);
        // Seed 001, lines 822 and 855.
        assertEquals("Chargé de coopération CTG", coop.title());
        assertEquals("Jeunesse", youth.title());
        // Line 829 (right cell), 833, 860 (right cell), 866, 868.
        assertEquals(List.of("Coordinateurs CEJ"), coop.get(PlanField.PUBLIC));
        assertEquals(List.of("Durée de la CTG, soit avant fin 2026."), coop.get(PlanField.CALENDAR));
        assertEquals(List.of("Enfants à partir de 3 ans, les jeunes et leur famille."), youth.get(PlanField.PUBLIC));
        assertEquals(2, youth.get(PlanField.MODALITIES).size());
        assertEquals("Evaluer annuellement l'évolution des actions menées.", youth.get(PlanField.MODALITIES).get(1));
        assertEquals(List.of("Durée de la CTG"), youth.get(PlanField.CALENDAR));
        assertTrue(youth.get(PlanField.ISSUES).get(0).startsWith("structuration d'une offre diversifiée et de qualité"));
        // Line 826: the fiche's introduction has no rubric of the model: kept as the extra field it was keyed as.
        assertEquals(List.of("Contexte"), List.copyOf(coop.extra().keySet()));
        assertTrue(coop.extra().get("Contexte").get(0).startsWith("Dans le cadre du déploiement des CTG"));
        // The CAF's nine rubrics are all there.
        assertEquals(PlanField.CAF, LENS.template());
        assertEquals(List.of(), LENS.gaps());
        assertEquals(Map.of(), annex.needs());
    }
}
