package fr.enquete.stats;

import java.util.List;

/**
 * The tables of a whole survey: the number of respondents (non-blank data rows), one result per
 * question in spec order, and the doubts met on the way.
 */
public record SurveyResult(String title, long respondents, List<QuestionResult> questions,
                           List<Diagnostic> diagnostics) {

    public SurveyResult {
        questions = List.copyOf(questions);
        diagnostics = List.copyOf(diagnostics);
    }
}
