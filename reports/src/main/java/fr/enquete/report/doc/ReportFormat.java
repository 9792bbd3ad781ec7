package fr.enquete.report.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One document format of {@code enquete report}: its names for {@code --format}, its file, and the writer of the
 * {@link Report} model into that file. {@link ReportFormats#registered()} lists the built-in formats (HTML, Word,
 * Excel, Markdown) then those found by {@link java.util.ServiceLoader}.
 *
 * <p>A new format is one class implementing this interface, with a public no-argument constructor, named in a
 * {@code META-INF/services/fr.enquete.report.doc.ReportFormat} file of its jar: {@link ReportFiles} then writes it,
 * and {@code --format NAME} and {@code --format all} choose it, with no change to enquete.
 */
public interface ReportFormat {

    /** The name {@code --format} takes, in lower case ("html"); it is also how formats are told apart. */
    String name();

    /** Other names {@code --format} accepts for this format, in lower case ("word" for docx); none by default. */
    default List<String> aliases() {
        return List.of();
    }

    /** The file's name in the report's directory ("report.html"). */
    String file();

    /**
     * Whether the writer embeds the charts as PNG images ({@link Report.Chart#png()}): they are then rendered once,
     * on all cores, before the formats are written side by side.
     */
    boolean charts();

    /**
     * Writes {@code report} into {@code file} (and any files beside it, such as Markdown's {@code charts/}), each
     * through {@link fr.enquete.io.AtomicFiles}; the same report must give the same bytes. The report's language is
     * {@link Report#lang()}. Called from several threads at once for different formats.
     */
    void write(Report report, Path file) throws IOException;
}
