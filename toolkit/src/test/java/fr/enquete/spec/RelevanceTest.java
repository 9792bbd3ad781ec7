package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** LimeSurvey relevance equations to filters. */
class RelevanceTest {

    private static final Set<String> COLUMNS = Set.of("q1", "q2", "actions[SQ001]", "actions[SQ002]");

    @Test
    void simpleComparisonsTranslate() {
        assertEquals("actions[SQ001] = \"Y\"", Relevance.translate("((actions_SQ001.NAOK == \"Y\"))", COLUMNS).replaceAll("[()]", ""));
        assertEquals("(q1 = \"A1\" or q1 = \"A2\") and q2 != \"\"",
                Relevance.translate("(q1.NAOK == 'A1' || q1.NAOK eq \"A2\") && !is_empty(q2)", COLUMNS));
        assertEquals("q1 != \"3\"", Relevance.translate("q1 != 3", COLUMNS));
    }

    @Test
    void whatIsNotASimpleComparisonIsLeftAlone() {
        assertNull(Relevance.translate("q1 > 3", COLUMNS));
        assertNull(Relevance.translate("!is_empty(q2) == false", COLUMNS), "a comparison of a function's result");
        assertNull(Relevance.translate("sum(q1, q2) == 2", COLUMNS));
        assertNull(Relevance.translate("unknown == \"Y\"", COLUMNS), "an unknown variable is not guessed");
    }
}
