package fr.enquete.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The process's standard output, telling a reader that stopped reading from a write that failed.
 * {@code enquete inspect FILE | head -1}: head exits after its line, the next write fails with EPIPE, and the run said
 * "cannot write to standard output" with exit 1, failing a {@code set -o pipefail} pipeline for what is the normal end
 * of a shell pipeline. Once the reader has gone, writes are dropped (the run keeps its exit code); any other failure (a
 * full disk under {@code > out.txt}) is passed on, so that the run still fails.
 */
final class StandardOutput extends FilterOutputStream {

    private final BooleanSupplier writesToAPipe;
    private boolean readerGone;

    /**
     * @param writesToAPipe whether the stream is a pipe: a write to a pipe fails only when its reader closed it, whatever
     *                      words the system's locale gives the error ("Broken pipe", "Relais brisé (pipe)")
     */
    StandardOutput(OutputStream out, BooleanSupplier writesToAPipe) {
        super(out);
        this.writesToAPipe = writesToAPipe;
    }

    /** This process's file descriptor 1. */
    static StandardOutput ofProcess() {
        return new StandardOutput(new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16),
                StandardOutput::fileDescriptorOneIsAPipe);
    }

    /** Whether whoever read this output stopped reading; what was written after that was dropped. */
    synchronized boolean readerGone() {
        return readerGone;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (!readerGone) {
            try {
                out.write(b);
            } catch (IOException e) {
                readerMayBeGone(e);
            }
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (!readerGone) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                readerMayBeGone(e);
            }
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (!readerGone) {
            try {
                out.flush();
            } catch (IOException e) {
                readerMayBeGone(e);
            }
        }
    }

    private void readerMayBeGone(IOException e) throws IOException {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (!message.contains("pipe") && !writesToAPipe.getAsBoolean()) {
            throw e;
        }
        readerGone = true;
    }

    /** Linux names a pipe's descriptor "pipe:[inode]"; elsewhere the error's words ("Broken pipe") alone tell. */
    private static boolean fileDescriptorOneIsAPipe() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString().startsWith("pipe:");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
