package fr.enquete.spec;

import fr.enquete.model.CellValues;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one pass over a column saw: enough to guess its type, in memory bounded by {@link #MAX_DISTINCT}. */
final class ColumnProfile {

    static final int MAX_DISTINCT = 500;
    /** The distinct texts whose traits are kept ({@link CellTraits}); a text beyond them is examined each time. */
    private static final int MAX_TRAITS = 4096;

    final String name;
    long filled;
    long numbers;
    long integers;
    /** Whole numbers between 1800 and 2100: a year, if the header says so. */
    long yearLike;
    boolean leadingZero;
    long dates;
    /** Cells holding only a time of day ({@link fr.enquete.model.TimeOfDay}): 14:30, 09:05:00. */
    long times;
    /** Cells written as a duration ({@link fr.enquete.model.ElapsedTime}): 1:30, 26:30, 45 min, PT1H30M. */
    long durations;
    /** Cells holding LimeSurvey's 1980-01-01 00:00:00 stand-in for an unrecorded date ({@link fr.enquete.model.UndatedPlaceholder}). */
    long undated;
    int maxLength;
    /**
     * Cells that are one word holding a digit, not a number: a case number, a uuid, GPS coordinates
     * ("37.653907,29.392672"), a phone. All of them, and all different, make an identifier column.
     */
    long codeLike;
    /** Cells that are nothing but phone numbers or e-mail addresses ({@link fr.enquete.privacy.PersonalData#isContactValue}). */
    long contacts;
    /** Cells holding a digit or an "@": what a phone, e-mail or postal address column's cells all hold. */
    long contactLike;
    /** Cells that are JSON objects or arrays: data a survey's script stored in a hidden question. */
    long json;
    final Map<String, Long> distinct = new LinkedHashMap<>();
    boolean tooManyDistinct;
    /** Whole numbers that follow the one before by 1, in file order, and the range of the whole numbers ({@link #numbersRows}). */
    private long stepsOfOne;
    private double previousInteger = Double.NaN;
    private double smallestInteger = Double.POSITIVE_INFINITY;
    private double largestInteger = Double.NEGATIVE_INFINITY;
    /** The order its slashed dates prove, if any. */
    final fr.enquete.model.DateEvidence dateOrder = new fr.enquete.model.DateEvidence();
    private final Map<String, CellTraits> traits = new java.util.HashMap<>();

    ColumnProfile(String name) {
        this.name = name;
    }

    void add(String v, long row) {
        if (v.isEmpty()) {
            return;
        }
        filled++;
        maxLength = Math.max(maxLength, v.length());
        // A column repeats its answers (labels, small numbers): each distinct text is examined once, its traits kept.
        CellTraits t = traits.get(v);
        if (t == null) {
            t = CellTraits.of(name, v);
            if (traits.size() < MAX_TRAITS) {
                traits.put(v, t);
            }
        }
        t.countInto(this, v, row);
        if ((t.flags() & CellTraits.INTEGER) != 0) {
            double d = t.number();
            if (d == previousInteger + 1) {
                stepsOfOne++;
            }
            previousInteger = d;
            smallestInteger = Math.min(smallestInteger, d);
            largestInteger = Math.max(largestInteger, d);
        } else {
            previousInteger = Double.NaN;
        }
        if (!tooManyDistinct) {
            Long n = distinct.get(v);
            if (n == null && distinct.size() >= MAX_DISTINCT) {
                tooManyDistinct = true;
            } else {
                distinct.merge(v, 1L, Long::sum);
            }
        }
    }

    /**
     * What one text says of its column's type, the same wherever it occurs: worked out once per distinct text (its
     * number and date patterns took a third of {@code inspect}'s time on a large export when run on every cell).
     */
    record CellTraits(int flags, CellValues.DateCell date, double number) {

        static final int JSON = 1;
        static final int CONTACT = 2;
        static final int CONTACT_LIKE = 4;
        static final int NUMBER = 8;
        static final int INTEGER = 16;
        static final int YEAR_LIKE = 32;
        static final int LEADING_ZERO = 64;
        static final int CODE_LIKE = 128;
        static final int UNDATED = 256;
        static final int TIME = 512;
        static final int DURATION = 1024;

        /** The traits of an ISO date or date-time's forms (see {@link #isoForm}), the same for every such text. */
        private static final int[] ISO_FLAGS = {
            general("", "2000-01-01").flags, general("", "2000-01-01T00:00").flags, general("", "2000-01-01 00:00").flags,
            general("", "2000-01-01T00:00:00").flags, general("", "2000-01-01 00:00:00").flags};

        static CellTraits of(String column, String v) {
            // A column of submission dates is a million different texts, each examined here: its plain ISO ones are
            // read without the number, contact, time and date patterns (which doubled inspect's time on such a file).
            CellValues.DateCell iso = CellValues.isoDate(v);
            if (iso != null && (v.charAt(0) == '1' || v.charAt(0) == '2') && !fr.enquete.model.UndatedPlaceholder.in(column, v)) {
                return new CellTraits(ISO_FLAGS[isoForm(v)], iso, Double.NaN);
            }
            return general(column, v);
        }

        /** 0 for a date, then T or space before hours and minutes (1, 2), or before hours, minutes and seconds (3, 4). */
        static int isoForm(String v) {
            return v.length() == 10 ? 0 : (v.length() == 16 ? 1 : 3) + (v.charAt(10) == ' ' ? 1 : 0);
        }

        /** The traits examined one by one. */
        static CellTraits general(String column, String v) {
            int f = 0;
            if (v.length() >= 2 && (v.charAt(0) == '{' && v.charAt(v.length() - 1) == '}' || v.charAt(0) == '[' && v.charAt(v.length() - 1) == ']')) {
                f |= JSON;
            }
            if (fr.enquete.privacy.PersonalData.isContactValue(v)) {
                f |= CONTACT;
            }
            if (v.indexOf('@') >= 0 || v.chars().anyMatch(c -> c >= '0' && c <= '9')) {
                f |= CONTACT_LIKE;
            }
            CellValues.DateCell date = null;
            double d = CellValues.parseNumber(v);
            if (!Double.isNaN(d)) {
                f |= NUMBER;
                if (d == Math.rint(d)) {
                    f |= INTEGER;
                    if (d >= 1800 && d <= 2100 && v.strip().length() == 4) {
                        f |= YEAR_LIKE;
                    }
                }
                if (v.length() > 1 && v.charAt(0) == '0' && Character.isDigit(v.charAt(1))) {
                    f |= LEADING_ZERO;
                }
            } else {
                if (v.length() <= 60 && v.chars().noneMatch(Character::isWhitespace) && v.chars().anyMatch(Character::isDigit)) {
                    f |= CODE_LIKE;
                }
                if (fr.enquete.model.TimeOfDay.is(v)) {
                    f |= TIME;
                }
                if (fr.enquete.model.ElapsedTime.is(v)) {
                    f |= DURATION;
                }
                if (fr.enquete.model.UndatedPlaceholder.in(column, v)) {
                    f |= UNDATED;
                } else {
                    date = CellValues.readDate(v);
                }
            }
            return new CellTraits(f, date, d);
        }

        /** Counts one cell holding {@code v}, whose traits these are, in row {@code row}. */
        void countInto(ColumnProfile p, String v, long row) {
            if ((flags & JSON) != 0) {
                p.json++;
            }
            if ((flags & CONTACT) != 0) {
                p.contacts++;
            }
            if ((flags & CONTACT_LIKE) != 0) {
                p.contactLike++;
            }
            if ((flags & NUMBER) != 0) {
                p.numbers++;
                if ((flags & INTEGER) != 0) {
                    p.integers++;
                }
                if ((flags & YEAR_LIKE) != 0) {
                    p.yearLike++;
                }
                if ((flags & LEADING_ZERO) != 0) {
                    p.leadingZero = true;
                }
                return;
            }
            if ((flags & CODE_LIKE) != 0) {
                p.codeLike++;
            }
            if ((flags & TIME) != 0) {
                p.times++;
            }
            if ((flags & DURATION) != 0) {
                p.durations++;
            }
            if ((flags & UNDATED) != 0) {
                p.undated++;
            } else if (date != null) {
                p.dates++;
                // At each occurrence: the evidence counts every cell and keeps the row of its first example.
                p.dateOrder.see(date, v, row);
            }
        }
    }

    /**
     * Whether the column numbers the rows rather than answering a question: at least 10 whole numbers, each once, from
     * the smallest to the largest with none missing (each the one before plus 1 in file order, or, for 500 rows or
     * fewer, in any order: a spreadsheet sorted by another column). A survey's numeric answers repeat or leave gaps;
     * a sum and quartiles of row numbers mean nothing.
     */
    boolean numbersRows() {
        if (filled < 10 || integers != filled || leadingZero) {
            return false;
        }
        return stepsOfOne == filled - 1
                || !tooManyDistinct && distinct.size() == filled && largestInteger - smallestInteger + 1 == filled;
    }

    /** The smallest whole number of the column (for {@link #numbersRows()}'s reason). */
    long smallestInteger() {
        return (long) smallestInteger;
    }

    /** The largest whole number of the column. */
    long largestInteger() {
        return (long) largestInteger;
    }

    int distinctCount() {
        return distinct.size();
    }
}
