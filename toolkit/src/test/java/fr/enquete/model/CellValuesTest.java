package fr.enquete.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "785|785", "-3|-3", "785,5|785.5", "785.5|785.5", "1 234,5|1234.5", "1\u00A0234,5|1234.5",
        "1\u202F234|1234", "1.234,5|1234.5", "1,234.5|1234.5", "1.234.567|1234567", "1,234,567|1234567",
        "0,25|0.25", "+12|12", "65 951|65951", "1e3|1000"})
    void readsFrenchAndEnglishNumbers(String text, double expected) {
        assertEquals(expected, CellValues.parseNumber(text), 1e-9);
    }

    @Test
    void wholeNumbersReadInOnePassAreTheJdksValuesBitForBit() {
        // The fast path computes whole numbers itself: the same doubles as Long.parseLong, -0 and 15 digits included.
        java.util.Random r = new java.util.Random(5);
        for (String text : new String[] {"0", "-0", "007", "-12", "999999999999999", "-999999999999999", "4865"}) {
            assertEquals((double) Long.parseLong(text), CellValues.parseNumber(text), text);
        }
        for (int i = 0; i < 20_000; i++) {
            long v = r.nextLong() % (long) Math.pow(10, 1 + r.nextInt(15));
            String text = Long.toString(v);
            assertEquals((double) v, CellValues.parseNumber(text), text);
        }
        assertEquals(1.0E15, CellValues.parseNumber("1000000000000000"), "16 digits: the general path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12 ans", "environ 300", "1 000 €", "12-5", " ", "12,5,3", "1 23", "--3", "N.C.", "1.2.3"})
    void otherTextIsNotANumber(String text) {
        assertTrue(Double.isNaN(CellValues.parseNumber(text)), text);
    }

    @Test
    void readsIsoAndFrenchDates() {
        assertEquals(LocalDateTime.of(2019, 6, 14, 0, 0), CellValues.parseDate("2019-06-14"));
        assertEquals(LocalDateTime.of(2019, 6, 14, 9, 30, 5), CellValues.parseDate("2019-06-14 09:30:05"));
        assertEquals(LocalDateTime.of(2019, 6, 14, 9, 30), CellValues.parseDate("2019-06-14T09:30"));
        assertEquals(LocalDateTime.of(2019, 6, 14, 0, 0), CellValues.parseDate("14/06/2019"));
        assertEquals(LocalDateTime.of(2019, 6, 14, 17, 5), CellValues.parseDate("14/06/2019 17h05"));
        assertNull(CellValues.parseDate("2019-06-31"), "June has 30 days");
        assertNull(CellValues.parseDate("juin 2019"));
    }

    /** ISO 8601's end of the day, 24:00, is the next day's 00:00, across a month and a year too; 24:00:01 is no time. */
    @Test
    void midnightWrittenAsTheEndOfTheDayIsTheNextDay() {
        assertEquals(LocalDateTime.of(2023, 5, 15, 0, 0), CellValues.parseDate("2023/05/14 24:00:00 UTC+2"));
        assertEquals(LocalDateTime.of(2023, 5, 15, 0, 0), CellValues.parseDate("2023-05-14T24:00"));
        assertEquals(LocalDateTime.of(2023, 6, 1, 0, 0), CellValues.parseDate("31/05/2023 24:00:00"));
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), CellValues.parseDate("12/31/2023 24:00", DateOrder.MONTH_FIRST));
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), CellValues.parseDate("31/12/2023 24h00"));
        assertNull(CellValues.parseDate("2023/05/14 24:00:01 UTC+2"));
        assertNull(CellValues.parseDate("14/05/2023 24:30"));
        assertNull(CellValues.parseDate("2023-05-14 25:00:00"));
    }

    @Test
    void ticks() {
        for (String t : new String[] {"Y", "Oui", "1", "X", "La promotion de la santé"}) {
            assertTrue(CellValues.isTick(t), t);
        }
        for (String t : new String[] {"", "N", "0", "Non", "No", "false"}) {
            assertFalse(CellValues.isTick(t), t);
        }
    }
}
