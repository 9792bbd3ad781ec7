package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.report.Lang;
import fr.enquete.report.ResultTable;
import fr.enquete.spec.ReportLayout;
import fr.enquete.spec.SpecReader;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The spec's report section: parts, order, row sorting and chart choices. */
class LayoutTest {

    private static SurveyResult result;

    @BeforeAll
    static void analyse() {
        result = Fixtures.analyse();
    }

    private static Report.Section section(Report r, String key) {
        return r.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    private static ResultTable table(Report.Section s) {
        return s.blocks().stream().filter(b -> b instanceof Report.Table).map(b -> ((Report.Table) b).table()).findFirst().orElseThrow();
    }

    private static List<String> labels(ResultTable t) {
        return t.rows().stream().map(r -> r.get(0)).toList();
    }

    @Test
    void fixtureLayoutGivesPartsThenTheirQuestionsInOrder() {
        Report r = new ReportBuilder(Lang.FR).build(result, Map.of(), SpecReader.read(Fixtures.spec()).report());
        List<String> outline = r.sections().stream().map(s -> s.level() + (s.isPart() ? " " + s.title() : " " + s.key())).toList();
        assertEquals("1 1. Informations générales", outline.get(0));
        assertEquals(List.of("2 dpt", "2 qpv", "2 anru", "2 creation", "2 creation_decennie", "2 agrement", "2 agrement_decennie",
                "2 adherents", "2 salaries", "2 fonction"), outline.subList(1, 11));
        assertEquals("1 2. Activités actuelles et partenariats", outline.get(11));
        assertTrue(r.sections().stream().noneMatch(s -> s.key().equals("submitdate")), "not placed, not shown");
        Report.Section part2 = r.sections().get(11);
        assertEquals(new Report.Paragraph("Actions complémentaires menées hors animation globale, puis partenariats spécifiques.", false),
                part2.blocks().get(0));
        assertEquals("Fédération régionale des centres sociaux (exemple)", r.author());
    }

    @Test
    void sortByCountAndChartChoices() {
        ReportLayout layout = new ReportLayout("", "", ReportLayout.Sort.COUNT, Optional.empty(), List.of(),
                Map.of("dpt", new ReportLayout.QuestionSettings(ReportLayout.Chart.NONE, ReportLayout.Sort.QUESTIONNAIRE),
                        "numevol", new ReportLayout.QuestionSettings(ReportLayout.Chart.BARS, ReportLayout.Sort.COUNT)));
        Report r = new ReportBuilder(Lang.FR).build(result, Map.of(), layout);
        // anru: Oui 22, Non 57, no answer 12 -> by count: Non, Oui, then "Sans réponse" always last.
        assertEquals(List.of("Non", "Oui", "Sans réponse"), labels(table(section(r, "anru"))));
        // numvol: 8, 50, 25, 4 (Ne sais pas) in questionnaire order.
        assertEquals(List.of("Entre 25 et 100 demandes par an", "+ de 100 demandes par an", "Moins de 25 demandes par an",
                "Ne sais pas", "Sans réponse"), labels(table(section(r, "numvol"))));
        // dpt keeps its order and has no chart; a scale keeps its order even under sort: count.
        assertEquals(List.of("59", "62", "02", "60", "80", "Sans réponse"), labels(table(section(r, "dpt"))));
        assertTrue(section(r, "dpt").blocks().stream().noneMatch(b -> b instanceof Report.Figure));
        assertEquals(List.of("Pas du tout", "Faiblement", "Fortement", "Très fortement", "Je ne peux pas me prononcer", "Sans réponse"),
                labels(table(section(r, "numevol"))));
        Report.Figure bars = (Report.Figure) section(r, "numevol").blocks().stream().filter(b -> b instanceof Report.Figure).findFirst().orElseThrow();
        assertTrue(bars.chart().name().endsWith("-bars"), "chart: bars draws a scale as plain bars");
    }

    /**
     * Seed 003's table 2.1 (actions) lists its seven fields and no "Sans réponse": nobody ticked none. The report had a
     * row and a bar "Sans réponse 0 0,00 %" under each such multiple choice; vieiobj keeps its row of 1 (1,47 % of 68).
     */
    @Test
    void aMultipleChoiceShowsNoEmptyNoAnswerRow() {
        Report r = new ReportBuilder(Lang.FR).build(result, Map.of(), SpecReader.read(Fixtures.spec()).report());
        assertEquals(List.of("La promotion de la santé", "L'accompagnement du vieillissement des populations", "L'accès au droit",
                "L'insertion professionnelle et l'accompagnement à l'emploi", "La transition écologique et le développement durable",
                "L'aide à la mobilité des habitants",
                "Le développement de services d'utilité sociale (ESS) de type Fab lab, repair café, épicerie solidaire..."),
                labels(table(section(r, "actions"))));
        Report.Figure bars = (Report.Figure) section(r, "actions").blocks().stream().filter(b -> b instanceof Report.Figure).findFirst().orElseThrow();
        assertTrue(!bars.chart().inlineSvg("t").contains("Sans réponse"), "a bar for nobody");
        List<List<String>> vieiobj = table(section(r, "vieiobj")).rows();
        assertEquals(List.of("Sans réponse", "1", "1,47\u00a0%"), vieiobj.get(vieiobj.size() - 1));
        assertEquals("Sans réponse", labels(table(section(r, "anru"))).get(2), "a single choice keeps its row");
    }
}
