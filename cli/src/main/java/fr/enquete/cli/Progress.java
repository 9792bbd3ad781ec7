package fr.enquete.cli;

import fr.enquete.importer.ReadProgress;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A progress line on standard error for long runs: how much of the export has been read, then what is being done.
 * Shown only when standard error is a terminal (the launcher says so with {@code -Denquete.progress=true}) and the
 * run lasts more than a second; pipelines and redirected runs see nothing. The line is erased at the end.
 */
final class Progress implements AutoCloseable {

    private static final Progress NONE = new Progress(null, 0, 0);

    private final PrintWriter err;
    private final long total;
    private final long from;
    private final long start = System.nanoTime();
    private volatile String phase = "";
    private volatile boolean done;
    private boolean shown;
    private Thread thread;

    private Progress(PrintWriter err, long total, long from) {
        this.err = err;
        this.total = total;
        this.from = from;
    }

    /** The progress of reading {@code export} (and what follows), or a silent one when not on a terminal. */
    static Progress of(PrintWriter err, Path export) {
        return of(err, export, Boolean.getBoolean("enquete.progress"), 250, 1000);
    }

    static Progress of(PrintWriter err, Path export, boolean enabled, long everyMillis, long afterMillis) {
        if (!enabled) {
            return NONE;
        }
        long size = 0;
        try {
            size = Files.size(export);
        } catch (java.io.IOException | RuntimeException e) {
            // Unknown size: the line shows bytes read without a percentage.
        }
        Progress p = new Progress(err, size, ReadProgress.bytes());
        p.thread = new Thread(() -> p.loop(everyMillis, afterMillis), "enquete-progress");
        p.thread.setDaemon(true);
        p.thread.start();
        return p;
    }

    /** What is being done once the export is read ("free-text answers", "report.docx"...). */
    void phase(String what) {
        phase = what;
    }

    private void loop(long every, long after) {
        try {
            Thread.sleep(after);
            while (!done) {
                print();
                Thread.sleep(every);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void print() {
        if (done) {
            return;
        }
        err.print("\r" + line() + "\u001b[K");
        err.flush();
        shown = true;
    }

    /** "enquete: reading 45 % (175 of 387 MB), 2.1 s" or "enquete: report.docx, 6.3 s". */
    String line() {
        double seconds = (System.nanoTime() - start) / 1e9;
        long read = ReadProgress.bytes() - from;
        String what;
        if (!phase.isEmpty()) {
            what = phase;
        } else if (total > 0) {
            what = String.format(Locale.ROOT, "reading %d %% (%d of %d MB)", Math.min(100, 100 * read / total), read >> 20, total >> 20);
        } else {
            what = String.format(Locale.ROOT, "reading (%d MB)", read >> 20);
        }
        return String.format(Locale.ROOT, "enquete: %s, %.1f s", what, seconds);
    }

    @Override
    public synchronized void close() {
        if (this == NONE) {
            return;
        }
        done = true;
        thread.interrupt();
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
