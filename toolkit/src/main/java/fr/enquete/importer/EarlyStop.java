package fr.enquete.importer;

/**
 * Ends a reading before the end of the export, by the handler's choice: to read only the header, or only the first
 * rows. The handler throws {@link #now()}; {@link #read} then returns quietly, where a plain
 * {@link TableSource#read} carries it on to its caller. Readers let it pass as any exception of their handler
 * ({@link HandlerCalls}).
 */
public final class EarlyStop extends RuntimeException {

    /** One signal serves every reading: it has no stack trace, message or cause to differ by. */
    private static final EarlyStop SIGNAL = new EarlyStop();

    private EarlyStop() {
        super(null, null, false, false);
    }

    /** The signal a handler throws to end the reading. */
    public static EarlyStop now() {
        return SIGNAL;
    }

    /**
     * Streams {@code source} to {@code handler} until its end or until the handler throws {@link #now()}.
     *
     * @return whether the handler ended the reading early
     */
    public static boolean read(TableSource source, TableHandler handler) {
        try {
            source.read(handler);
            return false;
        } catch (EarlyStop stop) {
            return true;
        }
    }
}
