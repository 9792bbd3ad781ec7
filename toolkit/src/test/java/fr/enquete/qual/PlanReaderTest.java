package fr.enquete.qual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan readers on small files: levels, numbers, indicators with figures, and located errors. */
class PlanReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static final String HEADER = "Thématique;Objectif;N°;Action;Pilote;Indicateurs;Valeur de référence;Cible;Date cible;Référent élu\n";

    /** Numbers before names, a blank level cell repeating the row above (merged cells), indicators with their figures. */
    @Test
    void levelsNumbersAndIndicatorsFromASpreadsheet() throws IOException {
        Path csv = write("plan.csv", HEADER
                + "2 - Jeunesse;2.1 - Favoriser l'engagement;2.1.1;Aide au BAFA;Ville;\"Jeunes formés ; Jeunes embauchés\";\"12 ; -\";\"20 ; 5\";\"2025 ; 2026\";Adjointe à la jeunesse\n"
                + ";;2.1.2;Conseil de jeunes;Ville;Séances;4;6;2025;\n"
                + ";2.2 - Informer;2.2.1;Point information jeunesse;CAF;;;;;\n"
                + "3 - Logement;;;Permanence logement;CCAS;;;;;\n");
        ActionPlan plan = ActionPlanReader.read(csv);
        assertEquals(List.of("Thématique", "Objectif"), plan.levels());
        assertEquals(2, plan.axes().size());
        ActionPlan.Axis youth = plan.axes().get(0);
        assertEquals("2", youth.number());
        assertEquals("Jeunesse", youth.name());
        assertEquals(List.of("2.1", "2.2"), youth.objectives().stream().map(ActionPlan.Objective::number).toList());
        assertEquals(List.of("2.1.1", "2.1.2"), youth.objectives().get(0).actions().stream().map(ActionPlan.Action::number).toList());
        assertEquals(List.of(new ActionPlan.Indicator("Jeunes formés", "12", "20", "2025"), new ActionPlan.Indicator("Jeunes embauchés", "", "5", "2026")),
                youth.objectives().get(0).actions().get(0).indicators());
        assertEquals(List.of("Adjointe à la jeunesse"), youth.objectives().get(0).actions().get(0).extra().get("Référent élu"));
        ActionPlan.Axis housing = plan.axes().get(1);
        assertEquals("3", housing.number());
        assertEquals("Permanence logement", housing.actions().get(0).title());
        assertEquals("", housing.actions().get(0).number());
        // Pilote and Indicateurs are columns: expected of every action; the PIJ and the permanence have no indicator.
        assertEquals(List.of(PlanField.PILOT, PlanField.INDICATORS), plan.template());
        assertEquals(List.of("Point information jeunesse", "Permanence logement"), plan.gaps().stream().map(g -> g.action().title()).toList());
    }

    /**
     * A fiche answers the diagnostic through SWOT items or through indicators: having one of the two links is no gap
     * in the other (the study's childcare fiche, linked to the portrait's figures, was listed as missing its "Répond
     * aux constats du diagnostic"); a fiche with neither lacks both.
     */
    @Test
    void eitherDiagnosticLinkIsEnough() throws IOException {
        Path yaml = write("links.yaml", "axes:\n  - axis: Enfance\n    actions:\n"
                + "      - action: Jeunesse\n        answers: [\"Passerelles\"]\n"
                + "      - action: Petite enfance\n        answers_indicators: [\"Nombre de places EAJE\"]\n"
                + "      - action: Parentalité\n        pilot: Ville\n");
        ActionPlan plan = ActionPlanReader.read(yaml);
        assertEquals(List.of("Jeunesse: PILOT", "Petite enfance: PILOT", "Parentalité: ANSWERS", "Parentalité: DIAGNOSTIC_INDICATORS"),
                plan.gaps().stream().map(g -> g.action().title() + ": " + g.field()).toList());
    }

    @Test
    void spreadsheetErrorsSayWhichRowAndColumn() throws IOException {
        Path uneven = write("uneven.csv", HEADER + "2 - Jeunesse;;2.1;Aide au BAFA;Ville;\"Jeunes formés ; Jeunes embauchés\";;20;;\n");
        InputException e = assertThrows(InputException.class, () -> ActionPlanReader.read(uneven));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("column \"Cible\"")
                && e.getMessage().contains("1 values for 2 indicators"), e.getMessage());
        Path untitled = write("untitled.csv", HEADER + "2 - Jeunesse;;2.1;Aide au BAFA;Ville;;;;;\n;;2.2;;Ville;;;;;\n");
        e = assertThrows(InputException.class, () -> ActionPlanReader.read(untitled));
        assertTrue(e.getMessage().contains("row 3") && e.getMessage().contains("column \"Action\"") && e.getMessage().contains("no title"),
                e.getMessage());
        Path noAxis = write("noaxis.csv", HEADER + ";;2.1;Aide au BAFA;Ville;;;;;\n");
        e = assertThrows(InputException.class, () -> ActionPlanReader.read(noAxis));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("column \"Thématique\""), e.getMessage());
        Path twice = write("twice.csv", "Axe;Action;Pilote;Services mobilisés et responsables de l'action\nA;B;C;D\n");
        e = assertThrows(InputException.class, () -> ActionPlanReader.read(twice));
        assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("are the same"), e.getMessage());
        Path link = write("link.csv", "Axe;Action;Répond à\nLogement;Commission;Impayés\n");
        e = assertThrows(InputException.class, () -> ActionPlanReader.read(link, List.of("Impayés de loyer")));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("column \"Répond à\"")
                && e.getMessage().contains("did you mean \"Impayés de loyer\"?"), e.getMessage());
        Path indicator = write("indicator.csv", "Axe;Action;Indicateurs du diagnostic\nLogement;Commission;Part des locataires\n");
        e = assertThrows(InputException.class, () -> ActionPlanReader.read(indicator, new PlanLinks(null, List.of("Part des allocataires"))));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("column \"Indicateurs du diagnostic\"")
                && e.getMessage().contains("not in the indicator table"), e.getMessage());
    }

    @Test
    void yamlIndicatorsTemplateAndErrors() throws IOException {
        Path plan = write("plan.yaml", """
                template: [pilot, budget]
                axes:
                  - axis: Jeunesse
                    actions:
                      - action: Aide au BAFA
                        pilote: Ville
                        indicators:
                          - Jeunes formés
                          - {name: Jeunes embauchés, baseline: "0", target: "5", date: "2026"}
                """);
        ActionPlan p = ActionPlanReader.read(plan);
        assertEquals(List.of(new ActionPlan.Indicator("Jeunes formés", "", "", ""), new ActionPlan.Indicator("Jeunes embauchés", "0", "5", "2026")),
                p.actions().get(0).indicators());
        assertEquals(List.of("Ville"), p.actions().get(0).get(PlanField.PILOT));
        assertEquals(List.of(PlanField.BUDGET), p.gaps().stream().map(ActionPlan.Gap::field).toList());
        Path twice = write("twice.yaml", "axes:\n  - axis: A\n    actions:\n      - action: B\n        pilot: X\n        pilote: Y\n");
        InputException e = assertThrows(InputException.class, () -> ActionPlanReader.read(twice));
        assertTrue(e.getMessage().contains("line 6") && e.getMessage().contains("the same field"), e.getMessage());
        Path template = write("template.yaml", "template: [pilot, budjet]\naxes:\n  - axis: A\n");
        e = assertThrows(InputException.class, () -> ActionPlanReader.read(template));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("\"budjet\"") && e.getMessage().contains("did you mean \"budget\"?"),
                e.getMessage());
        Path badIndicator = write("indicator.yaml", "axes:\n  - axis: A\n    actions:\n      - action: B\n        indicators:\n          - {name: X, goal: 3}\n");
        e = assertThrows(InputException.class, () -> ActionPlanReader.read(badIndicator));
        assertTrue(e.getMessage().contains("line 6") && e.getMessage().contains("unknown key 'goal'"), e.getMessage());
    }

    /** Without a template, a plan expects of every action the rubrics any of its actions has. */
    /**
     * Two fiches numbered "1.1": every evaluation line of 1.1 went to the first, the second read "non évaluée", and the
     * plan printed two "Fiche action 1.1" (a probe). The second number is a located error naming the first's line.
     */
    @Test
    void aFicheNumberGivenTwiceIsALocatedError() throws IOException {
        Path p = write("plan.yaml", """
                template: none
                axes:
                  - number: "1"
                    axis: "Petite enfance"
                    actions:
                      - number: "1.1"
                        action: "Animer une commission"
                      - number: "1.1"
                        action: "Créer un LAEP"
                """);
        fr.enquete.model.InputException e = org.junit.jupiter.api.Assertions.assertThrows(fr.enquete.model.InputException.class,
                () -> ActionPlanReader.read(p));
        assertTrue(e.getMessage().contains("plan.yaml") && e.getMessage().contains("line 8")
                && e.getMessage().contains("fiche number \"1.1\" is given twice (also at line 6)"), e.getMessage());
    }

    /**
     * The same in a spreadsheet: Béthune-Bruay's sheets kept in Excel (the fixture), the second sheet's N° typed "1.1.1"
     * again, was read as two fiches 1.1.1 while the YAML plan refused it. Both now refuse it, at the second number's cell.
     */
    @Test
    void aFicheNumberGivenTwiceInASpreadsheetIsALocatedError() throws IOException {
        Path xlsx = dir.resolve("bethune-fiches.xlsx");
        try (var in = Files.newInputStream(fr.enquete.testing.Fixtures.plans().resolve("bethune-fiches.xlsx"));
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in); var out = Files.newOutputStream(xlsx)) {
            var sheet = book.getSheetAt(0);
            int column = -1;
            for (var cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals("N°")) {
                    column = cell.getColumnIndex();
                }
            }
            assertEquals("1.1.2", sheet.getRow(2).getCell(column).getStringCellValue());
            sheet.getRow(2).getCell(column).setCellValue("1.1.1");
            book.write(out);
        }
        InputException e = assertThrows(InputException.class, () -> ActionPlanReader.read(xlsx));
        assertTrue(e.getMessage().contains("bethune-fiches.xlsx, row 3, column \"N°\"")
                && e.getMessage().contains("fiche number \"1.1.1\" is given twice (also at row 2)"), e.getMessage());
        Path csv = write("plan.csv", HEADER + "2 - Jeunesse;;2.1;Aide au BAFA;Ville;;;;;\n;;2.1;Chantiers jeunes;Ville;;;;;\n");
        InputException c = assertThrows(InputException.class, () -> ActionPlanReader.read(csv));
        assertTrue(c.getMessage().contains("plan.csv, row 3, column \"N°\"") && c.getMessage().contains("\"2.1\" is given twice (also at row 2)"),
                c.getMessage());
    }

    /**
     * A plan's dates were taken as written: a fiche ending before it starts, or a target date of 30 February, went into
     * the fiches and their follow-up. Impossible days and ends before starts are located errors, in the calendar, the
     * indicators' dates, start and end columns, and the evaluation's dates; words ("Durée de la CTG") are left alone.
     */
    @Test
    void impossibleDatesAndEndsBeforeStartsAreLocatedErrors() throws IOException {
        Path ends = write("dates.csv", "Axe;N°;Action;Échéances de réalisation;Date de début;Date de fin\n"
                + "Jeunesse;2.1;Aide au BAFA;Durée de la CTG;01/09/2024;30/06/2024\n");
        InputException e = assertThrows(InputException.class, () -> ActionPlanReader.read(ends));
        assertTrue(e.getMessage().contains("dates.csv, row 2, column \"Date de fin\"")
                && e.getMessage().contains("the end, 30/06/2024 (Date de fin), comes before the start, 01/09/2024 (Date de début)"), e.getMessage());
        Path calendar = write("calendrier.csv", "Axe;N°;Action;Échéances de réalisation\nJeunesse;2.1;Aide au BAFA;Du 01/09/2024 au 30/06/2024\n");
        e = assertThrows(InputException.class, () -> ActionPlanReader.read(calendar));
        assertTrue(e.getMessage().contains("row 2, column \"Échéances de réalisation\"")
                && e.getMessage().contains("\"01/09/2024 au 30/06/2024\" ends (30/06/2024) before it starts (01/09/2024)"), e.getMessage());
        Path years = write("annees.yaml", "axes:\n  - axis: Jeunesse\n    actions:\n      - action: Aide au BAFA\n        calendar: \"2026-2023\"\n");
        e = assertThrows(InputException.class, () -> ActionPlanReader.read(years));
        assertTrue(e.getMessage().contains("annees.yaml, line 5") && e.getMessage().contains("\"2026-2023\" ends (2023) before it starts (2026)"),
                e.getMessage());
        Path target = write("cible.yaml", "axes:\n  - axis: Jeunesse\n    actions:\n      - action: Aide au BAFA\n        indicators:\n"
                + "          - {name: Jeunes formés, target: \"20\", date: \"2023-02-30\"}\n");
        e = assertThrows(InputException.class, () -> ActionPlanReader.read(target));
        assertTrue(e.getMessage().contains("cible.yaml, line 6") && e.getMessage().contains("\"2023-02-30\" is no date: 2023-02 has 28 days"),
                e.getMessage());
        Path cell = write("cible.csv", HEADER + "2 - Jeunesse;;2.1;Aide au BAFA;Ville;Jeunes formés;0;20;31/04/2025;\n");
        e = assertThrows(InputException.class, () -> ActionPlanReader.read(cell));
        assertTrue(e.getMessage().contains("row 2, column \"Date cible\"") && e.getMessage().contains("2025-04 has 30 days"), e.getMessage());
        ActionPlan plan = ActionPlanReader.read(write("ok.csv", "Axe;N°;Action;Échéances de réalisation;Date de début;Date de fin\n"
                + "Jeunesse;2.1;Aide au BAFA;Durée de la CTG, 2023-2026;01/09/2023;30/06/2024\n"));
        Path grid = write("evaluation.csv", "Fiche;Date;Rubrique;Prévu;Réalisé;Réponse;Précisions\n2.1;2024-02-30;;;;Oui;\n");
        e = assertThrows(InputException.class, () -> EvaluationReader.read(grid, plan));
        assertTrue(e.getMessage().contains("evaluation.csv, row 2, column \"Date\"") && e.getMessage().contains("2024-02 has 29 days"), e.getMessage());
    }

    @Test
    void withoutATemplateEveryActionIsExpectedToHaveWhatOthersHave() throws IOException {
        Path plan = write("plan.yaml", """
                axes:
                  - axis: A
                    actions:
                      - {action: B, pilot: X, public: Y}
                      - {action: C, pilot: X}
                """);
        ActionPlan p = ActionPlanReader.read(plan);
        assertEquals(List.of(PlanField.PUBLIC, PlanField.PILOT), p.template());
        assertEquals(1, p.gaps().size());
        assertEquals("C", p.gaps().get(0).action().title());
        assertEquals(PlanField.PUBLIC, p.gaps().get(0).field());
    }
}
