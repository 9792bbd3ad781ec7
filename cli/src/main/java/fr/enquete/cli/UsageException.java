package fr.enquete.cli;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import java.util.Locale;

/**
 * A command line that parses but makes no sense (e.g. an output path equal to the input): exit code 2. Worded as a
 * {@link Message}, printed in the run's language; there is no constructor taking a plain string, so that no English
 * sentence is printed to a French run.
 */
final class UsageException extends RuntimeException {

    private final transient Message message;
    /** The toolkit's error this one reports, worded by the toolkit (a name from the command line the input lacks). */
    private final InputException reason;

    UsageException(Message message) {
        super(message.english());
        this.message = message;
        this.reason = null;
    }

    /**
     * The toolkit's {@code reason} told as a usage error: a name given on the command line (--by, --year...) that the
     * input lacks is the command line's mistake. Worded as the toolkit words it, in the run's language when it can.
     */
    UsageException(InputException reason) {
        super(reason.getMessage(), reason);
        this.message = null;
        this.reason = reason;
    }

    /** The mistake in {@code locale}'s language (French unless English). */
    String text(Locale locale) {
        return reason != null ? reason.text(locale) : message.text(locale);
    }
}
