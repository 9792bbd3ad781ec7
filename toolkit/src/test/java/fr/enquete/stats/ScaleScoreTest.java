package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import fr.enquete.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scale scores of the fixture survey (seed 003's tables), computed by hand in the comments. */
class ScaleScoreTest {

    @Test
    void negativeFirstScaleIsScoredFromItsPositiveEndWithoutTheDontKnows() {
        SurveyResult r = Fixtures.analyse();
        // numevol: Très fortement 16 (4), Fortement 45 (3), Faiblement 14 (2), Pas du tout 2 (1); 8 "je ne peux pas
        // me prononcer" and 6 no answers left out: n = 77, sum = 64 + 135 + 28 + 2 = 229, mean = 229 / 77.
        ScaleScore s = ScaleScore.of(Fixtures.question(r, "numevol"));
        assertEquals(List.of(new ScaleScore.Scored("Très fortement", 4), new ScaleScore.Scored("Fortement", 3),
                new ScaleScore.Scored("Faiblement", 2), new ScaleScore.Scored("Pas du tout", 1)), s.coding());
        assertEquals(77, s.answered());
        assertEquals(229.0 / 77, s.mean(), 1e-12);
        assertEquals(100.0 * 61 / 77, s.top2(), 1e-12);
        assertEquals(100.0 * 16 / 77, s.bottom2(), 1e-12);
        assertEquals(100.0 * 45 / 77, s.net(), 1e-12);
    }

    @Test
    void positiveFirstScaleAndAnEmptyStep() {
        // illect: Oui, tout à fait 64 (4), Oui, plutôt 21 (3), Non, plutôt pas 3 (2), Non, pas du tout 0 (1); n = 88.
        ScaleScore s = ScaleScore.of(Fixtures.question(Fixtures.analyse(), "illect"));
        assertEquals("Oui, tout à fait.", s.coding().get(0).choice());
        assertEquals(88, s.answered());
        assertEquals((64 * 4 + 21 * 3 + 3 * 2) / 88.0, s.mean(), 1e-12);
        assertEquals(100.0 * 85 / 88, s.top2(), 1e-12);
        assertNull(ScaleScore.of(Fixtures.question(Fixtures.analyse(), "qpv")), "not a scale");
    }

    @Test
    void theScoreIsComputedOnceWhenTheTableIsMadeAndGoesWithAMaskedRow() {
        // The writers read the score the table carries; a table made again from masked rows carries none (a mean would
        // let the masked counts be recomputed), one made from the same rows carries the same score.
        QuestionResult.Choices c = (QuestionResult.Choices) Fixtures.question(Fixtures.analyse(), "numevol");
        assertEquals(229.0 / 77, c.scale().mean(), 1e-12);
        assertSame(c.scale(), ScaleScore.of(c));
        assertEquals(c.scale(), c.withRows(c.rows()).scale());
        List<ChoiceRow> masked = new java.util.ArrayList<>(c.rows());
        masked.set(3, masked.get(3).mask());
        assertNull(c.withRows(masked).scale());
        assertNull(((QuestionResult.Choices) Fixtures.question(Fixtures.analyse(), "qpv")).scale(), "not a scale");
    }
}
