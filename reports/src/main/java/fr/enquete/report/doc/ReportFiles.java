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
        try (Session s = start(lang, formats)) {
            return s.write(a, dir, stamp);
        }
    }

    /**
     * A report started before its analysis ends: {@link Session#tablesRead} (given to
     * {@link fr.enquete.analysis.Analysis#tablesRead}) draws the charts of the questions whose tables the rest of the
     * analysis cannot change on a thread of their own while the free text is masked and analysed, then
     * {@link Session#write} writes the report as {@link #write(AnalysisResult, Lang, Path, Collection, Instant)} does,
     * the same bytes, with those charts already rendered.
     *
     * <pre>{@code
     * try (ReportFiles.Session s = ReportFiles.start(Lang.FR, EnumSet.allOf(ReportFiles.Format.class))) {
     *     AnalysisResult r = Analysis.of(export).spec(spec).tablesRead(s::tablesRead).run();
     *     s.write(r, Path.of("rapport"), null);
     * }
     * }</pre>
     */
    public static Session start(Lang lang, Collection<? extends ReportFormat> formats) {
        return new Session(lang, formats);
    }

    /** See {@link #start}. Not thread-safe: one thread calls {@link #tablesRead} then {@link #write}. */
    public static final class Session implements AutoCloseable {
        private final Lang lang;
        private final List<ReportFormat> order;
        private final ReportBuilder builder;
        private ExecutorService ahead;
        private boolean closed;

        private Session(Lang lang, Collection<? extends ReportFormat> formats) {
            this.lang = lang;
            this.order = List.copyOf(formats);
            this.builder = new ReportBuilder(lang);
        }

        /**
         * Queues, on one thread beside the analysis (the analysing thread keeps a core), the PNGs (for Word, Excel,
         * Markdown) and SVGs (for HTML) of the charts {@link ReportBuilder#prepare} makes of {@code tables}: those the
         * report will hold if their question's final result is the same. Returns at once.
         */
        public void tablesRead(fr.enquete.stats.SurveyResult tables, fr.enquete.spec.ReportLayout layout) {
            open();
            boolean png = order.stream().anyMatch(ReportFormat::charts);
            boolean svg = order.contains(Format.html);
            List<Report.Chart> charts = png || svg ? builder.prepare(tables, layout) : List.of();
            if (charts.isEmpty()) {
                return;
            }
            if (ahead == null) {
                ahead = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "enquete-charts");
                    t.setDaemon(true);
                    return t;
                });
            }
            // A failure here (a chart that cannot be drawn) is met again, and reported, by the writer that needs it.
            if (png) {
                charts.forEach(c -> ahead.execute(() -> quietly(c::png)));
            }
            if (svg) {
                charts.forEach(c -> ahead.execute(() -> quietly(c::renderSvg)));
            }
        }

        private static void quietly(Runnable r) {
            try {
                r.run();
            } catch (RuntimeException | Error e) {
                // Left to the writer that needs the chart.
            }
        }

        /** Builds the report once and writes each format atomically; returns the files written. */
        public List<Path> write(AnalysisResult a, Path dir, Instant stamp) throws IOException {
            open();
            Report built = builder.build(a);
            Report report = (stamp == null ? built : built.withGenerated(stamp)).withNote(privacyNote(a.disclosure(), lang));
            if (ahead != null && order.contains(Format.html)) {
                // The SVGs not drawn ahead (the word clouds, made of the term tables) are drawn there too, beside the
                // Word and Excel writers, rather than after them.
                report.charts().forEach(c -> ahead.execute(() -> quietly(c::renderSvg)));
            }
            // Charts and formats are independent work, done on all cores by one bounded pool (below).
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "enquete-format");
                t.setDaemon(true);
                return t;
            });
            try (AtomicFiles.Staging stage = AtomicFiles.stage(dir, "report")) {
                writeAll(report, stage.path(), order, pool);
                stage.commit();
            }
            List<Path> written = new ArrayList<>();
            for (ReportFormat f : order) {
                written.add(dir.resolve(f.file()));
            }
            return written;
        }

        /** A closed session's pool is shut down: using it again was a RejectedExecutionException from inside. */
        private void open() {
            if (closed) {
                throw new IllegalStateException("this report session is closed: start another (ReportFiles.start)");
            }
        }

        /** Stops drawing ahead: what is left in the queue was not needed (its question's result changed). */
        @Override
        public void close() {
            closed = true;
            if (ahead != null) {
                ahead.shutdownNow();
            }
        }
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
        return (fr ? "Données personnelles masquées dans les verbatims\u00A0: " : "Personal data masked in the verbatims: ") + d.summary(fr);
    }

    /**
     * Every chart's PNG (Word, Excel and Markdown embed it) and inline SVG (the HTML page), then the formats, as tasks of
     * one pool taken in this order: the PNGs, the formats that embed them, the SVGs, the other formats. The longest
     * writers (Word, Excel) thus start as soon as the PNGs are done, and the SVGs fill the other core meanwhile, where
     * the HTML writer used to draw them one after the other at the end. A chart is rendered once ({@link Report.Chart}
     * keeps it); a writer that meets a chart still being rendered waits for it, and a task only ever waits for a task
     * queued before it or for a chart the {@link Session}'s thread is drawing (which waits for nothing), so that the
     * pool, first in first out, cannot deadlock. Every file's bytes are the same whatever the order the tasks end in.
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
            for (Report.Chart c : charts) {
                jobs.add(CompletableFuture.runAsync(c::renderSvg, pool));
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
