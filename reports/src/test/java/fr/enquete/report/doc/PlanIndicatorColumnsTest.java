package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.qual.ActionPlan;
import fr.enquete.report.Lang;
import fr.enquete.report.ResultTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fiche's indicator table shows the columns its indicators fill: the Lens CTG names its indicators only (three
 * empty columns on every fiche of the study read as a form left unfinished); the Béthune-Bruay CTG gives targets and dates.
 */
class PlanIndicatorColumnsTest {

    private static ActionPlan.Action action(List<ActionPlan.Indicator> indicators) {
        return new ActionPlan.Action("1.1", "Animer une commission technique", Map.of(), indicators, Map.of());
    }

    @Test
    void onlyTheColumnsSomeIndicatorFills() {
        PlanReportBuilder b = new PlanReportBuilder(Lang.FR);
        ResultTable named = b.indicators(action(List.of(new ActionPlan.Indicator("Taux de fréquentation des accueils", "", "", ""))));
        assertEquals(List.of("Indicateur"), named.header());
        ResultTable dated = b.indicators(action(List.of(new ActionPlan.Indicator("Nombre de places d'accueil", "", "120", "2026"),
                new ActionPlan.Indicator("Taux de fréquentation", "", "", ""))));
        assertEquals(List.of("Indicateur", "Cible", "Échéance"), dated.header());
        assertEquals(2, dated.rows().size());
    }
}
