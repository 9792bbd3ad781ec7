package fr.enquete.cli;

/** A command line that parses but makes no sense (e.g. an output path equal to the input): exit code 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
