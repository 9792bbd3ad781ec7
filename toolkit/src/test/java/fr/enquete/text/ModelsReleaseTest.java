package fr.enquete.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FrenchPipeline#release} lets the French models go once a command's text is analysed (a report's writers then
 * have their 40 MB): the next analysis loads them again and gives the same tables, a pipeline made before works on,
 * and nothing of the analysis keeps the released models (the pipelines of the parallel analysis are not left in the
 * pool's threads).
 */
class ModelsReleaseTest {

    @Test
    void theModelsLoadAgainAfterARelease() {
        SurveyResult survey = Fixtures.analyse();
        RepeatedSegments.Settings segments = new RepeatedSegments.Settings(2, 4);
        SurveyTerms.Tables before = SurveyTerms.tables(survey, TermOptions.defaults(), 20, segments);
        FrenchPipeline madeBefore = new FrenchPipeline();
        Object pos = Models.pos();
        Object members = Models.udPosMembers();
        Object sentences = Models.sentences();
        Object dictionary = Models.dictionary();
        Object usage = UsageLemmas.shared();

        FrenchPipeline.release();

        SurveyTerms.Tables after = SurveyTerms.tables(survey, TermOptions.defaults(), 20, segments);
        assertTrue(before.terms().size() >= 3, "free-text questions: " + before.terms().keySet());
        assertEquals(before.terms(), after.terms());
        assertEquals(before.segments(), after.segments());
        // Loaded again, not kept: each resource is a new instance.
        assertNotSame(pos, Models.pos());
        assertNotSame(members, Models.udPosMembers());
        assertNotSame(sentences, Models.sentences());
        assertNotSame(dictionary, Models.dictionary());
        assertNotSame(usage, UsageLemmas.shared());
        // A pipeline made before the release reads as one made after.
        FrenchPipeline madeAfter = new FrenchPipeline();
        for (String text : texts(survey)) {
            assertEquals(madeAfter.analyse(text), madeBefore.analyse(text), text);
        }
    }

    @Test
    void nothingOfAnAnalysisKeepsTheReleasedModels() {
        FrenchPipeline.release();
        // What a tagger holds: the published model's classifier (its previous-tag reading) and the lexicon.
        WeakReference<Object> model = new WeakReference<>(Models.pos().getArtifact("pos.model"));
        WeakReference<Object> dictionary = new WeakReference<>(Models.dictionary());
        TextAnalyses analyses = TextAnalyses.of(texts(Fixtures.analyse()));
        assertTrue(analyses.size() > 50, "distinct texts: " + analyses.size());
        FrenchPipeline.release();
        for (int i = 0; i < 10 && (model.get() != null || dictionary.get() != null); i++) {
            System.gc();
        }
        assertNull(model.get(), "the published POS model is still reachable");
        assertNull(dictionary.get(), "the dictionary is still reachable");
        assertEquals(analyses.size(), TextAnalyses.of(texts(Fixtures.analyse())).size());
    }

    private static List<String> texts(SurveyResult survey) {
        List<String> out = new ArrayList<>();
        for (QuestionResult r : survey.questions()) {
            if (r instanceof QuestionResult.Text t) {
                t.answers().forEach(v -> out.add(v.text()));
            }
        }
        return out;
    }
}
