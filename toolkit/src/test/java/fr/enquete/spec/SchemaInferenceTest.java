package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableSource;
import fr.enquete.model.OptionColumn;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Survey;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaInferenceTest {

    @TempDir
    Path dir;

    private static Inference inferFixture() {
        return SchemaInference.infer(Importers.open(Fixtures.export(), ImportOptions.DEFAULTS));
    }

    private static QuestionType type(Inference inf, String id) {
        return inf.survey().question(id).orElseThrow(() -> new AssertionError(id)).type();
    }

    @Test
    void guessesTheFixtureTypesFromTheCells() {
        Inference inf = inferFixture();
        assertEquals(91, inf.rows());
        Map<String, QuestionType> expected = Map.ofEntries(Map.entry("id", QuestionType.ID),
                Map.entry("submitdate", QuestionType.DATE), Map.entry("seed", QuestionType.ID),
                Map.entry("dpt", QuestionType.SINGLE), Map.entry("qpv", QuestionType.SINGLE),
                Map.entry("adherents", QuestionType.NUMERIC), Map.entry("creation", QuestionType.NUMERIC),
                Map.entry("actions", QuestionType.MULTIPLE), Map.entry("sante", QuestionType.SINGLE),
                Map.entry("vieiprecis", QuestionType.TEXT), Map.entry("vieiobj", QuestionType.MULTIPLE),
                Map.entry("vieiobj[other]", QuestionType.TEXT), Map.entry("illect", QuestionType.SCALE),
                Map.entry("numevol", QuestionType.SCALE), Map.entry("loganalyse", QuestionType.TEXT));
        expected.forEach((id, t) -> assertEquals(t, type(inf, id), id));
        assertEquals(List.of("02", "59", "60", "62", "80"), inf.survey().question("dpt").orElseThrow().choices(),
                "codes keep their leading zero and come in numeric order");
        assertEquals(List.of("Oui", "Non"), inf.survey().question("qpv").orElseThrow().choices());
    }

    @Test
    void multipleChoiceGroupsComeFromBracketedColumnsOfTicks() {
        Question actions = inferFixture().survey().question("actions").orElseThrow();
        assertEquals(7, actions.options().size());
        assertEquals(new OptionColumn("actions[SQ001]", "SQ001"), actions.options().get(0));
        Question obj = inferFixture().survey().question("vieiobj").orElseThrow();
        assertEquals(new OptionColumn("vieiobj[other]", "Autre"), obj.options().get(3),
                "a filled 'other' text counts as ticking Autre");
    }

    @Test
    void knownScalesComeInOrderWithUnusedStepsShown() {
        Question illect = inferFixture().survey().question("illect").orElseThrow();
        assertEquals(List.of("Oui, tout à fait.", "Oui, plutôt.", "Non, plutôt pas.", "Non, pas du tout"), illect.choices());
        Question evol = inferFixture().survey().question("numevol").orElseThrow();
        assertEquals(List.of("Pas du tout", "Faiblement", "Fortement", "Très fortement", "Je ne peux pas me prononcer"),
                evol.choices());
    }

    @Test
    void withoutASpecTheCountsAreTheSameAsWithIt() {
        TableSource source = Importers.open(Fixtures.export(), ImportOptions.DEFAULTS);
        SurveyResult inferred = SurveyAnalyzer.analyze(source, inferFixture().survey(), AnalysisOptions.DEFAULTS);
        SurveyResult specified = Fixtures.analyse();
        for (String id : List.of("dpt", "qpv", "illect", "adherents", "salaries", "actions")) {
            QuestionResult a = Fixtures.question(inferred, id);
            QuestionResult b = Fixtures.question(specified, id);
            if (a instanceof QuestionResult.Choices ca) {
                QuestionResult.Choices cb = (QuestionResult.Choices) b;
                assertEquals(cb.rows().stream().mapToLong(ChoiceRow::count).sorted().boxed().toList(),
                        ca.rows().stream().mapToLong(ChoiceRow::count).sorted().boxed().toList(), id);
            } else {
                assertEquals(((QuestionResult.Numeric) b).summary(), ((QuestionResult.Numeric) a).summary(), id);
            }
        }
    }

    @Test
    void writtenSpecReadsBackToTheSameSurvey() throws IOException {
        Inference inf = inferFixture();
        String yaml = SpecWriter.write(inf.survey(), List.of("test"), inf.reasons());
        Path p = dir.resolve("spec.yaml");
        Files.writeString(p, yaml, StandardCharsets.UTF_8);
        Survey back = SpecReader.read(p).survey();
        assertEquals(inf.survey().questions().size(), back.questions().size());
        for (int i = 0; i < back.questions().size(); i++) {
            Question a = inf.survey().questions().get(i);
            Question b = back.questions().get(i);
            assertEquals(Question.builder(a.id(), a.type()).label(a.label()).column(a.column()).choices(a.choices()).options(a.options())
                    .filter(a.filter()).build(),
                    Question.builder(b.id(), b.type()).label(b.label()).column(b.column()).choices(b.choices()).options(b.options())
                            .filter(b.filter()).build(), a.id());
        }
        assertTrue(yaml.contains("  # numeric: 84 numbers"), "the inference's reasons are left as comments");
    }

    @Test
    void limeSurveyFullAnswersAndArrayQuestions() throws IOException {
        // "Full answers" exports write the option text in a ticked multiple-choice cell; an array question
        // (Q3[SQ001], Q3[SQ002]) holds one scale answer per row of the array.
        String csv = """
                id,Q2[SQ001],Q2[SQ002],Q2[SQ003],Q3[SQ001],Q3[SQ002],Q4
                1,La santé,,Le logement,"Oui, plutôt","Non, pas du tout",12
                2,,L'emploi,Le logement,"Oui, tout à fait","Oui, plutôt",7
                3,La santé,L'emploi,,"Non, plutôt pas","Oui, plutôt","9,5"
                4,La santé,,,"Oui, plutôt","Oui, tout à fait",15
                """;
        Path p = dir.resolve("lime.csv");
        Files.writeString(p, csv);
        Inference inf = SchemaInference.infer(Importers.open(p, ImportOptions.DEFAULTS));
        Question q2 = inf.survey().question("Q2").orElseThrow();
        assertEquals(List.of("La santé", "L'emploi", "Le logement"), q2.options().stream().map(OptionColumn::label).toList());
        assertEquals(QuestionType.SCALE, type(inf, "Q3[SQ001]"));
        assertEquals(QuestionType.SCALE, type(inf, "Q3[SQ002]"));
        assertEquals(QuestionType.NUMERIC, type(inf, "Q4"), "9,5 is a decimal comma");
    }

    @Test
    void aFrenchOtherColumnHoldsTheOtherAnswersWhateverTheirNumber() throws IOException {
        // LimeSurvey, "full answers" with full-text headings in French: the "[Autre]" column holds what was typed.
        // One typed answer became the option's label (published as a choice); three broke the question into singles.
        String head = "ID de la réponse;Date de soumission;Domaines [Emploi];Domaines [Logement];Domaines [Autre (précisez)]\n";
        String rows = """
                1;2024-05-01 10:00:00;Oui;;
                2;2024-05-02 10:00:00;;Oui;Médiation numérique
                3;2024-05-03 10:00:00;Oui;Oui;
                4;2024-05-04 10:00:00;;;
                """;
        for (String[] typed : List.of(new String[] {}, new String[] {"Culture", "Sport, loisirs"})) {
            StringBuilder csv = new StringBuilder(head).append(rows);
            for (int i = 0; i < typed.length; i++) {
                csv.append(5 + i).append(";2024-05-0").append(5 + i).append(" 10:00:00;Oui;;").append(typed[i]).append('\n');
            }
            Path p = dir.resolve("autre-" + typed.length + ".csv");
            Files.writeString(p, csv);
            TableSource source = Importers.open(p, ImportOptions.DEFAULTS);
            Inference inf = SchemaInference.infer(source);
            Question q = inf.survey().question("Domaines").orElseThrow(() -> new AssertionError(inf.reasons()));
            assertEquals(List.of("Emploi", "Logement", "Autre"), q.options().stream().map(OptionColumn::label).toList());
            assertEquals(QuestionType.TEXT, type(inf, "Domaines [Autre (précisez)]"), "the typed answers stay verbatims");
            // Hand counts: Emploi rows 1, 3 and each added row; Logement rows 2, 3; Autre row 2 and each added row.
            QuestionResult.Choices counts = (QuestionResult.Choices) Fixtures.question(
                    SurveyAnalyzer.analyze(source, inf.survey(), AnalysisOptions.DEFAULTS), "Domaines");
            Map<String, Long> byLabel = new java.util.HashMap<>();
            counts.rows().forEach(r -> byLabel.put(r.label(), r.count()));
            assertEquals(2L + typed.length, byLabel.get("Emploi"));
            assertEquals(2L, byLabel.get("Logement"));
            assertEquals(1L + typed.length, byLabel.get("Autre"));
        }
    }

    @Test
    void aNumericColumnWithAFewTextCellsIsFlaggedAsDoubtful() throws IOException {
        StringBuilder sb = new StringBuilder("centre;salaries\n");
        for (int i = 1; i <= 30; i++) {
            sb.append("Centre ").append(i).append(';').append(i == 7 ? "une dizaine" : String.valueOf(10 + i)).append('\n');
        }
        Path p = dir.resolve("doubt.csv");
        Files.writeString(p, sb.toString());
        Inference inf = SchemaInference.infer(Importers.open(p, ImportOptions.DEFAULTS));
        assertEquals(QuestionType.TEXT, type(inf, "salaries"));
        assertTrue(inf.reasons().get("salaries").contains("doubtful: 1 of 30 cells is not a number"), inf.reasons().get("salaries"));
    }

    @Test
    void typosAndDuplicateIdsAreFlaggedButCodesAreNot() throws IOException {
        Path p = dir.resolve("typo.csv");
        Files.writeString(p, "id;qpv;dpt\n1;Oui;59\n2;Oui;62\n2;Non;59\n4;Oiu;59\n5;Non;62\n6;Oui;59\n7;Non;59\n8;Oui;60\n");
        Inference inf = SchemaInference.infer(Importers.open(p, ImportOptions.DEFAULTS));
        assertTrue(inf.reasons().get("qpv").contains("(doubtful: \"Oiu\" (once) looks like \"Oui\")"), inf.reasons().get("qpv"));
        assertTrue(inf.reasons().get("id").contains("1 id appears more than once"), inf.reasons().get("id"));
        assertTrue(!inf.reasons().get("dpt").contains("doubtful"), "60 seen once is a code, not a typo of 59: " + inf.reasons().get("dpt"));
    }

    /**
     * A KoboToolbox export read without its form: the ODK metadata (the enumerator's phone number, IMEI, SIM, account)
     * and a grouped "telephone" are identifiers, never verbatims, while an ordinary grouped question is not. The real
     * UNHCR export's own columns (fixtures/real/kobotoolbox, scrambled values) are read the same way.
     */
    @Test
    void koboMetadataAndGroupedContactColumnsAreIdentifiers() throws IOException {
        Path p = dir.resolve("kobo.csv");
        StringBuilder sb = new StringBuilder("start,phonenumber,imei,simserial,subscriberid,username,contact/telephone,Profile.Email,"
                + "group/commentaire,Profile.Name of the centre\n");
        for (int i = 0; i < 12; i++) {
            sb.append("2024-01-0").append(1 + i % 9).append(",+961 3 12").append(1000 + i).append(",35").append(1000000 + i)
                    .append(",8996").append(i).append(",4150").append(i).append(",enum").append(i).append(",06 12 34 56 ").append(10 + i)
                    .append(",a").append(i).append("@b.org,remarque libre ").append(i).append(",Centre ").append(i).append('\n');
        }
        Files.writeString(p, sb.toString());
        Inference inf = SchemaInference.infer(Importers.open(p, ImportOptions.DEFAULTS));
        for (String id : List.of("phonenumber", "imei", "simserial", "subscriberid", "username", "contact/telephone", "Profile.Email")) {
            assertEquals(QuestionType.ID, type(inf, id), id);
            assertTrue(inf.reasons().get(id).startsWith("id: personal data"), id + ": " + inf.reasons().get(id));
        }
        assertNotEquals(QuestionType.ID, type(inf, "group/commentaire"));
        // A heading with spaces is a sentence, not a path: its last words are not a column name.
        assertNotEquals(QuestionType.ID, type(inf, "Profile.Name of the centre"));
        Inference unhcr = SchemaInference.infer(Importers.open(Fixtures.home().resolve("fixtures/real/kobotoolbox/unhcr-main.csv"),
                ImportOptions.DEFAULTS));
        assertEquals(QuestionType.ID, type(unhcr, "phonenumber"));
        assertEquals(QuestionType.ID, type(unhcr, "imei"));
        // The enumerators' names, the interviewees' dates of birth and case numbers, the submissions' ids and the
        // households' GPS points were quoted or summed up in the reports (a review of the real exports): identifiers.
        for (String id : List.of("EnumeratorDetails.EnumeratorName", "Profile.Interviewee.DobInterviewee", "Profile.Interviewee.UNHCRCaseNo",
                "instanceID", "Location.Geodata")) {
            assertEquals(QuestionType.ID, type(unhcr, id), id + ": " + unhcr.reasons().get(id));
        }
        assertTrue(unhcr.reasons().get("Location.Geodata").startsWith("id: 381 different codes"), unhcr.reasons().get("Location.Geodata"));
        assertNotEquals(QuestionType.ID, type(unhcr, "EnumeratorDetails.OtherOrganization"), "an organisation is not a person");
    }

    /**
     * Answers with numbers keep the order of their numbers in an init spec, not their counts: seed 003's numvol
     * ("Moins de 25 demandes par an", "Entre 25 et 100 ...", "+ de 100 ...", "Ne sais pas"), a satisfaction grade
     * and SurveyMonkey's ranges ("81-100%" first by count in the OSPO export). Answers without numbers keep their counts' order.
     */
    @Test
    void answersHoldingNumbersAreOrderedByThem() {
        assertEquals(List.of("Moins de 25 demandes par an", "Entre 25 et 100 demandes par an", "+ de 100 demandes par an", "Ne sais pas"),
                SchemaInference.ordered(List.of("Entre 25 et 100 demandes par an", "+ de 100 demandes par an", "Moins de 25 demandes par an",
                        "Ne sais pas")));
        assertEquals(List.of("1 - Pas du tout satisfait", "2 - Peu", "3 - Assez", "4 - Très"),
                SchemaInference.ordered(List.of("3 - Assez", "2 - Peu", "4 - Très", "1 - Pas du tout satisfait")));
        assertEquals(List.of("1-20%", "21-40%", "41-60%", "61-80%", "81-100%"),
                SchemaInference.ordered(List.of("81-100%", "61-80%", "1-20%", "41-60%", "21-40%")));
        assertEquals(List.of("Oui", "Non", "Ne sais pas"), SchemaInference.ordered(List.of("Oui", "Non", "Ne sais pas")));
        assertEquals(List.of("Maison", "Appartement T3"), SchemaInference.ordered(List.of("Maison", "Appartement T3")), "not all hold a number");
    }

    /**
     * Sizes written in groups of three, an answer of none and one category outside the sizes. The OSPO export's company
     * sizes by count (pandas' value_counts) were "More than 10,000, 2-50, 51-250, 1,001-10,000, Self-employed or not
     * working, 251-1,000, Don't know", and "1,001" read as 1.001 would have put "1,001-10,000" first.
     */
    @Test
    void rangesWrittenInThousandsAndAnAnswerOfNoneAreOrdered() {
        assertEquals(List.of("2-50", "51-250", "251-1,000", "1,001-10,000", "More than 10,000", "Self-employed or not working", "Don't know"),
                SchemaInference.ordered(List.of("More than 10,000", "2-50", "51-250", "1,001-10,000", "Self-employed or not working",
                        "251-1,000", "Don't know")));
        assertEquals(List.of("Moins de 1 000 €", "1 000 à 4 999 €", "5 000 à 19 999 €", "20 000 € et plus"),
                SchemaInference.ordered(List.of("1 000 à 4 999 €", "20 000 € et plus", "Moins de 1 000 €", "5 000 à 19 999 €")));
        assertEquals(List.of("Aucun", "1 à 5", "6 à 10", "Plus de 10", "Ne sait pas"),
                SchemaInference.ordered(List.of("1 à 5", "Plus de 10", "Aucun", "Ne sait pas", "6 à 10")));
        assertEquals(List.of("Pas d'enfant", "1 enfant", "2 enfants", "3 enfants ou plus"),
                SchemaInference.ordered(List.of("2 enfants", "Pas d'enfant", "1 enfant", "3 enfants ou plus")));
        // A decimal comma stays one: 1,5 before 2.
        assertEquals(List.of("1,5 jour", "2 jours", "10 jours"), SchemaInference.ordered(List.of("10 jours", "2 jours", "1,5 jour")));
        // "Autre" and refusals after the others, whatever their counts (the UNHCR KoboToolbox export's nationalities:
        // lebanese 69, syrian 57, iraqi 57, NoAnswer 55, stateless 54, other 48, palestinian 41).
        assertEquals(List.of("lebanese", "syrian", "iraqi", "stateless", "palestinian", "other", "NoAnswer"),
                SchemaInference.ordered(List.of("lebanese", "syrian", "iraqi", "NoAnswer", "stateless", "other", "palestinian")));
        assertEquals(List.of("Moins de 10", "10 à 49", "50 et plus", "Autre (précisez)", "Je préfère ne pas répondre"),
                SchemaInference.ordered(List.of("Autre (précisez)", "10 à 49", "Je préfère ne pas répondre", "50 et plus", "Moins de 10")));
        // Two answers outside the numbers: not ranges, the counts' order stays.
        assertEquals(List.of("Salarié", "3 contrats", "Bénévole", "1 contrat"),
                SchemaInference.ordered(List.of("Salarié", "3 contrats", "Bénévole", "1 contrat")));
    }

    /**
     * Columns that hold no answers: LimeSurvey's hidden "intro" question, where the name-face survey's script stored
     * JSON (its term table read "answer 930, group 930, v1 ... v15"), and the OSPO export's empty columns, which the
     * report showed as questions of "0 réponses sur 1 026". Both are identifiers, left out of the reports.
     */
    @Test
    void scriptDataAndEmptyColumnsAreNotQuestions() {
        Path real = Fixtures.home().resolve("fixtures/real");
        Inference lime = SchemaInference.infer(Importers.open(real.resolve("limesurvey/uu-name-face-results.csv"), ImportOptions.DEFAULTS));
        assertEquals(QuestionType.ID, type(lime, "intro"));
        assertTrue(lime.reasons().get("intro").startsWith("id: JSON in all 65 filled cells"), lime.reasons().get("intro"));
        Inference ospo = SchemaInference.infer(Importers.open(real.resolve("surveymonkey/todogroup-ospo-2020.csv"), ImportOptions.DEFAULTS));
        String empty = "Which category most closely defines your role? (2)";
        assertEquals(QuestionType.ID, type(ospo, empty));
        assertEquals("id: the column is empty, left out of the reports", ospo.reasons().get(empty));
    }

    /**
     * A column named as a date (Timestamp, Horodateur, submitdate...) none of whose cells reads as one was typed date
     * with "0 dates over 91 filled cells", and `stats` then stopped at its first cell: it is an identifier now.
     */
    @Test
    void aDateColumnByItsNameWithoutOneReadableDateIsNoDateQuestion(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path csv = tmp.resolve("export.csv");
        java.nio.file.Files.writeString(csv, """
                Timestamp,Avis
                30 oct. 2020 15:08,Oui
                30 oct. 2020 15:10,Non
                31 oct. 2020 09:01,Oui
                """);
        Inference inf = SchemaInference.infer(Importers.open(csv, ImportOptions.DEFAULTS));
        assertEquals(QuestionType.ID, type(inf, "Timestamp"));
        assertTrue(inf.reasons().get("Timestamp").startsWith("id: named as a date column, but none of its 3 filled cells"
                + " reads as a date (such as \"30 oct. 2020 15:08\")"), inf.reasons().get("Timestamp"));
    }

    /**
     * LimeSurvey's "Question code &amp; question text" headings, {@code domaines[SQ001]. Vos domaines d'action [Logement]}:
     * read as SurveyMonkey's "Q [choice]", the options were "SQ001]. Vos domaines d'action [Logement". The formats
     * fixture's LimeSurvey export with its headings so written (as LimeSurvey writes them) gives the same table.
     */
    @Test
    void limeSurveyCodeAndTextHeadingsGroupUnderTheQuestionCode() throws IOException {
        Path lime = Fixtures.home().resolve("fixtures/formats/limesurvey.csv");
        List<String> lines = Files.readAllLines(lime, StandardCharsets.UTF_8);
        String[] texts = {"Logement", "Emploi, insertion", "Santé", "Numérique"};
        String header = lines.get(0);
        for (int k = 1; k <= 4; k++) {
            header = header.replace("\"domaines[SQ00" + k + "]\"", "\"domaines[SQ00" + k + "]. Vos domaines d'action [" + texts[k - 1] + "]\"");
        }
        List<String> out = new java.util.ArrayList<>(lines);
        out.set(0, header);
        Path csv = dir.resolve("ls-code-and-text.csv");
        Files.write(csv, out, StandardCharsets.UTF_8);
        Inference inf = SchemaInference.infer(Importers.open(csv, ImportOptions.DEFAULTS));
        Question q = inf.survey().question("domaines").orElseThrow();
        assertEquals(QuestionType.MULTIPLE, q.type());
        assertEquals("Vos domaines d'action", q.label());
        assertEquals(List.of(texts), q.options().stream().map(OptionColumn::label).toList());
        SurveyResult r = SurveyAnalyzer.analyze(Importers.open(csv, ImportOptions.DEFAULTS), inf.survey(), AnalysisOptions.DEFAULTS);
        // /usr/bin/python3: d = pd.read_csv(csv, sep=';', dtype=str); c = d[d['submitdate'].notna()] (12 of 13 complete)
        //   [(c[x] == 'Y').sum() for x in the 4 domaines columns] -> 6, 5, 4, 4; c[cols].isna().all(axis=1).sum() -> 1
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        ((QuestionResult.Choices) Fixtures.question(r, "domaines")).rows().forEach(row -> counts.put(row.missing() ? "" : row.label(), row.count()));
        assertEquals(Map.of("Logement", 6L, "Emploi, insertion", 5L, "Santé", 4L, "Numérique", 4L, "", 1L), counts);
    }

    @Test
    void aColumnNumberingTheRowsIsAnIdentifierNotANumericQuestion() throws IOException {
        // A team's spreadsheet: its own numbering in a column headed "Ligne" (sorted by commune, so out of order), a
        // French "N°" heading, and two real numeric questions whose answers repeat or leave gaps. A sum and quartiles
        // of row numbers were published as if they were answers.
        StringBuilder csv = new StringBuilder("N°;Ligne;Commune;Adhérents;Salariés\n");
        int[] adherents = {120, 85, 340, 85, 60, 210, 95, 150, 120, 75, 430, 60, 180, 95, 250, 110, 85, 300, 140, 65};
        for (int i = 0; i < 20; i++) {
            // "Ligne" runs 11..20 then 1..10: every number once, none missing, not in file order.
            csv.append(i + 1).append(';').append((i + 10) % 20 + 1).append(';').append(i < 10 ? "Arras" : "Lens").append(';')
                    .append(adherents[i]).append(';').append(i % 7 + 2).append('\n');
        }
        Path p = dir.resolve("suivi.csv");
        Files.writeString(p, csv);
        Inference inf = SchemaInference.infer(Importers.open(p, ImportOptions.DEFAULTS));
        assertEquals(QuestionType.ID, type(inf, "N°"), inf.reasons().get("N°"));
        assertEquals(QuestionType.ID, type(inf, "Ligne"), inf.reasons().get("Ligne"));
        assertEquals("id: the whole numbers 1 to 20, each once: the rows' numbering, not an answer (no sum nor quartiles)",
                inf.reasons().get("Ligne"));
        assertEquals(QuestionType.NUMERIC, type(inf, "Adhérents"), "answers that repeat");
        // 2..8 each at most three times: whole numbers in a range, but repeated.
        assertEquals(QuestionType.NUMERIC, type(inf, "Salariés"), inf.reasons().get("Salariés"));
    }

    @Test
    void numbersOnceEachButWithAGapAreAnswers() throws IOException {
        // Twelve different ages: each once, but not a run (a gap between 41 and 44), so they stay a numeric question.
        StringBuilder csv = new StringBuilder("Âge;Quartier\n");
        int[] ages = {34, 35, 36, 37, 38, 39, 40, 41, 44, 45, 46, 47};
        for (int i = 0; i < ages.length; i++) {
            csv.append(ages[i]).append(';').append(i % 2 == 0 ? "Centre" : "Gare").append('\n');
        }
        Path p = dir.resolve("ages.csv");
        Files.writeString(p, csv);
        Inference inf = SchemaInference.infer(Importers.open(p, ImportOptions.DEFAULTS));
        assertEquals(QuestionType.NUMERIC, type(inf, "Âge"), inf.reasons().get("Âge"));
    }

    /**
     * SurveyMonkey's option columns are named "Question [Option]", often past 128 characters: SnakeYAML then wrote them
     * as "? key" and ": value" lines, which a user editing the spec does not recognise as "key: value".
     */
    @Test
    void longColumnNamesAreWrittenAsPlainKeys() throws IOException {
        Inference ospo = SchemaInference.infer(Importers.open(Fixtures.home().resolve("fixtures/real/surveymonkey/todogroup-ospo-2020.csv"),
                ImportOptions.DEFAULTS));
        String yaml = SpecWriter.write(ospo.survey(), List.of("test"), ospo.reasons());
        String longest = "Where is your company or organization on its open source journey? (Check all that apply) "
                + "[Collaborating with peers across open source projects and/or foundations]";
        assertTrue(longest.length() > 128);
        assertTrue(yaml.contains("      " + longest + ": Collaborating with peers across open source projects and/or foundations\n"), yaml);
        assertTrue(yaml.lines().noneMatch(l -> l.stripLeading().startsWith("? ")), "no complex keys");
        Path p = dir.resolve("ospo.yaml");
        Files.writeString(p, yaml, StandardCharsets.UTF_8);
        Survey back = SpecReader.read(p).survey();
        assertEquals(ospo.survey().questions().size(), back.questions().size());
        for (int i = 0; i < back.questions().size(); i++) {
            assertEquals(ospo.survey().questions().get(i).options(), back.questions().get(i).options());
        }
    }

    /**
     * A follow-up sheet's "Suivi par": the staff's names under a neutral heading. As a single choice its table was
     * "[personne 1] 13, [personne 2] 10..." once masked; it is an identifier now, and says how to publish it. A column
     * where one answer is no name ("Accueil") or names a role too stays a single choice, its names masked.
     */
    @Test
    void aColumnOfPeoplesNamesIsPersonalDataNotAChoice() throws IOException {
        String[] staff = {"Nadia Haddad", "Luc Petit", "Sophie Bernard", "Jean Martin"};
        StringBuilder csv = new StringBuilder("Dossier;Suivi par;Orienté par\n");
        for (int i = 0; i < 24; i++) {
            csv.append("D-").append(100 + i).append(';').append(staff[i % 4]).append(';')
                    .append(i % 3 == 0 ? "Accueil" : staff[(i + 1) % 4]).append('\n');
        }
        Path p = dir.resolve("suivis.csv");
        Files.writeString(p, csv);
        Inference inf = SchemaInference.infer(Importers.open(p, ImportOptions.DEFAULTS));
        assertEquals(QuestionType.ID, type(inf, "Suivi par"), inf.reasons().get("Suivi par"));
        assertEquals("id: the 4 distinct answers are people's names, personal data never tabulated nor quoted (a spec declaring it"
                + " \"type: single\" with its choices listed publishes them)", inf.reasons().get("Suivi par"));
        assertEquals(QuestionType.SINGLE, type(inf, "Orienté par"), inf.reasons().get("Orienté par"));
        assertTrue(SchemaInference.peopleOnly(List.of("Nadia Haddad", "Luc Petit")));
        assertTrue(!SchemaInference.peopleOnly(List.of("Nadia Haddad", "Coordinatrice Luc Petit")), "a role with the name");
        assertTrue(!SchemaInference.peopleOnly(List.of("Nadia Haddad")), "one name alone");
        assertTrue(!SchemaInference.peopleOnly(List.of("Oui, tout à fait", "Non, pas du tout")));
    }
}
