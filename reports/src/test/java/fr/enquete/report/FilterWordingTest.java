package fr.enquete.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.model.FilterParser;
import fr.enquete.model.OptionColumn;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report's base line names a filter by the questions' wording: the spec's "actions[SQ001] = Y" told a reader
 * nothing, and an inferred SurveyMonkey filter printed a whole question in backquotes.
 */
class FilterWordingTest {

    private static final Question ACTIONS = Question.builder("actions", QuestionType.MULTIPLE).label("Actions complémentaires")
            .options(List.of(new OptionColumn("actions[SQ001]", "La promotion de la santé"), new OptionColumn("actions[SQ002]", "Le vieillissement")))
            .build();
    private static final Question PROGRAM = Question.builder("program", QuestionType.SINGLE)
            .label("Does your company have an open source program?").column("Does your company have an open source program (either formal)?")
            .build();
    private static final Question KOBO = Question.builder("reachable", QuestionType.SINGLE).label("Le ménage est-il joignable ?")
            .column("CaseReachable.reachable").codes(java.util.Map.of("no", "Non", "yes", "Oui")).build();
    private static final FilterWording FR = new FilterWording(List.of(ACTIONS, PROGRAM, KOBO), Lang.FR);

    private static String fr(String expression) {
        return FR.of(FilterParser.parse(expression));
    }

    @Test
    void ticksAnswersAndCodesReadAsWords() {
        assertEquals("«\u00A0La promotion de la santé\u00A0» cochée", fr("actions[SQ001] = Y"));
        assertEquals("«\u00A0Le vieillissement\u00A0» non cochée", fr("actions[SQ002] != Y"));
        assertEquals("«\u00A0Le vieillissement\u00A0» non cochée", fr("actions[SQ002] = \"\""));
        assertEquals("«\u00A0Does your company have an open source program?\u00A0» = «\u00A0No, but planning one\u00A0»",
                fr("`Does your company have an open source program (either formal)?` = \"No, but planning one\""));
        assertEquals("«\u00A0Le ménage est-il joignable\u00A0?\u00A0» = «\u00A0Non\u00A0»", fr("CaseReachable.reachable = no"));
        assertEquals("(«\u00A0La promotion de la santé\u00A0» cochée ou «\u00A0Le vieillissement\u00A0» cochée) et sans réponse à "
                + "«\u00A0Le ménage est-il joignable\u00A0?\u00A0»", fr("(actions[SQ001] = Y or actions[SQ002] = Y) and CaseReachable.reachable = \"\""));
        assertEquals("“La promotion de la santé” ticked", new FilterWording(List.of(ACTIONS), Lang.EN).of(FilterParser.parse("actions[SQ001] = 1")));
        // A column no question reads keeps the spec's expression.
        assertEquals("autre = x", fr("autre = x"));
    }

    @Test
    void aDateFilterReadsAsTheReportPrintsDays() {
        Question sent = Question.builder("submitdate", QuestionType.DATE).label("Date de soumission").build();
        assertEquals("«\u00A0Date de soumission\u00A0» \u2265 1er mars 2024",
                new FilterWording(List.of(sent), Lang.FR).of(FilterParser.parse("submitdate >= 2024-03-01")));
        assertEquals("«\u00A0Date de soumission\u00A0» < 20 juin 2019",
                new FilterWording(List.of(sent), Lang.FR).of(FilterParser.parse("submitdate < 2019-06-20")));
        assertEquals("“Date de soumission” \u2264 March 1, 2024",
                new FilterWording(List.of(sent), Lang.EN).of(FilterParser.parse("submitdate <= 2024-03-01")));
    }
}
