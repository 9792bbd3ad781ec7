package fr.enquete.spec;

import fr.enquete.model.CellValues;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one pass over a column saw: enough to guess its type, in memory bounded by {@link #MAX_DISTINCT}. */
final class ColumnProfile {

    static final int MAX_DISTINCT = 500;

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
    /** The order its slashed dates prove, if any. */
    final fr.enquete.model.DateEvidence dateOrder = new fr.enquete.model.DateEvidence();

    ColumnProfile(String name) {
        this.name = name;
    }

    void add(String v, long row) {
        if (v.isEmpty()) {
            return;
        }
        filled++;
        maxLength = Math.max(maxLength, v.length());
        if (v.length() >= 2 && (v.charAt(0) == '{' && v.charAt(v.length() - 1) == '}' || v.charAt(0) == '[' && v.charAt(v.length() - 1) == ']')) {
            json++;
        }
        if (fr.enquete.privacy.PersonalData.isContactValue(v)) {
            contacts++;
        }
        if (v.indexOf('@') >= 0 || v.chars().anyMatch(c -> c >= '0' && c <= '9')) {
            contactLike++;
        }
        double d = CellValues.parseNumber(v);
        if (!Double.isNaN(d)) {
            numbers++;
            if (d == Math.rint(d)) {
                integers++;
                if (d >= 1800 && d <= 2100 && v.strip().length() == 4) {
                    yearLike++;
                }
            }
            if (v.length() > 1 && v.charAt(0) == '0' && Character.isDigit(v.charAt(1))) {
                leadingZero = true;
            }
        } else {
            if (v.length() <= 60 && v.chars().noneMatch(Character::isWhitespace) && v.chars().anyMatch(Character::isDigit)) {
                codeLike++;
            }
            if (fr.enquete.model.TimeOfDay.is(v)) {
                times++;
            }
            CellValues.DateCell date = CellValues.readDate(v);
            if (fr.enquete.model.UndatedPlaceholder.in(name, v)) {
                undated++;
            } else if (date != null) {
                dates++;
                dateOrder.see(date, v, row);
            }
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

    int distinctCount() {
        return distinct.size();
    }
}
