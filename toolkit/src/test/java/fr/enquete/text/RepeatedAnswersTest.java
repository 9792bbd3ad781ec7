package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.enquete.stats.QuestionResult;
import fr.enquete.testing.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The term index analyses each distinct answer once and shares its tokens: the fixture's {@code vieiprecis} has 40
 * answers and 33 distinct texts ("Conférence des financeurs" six times, "Département" twice: counted by hand in the
 * export, and by {@code collections.Counter} over its column). Every document must still get exactly the tokens the
 * pipeline gives its text alone, whatever the order of the documents.
 */
class RepeatedAnswersTest {

    @Test
    void eachDocumentHasTheTokensOfItsTextAnalysedAlone() {
        QuestionResult.Text q = (QuestionResult.Text) Fixtures.question(Fixtures.analyse(), "vieiprecis");
        List<TextDocument> docs = q.answers().stream().map(v -> new TextDocument(v.row(), v.text(), null)).toList();
        assertEquals(40, docs.size());
        assertEquals(33, docs.stream().map(TextDocument::text).distinct().count());

        FrenchPipeline alone = new FrenchPipeline();
        for (List<TextDocument> order : List.of(docs, reversed(docs))) {
            TermIndex index = TermIndex.build(order, TermOptions.defaults());
            // each text analysed alone, then its capitalised common words read as the corpus writes them ("Seniors
            // connectés" as "senior"): a function of the set of texts, not of their order
            List<List<AnalysedToken>> expected = CapitalisedCommonWords.read(order.stream().map(t -> alone.analyse(t.text())).toList());
            for (int d = 0; d < order.size(); d++) {
                assertEquals(expected.get(d), index.tokens(d), order.get(d).text());
            }
        }
        TermIndex index = TermIndex.build(docs, TermOptions.defaults());
        List<Integer> same = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            if (docs.get(d).text().equals("Conférence des financeurs")) {
                same.add(d);
            }
        }
        assertEquals(6, same.size());
        for (int d : same) {
            assertSame(index.tokens(same.get(0)), index.tokens(d), "one analysis shared by the six answers");
            assertSame(index.occurrences(same.get(0)), index.occurrences(d), "and one reading");
            assertEquals(List.of("conférence des financeurs"), index.multiwords(d).stream().map(TermOccurrence::label).toList());
        }
        // The table counts every answer, repeated or not: "conférence" occurs 21 times, as in seed 003's published table.
        assertEquals(21L, TermTables.lemmas(index, 20).rows().stream()
                .filter(r -> r.term().equalsIgnoreCase("conférence")).findFirst().orElseThrow().occurrences());
    }

    @Test
    void questionsAnalysedTogetherShareTheTextsTheyHaveInCommon() {
        List<TextDocument> sante = answers("santeprecis");
        List<TextDocument> viei = answers("vieiprecis");
        List<String> all = new ArrayList<>();
        sante.forEach(d -> all.add(d.text()));
        viei.forEach(d -> all.add(d.text()));
        TextAnalyses analyses = TextAnalyses.of(all);
        // 24 answers (22 distinct, "ARS" three times) and 40 (33 distinct): no text in both questions, counted in Python.
        assertEquals(22 + 33, analyses.size());
        TermIndex a = TermIndex.build(sante, TermOptions.defaults(), analyses);
        TermIndex b = TermIndex.build(viei, TermOptions.defaults(), analyses);
        assertEquals(TermTables.lemmas(TermIndex.build(sante, TermOptions.defaults()), 20),
                TermTables.lemmas(a, 20));
        assertEquals(TermTables.lemmas(TermIndex.build(viei, TermOptions.defaults()), 20),
                TermTables.lemmas(b, 20));
        FrenchPipeline alone = new FrenchPipeline();
        assertEquals(alone.analyse("ARS"), analyses.tokens("ARS"));
        assertThrows(IllegalArgumentException.class, () -> analyses.tokens("un texte jamais vu"));
        assertEquals(0, TextAnalyses.of(List.of()).size());
    }

    @Test
    void theSurveysTablesAreEachQuestionsTableMadeAloneInQuestionOrder() {
        // SurveyTerms makes the questions' tables on all cores: each must be its question's table made alone, one
        // question after the other, and the map must keep the questionnaire's order, on every run.
        fr.enquete.stats.SurveyResult result = Fixtures.analyse();
        RepeatedSegments.Settings segments = new RepeatedSegments.Settings(2, 4);
        List<String> order = new ArrayList<>();
        for (QuestionResult r : result.questions()) {
            if (r instanceof QuestionResult.Text t && !t.answers().isEmpty()) {
                order.add(r.question().id());
            }
        }
        assertEquals(true, order.size() >= 3, "free-text questions with answers: " + order);
        for (int run = 0; run < 2; run++) {
            SurveyTerms.Tables tables = SurveyTerms.tables(result, TermOptions.defaults(), 20, segments);
            assertEquals(order, List.copyOf(tables.terms().keySet()));
            assertEquals(order, List.copyOf(tables.segments().keySet()));
            for (String id : order) {
                TermIndex alone = TermIndex.build(answers(id), TermOptions.defaults());
                assertEquals(TermTables.lemmas(alone, 20), tables.terms().get(id), id);
                assertEquals(RepeatedSegments.of(alone, TermOptions.defaults().stopWords(), 2, 4, 20),
                        tables.segments().get(id).table(), id);
            }
        }
    }

    @Test
    void theTaggersOfEveryThreadShareOneFoldOfEachModel() throws Exception {
        FrenchTagger.prepare();
        FrenchTagger here = new FrenchTagger();
        FrenchTagger[] there = new FrenchTagger[1];
        Thread t = new Thread(() -> there[0] = new FrenchTagger());
        t.start();
        t.join();
        java.lang.reflect.Field models = FrenchTagger.class.getDeclaredField("models");
        models.setAccessible(true);
        Object[] a = (Object[]) models.get(here);
        Object[] b = (Object[]) models.get(there[0]);
        assertEquals(a.length, b.length);
        for (int m = 0; m < a.length; m++) {
            assertSame(a[m], b[m], "model " + m);
        }
        String[] tokens = {"Les", "bénévoles", "accueillent", "les", "familles", "du", "quartier", "."};
        assertEquals(List.of(here.tag(tokens)), List.of(there[0].tag(tokens)));
    }

    private static List<TextDocument> answers(String question) {
        QuestionResult.Text q = (QuestionResult.Text) Fixtures.question(Fixtures.analyse(), question);
        return q.answers().stream().map(v -> new TextDocument(v.row(), v.text(), null)).toList();
    }

    private static List<TextDocument> reversed(List<TextDocument> docs) {
        List<TextDocument> r = new ArrayList<>(docs);
        Collections.reverse(r);
        return r;
    }
}
