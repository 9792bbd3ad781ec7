package fr.enquete.cli;

import fr.enquete.analysis.AnalysisResult;
import fr.enquete.io.AtomicFiles;
import fr.enquete.report.HtmlReportWriter;
import fr.enquete.report.Lang;
import fr.enquete.report.doc.DocxReportWriter;
import fr.enquete.report.doc.MarkdownReportWriter;
import fr.enquete.report.doc.Report;
import fr.enquete.report.doc.ReportBuilder;
import fr.enquete.report.doc.XlsxReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enquete report}: the report in the formats asked for, written into a directory. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the report of every question (tables, charts, term tables, verbatims) into a directory:"
                + " report.html, report.docx, report.xlsx and/or report.md (with charts/).")
final class ReportCommand implements Callable<Integer> {

    /** The formats, in the order files are written and listed. */
    enum Format {
        html("report.html"), docx("report.docx"), xlsx("report.xlsx"), md("report.md");

        final String file;

        Format(String file) {
            this.file = file;
        }
    }

    @Mixin
    ExportOptions export = new ExportOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    TextOptions text = new TextOptions();

    @Mixin
    PrivacyOptions privacy = new PrivacyOptions();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The directory to write into (created if needed).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "html",
            description = "Comma-separated: html (default), docx, xlsx, md, or all.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--timestamp", description = "Stamp the report with the time it was made (otherwise reruns give identical files).")
    boolean timestamp;

    @Option(names = "--naive", description = "Also show, under each term table, the table made the published tables' way (raw words).")
    boolean naive;

    @Option(names = "--crosstab", paramLabel = "ROWS,COLS",
            description = "Add a cross-tabulation of two questions to the report (repeatable), after the spec's parts.")
    List<String> crosstabs = new ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Set<Format> chosen = parse(formats);
        for (Format f : chosen) {
            Pipeline.checkNotInput(out.resolve(f.file), Pipeline.inputs(export, text, privacy));
        }
        List<Path> files;
        fr.enquete.privacy.Disclosure masked;
        List<fr.enquete.spec.ReportLayout.Crossing> more = new ArrayList<>();
        for (String c : crosstabs) {
            String[] ids = c.split(",");
            if (ids.length != 2 || ids[0].isBlank() || ids[1].isBlank()) {
                throw new UsageException("--crosstab takes two question ids, ROWS,COLS (e.g. dpt,qpv), not '" + c + "'");
            }
            more.add(new fr.enquete.spec.ReportLayout.Crossing(ids[0].strip(), ids[1].strip()));
        }
        try (Progress progress = Progress.of(spec.commandLine().getErr(), export.export)) {
            AnalysisResult analysis = Pipeline.run(() -> Pipeline.analysis(export, text, naive, privacy, output.language(), progress::phase)
                    .crosstabs(new fr.enquete.report.Labels(output.language()).get("crosstab.part"), more).run());
            masked = analysis.disclosure();
            progress.phase("writing " + String.join(", ", chosen.stream().map(f -> f.file).toList()));
            files = write(analysis, output.language(), out, chosen, timestamp ? java.time.Instant.now() : null);
        }
        PrivacyOptions.report(masked, spec.commandLine().getErr());
        PrintWriter w = spec.commandLine().getOut();
        for (Path written : files) {
            w.println(written);
        }
        w.flush();
        return Main.OK;
    }

    static Set<Format> parse(List<String> names) {
        Set<Format> chosen = EnumSet.noneOf(Format.class);
        for (String name : names) {
            String n = name.strip().toLowerCase(java.util.Locale.ROOT);
            if (n.equals("all")) {
                chosen.addAll(EnumSet.allOf(Format.class));
                continue;
            }
            try {
                chosen.add(Format.valueOf(n.equals("markdown") ? "md" : n));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--format: unknown format '" + name + "'; expected html, docx, xlsx, md or all");
            }
        }
        return chosen;
    }

    /** Delegate kept for older callers: {@link #write(AnalysisResult, Lang, Path, Set, java.time.Instant)}. */
    @Deprecated
    static List<Path> write(Pipeline.Analysis a, Lang lang, Path dir, Set<Format> formats) throws IOException {
        return write(a.toResult(), lang, dir, formats, null);
    }

    /** Delegate kept for older callers: {@link #write(AnalysisResult, Lang, Path, Set, java.time.Instant)}. */
    @Deprecated
    static List<Path> write(Pipeline.Analysis a, Lang lang, Path dir, Set<Format> formats, java.time.Instant stamp) throws IOException {
        return write(a.toResult(), lang, dir, formats, stamp);
    }

    /**
     * Builds the report once and writes each format atomically; returns the files written.
     *
     * @param stamp the time to print in the reports, or null for none
     */
    static List<Path> write(AnalysisResult a, Lang lang, Path dir, Set<Format> formats, java.time.Instant stamp) throws IOException {
        Report built = new ReportBuilder(lang).build(a.result(), a.terms(), a.naive(), a.layout(), a.crosstabs());
        Report report = (stamp == null ? built : built.withGenerated(stamp)).withNote(PrivacyOptions.note(a.disclosure(), lang));
        // The formats are independent files: written on all cores, each chart rendered once for all of them, first,
        // on all cores too (else the writers would wait on each other for the same charts).
        List<Format> order = List.copyOf(formats);
        if (formats.contains(Format.docx) || formats.contains(Format.xlsx) || formats.contains(Format.md)) {
            report.charts().parallelStream().forEach(Report.Chart::png);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(order.size(), Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "enquete-format");
                    t.setDaemon(true);
                    return t;
                });
        // Every format is written into a staging folder inside dir, then renamed into place: a run that fails or
        // is killed leaves the previous report whole (its staging folder is removed by the next run).
        Path stage = AtomicFiles.stagingDirectory(dir, "report");
        try {
            writeAll(report, lang, stage, order, pool);
            AtomicFiles.moveInto(stage, dir);
        } finally {
            AtomicFiles.deleteRecursively(stage);
        }
        List<Path> written = new ArrayList<>();
        for (Format f : order) {
            written.add(dir.resolve(f.file));
        }
        return written;
    }

    private static void writeAll(Report report, Lang lang, Path dir, List<Format> order, java.util.concurrent.ExecutorService pool)
            throws IOException {
        List<java.util.concurrent.CompletableFuture<Void>> jobs = new ArrayList<>();
        for (Format f : order) {
            Path file = dir.resolve(f.file);
            jobs.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    switch (f) {
                        case html -> AtomicFiles.write(file, stream -> new HtmlReportWriter(lang).write(report, stream));
                        case docx -> AtomicFiles.write(file, stream -> new DocxReportWriter().write(report, stream));
                        case xlsx -> AtomicFiles.write(file, stream -> new XlsxReportWriter().write(report, stream));
                        case md -> new MarkdownReportWriter().write(report, file);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, pool));
        }
        pool.shutdown();
        // All writers end before a failure is reported, so that none still writes while the staging folder goes.
        java.util.concurrent.CompletableFuture.allOf(jobs.toArray(java.util.concurrent.CompletableFuture[]::new))
                .handle((v, e) -> null).join();
        for (int i = 0; i < order.size(); i++) {
            try {
                jobs.get(i).join();
            } catch (java.util.concurrent.CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof java.io.UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw e;
            }
        }
    }
}
