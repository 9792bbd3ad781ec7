package fr.enquete.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates for a reader. French writes the first day of a month as an ordinal ("1er juin 2019", as the Imprimerie
 * nationale's rules and every CAF document do); a date table printed "1 juin 2019" while the same report's filter read
 * "≥ 1er juin 2019".
 */
class DateFormatsTest {

    @Test
    void theFirstOfAMonthIsAnOrdinalInFrenchOnly() {
        List<LocalDateTime> ends = List.of(LocalDateTime.of(2019, 6, 1, 0, 0), LocalDateTime.of(2019, 6, 11, 0, 0));
        assertEquals(List.of("1er juin 2019", "11 juin 2019"), DateFormats.text(ends, Lang.FR));
        assertEquals(List.of("June 1, 2019", "June 11, 2019"), DateFormats.text(ends, Lang.EN));
        List<LocalDateTime> timed = List.of(LocalDateTime.of(2024, 3, 1, 9, 5), LocalDateTime.of(2024, 3, 21, 17, 23, 17));
        assertEquals(List.of("1er mars 2024 09:05:00", "21 mars 2024 17:23:17"), DateFormats.text(timed, Lang.FR));
        // The filter's wording and a table's dates agree.
        assertEquals(DateFormats.day(LocalDate.of(2019, 6, 1), Lang.FR), DateFormats.text(List.of(LocalDateTime.of(2019, 6, 1, 0, 0)), Lang.FR).get(0));
    }
}
