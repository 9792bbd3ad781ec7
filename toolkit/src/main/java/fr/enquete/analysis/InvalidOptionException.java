package fr.enquete.analysis;

import java.util.List;

/**
 * Options that contradict each other or the data (a population smaller than the respondents counted, strata on a
 * question that has no single answer). {@link #kind()} and {@link #values()} let a front end word it in its own
 * terms (a command line names its flags).
 */
public final class InvalidOptionException extends IllegalArgumentException {

    /** What is wrong. */
    public enum Kind {
        /** values: the population, the respondents counted */
        POPULATION_BELOW_RESPONDENTS,
        /** response rates asked without the question of the strata */
        NO_STRATUM,
        /** values: the question id */
        UNKNOWN_STRATUM,
        /** values: the question id, its type's code */
        STRATUM_NOT_SINGLE
    }

    private final Kind kind;
    private final transient List<Object> values;

    InvalidOptionException(Kind kind, String message, Object... values) {
        super(message);
        this.kind = kind;
        this.values = List.of(values);
    }

    public Kind kind() {
        return kind;
    }

    public List<Object> values() {
        return values;
    }
}
