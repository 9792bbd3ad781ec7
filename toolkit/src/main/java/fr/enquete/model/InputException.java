package fr.enquete.model;

import java.util.Locale;

/**
 * A problem with what the user gave us (an export, a spec file): it always says where, and what was
 * expected, so that it can be fixed without a debugger. The CLI maps it to exit code 3.
 *
 * <p>A problem worded as a {@link Message} is told in the run's language ({@link #text}); the exception's own message
 * is always English, with the file's whole path (logs, tests, callers of the library). One worded as a plain string
 * has no translation yet and is English in both.
 */
public class InputException extends RuntimeException {

    private final SourceLocation location;
    /** The wording in either language; null for one written in English only. */
    private final transient Message message;

    public InputException(SourceLocation location, String message) {
        super(location + ": " + message);
        this.location = location;
        this.message = null;
    }

    public InputException(SourceLocation location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
        this.message = null;
    }

    public InputException(SourceLocation location, Message message) {
        this(location, message, null);
    }

    public InputException(SourceLocation location, Message message, Throwable cause) {
        super(Message.located(location, message, Locale.ENGLISH, false), cause);
        this.location = location;
        this.message = message;
    }

    public SourceLocation location() {
        return location;
    }

    /** Whether the problem can be told in French as well as English. */
    public boolean translated() {
        return message != null;
    }

    /** What is wrong, without where: its wording in either language, or the English sentence of one not translated. */
    public Message wording() {
        return message != null ? message : Message.plain(getMessage());
    }

    /** The problem and where, in {@code locale}'s language (French unless English) when {@link #translated()}. */
    public String text(Locale locale) {
        return message == null ? getMessage() : Message.located(location, message, locale, false);
    }
}
