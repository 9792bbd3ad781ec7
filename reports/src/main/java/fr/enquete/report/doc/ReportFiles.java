package fr.enquete.report.doc;

import fr.enquete.analysis.AnalysisResult;
import fr.enquete.io.AtomicFiles;
import fr.enquete.privacy.Disclosure;
import fr.enquete.report.Lang;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The report of an analysis written into a directory, in the formats asked for: built once, each chart rendered
 * once for all the formats, the formats written side by side into a staging folder that is then moved into place,
 * so that a run that fails or is killed leaves the previous report whole.
 *
 * <pre>{@code
 * AnalysisResult r = Analysis.of(Path.of("export.csv")).spec(Path.of("spec.yaml")).run();
 * List<Path> files = ReportFiles.write(r, Lang.FR, Path.of("rapport"), EnumSet.of(ReportFiles.Format.html), null);
 * }</pre>
 */
public final class ReportFiles {

    /**
     * The built-in formats, in the order files are written and listed; {@link ReportFormats#registered()} adds those
     * found on the class path.
     */
    public enum Format implements ReportFormat {
        html("report.html", false) {
            @Override
            public void write(Report report, Path file) throws IOException {
                AtomicFiles.write(file, stream -> new HtmlReportWriter(report.lang()).write(report, stream));
            }
        },
        docx("report.docx", true) {
            @Override
            public List<String> aliases() {
                return List.of("word");
            }

            @Override
            public void write(Report report, Path file) throws IOException {
                AtomicFiles.write(file, stream -> new DocxReportWriter().write(report, stream));
            }
        },
        xlsx("report.xlsx", true) {
            @Override
            public void write(Report report, Path file) throws IOException {
                AtomicFiles.write(file, stream -> new XlsxReportWriter().write(report, stream));
            }
        },
        md("report.md", true) {
            @Override
            public List<String> aliases() {
                return List.of("markdown");
            }

            @Override
            public void write(Report report, Path file) throws IOException {
                new MarkdownReportWriter().write(report, file);
            }
        };

        /** The file's name in the directory. */
        public final String file;
        private final boolean charts;

        Format(String file, boolean charts) {
            this.file = file;
            this.charts = charts;
        }

        @Override
        public String file() {
            return file;
        }

        @Override
        public boolean charts() {
            return charts;
        }
    }

    private ReportFiles() {
    }

    /**
     * Builds the report once and writes each format atomically; returns the files written.
     *
     * @param formats the formats to write, in the order they are listed: built-in ({@link Format}) or registered
     *     ({@link ReportFormats#registered()})
     * @param stamp the time to print in the reports, or null for none (then reruns give identical files)
     */
    public static List<Path> write(AnalysisResult a, Lang lang, Path dir, Collection<? extends ReportFormat> formats, Instant stamp)
            throws IOException {
        Report built = new ReportBuilder(lang).build(a);
        Report report = (stamp == null ? built : built.withGenerated(stamp)).withNote(privacyNote(a.disclosure(), lang));
        // Charts and formats are independent work, done on all cores by one bounded pool (below).
        List<ReportFormat> order = List.copyOf(formats);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "enquete-format");
            t.setDaemon(true);
            return t;
        });
        Path stage = AtomicFiles.stagingDirectory(dir, "report");
        try {
            writeAll(report, stage, order, pool);
            AtomicFiles.moveInto(stage, dir);
        } finally {
            AtomicFiles.deleteRecursively(stage);
        }
        List<Path> written = new ArrayList<>();
        for (ReportFormat f : order) {
            written.add(dir.resolve(f.file()));
        }
        return written;
    }

    private static CompletableFuture<Void> writer(ReportFormat f, Path dir, Report report, ExecutorService pool) {
        Path file = dir.resolve(f.file());
        return CompletableFuture.runAsync(() -> {
            try {
                f.write(report, file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, pool);
    }

    /** The line a report's notes carry: what was masked, in the report's language; null when personal data was kept. */
    public static String privacyNote(Disclosure d, Lang lang) {
        if (d == null || !d.masks()) {
            return null;
        }
        boolean fr = lang == Lang.FR;
        return (fr ? "Données personnelles masquées dans les verbatims : " : "Personal data masked in the verbatims: ") + d.summary(fr);
    }

    /**
     * Every chart's PNG (Word, Excel and Markdown embed it) and inline SVG (the HTML page), then the formats, as tasks of
     * one pool taken in this order: the PNGs, the formats that embed them, the SVGs, the other formats. The longest
     * writers (Word, Excel) thus start as soon as the PNGs are done, and the SVGs fill the other core meanwhile, where
     * the HTML writer used to draw them one after the other at the end. A chart is rendered once ({@link Report.Chart}
     * keeps it); a writer that meets a chart still being rendered waits for it, and a task only ever waits for a task
     * queued before it, so that the pool, first in first out, cannot deadlock. Every file's bytes are the same whatever
     * the order the tasks end in.
     */
    private static void writeAll(Report report, Path dir, List<ReportFormat> order, ExecutorService pool) throws IOException {
        List<Report.Chart> charts = report.charts();
        List<CompletableFuture<Void>> jobs = new ArrayList<>();
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            writers.add(null);
        }
        if (order.stream().anyMatch(ReportFormat::charts)) {
            for (Report.Chart c : charts) {
                jobs.add(CompletableFuture.runAsync(c::png, pool));
            }
        }
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).charts()) {
                writers.set(i, writer(order.get(i), dir, report, pool));
            }
        }
        if (order.contains(Format.html)) {
            for (int i = 0; i < charts.size(); i++) {
                String ids = HtmlReportWriter.chartIds(i + 1);
                Report.Chart c = charts.get(i);
                jobs.add(CompletableFuture.runAsync(() -> c.inlineSvg(ids), pool));
            }
        }
        for (int i = 0; i < order.size(); i++) {
            if (writers.get(i) == null) {
                writers.set(i, writer(order.get(i), dir, report, pool));
            }
        }
        // The formats' failures first, in their order; a chart that failed fails again in the writer that needs it.
        jobs.addAll(0, writers);
        pool.shutdown();
        // All writers end before a failure is reported, so that none still writes while the staging folder goes.
        CompletableFuture.allOf(jobs.toArray(CompletableFuture[]::new)).handle((v, e) -> null).join();
        for (int i = 0; i < jobs.size(); i++) {
            try {
                jobs.get(i).join();
            } catch (CompletionException e) {
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
