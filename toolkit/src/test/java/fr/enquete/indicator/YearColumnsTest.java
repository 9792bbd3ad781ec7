package fr.enquete.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.InputException;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables with years as columns, as CAF and INSEE tables are most often copied: {@code Territoire;2015;2020;Évolution
 * 2015-2020 (€)}, a territory a row. Seed 000 (ABS Lomme, "L'évolution du niveau de revenu médian des ménages par UC
 * selon les territoires", Filosofi 2015-2020) prints one: {@code fixtures/indicateurs/lomme-revenus-annees.csv}. Such a
 * file was refused ("a long indicator table needs the columns territoire, indicateur, année and valeur"). The figures
 * expected are the seed's, and the differences counted by hand from them (1663 - 1581 = 82 against 83 printed, ...).
 */
class YearColumnsTest {

    private static final String INCOME = "L'évolution du niveau de revenu médian des ménages par UC selon les territoires";

    @TempDir
    Path dir;

    private static Path fixture(String name) {
        return Fixtures.home().resolve("fixtures/indicateurs").resolve(name);
    }

    @Test
    void seed000sIncomeTableIsReadWithItsPublishedChanges() {
        IndicatorTable t = IndicatorReader.read(fixture("lomme-revenus-annees.csv"));
        assertEquals(List.of("Bourg Délivrance 2", "Bourg Délivrance 3", "Bourg Délivrance 4", "Bourg Délivrance 5", "Mithère 1",
                "Mithère 2", "Mont à Camp-Marais 1", "Mont à Camp-Marais 2", "Mont à Camp-Marais 3", "Mont à Camp-Marais 4", "Sud Marais 1",
                "Sud Marais 2", "Sud Marais 3"), t.territories());
        // The title above the header names the indicator (the source line under it does not), and the notes say so.
        assertEquals(List.of(INCOME), t.indicators());
        assertEquals("title", t.notes().get(0).key().substring("ind.note.".length()));
        assertTrue(t.notes().get(0).english().contains("lomme-revenus-annees.csv, row 1: \"" + INCOME + "\", above the header"),
                t.notes().get(0).english());
        Indicator low = t.value("Sud Marais 3", INCOME, 2020).orElseThrow();
        assertEquals(1405, low.measure().value());
        // "Évolution 2015-2020 (€)": amounts in euros, the values too.
        assertEquals(Unit.EURO, low.measure().unit());
        assertEquals(1296, t.value("Sud Marais 3", INCOME, 2015).orElseThrow().measure().value());
        assertEquals(List.of(2015, 2020), t.years(INCOME));
        assertEquals(13, t.evolutions().size(), t.evolutions().toString());
        Indicator bd2 = t.evolutions().get(0);
        assertEquals("Bourg Délivrance 2", bd2.territory());
        assertEquals(new Period(2015, 2020), bd2.period());
        assertEquals(83, bd2.measure().value());
        assertEquals(Unit.EURO, bd2.measure().unit());
        // By hand, 2020 - 2015 for each IRIS: 82, 133, 125, 217, 178, 73, 144, 170, 202, 118, 143, 92, 109; printed 83, 133,
        // 125, 216, 178, 73, 144, 170, 202, 118, 143, 92, 109: all within the rounding of three whole figures.
        assertEquals(List.of(), IndicatorChecks.of(t));
        Change c = Change.of(t, 2015, 2020).stream().filter(x -> x.territory().equals("Bourg Délivrance 5")).findFirst().orElseThrow();
        assertEquals(217, c.difference(), 1e-12);
    }

    /**
     * Seed 000's other table (lines 998-1012), "Évolution 2018-2019 (%)", whose column cannot be percentages of its values:
     * 83 % where 1501 -> 1663 is 100 * (1663 / 1501 - 1) = +10,79 %. Its 13 rows are reported, as from the long layout.
     */
    @Test
    void theGarbledPercentagesOfSeed000AreReportedAsFromTheLongLayout() throws IOException {
        Path file = dir.resolve("revenus-2018-2019.csv");
        Files.writeString(file, """
                Revenu médian des ménages par UC;2018;2019;Évolution 2018-2019 (%)
                Bourg Delivrance 2;1501;1663;83
                Bourg Delivrance 3;1663;1996;133
                Bourg Delivrance 4;1653;1984;120
                Bourg Delivrance 5;1761;1978;216
                Métiers 1;1542;1720;976
                Métiers 2;1542;1635;78
                Mort à Camp Marais 1;1423;1573;144
                Mort à Camp Marais 2;1686;1836;210
                Mort à Camp Marais 3;1683;1835;292
                Mort à Camp Marais 4;1544;1698;119
                Sud Marais 1;1609;1748;143
                Sud Marais 2;1452;1544;92
                Sud Marais 3;1296;1405;119
                """);
        IndicatorTable t = IndicatorReader.read(file);
        // The table's corner names its indicator.
        assertEquals(List.of("Revenu médian des ménages par UC"), t.indicators());
        List<IndicatorChecks.Finding> f = IndicatorChecks.of(t);
        assertEquals(13, f.size(), f.toString());
        String first = f.get(0).text(Locale.FRENCH).replace('\u00A0', ' ');
        assertTrue(first.startsWith("revenus-2018-2019.csv, ligne 2, colonne « Évolution 2018-2019 (%) » : l’évolution de « Revenu médian"
                + " des ménages par UC » pour Bourg Delivrance 2 en 2018-2019 est publiée à 83 %, mais 1 501 en 2018 et 1 663 en 2019"
                + " donnent +10,79 %"), first);
    }

    /** The same table saved as a workbook, years and figures as numbers, reads the same. */
    @Test
    void aWorkbookWithYearsAsNumbersReadsTheSame() throws IOException {
        Path csv = fixture("lomme-revenus-annees.csv");
        List<String> lines = Files.readAllLines(csv);
        Path xlsx = dir.resolve("lomme-revenus-annees.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(xlsx)) {
            XSSFSheet sheet = wb.createSheet("Revenus");
            for (int r = 0; r < lines.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                String[] cells = lines.get(r).split(";", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].matches("\\d+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            wb.write(os);
        }
        IndicatorTable fromCsv = IndicatorReader.read(csv);
        IndicatorTable t = IndicatorReader.read(xlsx);
        assertEquals(fromCsv.territories(), t.territories());
        assertEquals(fromCsv.indicators(), t.indicators());
        assertEquals(1996, t.value("Bourg Délivrance 3", INCOME, 2020).orElseThrow().measure().value());
        assertEquals(13, t.evolutions().size());
        assertEquals(new Period(2015, 2020), t.evolutions().get(12).period());
        assertEquals(109, t.evolutions().get(12).measure().value());
        assertEquals(List.of(), IndicatorChecks.of(t));
    }

    /**
     * School years as columns, as CAF tables print "2015-2016 … 2019-2020" with "Évolution 2015-2020": the figures of the
     * long layout's test (IndicatorsTest#aPublishedChangeOverSchoolYearsIsReadAndChecked), the same reading and check. By
     * hand (python3, once): Lens 14,2 - 16,9 = -2,7 pts as published; the Pas-de-Calais 100 * (11.5 / 13.0 - 1) = -11,54 %,
     * not -9,0 %. A "Variation sur 5 ans" beside the last school year runs from 2014-2015.
     */
    @Test
    void schoolYearsAsColumnsAreSchoolYears() throws IOException {
        Path file = dir.resolve("retard-6e.csv");
        Files.writeString(file, """
                Part des élèves entrant en 6e avec au moins un an de retard
                Territoire;2015-2016;2016-2017;2017-2018;2018-2019;2019-2020;Évolution 2015-2020
                Lens;16,9%;16,1%;15,4%;15,0%;14,2%;-2,7 pts
                Pas-de-Calais;13,0%;;;;11,5%;-9,0%
                """);
        String late = "Part des élèves entrant en 6e avec au moins un an de retard";
        IndicatorTable t = IndicatorReader.read(file);
        assertEquals(List.of(2016, 2017, 2018, 2019, 2020), t.years(late));
        assertEquals("2019-2020", t.value("Lens", late, 2020).orElseThrow().period().toString());
        assertEquals(2, t.evolutions().size(), t.evolutions().toString());
        Period published = t.evolutions().get(0).period();
        assertEquals("2015-2020", published.toString());
        assertEquals(4, published.years(), "from 2015-2016 to 2019-2020");
        List<IndicatorChecks.Finding> checks = IndicatorChecks.of(t);
        assertEquals(1, checks.size(), checks.toString());
        String message = checks.get(0).text(Locale.FRENCH);
        assertTrue(message.contains("retard-6e.csv, ligne 4") && message.contains("13,0\u00A0% en 2015-2016 et 11,5\u00A0% en 2019-2020"
                + " donnent -11,54\u00A0%"), message);

        Files.writeString(file, """
                Territoire;2014-2015;2019-2020;Variation sur 5 ans
                Lens;17,5%;14,2%;-18,9%
                """.replace("Territoire", late));
        Indicator change = IndicatorReader.read(file).evolutions().get(0);
        assertEquals(Period.betweenSchoolYears(2015, 2020), change.period());
        assertEquals("2014-2015", change.period().start().toString());
    }

    /** A heading that is neither a year, a school year nor a change is a located error; so is a table no line names. */
    @Test
    void anUnknownColumnOrAnUnnamedIndicatorIsLocated() throws IOException {
        Path file = dir.resolve("revenus.csv");
        Files.writeString(file, "Revenu médian;2015;2020;Commentaire\nLomme;1 600;1 700;en hausse\n");
        InputException e = assertThrows(InputException.class, () -> IndicatorReader.read(file));
        assertTrue(e.getMessage().contains("revenus.csv, row 1, column \"Commentaire\": a table with years as columns has a column per"
                + " year (2020) or school year (2019-2020)") && e.getMessage().endsWith("found \"Commentaire\""), e.getMessage());
        Files.writeString(file, "Territoire;2015;2020\nLomme;1 600;1 700\n");
        InputException unnamed = assertThrows(InputException.class, () -> IndicatorReader.read(file));
        assertTrue(unnamed.getMessage().contains("revenus.csv, row 1, column \"Territoire\": a table with years as columns needs the name"
                + " of its indicator"), unnamed.getMessage());
        Files.writeString(file, "Revenu médian;2015;2020\nLomme;1 600;1 7OO\n");
        InputException value = assertThrows(InputException.class, () -> IndicatorReader.read(file));
        assertTrue(value.getMessage().contains("revenus.csv, row 2, column \"2020\""), value.getMessage());
    }
}
