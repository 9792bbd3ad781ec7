package fr.enquete.importer;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the exports being read have got, for a progress display: the bytes of delimited files read so far, by
 * every thread. Only a display reads it; results never depend on it.
 */
public final class ReadProgress {

    private static final AtomicLong BYTES = new AtomicLong();

    private ReadProgress() {
    }

    /** Bytes read from delimited exports since the process started. */
    public static long bytes() {
        return BYTES.get();
    }

    static void add(long n) {
        BYTES.addAndGet(n);
    }
}
