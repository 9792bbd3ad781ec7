package fr.enquete.model;

import java.util.List;
import java.util.Locale;

/**
 * The columns holding when a response was submitted (LimeSurvey's submitdate, Google Forms' Horodateur, KoboToolbox's
 * _submission_time...), most telling first: the one found dates a question's first answer and orders the respondents.
 */
public final class SubmissionColumns {

    private static final List<String> NAMES = List.of("submitdate", "_submission_time", "horodateur", "timestamp",
            "completion time", "heure de fin", "end date", "datestamp", "start time", "heure de début", "start date", "startdate");

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
        for (String wanted : NAMES) {
            for (int i = 0; i < names.size(); i++) {
                if (i != dateColumn && names.get(i).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
