package fr.enquete.cli;

import java.util.Locale;

/**
 * A run that needs more heap than the JVM was given: said plainly with the way to give more, instead of a stack
 * trace. Outputs are written to temporary files moved into place and standard output is rendered before it is
 * printed, so such a run leaves no half-written file.
 */
final class OutOfMemory {

    private OutOfMemory() {
    }

    /**
     * Whether {@code e} or one of its causes (a worker thread's error wrapped by its pool) is an OutOfMemoryError, or a
     * class whose initialisation ran out of memory (the JVM keeps only the original error's text for later users).
     */
    static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError
                    || t instanceof ExceptionInInitializerError && String.valueOf(t.getMessage()).contains(OutOfMemoryError.class.getName())) {
                return true;
            }
        }
        return false;
    }

    /** The message: the heap that was too small, and how to give more through the launcher. */
    static String message(long maxHeapBytes) {
        long mb = maxHeapBytes / (1024 * 1024);
        long more = Math.max(2, Math.round(Math.ceil(mb * 2 / 1024.0)));
        return String.format(Locale.ROOT, "enquete: error: out of memory: this run needs more than the %d MB of heap it was given;"
                + " nothing was written. Give more with ENQUETE_JAVA_OPTS, e.g. ENQUETE_JAVA_OPTS=-Xmx%dg ./enquete ...", mb, more);
    }
}
