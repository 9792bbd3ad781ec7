package fr.enquete.cli;

import fr.enquete.text.SentenceSplitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code enquete bench --commands}: the commands users wait for, each run as a whole command in a fresh JVM (start,
 * class loading and JIT included): through the {@code enquete} launcher when this JVM was started by it, so with the
 * options the launcher chooses for each command, else with this JVM's options; rounds alternated between the commands so that a busy machine slows them alike; the median wall
 * time, the largest peak resident memory and the machine's load are printed. Timings belong here, not in unit tests.
 */
final class CommandBench {

    /** Set on the child JVMs: {@link Main#main} then prints the process's peak resident memory on standard error. */
    static final String PEAK_PROPERTY = "enquete.bench.peak";
    static final String PEAK_LINE = "enquete-bench: peak resident kB ";

    private static final Pattern PEAK = Pattern.compile(Pattern.quote(PEAK_LINE) + "(\\d+)");

    private CommandBench() {
    }

    /** One command of the table: what it is, its arguments and the target. */
    private record Work(String label, List<String> args, String target) {
    }

    static void run(int rounds, int respondents, int rows, int sentences, long seed, Path fixtures, Path dir, PrintWriter w)
            throws IOException {
        ExportOptions fixture = DemoCommand.fixtureSurvey(fixtures);
        List<String> texts = BenchCommand.realAnswers(fixtures);
        Path report = dir.resolve("report-" + respondents + "x60");
        ReportBench.generate(report, 60, respondents, texts, seed);
        Path survey = dir.resolve("survey-" + rows + "x60");
        SurveyBench.generate(survey, rows, seed);
        Path text = dir.resolve("sentences-" + sentences);
        writeSentences(text, sentences, texts, seed);
        Path out = dir.resolve("out");
        List<Work> works = List.of(
                new Work("report --format all, fixture survey (91 x 30)",
                        List.of("report", fixture.export.toString(), "--spec", fixture.spec.toString(), "--format", "all",
                                "--out", out.resolve("fixture").toString()), "< 3 s"),
                new Work("report --format all, " + spaced(respondents) + " x 60 synthetic survey",
                        List.of("report", report.resolve("export.csv").toString(), "--spec", report.resolve("spec.yaml").toString(),
                                "--format", "all", "--out", out.resolve("synthetic").toString()), "< 3 s, < 300 MB"),
                new Work("stats --format json, " + spaced(rows) + " x 60",
                        List.of("stats", survey.resolve("export.csv").toString(), "--spec", survey.resolve("spec.yaml").toString(),
                                "--format", "json", "--no-terms", "--out", out.resolve("stats.json").toString()), "< 512 MB resident"),
                // What a user runs first on a new export: the type inference's pass, then the analysis's.
                new Work("inspect, " + spaced(rows) + " x 60",
                        List.of("inspect", survey.resolve("export.csv").toString()), "none (everyday speed)"),
                new Work("terms, " + spaced(sentences) + " French sentences",
                        List.of("terms", text.resolve("export.csv").toString(), "--spec", text.resolve("spec.yaml").toString(),
                                "--question", "texte", "--out", out.resolve("terms.txt").toString()), "< 3 s"));
        Files.createDirectories(out);
        List<String> jvm = childOptions();
        w.println("Commands as users run them, each in a new JVM: " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ", "
                + (launcher() != null ? "started by " + launcher() + " (ENQUETE_JAVA_OPTS=" + System.getenv().getOrDefault("ENQUETE_JAVA_OPTS", "") + ")"
                        : "JVM options: " + (jvm.isEmpty() ? "(none)" : String.join(" ", jvm))));
        w.println("load average before: " + loadAverage());
        w.flush();
        double[][] seconds = new double[works.size()][rounds];
        long[] peakKb = new long[works.size()];
        for (int r = 0; r < rounds; r++) {
            for (int c = 0; c < works.size(); c++) {
                long[] peak = new long[1];
                seconds[c][r] = time(jvm, works.get(c).args(), dir, peak);
                peakKb[c] = Math.max(peakKb[c], peak[0]);
                w.println(String.format(Locale.ROOT, "  round %d: %s: %.2f s, %d MB resident", r + 1, works.get(c).label(), seconds[c][r],
                        peak[0] / 1024));
                w.flush();
            }
        }
        w.println("load average after: " + loadAverage());
        for (int c = 0; c < works.size(); c++) {
            double[] s = seconds[c];
            w.println(String.format(Locale.ROOT, "%s: median %.2f s, peak %d MB resident (target %s; runs %s)", works.get(c).label(),
                    BenchTimes.median(s), peakKb[c] / 1024, works.get(c).target(), runs(s)));
        }
        w.flush();
    }

    /** One whole command in a new JVM: its wall seconds; {@code peak[0]} gets its peak resident kB (0 if unknown). */
    private static double time(List<String> jvm, List<String> args, Path dir, long[] peak) throws IOException {
        List<String> command = new ArrayList<>();
        Path launcher = launcher();
        if (launcher != null) {
            command.add(launcher.toString());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvm);
            command.add("-D" + PEAK_PROPERTY + "=true");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(Main.class.getName());
        }
        command.addAll(args);
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        if (launcher != null) {
            // The launcher chooses the JVM's options as for a user (ENQUETE_JAVA_OPTS, if set, still wins).
            String opts = System.getenv().getOrDefault("ENQUETE_JAVA_OPTS", "");
            pb.environment().put("ENQUETE_JAVA_OPTS", (opts + " -D" + PEAK_PROPERTY + "=true").strip());
        }
        long start = System.nanoTime();
        Process p = pb.start();
        int code;
        try {
            code = p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while benchmarking " + String.join(" ", args), e);
        }
        double seconds = BenchTimes.seconds(start);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        if (code != 0) {
            throw new IllegalStateException("the benchmarked command failed (exit " + code + "): enquete " + String.join(" ", args)
                    + "\n" + stderr);
        }
        Matcher m = PEAK.matcher(stderr);
        peak[0] = m.find() ? Long.parseLong(m.group(1)) : 0;
        return seconds;
    }

    /** The {@code enquete} launcher this JVM was started by (it sets -Denquete.launcher), or null (tests, a bare java -jar). */
    static Path launcher() {
        String home = System.getProperty("enquete.home");
        if (home == null || !Boolean.getBoolean("enquete.launcher")) {
            return null;
        }
        Path script = Path.of(home, "enquete");
        return Files.isExecutable(script) && Files.isRegularFile(Path.of(home, "cli", "target", "enquete.jar")) ? script : null;
    }

    /** The options this JVM was started with (heap, collector, the launcher's properties), for the commands it starts. */
    private static List<String> childOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib:jdwp") && !a.startsWith("-D" + PEAK_PROPERTY) && !a.startsWith("-Denquete.progress")
                        && !a.startsWith("-Denquete.launcher"))
                .toList();
    }

    /** The 1, 5 and 15 minute load averages (Linux), else what the JVM reports. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The process's peak resident memory in kB (VmHWM, Linux), or -1 where unknown. */
    static long peakResidentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** 1 000 000: thousands apart by a space, as the table writes them. */
    private static String spaced(int n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    private static String runs(double[] s) {
        return String.join(" ", Arrays.stream(s).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
    }

    /**
     * {@code n} French sentences, one answer each, drawn with a fixed seed from the sentences of the fixture's real
     * free-text answers (cut by the French sentence model): realistic French, any volume, the same for a seed.
     */
    static void writeSentences(Path dir, int n, List<String> answers, long seed) throws IOException {
        SentenceSplitter splitter = new SentenceSplitter();
        List<String> pool = new ArrayList<>();
        for (String answer : answers) {
            for (String line : answer.split("\n")) {
                splitter.split(line).forEach(s -> pool.add(s.text()));
            }
        }
        Random random = new Random(seed);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("spec.yaml"), "survey: \"Phrases\"\nquestions:\n  - {id: texte, label: \"Texte\", type: text}\n",
                StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder("texte\n");
        for (int i = 0; i < n; i++) {
            csv.append('"').append(pool.get(random.nextInt(pool.size())).replace("\"", "\"\"")).append("\"\n");
        }
        Files.writeString(dir.resolve("export.csv"), csv, StandardCharsets.UTF_8);
    }
}
