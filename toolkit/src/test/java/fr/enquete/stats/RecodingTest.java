package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.model.InputException;
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

/** "Autre" texts recoded into choices, and a single choice entered as one column per choice. */
class RecodingTest {

    @TempDir
    Path dir;

    private static Map<String, Long> counts(SurveyResult r, String id) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (ChoiceRow row : ((QuestionResult.Choices) Fixtures.question(r, id)).rows()) {
            out.put(row.missing() ? "(sans réponse)" : row.label(), row.count());
        }
        return out;
    }

    private SurveyResult analyse(String csv, String spec) throws IOException {
        Path e = dir.resolve("export.csv");
        Path s = dir.resolve("spec.yaml");
        Files.writeString(e, csv, StandardCharsets.UTF_8);
        Files.writeString(s, spec, StandardCharsets.UTF_8);
        return SurveyAnalyzer.analyze(Importers.open(e, ImportOptions.DEFAULTS), SpecReader.read(s).survey(), AnalysisOptions.DEFAULTS);
    }

    /** The fixture's spec with recoding rules added to vieiobj (a new choice) and numdom (existing options). */
    private Path fixtureSpecWithRecoding() throws IOException {
        String spec = Files.readString(Fixtures.spec(), StandardCharsets.UTF_8)
                .replaceFirst("(\"vieiobj\\[other\\]\": \"Autre\"\n)", "$1    recode:\n      \"Lutter contre l'isolement\": [\"/isolement|solitude/\"]\n")
                .replaceFirst("(\"numdom\\[other\\]\": \"Autre\"\n)", "$1    recode:\n"
                        + "      \"Les retraites (attestation, demande de retraite)\": [\"dossier retraite\"]\n");
        Path p = dir.resolve("recode.yaml");
        Files.writeString(p, spec, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void limeSurveyOtherTextsBecomeANewChoiceAndAutreKeepsTheRest() throws IOException {
        Survey survey = SpecReader.read(fixtureSpecWithRecoding()).survey();
        SurveyResult r = SurveyAnalyzer.analyze(Importers.open(Fixtures.export(), ImportOptions.DEFAULTS), survey, AnalysisOptions.DEFAULTS);
        // Seed 003 prints "Autre 9 13,24 %" over 68 centres, with the nine texts; by hand, six speak of "isolement" and
        // one of "solitude": 7 recoded, 2 left ("liens intergénérationnel/prévention santé", "séniors connectés").
        Map<String, Long> v = counts(r, "vieiobj");
        assertEquals(7L, v.get("Lutter contre l'isolement"));
        assertEquals(2L, v.get("Autre"));
        assertEquals(List.of("Lutter contre l'isolement", "Autre", "(sans réponse)"), List.copyOf(v.keySet()).subList(3, 6),
                "the new choice comes before Autre");
        QuestionResult.Choices c = (QuestionResult.Choices) Fixtures.question(r, "vieiobj");
        assertEquals(68, c.base(), "the filter still reads the export: the base does not move");
        assertEquals(10.29, Math.round(c.rows().get(3).percent() * 100) / 100.0);
        // The other options keep seed 003's counts (58, 44, 41), and the text question keeps all nine texts.
        assertEquals(List.of(58L, 44L, 41L), List.copyOf(v.values()).subList(0, 3));
        assertEquals(9, ((QuestionResult.Text) Fixtures.question(r, "vieiobjautre")).answers().size());
        // numdom: "Dossier retraite" (respondent 107) had already ticked the retraites option: no double count.
        SurveyResult plain = Fixtures.analyse();
        Map<String, Long> before = counts(plain, "numdom");
        Map<String, Long> after = counts(r, "numdom");
        assertEquals(before.get("Les retraites (attestation, demande de retraite)"), after.get("Les retraites (attestation, demande de retraite)"));
        assertEquals(before.get("Autre") - 1, after.get("Autre"));
    }

    @Test
    void singleChoiceWithASeparateTextColumnIsRecodedIntoListedAndNewChoices() throws IOException {
        String csv = """
                id;statut;statut_autre
                1;Association;
                2;Autre;Association loi 1901.
                3;Autre;CCAS de Lomme
                4;Collectivité;
                5;Autre;Fondation
                6;Autre;cias du Val
                7;;
                8;Autre;association LOI 1901
                """;
        SurveyResult r = analyse(csv, """
                questions:
                  - id: statut
                    type: single
                    choices: [Association, Collectivité, Autre]
                    other: statut_autre
                    recode:
                      Association: ["association loi 1901"]
                      "Centre communal d'action sociale": ["/\\\\b(CCAS|CIAS)\\\\b/"]
                  - {id: statut_autre, type: text}
                """);
        // By hand: 2 and 8 are Association once folded (case, final dot); 3 and 6 name a CCAS/CIAS; 5 stays Autre.
        assertEquals(Map.of("Association", 3L, "Collectivité", 1L, "Centre communal d'action sociale", 2L, "Autre", 1L, "(sans réponse)", 1L),
                counts(r, "statut"));
        assertEquals(List.of("Association", "Collectivité", "Centre communal d'action sociale", "Autre", "(sans réponse)"),
                List.copyOf(counts(r, "statut").keySet()));
        assertTrue(r.diagnostics().isEmpty(), "a recoded choice is listed, not an answer outside the list: " + r.diagnostics());
    }

    @Test
    void googleFormsInlineOtherAnswersAreRecodedInTheJoinedCell() throws IOException {
        String csv = """
                Horodateur,Vos domaines d'action
                01/05/2024 10:00:00,"Logement, Emploi, insertion"
                02/05/2024 10:00:00,"Logement, aide alimentaire"
                03/05/2024 10:00:00,"Santé mentale, Santé"
                04/05/2024 10:00:00,"Épicerie solidaire"
                05/05/2024 10:00:00,"Culture"
                06/05/2024 10:00:00,
                """;
        SurveyResult r = analyse(csv, """
                questions:
                  - id: domaines
                    column: "Vos domaines d'action"
                    type: multiple
                    separator: ", "
                    choices: ["Logement", "Emploi, insertion", "Santé"]
                    recode:
                      Santé: ["santé mentale"]
                      Alimentation: ["aide alimentaire", "/épicerie/"]
                """);
        // By hand: row 3 gives Santé once (recoded + ticked); rows 2 and 4 give Alimentation; only "Culture" stays Autre.
        assertEquals(Map.of("Logement", 2L, "Emploi, insertion", 1L, "Santé", 1L, "Alimentation", 2L, "Autre", 1L, "(sans réponse)", 1L),
                counts(r, "domaines"));
    }

    @Test
    void aSingleChoiceKeyedInAsOneColumnPerChoiceShowsDoubleTicksAsAnswersOutsideTheList() throws IOException {
        String csv = """
                id;logement_1;logement_2;logement_3
                1;X;;
                2;;X;
                3;;X;
                4;X;;X
                5;;;
                """;
        SurveyResult r = analyse(csv, """
                questions:
                  - id: logement
                    type: single
                    columns: {logement_1: Locataire, logement_2: Propriétaire, logement_3: "Hébergé"}
                """);
        assertEquals(Map.of("Locataire", 1L, "Propriétaire", 2L, "Hébergé", 0L, "Locataire + Hébergé", 1L, "(sans réponse)", 1L),
                counts(r, "logement"));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.toString().contains("several choices where one is expected")
                && d.toString().contains("\"Locataire + Hébergé\" (row 5)")), r.diagnostics().toString());
    }

    @Test
    void crossTabulationsReadTheRecodedAnswers() throws IOException {
        Path spec = fixtureSpecWithRecoding();
        Survey survey = SpecReader.read(spec).survey();
        CrossTab t = CrossTab.of(Importers.open(Fixtures.export(), ImportOptions.DEFAULTS), survey, "qpv", "vieiobj");
        int isolement = t.columnLabels().indexOf("Lutter contre l'isolement");
        assertTrue(isolement >= 0, t.columnLabels().toString());
        long total = 0;
        for (int i = 0; i < t.rowLabels().size(); i++) {
            total += t.count(i, isolement);
        }
        // The 7 recoded centres all answered qpv (by hand from the export).
        assertEquals(7, total);
    }

    @Test
    void mistakesInRecodingRulesAreLocated() throws IOException {
        Path e = dir.resolve("e.csv");
        Files.writeString(e, "statut;statut_autre\nAutre;x\n");
        Path s = dir.resolve("bad.yaml");
        Files.writeString(s, """
                questions:
                  - id: statut
                    type: single
                    choices: [Association, Autre]
                    other: autre
                    recode:
                      Association: ["/asso(/"]
                """);
        InputException bad = assertThrows(InputException.class, () -> SpecReader.read(s));
        assertTrue(bad.getMessage().contains("bad.yaml, line 7") && bad.getMessage().contains("invalid regular expression /asso(/"),
                bad.getMessage());
        Files.writeString(s, """
                questions:
                  - id: statut
                    type: single
                    choices: [Association, Divers]
                    other: autre
                """);
        InputException none = assertThrows(InputException.class, () -> SpecReader.read(s));
        assertTrue(none.getMessage().contains("no \"Autre\" choice") && none.getMessage().contains("other_choice"), none.getMessage());
        Files.writeString(s, """
                questions:
                  - id: statut
                    type: single
                    choices: [Association, Divers]
                    other: autre
                    other_choice: Diver
                """);
        InputException typo = assertThrows(InputException.class, () -> SpecReader.read(s));
        assertTrue(typo.getMessage().contains("did you mean \"Divers\"?"), typo.getMessage());
        Files.writeString(s, """
                questions:
                  - id: statut
                    type: single
                    choices: [Association, Autre]
                    other: statut_autres
                    recode: {Association: [asso]}
                """);
        Survey survey = SpecReader.read(s).survey();
        InputException missing = assertThrows(InputException.class, () -> SurveyAnalyzer.analyze(Importers.open(e, ImportOptions.DEFAULTS),
                survey, AnalysisOptions.DEFAULTS));
        assertTrue(missing.getMessage().contains("recodes column \"statut_autres\", which") && missing.getMessage().contains("did you mean \"statut_autre\"?"),
                missing.getMessage());
    }
}
