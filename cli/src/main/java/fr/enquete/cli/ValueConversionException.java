package fr.enquete.cli;

import fr.enquete.model.Message;
import picocli.CommandLine;

/** A converter's refusal of an option's value, worded so that {@link UsageErrors} tells it in the run's language. */
final class ValueConversionException extends CommandLine.TypeConversionException {

    private final transient Message reason;

    ValueConversionException(Message reason) {
        super(reason.english());
        this.reason = reason;
    }

    Message reason() {
        return reason;
    }
}
