package fr.enquete.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.analysis.Analysis;
import fr.enquete.analysis.AnalysisResult;
import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.qual.AnswerReader;
import fr.enquete.qual.SwotCodebookReader;
import fr.enquete.qual.Material;
import fr.enquete.qual.TranscriptReader;
import fr.enquete.spec.SpecReader;
import fr.enquete.model.QuestionType;
import fr.enquete.stats.CrossTab;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import fr.enquete.text.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The masking's learning pass reads the texts with {@code forEachText}, the masking itself passes them through
 * {@code mapTexts}: a text the first missed would be masked without its names learnt (a name met only there, or later
 * in the same results, published whole), and a text read in another order would number its people otherwise. On the
 * fixtures and real exports, both must meet the same texts in the same order.
 */
class TextsReadTest {

    /** The texts {@code map} passes through its function, in order. */
    private static List<String> mapped(Consumer<UnaryOperator<String>> map) {
        List<String> seen = new ArrayList<>();
        map.accept(t -> {
            seen.add(t);
            return t;
        });
        return seen;
    }

    /** The texts {@code read} gives its consumer, in order. */
    private static List<String> read(Consumer<Consumer<String>> read) {
        List<String> seen = new ArrayList<>();
        read.accept(seen::add);
        return seen;
    }

    private static void assertSameTexts(SurveyResult r) {
        assertEquals(mapped(r::mapTexts), read(r::forEachText));
    }

    private static void assertSameTexts(CrossTab t) {
        assertEquals(mapped(t::mapTexts), read(t::forEachText));
    }

    /**
     * The fixture's tables and its spec's cross-tabulations, as the report publishes them: the free-text answers ("Autre"
     * written in among them), with and without secrecy (which withholds what a masked count reads from).
     */
    @Test
    void theFixturesTablesAndCrossTabulations() {
        for (int secret : new int[] {0, 5}) {
            AnalysisResult a = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).secrecy(secret)
                    .disclosure(Analysis.DisclosurePolicy.KEEP).run();
            List<String> texts = read(a.result()::forEachText);
            assertSameTexts(a.result());
            if (secret == 0) {
                // The non-empty cells of the spec's six free-text columns, counted in export.csv with Python's csv.
                assertEquals(125, texts.size());
            }
            assertTrue(!a.crosstabs().isEmpty());
            a.crosstabs().values().forEach(TextsReadTest::assertSameTexts);
        }
    }

    /**
     * Real exports read without a spec: their choices are read from the answers, some of them a respondent's own
     * words (SurveyMonkey's "Other (please specify)", Google Forms' inline "Other"), and the inference's findings quote
     * cells. Each is crossed too: a question whose choices hold such words by the next single-choice one.
     */
    @Test
    void realExportsReadWithoutSpec() {
        int crossedTexts = 0;
        for (String file : List.of("surveymonkey/todogroup-ospo-2020.csv", "google-forms/uva-sp24-timestamp-en.csv",
                "microsoft-forms/uva-fa24.csv", "kobotoolbox/unhcr-main.csv", "limesurvey/uu-name-face-results.csv")) {
            Analysis analysis = Analysis.of(Fixtures.home().resolve("fixtures/real").resolve(file)).lenient(true)
                    .disclosure(Analysis.DisclosurePolicy.KEEP);
            SurveyResult r = analysis.tables();
            assertTrue(!read(r::forEachText).isEmpty(), file);
            assertSameTexts(r);
            List<String> single = r.questions().stream().filter(q -> q instanceof QuestionResult.Choices
                    && q.question().type() == QuestionType.SINGLE).map(q -> q.question().id()).toList();
            List<String> written = single.stream().filter(id -> !read(r.withQuestions(List.of(Fixtures.question(r, id)))::forEachText)
                    .isEmpty()).toList();
            if (!written.isEmpty()) {
                String rows = written.get(0);
                String columns = single.get((single.indexOf(rows) + 1) % single.size());
                CrossTab t = analysis.crossTab(rows, columns, false).table();
                crossedTexts += read(t::forEachText).size();
                assertSameTexts(t);
            }
        }
        assertTrue(crossedTexts > 0);
    }

    /** A corpus of free-text answers with the answers that go with them (groups and variables). */
    @Test
    void aCorpusWithItsVariables() {
        Corpus c = Corpus.read(Importers.open(Fixtures.export(), ImportOptions.DEFAULTS), SpecReader.read(Fixtures.spec()).survey(),
                "loganalyse", List.of("dpt", "fonction"));
        List<String> texts = read(c::forEachText);
        assertEquals(mapped(c::mapTexts), texts);
        assertTrue(texts.size() > 2 * c.documents().size(), "texts read: " + texts.size());
    }

    /** The ABS fixture's questionnaire answers and interviews: texts, speakers and the interviews' metadata. */
    @Test
    void qualitativeMaterial() throws IOException {
        Path dir = Fixtures.absAgents();
        Material m = AnswerReader.read(Importers.open(dir.resolve("questionnaire.csv"), ImportOptions.DEFAULTS),
                SpecReader.read(dir.resolve("spec.yaml")).survey(), SwotCodebookReader.read(dir.resolve("codebook.yaml")), "fonction");
        TranscriptReader transcripts = new TranscriptReader();
        try (Stream<Path> files = Files.list(dir.resolve("entretiens"))) {
            for (Path f : files.sorted().toList()) {
                m = m.plus(transcripts.read(f));
            }
        }
        Material all = m;
        List<String> texts = read(all::forEachText);
        assertEquals(mapped(all::mapTexts), texts);
        assertEquals(mapped(f -> all.mapTexts(f, UnaryOperator.identity())), texts);
        assertTrue(!all.uncoded().isEmpty() && !all.coded().isEmpty() && all.sources().stream().anyMatch(s -> !s.meta().isEmpty()));
    }
}
