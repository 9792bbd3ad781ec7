package fr.enquete.model;

/**
 * A name given to the toolkit (a question id, a column, a territory) that the input lacks, or that names something of
 * the wrong kind (a numeric question to group by). Where the name was written decides whose mistake it is: a front end
 * that took it from its own options (a command line's {@code --by}) reports a usage error; one that read it from a
 * file (a study file) reports the input error this is, located there ({@link #at}).
 */
public class ReferenceException extends InputException {

    private final String detail;
    /** The wording in either language; null for one written in English only. */
    private final transient Message wording;

    public ReferenceException(SourceLocation location, String message) {
        super(location, message);
        this.detail = message;
        this.wording = null;
    }

    public ReferenceException(SourceLocation location, Message message) {
        super(location, message);
        this.detail = message.english();
        this.wording = message;
    }

    /** What is wrong, without the location, in English ("no question \"dtp\"; did you mean \"dpt\"?"). */
    public String detail() {
        return detail;
    }

    /** The same mistake as an input error at {@code location}: where the name was written, in the run's language when it can be. */
    public InputException at(SourceLocation location) {
        return wording != null ? new InputException(location, wording, this) : new InputException(location, detail, this);
    }
}
