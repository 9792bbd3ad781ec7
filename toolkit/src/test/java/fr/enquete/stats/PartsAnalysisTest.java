package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.model.Survey;
import fr.enquete.spec.SpecReader;
import fr.enquete.testing.Fixtures;
import fr.enquete.weight.WeightSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An export cut into parts counted on several threads and merged gives the tables of a single pass: same rows,
 * bases, summaries, verbatims with their rows, diagnostics in file order.
 */
class PartsAnalysisTest {

    @AfterEach
    void restore() {
        SurveyAnalyzer.partBytes(32L << 20);
    }

    private static SurveyResult analyse(Path export, Survey survey, AnalysisOptions options, long partBytes) {
        SurveyAnalyzer.partBytes(partBytes);
        return SurveyAnalyzer.analyze(Importers.open(export, ImportOptions.DEFAULTS), survey, options);
    }

    @Test
    void theFixtureCutIntoSmallPartsGivesTheSameTables() {
        Survey survey = SpecReader.read(Fixtures.spec()).survey();
        SurveyResult whole = analyse(Fixtures.export(), survey, AnalysisOptions.DEFAULTS, Long.MAX_VALUE / 4);
        // The fixture is about 60 kB: parts of 2 kB make some thirty of them, most cut inside the verbatims' area.
        SurveyResult parts = analyse(Fixtures.export(), survey, AnalysisOptions.DEFAULTS, 2048);
        org.junit.jupiter.api.Assertions.assertTrue(fr.enquete.importer.DerivedSource.of(Importers.open(Fixtures.export(), ImportOptions.DEFAULTS),
                survey.derivations()).split(2048).size() > 10, "the fixture is read in parts");
        assertEquals(whole.respondents(), parts.respondents());
        assertEquals(whole.questions(), parts.questions());
        assertEquals(whole.diagnostics(), parts.diagnostics());
    }

    @Test
    void weightedAndLenientRunsAgreeToo() {
        Survey survey = SpecReader.read(Fixtures.spec()).survey();
        AnalysisOptions options = AnalysisOptions.builder().lenient(true).includeIncomplete(true).build().withWeights(new WeightSpec.Rake(List.of(
                new WeightSpec.Margin("territoire", fr.enquete.weight.PopulationFile.read(Fixtures.centresSociaux().resolve("population.csv"), false),
                        fr.enquete.model.SourceLocation.file("population.csv")))));
        SurveyResult whole = analyse(Fixtures.export(), survey, options, Long.MAX_VALUE / 4);
        SurveyResult parts = analyse(Fixtures.export(), survey, options, 4096);
        assertEquals(whole.respondents(), parts.respondents());
        assertEquals(whole.diagnostics(), parts.diagnostics());
        for (int i = 0; i < whole.questions().size(); i++) {
            QuestionResult a = whole.questions().get(i);
            QuestionResult b = parts.questions().get(i);
            if (a instanceof QuestionResult.Choices ca) {
                QuestionResult.Choices cb = (QuestionResult.Choices) b;
                assertEquals(ca.base(), cb.base());
                for (int k = 0; k < ca.rows().size(); k++) {
                    assertEquals(ca.rows().get(k).count(), cb.rows().get(k).count());
                    // Weights summed in another order: equal to the last bits.
                    assertEquals(ca.rows().get(k).weighted(), cb.rows().get(k).weighted(), 1e-9);
                }
            } else if (a instanceof QuestionResult.Numeric na) {
                NumericSummary sa = na.summary();
                NumericSummary sb = ((QuestionResult.Numeric) b).summary();
                assertEquals(sa.count(), sb.count());
                assertEquals(sa.mean(), sb.mean(), 1e-9 * Math.max(1, Math.abs(sa.mean())));
                assertEquals(List.of(sa.q1(), sa.median(), sa.q3()), List.of(sb.q1(), sb.median(), sb.q3()));
            } else {
                assertEquals(a, b);
            }
        }
    }

    /**
     * A numeric column whose plain whole numbers the parts keep as values (TableHandler#numberColumns), mixed with
     * numbers written otherwise (leading zeros, a signed zero, grouped thousands, decimal commas, padding, 16 and 17
     * digits): the same summary as the single pass, which reads every cell as text, and the sum the JDK makes of
     * the same numbers.
     */
    @Test
    void numbersKeptAsValuesGiveTheSummaryOfTheirTexts(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<String> written = List.of("42", "-7", "007", "-0", "0", "1 234,5", "3,25", "-3.50", " 12 ", "123456789012345",
                "1234567890123456", "12345678901234567", "4999", "", "+3");
        StringBuilder csv = new StringBuilder("id;montant;avis\n");
        double expected = 0;
        long count = 0;
        java.util.Random random = new java.util.Random(22);
        for (int r = 0; r < 4000; r++) {
            String v = written.get(random.nextInt(written.size()));
            csv.append(r).append(';').append(v).append(';').append(r % 2 == 0 ? "Oui" : "Non").append('\n');
            if (!v.isBlank()) {
                // The independent reading: grouping spaces out, a decimal comma as a point, then the JDK's parser.
                expected += Double.parseDouble(v.strip().replace(" ", "").replace(',', '.'));
                count++;
            }
        }
        Path export = dir.resolve("montants.csv");
        java.nio.file.Files.writeString(export, csv.toString());
        Survey survey = new Survey("Montants", List.of(fr.enquete.model.Question.builder("montant", fr.enquete.model.QuestionType.NUMERIC).build()));
        SurveyResult whole = analyse(export, survey, AnalysisOptions.DEFAULTS, Long.MAX_VALUE / 4);
        SurveyResult parts = analyse(export, survey, AnalysisOptions.DEFAULTS, 2048);
        org.junit.jupiter.api.Assertions.assertTrue(Importers.open(export, ImportOptions.DEFAULTS).split(2048).size() > 10, "read in parts");
        assertEquals(whole.questions(), parts.questions());
        NumericSummary summary = ((QuestionResult.Numeric) parts.questions().get(0)).summary();
        assertEquals(count, summary.count());
        assertEquals(expected, summary.sum(), Math.abs(expected) * 1e-12);
        assertEquals(12345678901234567.0, summary.max());
        assertEquals(-7, summary.min());
    }
}
