package fr.enquete.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of question a questionnaire holds; {@link #code()} is the spelling used in spec files. */
public enum QuestionType {
    /** One answer among listed choices. */
    SINGLE("single"),
    /** Several answers, one export column per option. */
    MULTIPLE("multiple"),
    /** A number (count, amount...). */
    NUMERIC("numeric"),
    /** A year (of creation, of an agreement): summarised by its first, median and last year, never summed. */
    YEAR("year"),
    /** A time of day (14:30, 09:05:00): summarised as the numbers are (minutes since midnight), shown as times. */
    TIME("time"),
    /**
     * A duration (1:30, 26:30, 45 min, PT1H30M; seconds with a unit): summarised as numbers are, in minutes, shown as
     * hours and minutes, summed too (a time of day's hours stop at 23:59 and have no sum).
     */
    DURATION("duration"),
    /** Ordered choices, e.g. "Oui, tout à fait" ... "Non, pas du tout". */
    SCALE("scale"),
    /** A date or timestamp. */
    DATE("date"),
    /** Free text: comments, "précisez". */
    TEXT("text"),
    /** An identifier or technical column, never tabulated. */
    ID("id");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Read as numbers: numeric questions and years. */
    public boolean isNumber() {
        return this == NUMERIC || this == YEAR;
    }

    public boolean hasChoices() {
        return this == SINGLE || this == SCALE || this == MULTIPLE;
    }

    public static Optional<QuestionType> fromCode(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.code.equals(c)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(QuestionType::code).collect(Collectors.joining(", "));
    }
}
