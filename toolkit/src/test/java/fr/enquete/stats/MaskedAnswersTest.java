package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.analysis.Analysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Google Forms single choice whose "Autre" answers are written in the cell: under --secret, each one-off answer was a
 * "&lt; 5" row of its own, its label naming the respondent's structure, and the diagnostics printed it with its count.
 */
class MaskedAnswersTest {

    @TempDir
    Path dir;

    /** 40 partners: 17 Association, 9 Collectivité, 6 Bailleur social, 6 "Autre" texts (one given twice), 2 blank. */
    private Analysis partners() throws IOException {
        List<String> answers = new ArrayList<>();
        answers.addAll(Collections.nCopies(17, "Association"));
        answers.addAll(Collections.nCopies(9, "Collectivité"));
        answers.addAll(Collections.nCopies(6, "Bailleur social"));
        answers.addAll(List.of("Maison de quartier des Tilleuls", "Épicerie solidaire", "SIAO", "Mission locale de Roubaix",
                "Maison de quartier des Tilleuls", "Régie de quartier", "", ""));
        StringBuilder csv = new StringBuilder("Horodateur,Votre structure\r\n");
        for (int i = 0; i < answers.size(); i++) {
            csv.append(String.format(Locale.ROOT, "2024/05/%02d 10:%02d:00 UTC+2,%s\r\n", i % 28 + 1, i, answers.get(i)));
        }
        Path export = Files.writeString(dir.resolve("partenaires.csv"), csv, StandardCharsets.UTF_8);
        Path spec = Files.writeString(dir.resolve("spec.yaml"), """
                survey: "Partenaires"
                questions:
                  - id: "Votre structure"
                    type: single
                    choices: ["Association", "Collectivité", "Bailleur social", "État"]
                """, StandardCharsets.UTF_8);
        return Analysis.of(export).spec(spec);
    }

    private static QuestionResult.Choices structure(SurveyResult r) {
        return (QuestionResult.Choices) r.questions().get(0);
    }

    @Test
    void oneOffAnswersOutsideTheListAreOneMaskedRowUnderSecrecy() throws IOException {
        SurveyResult r = partners().secrecy(5).run().result();
        List<ChoiceRow> rows = structure(r).rows();
        assertEquals(List.of("Association", "Collectivité", "Bailleur social", "État", "", ""),
                rows.stream().map(ChoiceRow::label).toList());
        assertEquals(List.of(17L, 9L, 6L, 0L), rows.subList(0, 4).stream().map(ChoiceRow::count).toList());
        ChoiceRow grouped = rows.get(4);
        // The five answers outside the list, 2 + 1 + 1 + 1 + 1 respondents, each below 5: one row, masked.
        assertEquals(5, grouped.grouped());
        assertTrue(grouped.masked() && !grouped.listed() && !grouped.missing());
        assertTrue(rows.get(5).missing() && rows.get(5).masked(), "2 blank answers: masked on their own");

        String diagnostics = r.diagnostics().stream().map(d -> d.text(Locale.FRENCH)).collect(Collectors.joining("\n"));
        for (String answer : List.of("Tilleuls", "SIAO", "Épicerie", "Roubaix", "Régie")) {
            assertFalse(diagnostics.contains(answer), diagnostics);
        }
        assertTrue(diagnostics.contains("5 autres réponses données chacune par moins de 5 répondants, non citées"), diagnostics);
        // The team's own check still names each of them.
        String check = partners().secrecy(5).check(null, 0).stream().map(d -> d.text(Locale.FRENCH)).collect(Collectors.joining("\n"));
        assertTrue(check.contains("«\u00A0SIAO\u00A0» (1)"), check);
    }

    @Test
    void answersAtTheThresholdStayAndWithoutSecrecyNothingIsGrouped() throws IOException {
        List<ChoiceRow> at2 = structure(partners().secrecy(2).run().result()).rows();
        assertEquals("Maison de quartier des Tilleuls", at2.get(4).label());
        assertEquals(2, at2.get(4).count());
        assertEquals(4, at2.get(5).grouped(), "the four answers given once");
        List<ChoiceRow> plain = structure(partners().run().result()).rows();
        assertEquals(10, plain.size());
        assertTrue(plain.stream().noneMatch(row -> row.grouped() > 0 || row.masked()));
    }
    /**
     * Without a spec the choices are read from the answers. One-word answers are answer codes or categories, as a
     * spec's choices are ("Non" 3 and "NSP" 2 beside "Oui" 35: grouping them printed "Autres réponses (2, regroupées)" in
     * place of the question's own "Non"); answers of several words are typed ones and are grouped. The same line the
     * masking of personal data draws ({@code Question.respondentsWords}).
     */
    @Test
    void withoutASpecOneWordAnswersKeepTheirRowsAndTypedOnesAreGrouped() throws IOException {
        List<String> answers = new ArrayList<>();
        answers.addAll(Collections.nCopies(35, "Oui"));
        answers.addAll(Collections.nCopies(3, "Non"));
        answers.addAll(Collections.nCopies(2, "NSP"));
        answers.addAll(List.of("Oui mais pas le samedi", "Seulement en été"));
        StringBuilder csv = new StringBuilder("id;Ouverture le week-end\n");
        for (int i = 0; i < answers.size(); i++) {
            csv.append(i + 1).append(';').append(answers.get(i)).append('\n');
        }
        Path export = Files.writeString(dir.resolve("ouverture.csv"), csv, StandardCharsets.UTF_8);
        SurveyResult r = Analysis.of(export).secrecy(5).run().result();
        QuestionResult.Choices q = (QuestionResult.Choices) r.questions().stream()
                .filter(x -> x.question().id().equals("Ouverture le week-end")).findFirst().orElseThrow();
        List<ChoiceRow> rows = q.rows().stream().filter(row -> !row.missing()).toList();
        // The typed answers' row before "NSP", which an inferred spec lists last (SchemaInference.ordered).
        assertEquals(List.of("Oui", "Non", "", "NSP"), rows.stream().map(ChoiceRow::label).toList());
        assertTrue(rows.get(1).masked() && rows.get(3).masked() && rows.get(1).grouped() == 0 && rows.get(3).grouped() == 0);
        assertEquals(2, rows.get(2).grouped());
    }
}
