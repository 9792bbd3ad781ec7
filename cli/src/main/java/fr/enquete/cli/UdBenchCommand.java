package fr.enquete.cli;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import fr.enquete.report.Lang;
import fr.enquete.report.NumberFormats;
import fr.enquete.text.Annotator;
import fr.enquete.text.UdScore;
import fr.enquete.text.UdTreebank;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code enquete bench ud}: the French text pipeline scored against Universal Dependencies treebank files. The raw
 * text is rebuilt from the sentences' {@code # text} comments (joined by spaces, so sentences must be found), then
 * annotated and scored as the CoNLL 2018 scorer does ({@link UdScore}); the reference's own words are also
 * annotated, to tell tokenisation errors from tagging and lemma errors. Throughput is the median of several rounds
 * on one thread, after a warm-up.
 */
@Command(name = "ud", mixinStandardHelpOptions = true)
final class UdBenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "3")
    int rounds;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0")
    int errors;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (rounds < 1 || errors < 0) {
            throw new UsageException(Message.of("usage.udbench.rounds"));
        }
        PrintWriter w = spec.commandLine().getOut();
        NumberFormats n = new NumberFormats(Lang.EN);
        Annotator annotator = new Annotator();
        for (Path file : files) {
            List<UdTreebank.Sentence> gold = UdTreebank.read(read(file), file.toString());
            String text = rawText(gold, file);
            List<Annotator.Sentence> system = annotator.annotate(text);
            double[] seconds = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                annotator.annotate(text);
                seconds[r] = (System.nanoTime() - t0) / 1e9;
            }
            UdScore.Result raw = UdScore.score(gold, system);
            UdScore.Result words = UdScore.scoreWords(gold, annotator.annotate(
                    gold.stream().map(s -> s.words().stream().map(UdTreebank.Word::form).toList()).toList()));
            w.println(file.getFileName() + ": " + n.integer(gold.size()) + " sentences, " + n.integer(raw.goldTokens())
                    + " tokens, " + n.integer(raw.goldWords()) + " words, " + n.integer(raw.contentWords()) + " content words");
            w.println("  from raw text:    tokens F1 " + String.format(java.util.Locale.ROOT, "%.4f", raw.tokenF1())
                    + ", UPOS " + pct(raw.uposF1()) + ", lemmas " + pct(raw.lemmaF1())
                    + ", content-word lemmas " + pct(raw.contentLemmaAccuracy()) + " (case-insensitive)");
            w.println("  from gold tokens: UPOS " + pct(words.uposF1()) + ", lemmas " + pct(words.lemmaF1())
                    + ", content-word lemmas " + pct(words.contentLemmaAccuracy()));
            long tokens = system.stream().mapToLong(s -> s.words().size()).sum();
            double median = BenchTimes.median(seconds);
            w.println("  throughput: " + n.integer(Math.round(tokens / median)) + " words/s (one thread, median of " + rounds
                    + " rounds, " + n.decimal(median) + " s)");
            if (errors > 0) {
                printErrors(w, raw.mismatches());
            }
            w.flush();
        }
        return Main.OK;
    }

    private void printErrors(PrintWriter w, List<UdScore.Mismatch> mismatches) {
        Function<UdScore.Mismatch, String> key = m -> m.form() + " " + m.upos() + " " + m.lemma() + " -> "
                + (m.systemUpos() == null ? "(not aligned)" : m.systemUpos() + " " + m.systemLemma());
        Map<String, Long> counts = mismatches.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        List<Map.Entry<String, Long>> top = new ArrayList<>(counts.entrySet());
        top.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        w.println("  most frequent errors (reference -> pipeline):");
        top.stream().limit(errors).forEach(e -> w.println("    " + e.getValue() + "\t" + e.getKey()));
    }

    private static String pct(double share) {
        return String.format(java.util.Locale.ROOT, "%.2f %%", 100 * share);
    }

    /** The treebank's raw text: its sentences' {@code # text}, joined by spaces. */
    private static String rawText(List<UdTreebank.Sentence> gold, Path file) {
        StringBuilder b = new StringBuilder();
        for (UdTreebank.Sentence s : gold) {
            if (s.text() == null) {
                throw new InputException(SourceLocation.file(file.toString()), Message.of("cli.udbench.text",
                        s.id() != null ? s.id() : ""));
            }
            b.append(b.isEmpty() ? "" : " ").append(s.text());
        }
        return b.toString();
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(SourceLocation.file(file.toString()), Message.of("input.file.missing"));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(SourceLocation.file(file.toString()), Message.of("annotate.utf8"));
        }
    }
}
