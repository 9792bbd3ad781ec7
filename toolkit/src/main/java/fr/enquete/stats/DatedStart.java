package fr.enquete.stats;

import fr.enquete.model.DateOrder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One question's respondents and answers by their index in {@link SubmissionDates}, to find whether it started late
 * in the order of submission when the rows are not in it (an export sorted newest first). The respondents submitted
 * strictly before its earliest answer are those who could not have answered it; ties on the date count as after.
 *
 * <p>Every base respondent of every question passes here, so the work per cell is a bit or two and, for an answer, two
 * comparisons; an unfiltered question's base is every respondent, and keeps no bits. The parts of a file keep their own
 * bits, each with the index its part starts at: merging copied them bit by bit, a tenth of the samples of a
 * million-row export with a submission date.
 */
final class DatedStart {

    /** One part's base and answers, indexed from {@code offset} in the merged {@link SubmissionDates}. */
    private record Part(int offset, BitSet base, BitSet answered) {
    }

    private final List<Part> parts = new ArrayList<>(List.of(new Part(0, new BitSet(), new BitSet())));
    /** Whether the question has a filter; without one its base is every respondent, and no bit of it is kept. */
    private final boolean filtered;
    /** The first answer's submission date as written, per date order (day first [0], month first [1]), with its row. */
    private final long[] firstSeconds = {Long.MAX_VALUE, Long.MAX_VALUE};
    private final long[] firstRow = new long[2];
    private final String[] firstText = {"", ""};

    DatedStart(boolean filtered) {
        this.filtered = filtered;
    }

    /** A respondent of the question's base, {@code index} in {@code dates}, whose date cell reads {@code dateText}. */
    void see(int index, boolean hasAnswer, SubmissionDates dates, String dateText) {
        if (dates.seconds(DateOrder.DAY_FIRST, index) == SubmissionDates.NONE && dates.seconds(DateOrder.MONTH_FIRST, index) == SubmissionDates.NONE) {
            // No date to place this respondent by: neither before nor after the first answer (SubmissionDates#undated).
            return;
        }
        Part own = parts.get(0);
        if (filtered) {
            own.base().set(index);
        }
        if (!hasAnswer) {
            return;
        }
        own.answered().set(index);
        first(0, dates.seconds(DateOrder.DAY_FIRST, index), dates.row(index), dateText);
        first(1, dates.seconds(DateOrder.MONTH_FIRST, index), dates.row(index), dateText);
    }

    /** Keeps an answer's date in order {@code k} when it is the earliest yet (among one second's, the lowest row). */
    private void first(int k, long seconds, long row, String text) {
        if (seconds != SubmissionDates.NONE && (seconds < firstSeconds[k] || seconds == firstSeconds[k] && row < firstRow[k])) {
            firstSeconds[k] = seconds;
            firstRow[k] = row;
            firstText[k] = text;
        }
    }

    /** Adds what {@code next} saw in the following part of the file, whose indexes start at {@code offset}. */
    void merge(DatedStart next, int offset) {
        for (Part p : next.parts) {
            parts.add(new Part(offset + p.offset(), p.base(), p.answered()));
        }
        for (int k = 0; k < 2; k++) {
            first(k, next.firstSeconds[k], next.firstRow[k], next.firstText[k]);
        }
    }

    /** The counts of {@link LateStart}, the respondents taken in the order of their submission dates. */
    LateStart inDateOrder(SubmissionDates dates, DateOrder order) {
        int k = order.ordinal();
        long answers = parts.stream().mapToLong(p -> p.answered().cardinality()).sum();
        if (answers == 0) {
            return LateStart.counted(0, 0, "", 0, 0, dates.placed(), dates.undated());
        }
        long base = 0;
        long earlier = 0;
        if (!filtered) {
            // Respondents without a date are in no order: out of the base of this count (see()).
            base = dates.size() - dates.undated();
            for (int i = 0; i < dates.size(); i++) {
                long s = dates.seconds(order, i);
                earlier += s != SubmissionDates.NONE && s < firstSeconds[k] ? 1 : 0;
            }
        } else {
            for (Part p : parts) {
                base += p.base().cardinality();
                earlier += p.base().stream().filter(i -> dates.seconds(order, p.offset() + i) < firstSeconds[k]).count();
            }
        }
        return LateStart.counted(earlier, firstRow[k], firstText[k], base - earlier, answers, dates.placed(), dates.undated());
    }
}
