package fr.enquete.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ways a duration is written in an export, and what is none. Minutes worked out by hand. */
class ElapsedTimeTest {

    @Test
    void readsClockWordsAndIsoDurations() {
        assertEquals(45, ElapsedTime.minutes("0:45"));
        assertEquals(90, ElapsedTime.minutes("1:30:00"));
        assertEquals(26 * 60 + 30, ElapsedTime.minutes("26:30"));
        assertEquals(90.5, ElapsedTime.minutes("1:30:30"));
        assertEquals(90, ElapsedTime.minutes("1h30"));
        assertEquals(90, ElapsedTime.minutes("1 h 30 min"));
        assertEquals(120, ElapsedTime.minutes("2 h"));
        assertEquals(120, ElapsedTime.minutes("2 heures"));
        assertEquals(45, ElapsedTime.minutes("45 min"));
        assertEquals(45, ElapsedTime.minutes("45 mn"));
        assertEquals(90, ElapsedTime.minutes("PT1H30M"));
        assertEquals(1.5, ElapsedTime.minutes("PT90S"));
        assertEquals(26 * 60, ElapsedTime.minutes("P1DT2H"));
    }

    @Test
    void readsPlainNumbersOnlyInAUnit() {
        assertTrue(Double.isNaN(ElapsedTime.minutes("312.5", null)));
        assertEquals(312.5 / 60, ElapsedTime.minutes("312.5", ChronoUnit.SECONDS), 1e-12);
        assertEquals(90, ElapsedTime.minutes("1,5", ChronoUnit.HOURS));
        assertEquals(45, ElapsedTime.minutes("45", ChronoUnit.MINUTES));
        assertTrue(Double.isNaN(ElapsedTime.minutes("-5", ChronoUnit.MINUTES)));
    }

    @Test
    void whatIsNoDuration() {
        for (String v : List.of("", "beaucoup", "1:75", "P", "PT", "-0:30", "5 m", "2019-06-14", "1 h 75", "12")) {
            assertTrue(Double.isNaN(ElapsedTime.minutes(v)), v);
        }
    }

    @Test
    void clockGivesTheSecondsWhenThereAreAny() {
        assertEquals("13:58:30", ElapsedTime.clock(838.5));
        assertEquals("559:00", ElapsedTime.clock(33540));
        assertEquals("0:05", ElapsedTime.clock(5));
        // A LimeSurvey interview of 281.505 s, a question's 16.563 s: to the minute they were "0:05" and "0:00".
        assertEquals("0:04:42", ElapsedTime.clock(281.505 / 60));
        assertEquals("0:00:17", ElapsedTime.clock(16.563 / 60));
        // Rounded to the second, half up: 59 min 59,94 s is the hour.
        assertEquals("1:00", ElapsedTime.clock(59.999));
        assertEquals("26:30:45", ElapsedTime.clock(26 * 60 + 30.75));
        assertEquals(null, ElapsedTime.clock(Double.NaN));
    }
}
