package fr.enquete.qual;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an evaluation was made, read from the date a grid writes ("2023", "T4 2023", "mars 2024", "14/03/2024",
 * "2024-03-14"), as a number that orders them (year, month, day): an action's status is its latest answer, and a
 * grid or two files given in another order put "Oui (2022)" where 2024 said Non.
 */
final class EvaluationDate {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("janvier", 1), Map.entry("fevrier", 2),
            Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11),
            Map.entry("decembre", 12), Map.entry("janv", 1), Map.entry("fev", 2), Map.entry("avr", 4), Map.entry("juil", 7),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d{2})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern SLASHED = Pattern.compile("(?:(\\d{1,2})/)?(\\d{1,2})/((?:19|20)\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(?:t|q|trimestre\\s*)([1-4])|([1-4])(?:er|e|eme|ème)?\\s*trimestre");
    private static final Pattern SEMESTER = Pattern.compile("(?:s)([12])|([12])(?:er|e|nd|eme|ème)?\\s*semestre");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private EvaluationDate() {
    }

    /** The date as year * 10 000 + month * 100 + day (the last day of a quarter, a semester or a year), if readable. */
    static OptionalInt key(String date) {
        String d = fr.enquete.model.Folding.unaccentedLowerCase(date.strip()).toLowerCase(Locale.ROOT);
        Matcher iso = ISO.matcher(d);
        if (iso.find()) {
            return of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), iso.group(3) == null ? 31 : Integer.parseInt(iso.group(3)));
        }
        Matcher slashed = SLASHED.matcher(d);
        if (slashed.find()) {
            int day = slashed.group(1) == null ? 31 : Integer.parseInt(slashed.group(1));
            return of(Integer.parseInt(slashed.group(3)), Integer.parseInt(slashed.group(2)), day);
        }
        Matcher year = YEAR.matcher(d);
        if (!year.find()) {
            return OptionalInt.empty();
        }
        int y = Integer.parseInt(year.group());
        Matcher q = QUARTER.matcher(d);
        if (q.find()) {
            return of(y, 3 * Integer.parseInt(q.group(1) != null ? q.group(1) : q.group(2)), 31);
        }
        Matcher s = SEMESTER.matcher(d);
        if (s.find()) {
            return of(y, 6 * Integer.parseInt(s.group(1) != null ? s.group(1) : s.group(2)), 31);
        }
        Matcher w = WORD.matcher(d);
        while (w.find()) {
            Integer m = MONTHS.get(w.group());
            if (m != null) {
                return of(y, m, 31);
            }
        }
        return of(y, 12, 31);
    }

    private static OptionalInt of(int year, int month, int day) {
        return month < 1 || month > 12 || day < 1 || day > 31 ? OptionalInt.empty() : OptionalInt.of(year * 10_000 + month * 100 + day);
    }
}
