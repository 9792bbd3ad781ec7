package fr.enquete.importer;

/**
 * Calls a {@link TableHandler} from inside a reader that turns the failures of its parsing library into located
 * errors: what the handler throws (its own error, or the {@link EarlyStop} that ends a reading early)
 * is carried past that conversion unchanged, by {@link #forward} here and {@link Failure#getCause} at the catch.
 */
final class HandlerCalls {

    private HandlerCalls() {
    }

    static void forward(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            throw new Failure(e);
        }
    }

    /** An exception thrown by the handler, to be rethrown as is. */
    static final class Failure extends RuntimeException {
        Failure(RuntimeException cause) {
            super(null, cause, false, false);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
