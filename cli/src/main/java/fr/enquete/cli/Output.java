package fr.enquete.cli;

import fr.enquete.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Where a command's result goes: a file written atomically, or standard output. */
final class Output {

    private Output() {
    }

    /** A file to write where a folder has that name: said in the run's language by {@link Main#writeError}. */
    static final class FolderInTheWay extends java.nio.file.FileSystemException {
        FolderInTheWay(String file) {
            super(file);
        }
    }

    /** Standard output that cannot be written (redirected to a full disk). */
    static final class StandardOutputLost extends IOException {
        StandardOutputLost() {
            super("cannot write to standard output");
        }
    }

    /**
     * Checks, before a command writes the first of several files, that each could be written: a run that failed on
     * its last output (a folder of that name, a folder not writable) had already written or replaced the others
     * (terms' --cloud, classes' --segments). Null paths are skipped.
     */
    static void mustBeWritable(Path... targets) throws IOException {
        for (Path t : targets) {
            if (t == null) {
                continue;
            }
            Path target = t.toAbsolutePath();
            if (java.nio.file.Files.isDirectory(target)) {
                throw new FolderInTheWay(t.toString());
            }
            Path existing = target.getParent();
            while (existing != null && !java.nio.file.Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && !java.nio.file.Files.isDirectory(existing)) {
                throw new java.nio.file.FileAlreadyExistsException(existing.toString());
            }
            if (existing != null && !java.nio.file.Files.isWritable(existing)) {
                throw new java.nio.file.AccessDeniedException(t.toString());
            }
        }
    }

    /**
     * Writes {@code content} to {@code file} (atomically) or, when it is null, to the command's standard output.
     * The content is rendered completely before anything is printed, so a failure prints nothing half-made.
     */
    static void write(Path file, AtomicFiles.Content content, PrintWriter out) throws IOException {
        if (file != null) {
            AtomicFiles.write(file, content);
            return;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        content.writeTo(buffer);
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        if (out.checkError()) {
            // A PrintWriter swallows write errors (standard output redirected to a full disk): asked for here.
            throw new StandardOutputLost();
        }
    }

    /**
     * A document command's result: {@code content}, or with {@code markdown} the report as Markdown (its chart files
     * beside it); the file written is then named on standard output, for scripts.
     */
    static void document(Path file, boolean markdown, fr.enquete.report.doc.Report report, AtomicFiles.Content content,
                         PrintWriter out) throws IOException {
        if (markdown) {
            new fr.enquete.report.doc.MarkdownReportWriter().write(report, file);
        } else {
            write(file, content, out);
        }
        if (file != null) {
            out.println(file);
            out.flush();
        }
    }
}
