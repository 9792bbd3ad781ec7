package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.model.CellValues;
import fr.enquete.model.DateOrder;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The submission dates' fast reading of ISO date-times gives what the general reading ({@link CellValues#readDate})
 * gives, or leaves the text to it: every row of a large export passes here.
 */
class SubmissionDatesTest {

    @Test
    void theFastReadingAgreesWithTheGeneralOne() {
        List<String> texts = List.of("2024-01-01 00:00:40", "2019-06-20 13:46:02", "2019-06-20T13:46:02", "2019-06-20 13:46",
                "2019-06-20", "2024-02-29 23:59:59", "2023-02-29 10:00:00", "2024-13-01", "2024-04-31", "2024-06-20 24:00",
                "2024-06-20 23:60", "1980-01-01 00:00:00", "2024-06-20T13:46:02Z", "2024-06-20 13:46:02.5", "20/06/2019 13:46",
                "6/20/2019", "2024-06-2O", "0999-01-01", "1899-12-31 09:36", "");
        for (String t : texts) {
            CellValues.DateCell d = CellValues.readDate(t);
            long fast = CellValues.isoSeconds(t);
            if (fast != SubmissionDates.NONE) {
                // Read fast: the general reading gives the same ISO date-time.
                assertEquals(d.iso().toEpochSecond(ZoneOffset.UTC), fast, t);
                assertEquals(d.in(DateOrder.DAY_FIRST), d.in(DateOrder.MONTH_FIRST), t);
            } else if (d != null && d.iso() != null) {
                // Left to the general reading: only forms the fast one does not take.
                assertEquals(true, t.length() != 10 && t.length() != 16 && t.length() != 19 || t.contains("24:00"), t);
            }
        }
        assertEquals(SubmissionDates.NONE, CellValues.isoSeconds("2024-04-31"));
        assertEquals(1_704_067_240L, CellValues.isoSeconds("2024-01-01 00:00:40"));
    }

    @Test
    void aFileSortedNewestFirstIsOutOfOrderWhicheverReadingItsDatesTake() {
        SubmissionDates dates = new SubmissionDates("submitdate");
        for (String t : List.of("2024-03-02 10:00:00", "2024-03-01 09:00:00", "01/03/2024 08:00", "1980-01-01 00:00:00")) {
            dates.see(t, 2);
        }
        // LimeSurvey's 1980-01-01 stand-in is no date: its respondent is left out of the order, the others taken by date.
        assertEquals(java.util.Optional.of(DateOrder.DAY_FIRST), dates.outOfOrder(DateOrder.DAY_FIRST));
        assertEquals(1, dates.undated());
        // A cell that is text, no date, still sends the file back to its rows' order.
        SubmissionDates text = new SubmissionDates("submitdate");
        for (String t : List.of("2024-03-02 10:00:00", "2024-03-01 09:00:00", "hier")) {
            text.see(t, 2);
        }
        assertEquals(java.util.Optional.empty(), text.outOfOrder(DateOrder.DAY_FIRST));
        SubmissionDates sorted = SubmissionDates.keepingRows("submitdate");
        for (String t : List.of("2024-03-02 10:00:00", "2024-03-01 09:00:00", "01/03/2024 08:00")) {
            sorted.see(t, 2);
        }
        assertEquals(java.util.Optional.of(DateOrder.DAY_FIRST), sorted.outOfOrder(DateOrder.DAY_FIRST));
        assertEquals(sorted.seconds(DateOrder.DAY_FIRST, 1) - 3_600, sorted.seconds(DateOrder.DAY_FIRST, 2));
    }

    /**
     * Without keeping the rows' dates, the order is followed part by part: a file cut anywhere, its parts merged, is
     * out of order exactly when some row's date comes before the one above it (checked here row by row on the kept
     * dates of the same rows, read whole).
     */
    @Test
    void partsMergedTellTheOrderAsTheWholeFileRowByRow() {
        java.util.Random random = new java.util.Random(20241205);
        for (int round = 0; round < 400; round++) {
            int n = 2 + random.nextInt(12);
            List<String> texts = new java.util.ArrayList<>();
            int day = 1;
            for (int i = 0; i < n; i++) {
                // Mostly in order; now and then a day back; day-first slashed dates now and then, as Google Forms writes.
                day = Math.max(1, Math.min(28, day + (random.nextInt(6) == 0 ? -1 - random.nextInt(3) : random.nextInt(2))));
                texts.add(random.nextInt(5) == 0 ? String.format("%02d/03/2024 10:00", day) : String.format("2024-03-%02d 10:00:00", day));
            }
            SubmissionDates whole = SubmissionDates.keepingRows("submitdate");
            texts.forEach(t -> whole.see(t, 2));
            boolean back = false;
            for (int i = 1; i < n; i++) {
                back |= whole.seconds(DateOrder.DAY_FIRST, i) < whole.seconds(DateOrder.DAY_FIRST, i - 1);
            }
            int cut1 = random.nextInt(n + 1);
            int cut2 = cut1 + random.nextInt(n - cut1 + 1);
            SubmissionDates merged = new SubmissionDates("submitdate");
            for (List<String> part : List.of(texts.subList(0, cut1), texts.subList(cut1, cut2), texts.subList(cut2, n))) {
                SubmissionDates p = new SubmissionDates("submitdate");
                part.forEach(t -> p.see(t, 2));
                merged.merge(p);
            }
            assertEquals(back ? java.util.Optional.of(DateOrder.DAY_FIRST) : java.util.Optional.empty(),
                    merged.outOfOrder(DateOrder.DAY_FIRST), texts + " cut at " + cut1 + ", " + cut2);
            assertEquals(whole.outOfOrder(DateOrder.DAY_FIRST), merged.outOfOrder(DateOrder.DAY_FIRST), texts.toString());
        }
    }
}
