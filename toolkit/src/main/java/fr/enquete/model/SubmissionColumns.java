package fr.enquete.model;

import java.util.List;

/**
 * The columns holding when a response was submitted (LimeSurvey's submitdate, Google Forms' Horodateur, KoboToolbox's
 * _submission_time...), most telling first: the one found dates a question's first answer and orders the respondents.
 */
public final class SubmissionColumns {

    /** Folded (no accents), as {@link LimeSurveyHeadings#code} gives a name: LimeSurvey's full-text headings as their codes. */
    private static final List<String> NAMES = List.of("submitdate", "_submission_time", "horodateur", "timestamp",
            "completion time", "heure de fin", "end date", "datestamp", "start time", "heure de debut", "start date", "startdate");

    private SubmissionColumns() {
    }

    /** The submission date column among {@code names}, or -1. */
    public static int of(List<String> names) {
        return other(names, -1);
    }

    /**
     * The column whose date places a respondent without a submission date: LimeSurvey's datestamp (its last page) or
     * startdate for an incomplete response, another submission column elsewhere; -1 when none.
     */
    public static int other(List<String> names, int dateColumn) {
        List<String> codes = names.stream().map(LimeSurveyHeadings::code).toList();
        for (String wanted : NAMES) {
            for (int i = 0; i < codes.size(); i++) {
                if (i != dateColumn && codes.get(i).equals(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
