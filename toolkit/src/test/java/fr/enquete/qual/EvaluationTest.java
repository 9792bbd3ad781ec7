package fr.enquete.qual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.InputException;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Béthune-Bruay's evaluation grid filled in for the five re-keyed sheets (fixtures/plans/bethune-evaluation.csv,
 * synthetic values) against the plan. Hand counts from the file's 12 lines: overall rows 1.1.1 Oui (2022), 1.1.2
 * Partiellement, 1.1.3 Non, 1.1.4 Partiellement (2022) then Oui (2023), none for 1.1.5; criteria: one Oui, one Non.
 */
class EvaluationTest {

    @TempDir
    Path dir;

    private static final ActionPlan PLAN = ActionPlanReader.read(Fixtures.plans().resolve("bethune-fiches.yaml"));
    private static final Evaluation EVAL = EvaluationReader.read(Fixtures.plans().resolve("bethune-evaluation.csv"), PLAN);

    @Test
    void statusIsTheLatestOverallAnswer() {
        List<ActionPlan.Action> a = PLAN.actions();
        assertEquals(12, EVAL.lines().size());
        assertEquals(List.of(Optional.of(Answer.YES), Optional.of(Answer.PARTLY), Optional.of(Answer.NO), Optional.of(Answer.YES), Optional.empty()),
                a.stream().map(EVAL::status).toList());
        assertEquals(Map.of(Answer.YES, 2, Answer.PARTLY, 1, Answer.NO, 1), EVAL.counts(a));
        assertEquals(1, EVAL.notEvaluated(a));
        assertEquals(Map.of(Answer.YES, 1, Answer.PARTLY, 0, Answer.NO, 1), EVAL.criterionAnswers());
        assertEquals(List.of("2022", "2023"), EVAL.dates());
    }

    /** A line naming one of the fiche's indicators is a value of that indicator at its date; others are criteria. */
    /**
     * The latest answer by its date, not by its place in the file: a grid listing 2024 before 2022 gave "Oui (2022)"
     * where 2024 said Non, and the bundled 2023 file given before the 2022 one turned 1.1.4's Oui back to
     * Partiellement (a probe's counts: 1 oui and 2 partiellement, against 2 and 1).
     */
    @Test
    void statusIsTheLatestDatedAnswerWhateverTheOrder() throws IOException {
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, "template: none\naxes:\n  - number: \"1\"\n    axis: \"Petite enfance\"\n    actions:\n"
                + "      - number: \"1.1\"\n        action: \"Animer une commission\"\n      - number: \"1.2\"\n        action: \"Créer un LAEP\"\n"
                + "      - number: \"1.3\"\n        action: \"Relais\"\n", StandardCharsets.UTF_8);
        Path grid = dir.resolve("grille.csv");
        Files.writeString(grid, "Fiche;Date;Rubrique;Prévu;Réalisé;Réponse;Précisions\n1.1;2024;;;;Non;\n1.1;2022;;;;Oui;\n"
                + "1.2;15/03/2024;;;;Non;\n1.2;01/12/2023;;;;Oui;\n1.3;décembre 2024;;;;Non;\n1.3;T4 2023;;;;Partiellement;\n"
                + "1.3;mars 2024;;;;Oui;\n", StandardCharsets.UTF_8);
        ActionPlan p = ActionPlanReader.read(plan);
        Evaluation e = EvaluationReader.read(grid, p);
        // By hand: 1.1's latest is 2024 (Non), 1.2's 15/03/2024 (Non), 1.3's décembre 2024 (Non).
        assertEquals(List.of(Optional.of(Answer.NO), Optional.of(Answer.NO), Optional.of(Answer.NO)), p.actions().stream().map(e::status).toList());
        assertEquals("décembre 2024", e.latest(p.actions().get(2)).orElseThrow().date());
        Evaluation both = EvaluationReader.read(List.of(Fixtures.plans().resolve("bethune-evaluation-2023.csv"),
                Fixtures.plans().resolve("bethune-evaluation-2022.csv")), PLAN);
        Evaluation inOrder = EvaluationReader.read(List.of(Fixtures.plans().resolve("bethune-evaluation-2022.csv"),
                Fixtures.plans().resolve("bethune-evaluation-2023.csv")), PLAN);
        assertEquals(inOrder.counts(PLAN.actions()), both.counts(PLAN.actions()));
    }

    @Test
    void indicatorValuesByDate() {
        ActionPlan.Action commission = PLAN.actions().get(0);
        Map<String, Evaluation.Line> v = EVAL.values(commission, "Nombre de commissions techniques et stratégiques organisées");
        assertEquals(List.of("2022", "2023"), List.copyOf(v.keySet()));
        assertEquals("5", v.get("2022").done());
        assertEquals("6", v.get("2022").planned());
        assertEquals("6", v.get("2023").done());
        assertEquals(List.of("L'action est-elle pertinente au vu du contexte et du diagnostic ?"),
                EVAL.criteria(commission).stream().map(Evaluation.Line::criterion).toList());
    }

    @Test
    void errorsSayWhichRowAndColumn() throws IOException {
        Path unknown = dir.resolve("unknown.csv");
        Files.writeString(unknown, "Fiche;Date;Rubrique;Réponse\n1.1.1;2022;;Oui\n1.1.9;2022;;Oui\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> EvaluationReader.read(unknown, PLAN));
        assertTrue(e.getMessage().contains("row 3") && e.getMessage().contains("column \"Fiche\"") && e.getMessage().contains("\"1.1.9\""),
                e.getMessage());
        Path answer = dir.resolve("answer.csv");
        Files.writeString(answer, "Fiche;Date;Rubrique;Réponse\n1.1.1;2022;;Peut-être\n", StandardCharsets.UTF_8);
        e = assertThrows(InputException.class, () -> EvaluationReader.read(answer, PLAN));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("column \"Réponse\"")
                && e.getMessage().contains("expected Oui, Non or Partiellement"), e.getMessage());
        Path date = dir.resolve("date.csv");
        Files.writeString(date, "Fiche;Date;Réponse\n1.1.1;;Oui\n", StandardCharsets.UTF_8);
        e = assertThrows(InputException.class, () -> EvaluationReader.read(date, PLAN));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("column \"Date\""), e.getMessage());
        Path columns = dir.resolve("columns.csv");
        Files.writeString(columns, "Action;Réponse\nx;Oui\n", StandardCharsets.UTF_8);
        e = assertThrows(InputException.class, () -> EvaluationReader.read(columns, PLAN));
        assertTrue(e.getMessage().contains("needs the columns Fiche") && e.getMessage().contains("and Date"), e.getMessage());
        // A fiche may be named by its title too.
        Path title = dir.resolve("title.csv");
        Files.writeString(title, "Fiche;Date;Réponse\nAccompagner l'assistant maternel tout au long de sa carrière;2024;Oui\n", StandardCharsets.UTF_8);
        assertEquals(Optional.of(Answer.YES), EvaluationReader.read(title, PLAN).status(PLAN.actions().get(2)));
    }

    /**
     * The same grid split into one file per year (bethune-evaluation-2022.csv: the 9 lines dated 2022;
     * bethune-evaluation-2023.csv: the 3 dated 2023) gives the one file's lines and hand counts.
     */
    @Test
    void oneFilePerYearMerged() {
        Evaluation merged = EvaluationReader.read(List.of(Fixtures.plans().resolve("bethune-evaluation-2022.csv"),
                Fixtures.plans().resolve("bethune-evaluation-2023.csv")), PLAN);
        assertEquals(12, merged.lines().size());
        // The one file's lines, year by year (a stable sort keeps each year's order): the 2022 file, then the 2023 one.
        assertEquals(EVAL.lines().stream().sorted(java.util.Comparator.comparing(Evaluation.Line::date)).toList(), merged.lines());
        // 1.1.4: Partiellement in the 2022 file, Oui in the 2023 one: the latest wins.
        assertEquals(Optional.of(Answer.YES), merged.status(PLAN.actions().get(3)));
        assertEquals(Map.of(Answer.YES, 2, Answer.PARTLY, 1, Answer.NO, 1), merged.counts(PLAN.actions()));
        assertEquals(1, merged.notEvaluated(PLAN.actions()));
    }

    /** A line given again identically is kept once; answered differently in another file, it is a located error. */
    @Test
    void conflictingFilesAreALocatedError() throws IOException {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "Fiche;Date;Rubrique;Réponse\n1.1.1;2022;;Oui\n1.1.2;2022;;Non\n", StandardCharsets.UTF_8);
        Path same = dir.resolve("same.csv");
        Files.writeString(same, "Fiche;Date;Rubrique;Réponse\n1.1.1;2022;;Oui\n1.1.3;2023;;Oui\n", StandardCharsets.UTF_8);
        Evaluation e = EvaluationReader.read(List.of(a, same), PLAN);
        assertEquals(3, e.lines().size());
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "Fiche;Date;Rubrique;Réponse\n1.1.3;2022;;Oui\n1.1.2;2022;;Partiellement\n", StandardCharsets.UTF_8);
        InputException x = assertThrows(InputException.class, () -> EvaluationReader.read(List.of(a, other), PLAN));
        String m = x.getMessage();
        assertTrue(m.contains(other.toString()) && m.contains("row 3") && m.contains("column \"Réponse\"") && m.contains("1.1.2")
                && m.contains("\"Partiellement\" here but \"Non\" in " + a + ", row 3"), m);
    }

    /** The same grid kept in YAML (fixtures/plans/bethune-evaluation.yaml) reads as the same lines as the CSV. */
    @Test
    void theYamlGridReadsAsTheSameLinesAsTheTable() {
        Evaluation yaml = EvaluationReader.read(Fixtures.plans().resolve("bethune-evaluation.yaml"), PLAN);
        assertEquals(EVAL.lines(), yaml.lines());
        assertEquals(EVAL.counts(PLAN.actions()), yaml.counts(PLAN.actions()));
    }

    @Test
    void yamlMistakesAreLocatedAtTheirLine() throws IOException {
        Path f = dir.resolve("eval.yaml");
        Files.writeString(f, "evaluations:\n  - fiche: \"1.1.1\"\n    date: 2022\n    answer: Peut-être\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> EvaluationReader.read(f, PLAN));
        assertEquals(f + ", line 4, column 13: \"Peut-être\" is no answer of the grid: expected Oui, Non or Partiellement", e.getMessage());
        Files.writeString(f, "evaluations:\n  - fiche: \"9.9\"\n    date: 2022\n", StandardCharsets.UTF_8);
        e = assertThrows(InputException.class, () -> EvaluationReader.read(f, PLAN));
        assertTrue(e.getMessage().startsWith(f + ", line 2, column 12: no action numbered or titled \"9.9\" in the plan"), e.getMessage());
        Files.writeString(f, "evaluations:\n  - fiche: \"1.1.1\"\n    date: 2022\n    criteria:\n      - planned: 3\n", StandardCharsets.UTF_8);
        e = assertThrows(InputException.class, () -> EvaluationReader.read(f, PLAN));
        assertEquals(f + ", line 5, column 9: a criterion needs 'criterion:', the grid's question or one of the fiche's indicators", e.getMessage());
        Files.writeString(f, "evaluations:\n  - fiche: \"1.1.1\"\n    date: 2022\n    statut: Oui\n", StandardCharsets.UTF_8);
        e = assertThrows(InputException.class, () -> EvaluationReader.read(f, PLAN));
        assertTrue(e.getMessage().startsWith(f + ", line 4, column 5: unknown key 'statut' in an evaluation"), e.getMessage());
    }
}
