package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names LimeSurvey gives its timing columns, in every heading its exports write, and look-alikes that are not. */
class LimeSurveyTimingsTest {

    private static final List<String> CODES = List.of("id", "submitdate", "Q01", "Q02[SQ001]", "age", "interviewtime");

    @Test
    void limeSurveysNamesAreTimings() {
        // Code headings, the response table's field names (up to LimeSurvey 5, then 6), full text, code and text.
        for (String name : List.of("interviewtime", "groupTime12", "Q01Time", "Q02Time", "ageTime", "654321X12time",
                "654321X12X345time", "G12time", "Q345time", "Group time: Votre venue", "Question time: Q01",
                "interviewtime. Total time", "Q01Time. Question time: Q01")) {
            assertTrue(LimeSurveyTimings.is(name, CODES), name);
        }
        assertTrue(LimeSurveyTimings.is("Total time", List.of("Total time", "Group time: Your visit")));
    }

    @Test
    void lookAlikesAreNot() {
        // A "…Time" without its question's column, "Total time" with no other timing, words around the names.
        for (String name : List.of("startTime", "Q03Time", "agesTime", "Total time", "Time", "Temps total", "interviewtimes",
                "groupTime", "G12times", "start time", "Question time:")) {
            assertFalse(LimeSurveyTimings.is(name, CODES), name);
        }
    }
}
