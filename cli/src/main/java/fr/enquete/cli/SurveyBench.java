package fr.enquete.cli;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Header;
import fr.enquete.model.Row;
import fr.enquete.spec.SpecReader;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The statistics benchmark: a synthetic survey of N respondents x 60 questions as the issue describes a
 * large regional survey (20 single choice, 4 multiple-choice groups of 5 columns, 10 numeric, 10 scale;
 * a ';' CSV), then the time to merely parse it (the floor: the same parts on the same threads, nothing counted)
 * and to compute every table and numeric summary with exact quartiles, medians over rounds, and the peak heap.
 */
final class SurveyBench {

    static final String[] SINGLE = {"Oui", "Non", "Ne sait pas", "Parfois", "Souvent"};
    static final String[] SCALE = {"Tout à fait d'accord", "Plutôt d'accord", "Plutôt pas d'accord", "Pas du tout d'accord"};

    private SurveyBench() {
    }

    /** Writes the survey (export.csv) and its spec (spec.yaml) into {@code dir}; deterministic for a seed. */
    static void generate(Path dir, int respondents, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        StringBuilder spec = new StringBuilder("survey: \"Synthetic survey\"\nquestions:\n");
        // A submission date first, as every LimeSurvey export has: the analysis follows its order (questions added
        // mid-survey), which a file without one would not measure.
        StringBuilder header = new StringBuilder("submitdate");
        for (int i = 0; i < 20; i++) {
            header.append(";s").append(i);
            spec.append("  - {id: s").append(i).append(", type: single, choices: [\"").append(String.join("\", \"", SINGLE)).append("\"]}\n");
        }
        for (int g = 0; g < 4; g++) {
            spec.append("  - id: m").append(g).append("\n    type: multiple\n    columns:\n");
            for (int k = 1; k <= 5; k++) {
                header.append(";m").append(g).append("[SQ00").append(k).append("]");
                spec.append("      \"m").append(g).append("[SQ00").append(k).append("]\": \"Option ").append(k).append("\"\n");
            }
        }
        for (int i = 0; i < 10; i++) {
            header.append(";n").append(i);
            spec.append("  - {id: n").append(i).append(", type: numeric}\n");
        }
        for (int i = 0; i < 10; i++) {
            header.append(";e").append(i);
            spec.append("  - {id: e").append(i).append(", type: scale, choices: [\"").append(String.join("\", \"", SCALE)).append("\"]}\n");
        }
        Files.writeString(dir.resolve("spec.yaml"), spec, StandardCharsets.UTF_8);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("export.csv"), StandardCharsets.UTF_8)) {
            w.write(header.toString());
            w.write('\n');
            StringBuilder line = new StringBuilder(512);
            java.time.LocalDateTime submitted = java.time.LocalDateTime.of(2024, 3, 1, 8, 0);
            java.time.format.DateTimeFormatter iso = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
            for (int r = 0; r < respondents; r++) {
                line.setLength(0);
                // In submission order, a few seconds apart (LimeSurvey's form).
                submitted = submitted.plusSeconds(random.nextInt(30));
                line.append(iso.format(submitted));
                for (int i = 0; i < 20; i++) {
                    // About 5 % without answer, as real surveys have.
                    line.append(';').append(random.nextInt(20) == 0 ? "" : SINGLE[random.nextInt(SINGLE.length)]);
                }
                for (int i = 0; i < 20; i++) {
                    line.append(';').append(random.nextBoolean() ? "Y" : "");
                }
                for (int i = 0; i < 10; i++) {
                    line.append(';');
                    if (random.nextInt(20) != 0) {
                        line.append(random.nextInt(5000));
                    }
                }
                for (int i = 0; i < 10; i++) {
                    line.append(';').append(random.nextInt(20) == 0 ? "" : SCALE[random.nextInt(SCALE.length)]);
                }
                line.append('\n');
                w.write(line.toString());
            }
        }
    }

    /** Writes the synthetic survey into {@code dir} and times it. */
    static void run(int respondents, int rounds, long seed, Path dir, PrintWriter w) throws IOException {
        long t0 = System.nanoTime();
        generate(dir, respondents, seed);
        Path export = dir.resolve("export.csv");
        w.println("Statistics: synthetic survey of " + respondents + " respondents x 60 questions (20 single, 4 x 5 multiple,"
                + " 10 numeric, 10 scale) and a submission date, " + Files.size(export) / (1024 * 1024) + " MB, written in "
                + String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9) + " s to " + dir);
        w.flush();
        var survey = SpecReader.read(dir.resolve("spec.yaml")).survey();
        double[] parse = new double[rounds];
        double[] stats = new double[rounds];
        double[] statsCpu = new double[rounds];
        // The process's CPU time (all threads: parts, cut scan, compilers), less sensitive than wall time to a
        // machine loaded by other sessions; from the third round or so the compilers are done (docs/performance.md).
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        BenchTimes.resetPeakHeap();
        long rows = 0;
        for (int r = 0; r < rounds; r++) {
            // The floor: the same parts the analysis reads, on the same threads, with nothing counted.
            java.util.List<TableSource> parts = Importers.open(export, ImportOptions.DEFAULTS).split(SurveyAnalyzer.partBytes());
            java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
            long a = System.nanoTime();
            parts.parallelStream().forEach(part -> part.read(new TableHandler() {
                @Override
                public void header(Header header) {
                }

                @Override
                public void row(Row row) {
                    count.incrementAndGet();
                }
            }));
            long b = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            SurveyResult result = SurveyAnalyzer.analyze(Importers.open(export, ImportOptions.DEFAULTS), survey, AnalysisOptions.DEFAULTS);
            long c = System.nanoTime();
            statsCpu[r] = (os.getProcessCpuTime() - cpu) / 1e9;
            rows = count.get();
            parse[r] = (b - a) / 1e9;
            stats[r] = (c - b) / 1e9;
            w.println(String.format(java.util.Locale.ROOT, "  round %d: parse only %.2f s; parse + all tables %.2f s, CPU %.2f s (%d respondents)",
                    r + 1, parse[r], stats[r], statsCpu[r], result.respondents()));
            w.flush();
        }
        double p = BenchTimes.median(parse);
        double s = BenchTimes.median(stats);
        w.println(String.format(java.util.Locale.ROOT, "parse floor median: %.2f s (%.0f rows/s)", p, rows / p));
        w.println(String.format(java.util.Locale.ROOT, "all tables median: %.2f s (%.0f rows/s), %.0f %% of it parsing; CPU median %.2f s",
                s, rows / s, 100 * p / s, BenchTimes.median(statsCpu)));
        w.println("peak heap: " + BenchTimes.peakHeapBytes() / (1024 * 1024) + " MB (max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");
        w.flush();
    }


}
