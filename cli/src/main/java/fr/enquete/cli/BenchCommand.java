package fr.enquete.cli;

import fr.enquete.model.Message;
import fr.enquete.report.Lang;
import fr.enquete.report.NumberFormats;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.text.FrenchPipeline;
import fr.enquete.text.TermIndex;
import fr.enquete.text.TermOptions;
import fr.enquete.text.TermTables;
import fr.enquete.text.TextDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code enquete bench}: measures the French text pipeline (sentences, tokens, POS, lemmas) and the whole term
 * table on synthetic answers recombined from the fixture survey's real free-text answers, after a warm-up,
 * over several rounds (the median is reported), with the peak heap. Timings belong here, not in unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = UdBenchCommand.class)
final class BenchCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    DebugOption debug = new DebugOption();

    @Option(names = "--answers", paramLabel = "N", defaultValue = "20000")
    int answers;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "3")
    int rounds;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--fixtures", paramLabel = "DIR")
    Path fixtures;

    @Option(names = "--survey", paramLabel = "N")
    Integer survey;

    @Option(names = "--report", paramLabel = "Q")
    Integer report;

    @Option(names = "--commands")
    boolean commands;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000")
    int rows;

    @Option(names = "--sentences", paramLabel = "N", defaultValue = "6000")
    int sentences;

    @Option(names = "--respondents", paramLabel = "N")
    Integer respondents;

    @Option(names = "--keep", paramLabel = "DIR")
    Path keep;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (answers < 1 || rounds < 1) {
            throw new UsageException(Message.of("usage.all.at.least", UsageErrors.all("--answers", "--rounds"), 1));
        }
        if (commands) {
            int people = respondents != null ? respondents : 2000;
            if (rows < 1 || sentences < 1 || people < 1) {
                throw new UsageException(Message.of("usage.all.at.least", UsageErrors.all("--rows", "--sentences", "--respondents"), 1));
            }
            try (ScratchDirectory dir = ScratchDirectory.keptOrTemporary(keep, "enquete-commands-bench")) {
                CommandBench.run(rounds, people, rows, sentences, seed, fixtures, dir.path(), spec.commandLine().getOut());
            }
            return Main.OK;
        }
        if (report != null) {
            int people = respondents != null ? respondents : 1000;
            if (report < 1 || people < 1) {
                throw new UsageException(Message.of("usage.all.at.least", UsageErrors.all("--report", "--respondents"), 1));
            }
            try (ScratchDirectory dir = ScratchDirectory.keptOrTemporary(keep, "enquete-report-bench")) {
                ReportBench.run(report, people, rounds, seed, fixtures, dir.path(), spec.commandLine().getOut());
            }
            return Main.OK;
        }
        if (survey != null) {
            if (survey < 1) {
                throw new UsageException(Message.of("usage.at.least", "--survey", 1));
            }
            try (ScratchDirectory dir = ScratchDirectory.keptOrTemporary(keep, "enquete-bench")) {
                SurveyBench.run(survey, rounds, seed, dir.path(), spec.commandLine().getOut());
            }
            return Main.OK;
        }
        List<String> pool = realAnswers(fixtures);
        List<TextDocument> docs = synthetic(pool, answers, seed);
        NumberFormats n = new NumberFormats(Lang.EN);
        PrintWriter w = spec.commandLine().getOut();
        int threads = Runtime.getRuntime().availableProcessors();
        w.println("French text pipeline: " + n.integer(docs.size()) + " synthetic answers recombined from the fixture's "
                + pool.size() + " real answers; " + threads + " cores; Java " + Runtime.version());
        w.flush();
        // Warm-up: loads the models and lets the JIT compile the hot paths.
        TermIndex.build(docs.subList(0, Math.min(docs.size(), 3000)), TermOptions.defaults());
        BenchTimes.resetPeakHeap();
        double[] pipelineSeconds = new double[rounds];
        double[] tableSeconds = new double[rounds];
        long tokens = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            tokens = pipeline(docs);
            long t1 = System.nanoTime();
            TermIndex index = TermIndex.build(docs, TermOptions.defaults());
            TermTables.lemmas(index, 20);
            long t2 = System.nanoTime();
            pipelineSeconds[r] = (t1 - t0) / 1e9;
            tableSeconds[r] = (t2 - t1) / 1e9;
            w.println("  round " + (r + 1) + ": pipeline " + n.decimal(pipelineSeconds[r]) + " s ("
                    + n.integer(Math.round(tokens / pipelineSeconds[r])) + " tokens/s); term table " + n.decimal(tableSeconds[r]) + " s");
            w.flush();
        }
        double pipeline = BenchTimes.median(pipelineSeconds);
        double table = BenchTimes.median(tableSeconds);
        w.println("tokens: " + n.integer(tokens));
        w.println("pipeline median: " + n.decimal(pipeline) + " s, " + n.integer(Math.round(tokens / pipeline)) + " tokens/s");
        w.println("term table median: " + n.decimal(table) + " s for " + n.integer(docs.size()) + " answers, "
                + n.integer(Math.round(docs.size() / table)) + " answers/s");
        w.println("peak heap: " + n.integer(BenchTimes.peakHeapBytes() / (1024 * 1024)) + " MB");
        w.flush();
        return Main.OK;
    }

    /** Runs the pipeline on every answer, in parallel as TermIndex does; returns the number of tokens. */
    private static long pipeline(List<TextDocument> docs) {
        ThreadLocal<FrenchPipeline> pipelines = ThreadLocal.withInitial(FrenchPipeline::new);
        return IntStream.range(0, docs.size()).parallel()
                .mapToLong(i -> pipelines.get().analyse(docs.get(i).text()).size())
                .sum();
    }

    /** The free-text answers of the fixture survey. */
    static List<String> realAnswers(Path fixtures) {
        SurveyResult result = Pipeline.run(() -> Pipeline.analysis(FixtureSurvey.options(fixtures)).tables());
        List<String> texts = new ArrayList<>();
        for (QuestionResult q : result.questions()) {
            if (q instanceof QuestionResult.Text t) {
                t.answers().forEach(v -> texts.add(v.text()));
            }
        }
        if (texts.isEmpty()) {
            throw new UsageException(Message.of("usage.bench.texts"));
        }
        return texts;
    }

    /** Answers of one to three real answers each, drawn with a fixed seed: realistic French, any volume. */
    static List<TextDocument> synthetic(List<String> pool, int n, long seed) {
        Random random = new Random(seed);
        List<TextDocument> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int parts = 1 + random.nextInt(3);
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < parts; p++) {
                text.append(p > 0 ? " " : "").append(pool.get(random.nextInt(pool.size())));
            }
            docs.add(new TextDocument(i + 1, text.toString(), null));
        }
        return docs;
    }


}
