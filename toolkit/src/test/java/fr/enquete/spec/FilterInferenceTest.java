package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.model.Filter;
import fr.enquete.model.Question;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filters read from who answered: a follow-up's base is the respondents routed to it, not everyone. Checked against
 * what the surveys' authors wrote (the fixture's spec, the UNHCR form's relevance) and against pandas' counts.
 */
class FilterInferenceTest {

    @TempDir
    Path dir;

    private static Inference infer(Path file) {
        return SchemaInference.infer(Importers.open(file, ImportOptions.DEFAULTS));
    }

    private static Map<String, String> inferredFilters(Inference inf) {
        Map<String, String> out = new HashMap<>();
        for (Question q : inf.survey().questions()) {
            if (q.filter() != Filter.ALL) {
                out.put(q.id(), q.filter().expression());
            }
        }
        return out;
    }

    /**
     * The fixture's spec filters six follow-ups on the actions ticked; three of them have enough answers to show it
     * (sante: its 72 answers all from the 75 who ticked SQ001, none from the 16 others, where about 13 were
     * expected). Each filter found is the one the spec gives; the "précisez" texts (24 answers, 4 expected outside)
     * are too few to tell routing from chance, and get none.
     */
    @Test
    void theFixturesFollowUpsGetTheFiltersItsSpecGives() {
        Map<String, String> inferred = inferredFilters(infer(Fixtures.export()));
        var spec = SpecReader.read(Fixtures.home().resolve("fixtures/centres-sociaux/spec.yaml")).survey();
        assertEquals(List.of("sante", "viei", "vieiobj"), inferred.keySet().stream().sorted().toList());
        inferred.forEach((id, expression) -> assertEquals(spec.question(id).orElseThrow().filter().expression(), expression, id));
        assertFalse(inferred.containsKey("santeprecis"));
    }

    /**
     * The UNHCR export's follow-ups: every filter the answers show is the relevance the form's authors wrote for that
     * question ({@code ${Q} = 'v'} or {@code selected(${Q}, 'v')}), read here from the form with POI; none other.
     */
    @Test
    void theKoboFiltersAreTheFormsRelevance() throws IOException {
        // A name may be used twice (NationalityOther also in a repeat group): its relevances, each.
        Map<String, List<String>> relevance = new HashMap<>();
        try (InputStream in = Files.newInputStream(Fixtures.home().resolve("fixtures/real/kobotoolbox/unhcr-form.xls"));
             HSSFWorkbook book = new HSSFWorkbook(in)) {
            Sheet survey = book.getSheet("survey");
            DataFormatter text = new DataFormatter();
            List<String> head = new java.util.ArrayList<>();
            survey.getRow(0).forEach(c -> head.add(text.formatCellValue(c)));
            int name = head.indexOf("name");
            int relevant = head.indexOf("relevant");
            for (int r = 1; r <= survey.getLastRowNum(); r++) {
                var row = survey.getRow(r);
                if (row != null) {
                    relevance.computeIfAbsent(text.formatCellValue(row.getCell(name)), k -> new java.util.ArrayList<>())
                            .add(text.formatCellValue(row.getCell(relevant)).replace(" ", ""));
                }
            }
        }
        Map<String, String> inferred = inferredFilters(infer(Fixtures.home().resolve("fixtures/real/kobotoolbox/unhcr-main.csv")));
        Pattern comparison = Pattern.compile("([\\w.]+) = (\\w+)");
        for (Map.Entry<String, String> e : inferred.entrySet()) {
            Matcher m = comparison.matcher(e.getValue());
            assertTrue(m.matches(), e.getValue());
            String question = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
            String condition = m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
            String value = m.group(2);
            List<String> written = relevance.get(question);
            assertTrue(written.contains("${" + condition + "}='" + value + "'") || written.contains("selected(${" + condition + "},'" + value + "')"),
                    e.getKey() + ": inferred " + e.getValue() + ", the form says " + written);
        }
        assertEquals(67, inferred.size(), "filters found among the form's 57 relevant questions and their group's");
    }

    /**
     * SurveyMonkey's skip logic: "When does your company plan to start a program?" was asked to the 178 who answered
     * "No, but planning one"; 118 answered, 60 did not (pandas: {@code df[df[prog] == 'No, but planning one'][plan]
     * .value_counts()}: In the next year 48, In the next 6 months 31, 1-2 years from now 23, Over 2 years from now 16,
     * blank 60). Without the filter the base was the 1 026 respondents. "Would your company benefit...?" was asked
     * to the 438 who answered "No" (Yes 241, No 145, blank 52); two others answered it all the same, reported and not
     * counted.
     */
    @Test
    void surveyMonkeysBranchesGetTheirBase() {
        Path file = Fixtures.home().resolve("fixtures/real/surveymonkey/todogroup-ospo-2020.csv");
        Inference inf = infer(file);
        String program = "`Does your company have an open source program (either formal or informal) or management initiative?`";
        Map<String, String> inferred = inferredFilters(inf);
        assertEquals(program + " = \"No, but planning one\"", inferred.get("When does your company plan to start a program?"));
        assertEquals(program + " = No", inferred.get("Would your company benefit from an open source program?"));
        assertTrue(inf.reasons().get("Would your company benefit from an open source program?")
                .contains("386 of its 388 answers come from respondents it keeps"), inf.reasons().get("Would your company benefit from an open source program?"));

        SurveyResult result = SurveyAnalyzer.analyze(Importers.open(file, ImportOptions.DEFAULTS), inf.survey(), AnalysisOptions.DEFAULTS);
        QuestionResult.Choices plan = (QuestionResult.Choices) Fixtures.question(result, "When does your company plan to start a program?");
        assertEquals(178, plan.base());
        assertEquals(118, plan.answered());
        assertEquals(Map.of("In the next year", 48L, "In the next 6 months", 31L, "1-2 years from now", 23L, "Over 2 years from now", 16L),
                counts(plan));
        QuestionResult.Choices benefit = (QuestionResult.Choices) Fixtures.question(result, "Would your company benefit from an open source program?");
        assertEquals(438, benefit.base());
        assertEquals(Map.of("Yes", 241L, "No", 145L), counts(benefit));
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.toString().contains("Would your company benefit")),
                "the two answers outside the filter are reported");
    }

    private static Map<String, Long> counts(QuestionResult.Choices q) {
        Map<String, Long> out = new HashMap<>();
        for (ChoiceRow row : q.rows()) {
            if (row.count() > 0 && !row.missing()) {
                out.put(row.label(), row.count());
            }
        }
        return out;
    }

    /**
     * Routing against chance, 200 respondents split 100/100 on a yes/no question: a follow-up 60 of the "oui" answered
     * and one "non" (1 %) gets {@code aide = oui}; six answers that all fall on "oui" by chance (3 expected on "non",
     * probability e^-3 = 5 %) get no filter, nor does a follow-up three "non" (3 %) answered.
     */
    @Test
    void chanceAndStraysAreNotRouting() throws IOException {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("id;aide;suite;rare;melange\n");
        for (int i = 0; i < 200; i++) {
            boolean yes = i % 2 == 0;
            String suite = yes && i < 120 || i == 1 ? "Précisions " + random.nextInt(1000) : "";
            String rare = yes && i % 20 == 0 && i < 120 ? "Commentaire " + i : "";
            String melange = yes && i < 80 || !yes && i < 6 ? "Autre " + random.nextInt(1000) : "";
            csv.append(i).append(';').append(yes ? "oui" : "non").append(';').append(suite).append(';').append(rare).append(';')
                    .append(melange).append('\n');
        }
        Path file = dir.resolve("routage.csv");
        Files.writeString(file, csv);
        Inference inf = infer(file);
        Map<String, String> inferred = inferredFilters(inf);
        assertEquals("aide = oui", inferred.get("suite"));
        assertTrue(inf.reasons().get("suite").contains("60 of its 61 answers come from respondents it keeps"), inf.reasons().get("suite"));
        assertFalse(inferred.containsKey("rare"), "six answers: " + inf.reasons().get("rare"));
        assertFalse(inferred.containsKey("melange"), "three strays: " + inf.reasons().get("melange"));
    }

    /** No routing, no filter: the ABS agents' questionnaire and the Google and Microsoft Forms exports have none. */
    @Test
    void surveysWithoutRoutingGetNoFilter() {
        for (String file : List.of("fixtures/abs-agents/questionnaire.csv", "fixtures/real/google-forms/uva-sp24.xlsx",
                "fixtures/real/microsoft-forms/uva-fa24.csv")) {
            assertEquals(Map.of(), inferredFilters(infer(Fixtures.home().resolve(file))), file);
        }
    }

    /**
     * A "please specify" text named after its question gets the "Other" answer's filter from fewer answers than the
     * test against chance needs, when every answer comes from that one answer: LimeSurvey's opleiding[other], its 6
     * texts from the 6 "Other" of opleiding (pandas: {@code df.loc[df['opleiding[other]'] != '', 'opleiding']
     * .value_counts()}), and SurveyMonkey's 8 "Other (please specify)" texts of the benefits question, from the 8 who
     * ticked it. Their bases had been every respondent, where a like follow-up with 19 answers had its filter.
     */
    @Test
    void aPleaseSpecifyTextGetsItsOthersFilterFromFewAnswers() {
        assertEquals(Map.of("opleiding[other]", "opleiding = Other"),
                inferredFilters(infer(Fixtures.home().resolve("fixtures/real/limesurvey/uu-name-face-results.csv"))));
        String benefits = "What are the areas where your company has most benefited from the open source program? (Check all that apply)"
                + " [Other (please specify)]";
        Map<String, String> surveyMonkey = inferredFilters(infer(Fixtures.home().resolve("fixtures/real/surveymonkey/todogroup-ospo-2020.csv")));
        assertEquals("`" + benefits + "` = \"Other (please specify)\"", surveyMonkey.get(benefits + " (2)"));
    }
}
