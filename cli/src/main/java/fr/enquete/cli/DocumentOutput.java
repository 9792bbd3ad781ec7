package fr.enquete.cli;

import fr.enquete.io.AtomicFiles;
import fr.enquete.model.Message;
import fr.enquete.report.doc.MarkdownReportWriter;
import fr.enquete.report.doc.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Where the commands that make one document (plan, swot, indicators) write it: one format to {@code --out FILE} or
 * standard output, as they always did; several ({@code --format html,docx} or {@code all}) into {@code --out DIR},
 * each as {@code STEM.EXT}, as {@code report} and {@code study} do, so that a pipeline reads its inputs once.
 *
 * @param <F> the command's formats; one named {@code text} is the console's and {@code all} leaves it out, one
 *            named {@code md} is written as Markdown with its chart files beside it
 */
final class DocumentOutput<F extends Enum<F>> {

    private final Set<F> formats;
    private final Path out;
    private final String stem;

    private DocumentOutput(Set<F> formats, Path out, String stem) {
        this.formats = formats;
        this.out = out;
        this.stem = stem;
    }

    /**
     * The formats named ({@code text,json}, {@code all}) and where they go.
     *
     * @throws UsageException for an unknown format, a file format without {@code --out}, or several formats with an
     *                        {@code --out} that is an existing file
     */
    static <F extends Enum<F>> DocumentOutput<F> of(List<String> names, Class<F> type, Path out, String stem) {
        List<F> known = new ArrayList<>(EnumSet.allOf(type));
        Set<F> chosen = DocumentFormats.parse(names.stream().flatMap(n -> n.strip().equalsIgnoreCase("all")
                ? known.stream().filter(f -> !f.name().equals("text")).map(Enum::name) : java.util.stream.Stream.of(n)).toList(), type);
        if (chosen.size() > 1) {
            if (out == null) {
                throw new UsageException(Message.of("usage.formats.out", String.join(",", names)));
            }
            if (Files.isRegularFile(out)) {
                throw new UsageException(Message.of("usage.formats.out.file", out, String.join(",", names)));
            }
        } else {
            F only = chosen.iterator().next();
            if (out == null && List.of("docx", "xlsx", "md").contains(only.name())) {
                throw new UsageException(Message.of("usage.format.out", only));
            }
        }
        return new DocumentOutput<>(chosen, out, stem);
    }

    /** Whether one of the formats is among {@code names}. */
    boolean any(String... names) {
        return formats.stream().anyMatch(f -> List.of(names).contains(f.name()));
    }

    /** The files this writes ({@code --out} alone for one format), to check that none is an input. */
    List<Path> files() {
        if (out == null) {
            return List.of();
        }
        return formats.size() == 1 ? List.of(out) : formats.stream().map(this::file).toList();
    }

    /** Where one of several formats is written: {@code STEM.EXT} in the directory. */
    private Path file(F format) {
        return out.resolve(stem + "." + (format.name().equals("text") ? "txt" : format.name().toLowerCase(Locale.ROOT)));
    }

    /**
     * Writes each format: {@code content} gives its bytes (the Markdown format writes {@code report} instead), all
     * formats together (a staging folder moved into place: a format that fails leaves every file as it was), then
     * names them on standard output for scripts.
     */
    void write(Function<F, AtomicFiles.Content> content, Report report, PrintWriter w) throws IOException {
        if (formats.size() == 1) {
            F f = formats.iterator().next();
            Output.document(out, f.name().equals("md"), report, content.apply(f), w);
            return;
        }
        try (AtomicFiles.Staging stage = AtomicFiles.stage(out, stem)) {
            for (F f : formats) {
                Path file = stage.path().resolve(file(f).getFileName().toString());
                if (f.name().equals("md")) {
                    new MarkdownReportWriter().write(report, file);
                } else {
                    AtomicFiles.write(file, content.apply(f));
                }
            }
            stage.commit();
        }
        for (F f : formats) {
            w.println(file(f));
        }
        w.flush();
    }
}
