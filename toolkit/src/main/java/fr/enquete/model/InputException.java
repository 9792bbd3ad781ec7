package fr.enquete.model;

/**
 * A problem with what the user gave us (an export, a spec file): it always says where, and what was
 * expected, so that it can be fixed without a debugger. The CLI maps it to exit code 3.
 */
public class InputException extends RuntimeException {

    private final SourceLocation location;

    public InputException(SourceLocation location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public InputException(SourceLocation location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
    }

    public SourceLocation location() {
        return location;
    }
}
