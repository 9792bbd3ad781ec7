package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.indicator.Comparison;
import fr.enquete.indicator.IndicatorReader;
import fr.enquete.indicator.IndicatorTable;
import fr.enquete.report.IndicatorTables;
import fr.enquete.report.Lang;
import fr.enquete.report.ResultTable;
import fr.enquete.testing.Fixtures;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The column widths of Word tables (DejaVu Sans 9 pt, measured). */
class WordTableLayoutTest {

    /** 5,5 cm, the width a label column is comfortable at, in twips. */
    private static final long COMFORTABLE = Math.round(5.5 / 2.54 * 1440);

    /**
     * Seed 001's territories compared, as the portrait prints them: long indicator labels, then values, five-year
     * variations and gaps under long headings ("Variation sur 5 ans (Pas-de-Calais)"). The headings took the room, and
     * the label column was 2 542 twips (4,5 cm) on a landscape page, so "Part des enfants de moins de 3 ans
     * d'allocataires Caf bénéficiaires d'un complément d'activité" ran over five lines in every such row.
     */
    @Test
    void longLabelsKeepTheirRoomWhenHeadingsCanWrap() {
        IndicatorTable table = IndicatorReader.read(Fixtures.home().resolve("fixtures/indicateurs/lens-cadrage.tsv"));
        ResultTable t = new IndicatorTables(Lang.FR).comparison(Comparison.of(table, List.of(), null, null));
        WordTableLayout layout = WordTableLayout.of(t);
        assertTrue(layout.landscape());
        assertTrue(layout.widths()[0] >= COMFORTABLE, "label column " + layout.widths()[0] + " of " + Arrays.toString(layout.widths()));
        // Every column still holds its longest word, and the table the page.
        assertTrue(Arrays.stream(layout.widths()).sum() <= WordTableLayout.LANDSCAPE_CONTENT, Arrays.toString(layout.widths()));
        for (int c = 1; c < layout.widths().length; c++) {
            assertTrue(layout.widths()[c] > 200, Arrays.toString(layout.widths()));
        }
    }

    /**
     * The study's overview of the Lens fiches (Tableau 14): short cells beside long ones. Giving the headings less
     * room first put "Échéances de réalisation" on three lines ("de" alone) and every "Durée de la CTG" on two, the
     * room going to the long texts, which wrap anyway; a column that needs little more than its longest word now
     * gets it.
     */
    @Test
    void shortCellsStayOnOneLineBesideLongText() {
        ResultTable.Builder b = new ResultTable.Builder(List.of("Axe", "Fiche action", "Pilote et services mobilisés", "Échéances de réalisation"),
                List.of(ResultTable.Kind.TEXT, ResultTable.Kind.TEXT, ResultTable.Kind.TEXT, ResultTable.Kind.TEXT));
        String[][] rows = {
            {"Petite enfance", "Fiche action 2 : Petite enfance", "Ville de Lens - coordinateurs enfance/jeunesse", "Durée de la CTG"},
            {"Jeunesse", "Fiche action 3 : Jeunesse", "Coordinateurs enfance/jeunesse et responsables de structures municipales", "Durée de la CTG"},
            {"Accompagnement à la parentalité", "Fiche action 4 : Accompagnement à la parentalité", "Coordonnatrice du réseau parentalité",
                "Durée de la CTG"}};
        for (String[] r : rows) {
            b.row(java.util.Arrays.stream(r).map(ResultTable.Cell::text).toList(), Double.NaN, false);
        }
        WordTableLayout layout = WordTableLayout.of(b.build());
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        double date = fr.enquete.report.chart.Fonts.regular(9).getStringBounds("Durée de la CTG", frc).getWidth() * 20;
        double twoLines = fr.enquete.report.chart.Fonts.bold(9).getStringBounds("Échéances de", frc).getWidth() * 20;
        assertTrue(layout.widths()[3] >= date + 200 && layout.widths()[3] >= twoLines + 200, Arrays.toString(layout.widths()));
        assertTrue(Arrays.stream(layout.widths()).sum() <= WordTableLayout.PORTRAIT_CONTENT, Arrays.toString(layout.widths()));
    }

    /** A table that fits at its preferred widths keeps its headings on one line: the same layout as before. */
    @Test
    void aTableWithRoomKeepsItsHeadingsWhole() {
        ResultTable t = new ResultTable.Builder(List.of("Réponse", "Effectif", "Pourcentage"),
                List.of(ResultTable.Kind.TEXT, ResultTable.Kind.INTEGER, ResultTable.Kind.PERCENT))
                .row(List.of(ResultTable.Cell.text("Oui"), ResultTable.Cell.text("41"), ResultTable.Cell.text("45,05 %")), 45.05, false)
                .build();
        WordTableLayout layout = WordTableLayout.of(t);
        java.awt.Font bold = fr.enquete.report.chart.Fonts.bold(9);
        double heading = bold.getStringBounds("Pourcentage", new java.awt.font.FontRenderContext(null, true, true)).getWidth() * 20;
        assertTrue(layout.widths()[2] > heading + 200, Arrays.toString(layout.widths()));
    }
}
