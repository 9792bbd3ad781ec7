package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.model.Survey;
import fr.enquete.spec.SpecReader;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Google Forms' inline "Autre" text in a checkbox answer, when the spec lists "Autre" among the choices: the text
 * counts its respondent under that listed row, once, not in a separate "Autre (hors liste)" row beside "Autre 0".
 */
class JoinedOtherTest {

    @TempDir
    Path dir;

    /**
     * A Google Forms download: the checkbox cell joins the ticked choices with ", " and ends with the "Autre" text as
     * typed, which may hold ", " itself (row 3) or be the word "Autre" ticked with no text (row 6).
     */
    private static final String EXPORT = """
            Horodateur,Vous êtes,Vos domaines d'action
            11/03/2024 14:41:03,Un homme,"Logement, Numérique, Accès aux droits, médiation"
            03/09/2024 14:03:52,Un homme,Santé
            05/05/2024 14:09:34,Une femme,"Emploi, insertion, Accès aux droits, médiation"
            03/10/2024 08:39:13,Une femme,"Emploi, insertion"
            12/10/2024 10:12:00,Une femme,
            14/10/2024 09:00:00,Un homme,"Santé, Autre"
            15/10/2024 11:30:00,Une femme,"Logement, Épicerie solidaire"
            16/10/2024 16:45:00,Un homme,Aide aux devoirs
            """;

    private static final String SPEC = """
            questions:
              - {id: sexe, column: "Vous êtes", type: single, choices: ["Une femme", "Un homme"]}
              - id: domaines
                column: "Vos domaines d'action"
                type: multiple
                separator: ", "
                choices: ["Logement", "Emploi, insertion", "Santé", "Numérique", "Autre"]
            """;

    private Survey survey(String spec) throws IOException {
        Path s = dir.resolve("spec.yaml");
        Files.writeString(s, spec, StandardCharsets.UTF_8);
        return SpecReader.read(s).survey();
    }

    private Path export() throws IOException {
        Path e = dir.resolve("export.csv");
        Files.writeString(e, EXPORT, StandardCharsets.UTF_8);
        return e;
    }

    private static Map<String, Long> counts(SurveyResult r, String id) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (ChoiceRow row : ((QuestionResult.Choices) Fixtures.question(r, id)).rows()) {
            out.put(row.missing() ? "(sans réponse)" : row.label() + (row.listed() ? "" : " (hors liste)"), row.count());
        }
        return out;
    }

    @Test
    void textsOutsideTheListCountUnderTheListedAutre() throws IOException {
        SurveyResult r = SurveyAnalyzer.analyze(Importers.open(export(), ImportOptions.DEFAULTS), survey(SPEC), AnalysisOptions.DEFAULTS);
        // By hand over the 8 rows: Logement rows 1, 7; Emploi, insertion rows 3, 4; Santé rows 2, 6; Numérique row 1;
        // Autre rows 1, 3, 7, 8 (a text) and 6 (the word itself) = 5 respondents; row 5 blank.
        assertEquals(Map.of("Logement", 2L, "Emploi, insertion", 2L, "Santé", 2L, "Numérique", 1L, "Autre", 5L, "(sans réponse)", 1L),
                counts(r, "domaines"));
        assertEquals(List.of("Logement", "Emploi, insertion", "Santé", "Numérique", "Autre", "(sans réponse)"),
                List.copyOf(counts(r, "domaines").keySet()), "no row outside the list");
    }

    @Test
    void withoutAListedAutreTheTextsKeepARowOutsideTheList() throws IOException {
        String spec = SPEC.replace(", \"Autre\"]", "]");
        SurveyResult r = SurveyAnalyzer.analyze(Importers.open(export(), ImportOptions.DEFAULTS), survey(spec), AnalysisOptions.DEFAULTS);
        // Rows 1, 3, 6, 7, 8 hold a part outside the four choices ("Autre" is one, unlisted).
        assertEquals(5L, counts(r, "domaines").get("Autre (hors liste)"));
    }

    /**
     * A real option that starts with "Autres" is no "Autre" field: a probe's "Autres professionnels de santé" counted 3
     * where one respondent ticked it, the two texts outside the list added without a word.
     */
    @Test
    void anOptionStartingWithAutresIsNotTheOtherField() throws IOException {
        String spec = SPEC.replace(", \"Autre\"]", ", \"Autres professionnels de santé\"]");
        String export = EXPORT.replace("\"Santé, Autre\"", "\"Santé, Autres professionnels de santé\"");
        Path e = dir.resolve("autres.csv");
        Files.writeString(e, export, StandardCharsets.UTF_8);
        SurveyResult r = SurveyAnalyzer.analyze(Importers.open(e, ImportOptions.DEFAULTS), survey(spec), AnalysisOptions.DEFAULTS);
        // By hand: the option ticked on row 6 only; the texts of rows 1, 3, 7, 8 are outside the list.
        assertEquals(1L, counts(r, "domaines").get("Autres professionnels de santé"));
        assertEquals(4L, counts(r, "domaines").get("Autre (hors liste)"));
        for (String other : List.of("Autre", "Autres", "Autre (préciser)", "Autre : ", "Autres, précisez", "Other (please specify)",
                "Autre réponse", "Autre(s)")) {
            org.junit.jupiter.api.Assertions.assertTrue(fr.enquete.model.OtherAnswers.looksLikeOther(other), other);
        }
    }

    /** A cell of separators alone ticks nothing: a probe counted it answered (16 where 15 answered). */
    @Test
    void aCellOfSeparatorsAloneIsNoAnswer() throws IOException {
        Path e = dir.resolve("virgule.csv");
        Files.writeString(e, EXPORT.replace("12/10/2024 10:12:00,Une femme,\n", "12/10/2024 10:12:00,Une femme,\", \"\n"), StandardCharsets.UTF_8);
        SurveyResult r = SurveyAnalyzer.analyze(Importers.open(e, ImportOptions.DEFAULTS), survey(SPEC), AnalysisOptions.DEFAULTS);
        // By hand: row 5 holds ", " and no choice: 7 answered of 8, as with the blank cell.
        assertEquals(1L, counts(r, "domaines").get("(sans réponse)"));
        assertEquals(7L, ((QuestionResult.Choices) Fixtures.question(r, "domaines")).answered());
    }

    @Test
    void crossTabulationCountsTheTextsUnderTheListedAutreToo() throws IOException {
        CrossTab t = CrossTab.of(Importers.open(export(), ImportOptions.DEFAULTS), survey(SPEC), "domaines", "sexe");
        int autre = t.rowLabels().indexOf("Autre");
        // By hand: Autre from women rows 3, 7; from men rows 1, 6, 8.
        assertEquals(2L, t.count(autre, t.columnLabels().indexOf("Une femme")));
        assertEquals(3L, t.count(autre, t.columnLabels().indexOf("Un homme")));
    }
}
