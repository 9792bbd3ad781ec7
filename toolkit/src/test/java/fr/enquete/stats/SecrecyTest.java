package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Primary and secondary masking of small counts. */
class SecrecyTest {

    private static List<Boolean> masked(QuestionResult r) {
        return ((QuestionResult.Choices) r).rows().stream().map(ChoiceRow::masked).toList();
    }

    @Test
    void oneSmallCountHidesTheSmallestOtherTooSoTheTotalDoesNotRevealIt() {
        Question q = Question.of("q", QuestionType.SINGLE);
        // 10 + 3 + 20 + 0 no answer = base 33: with only "3" masked, 33 - 10 - 20 would give it back.
        QuestionResult.Choices c = new QuestionResult.Choices(q, 33, 33, List.of(new ChoiceRow("A", 10, 30.3, false, true),
                new ChoiceRow("B", 3, 9.1, false, true), new ChoiceRow("C", 20, 60.6, false, true), new ChoiceRow("", 0, 0, true, true)));
        assertEquals(List.of(true, true, false, false), masked(Secrecy.mask(c, 5)));
        // A zero reveals nobody and stays; with no small count nothing is masked.
        assertEquals(List.of(false, false, false, false), masked(Secrecy.mask(c, 3)));
    }

    @Test
    void multipleChoiceRowsDoNotAddUpSoNeedNoSecondaryMask() {
        Question q = new Question("m", "m", QuestionType.MULTIPLE, "m", List.of(), List.of(new fr.enquete.model.OptionColumn("m1", "A"),
                new fr.enquete.model.OptionColumn("m2", "B")), null, null);
        QuestionResult.Choices c = new QuestionResult.Choices(q, 30, 30, List.of(new ChoiceRow("A", 25, 83.3, false, true),
                new ChoiceRow("B", 2, 6.7, false, true), new ChoiceRow("", 0, 0, true, true)));
        assertEquals(List.of(false, true, false), masked(Secrecy.mask(c, 5)));
    }

    @Test
    void fixtureUnderSecretFive() {
        SurveyResult r = Fixtures.analyse().withSecret(5);
        // dpt: 58, 14, 6, 6, 3 and 4 without answer: 3 and 4 are masked (two of them: no secondary needed).
        assertEquals(List.of(false, false, false, false, true, true), masked(Fixtures.question(r, "dpt")));
        // A scale with a masked row gets no mean: it would give the masked count back.
        assertNull(ScaleScore.of(Fixtures.question(r, "illect")));
        assertEquals(5, r.secret());
    }
}
