package fr.enquete.cli;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.io.AtomicFiles;
import fr.enquete.report.doc.HtmlReportWriter;
import fr.enquete.report.Lang;
import fr.enquete.report.doc.DocxReportWriter;
import fr.enquete.report.doc.MarkdownReportWriter;
import fr.enquete.report.doc.Report;
import fr.enquete.report.doc.ReportBuilder;
import fr.enquete.report.doc.XlsxReportWriter;
import fr.enquete.spec.ReportLayout;
import fr.enquete.spec.SpecReader;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import fr.enquete.text.SurveyTerms;
import fr.enquete.text.TermOptions;
import fr.enquete.text.TermTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report benchmark: a synthetic survey of Q questions (per 20: 8 single choice, 3 multiple choice of 5 options,
 * 3 numeric, 3 scale, 3 French free text recombined from the fixture's real answers) and N respondents, then the
 * time of each step of {@code enquete report --format all}: analysis, term tables, the report model, each format
 * written alone (its charts rendered for it), and all formats as the command writes them (in parallel, each chart
 * rendered once). The total is analysis to all formats. Medians over rounds, after a warm-up round, and the peak heap.
 */
final class ReportBench {

    private static final String[] SINGLE = SurveyBench.SINGLE;
    private static final String[] SCALE = SurveyBench.SCALE;

    private ReportBench() {
    }

    /** Writes export.csv and spec.yaml for {@code questions} questions and {@code respondents} respondents into {@code dir}. */
    static void generate(Path dir, int questions, int respondents, List<String> texts, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        StringBuilder spec = new StringBuilder("survey: \"Synthetic report\"\nquestions:\n");
        List<String> header = new ArrayList<>();
        List<Character> kinds = new ArrayList<>();
        for (int q = 1; q <= questions; q++) {
            int k = (q - 1) % 20;
            String id = "q" + q;
            String label = "Question " + q + " : " + (k < 8 ? "choix unique" : k < 11 ? "choix multiple" : k < 14 ? "nombre"
                    : k < 17 ? "échelle" : "texte libre");
            if (k < 8) {
                spec.append("  - {id: ").append(id).append(", label: \"").append(label).append("\", type: single, choices: [\"")
                        .append(String.join("\", \"", SINGLE)).append("\"]}\n");
                header.add(id);
                kinds.add('s');
            } else if (k < 11) {
                spec.append("  - id: ").append(id).append("\n    label: \"").append(label).append("\"\n    type: multiple\n    columns:\n");
                for (int o = 1; o <= 5; o++) {
                    spec.append("      \"").append(id).append("[SQ00").append(o).append("]\": \"Option ").append(o).append("\"\n");
                    header.add(id + "[SQ00" + o + "]");
                    kinds.add('m');
                }
            } else if (k < 14) {
                spec.append("  - {id: ").append(id).append(", label: \"").append(label).append("\", type: numeric}\n");
                header.add(id);
                kinds.add('n');
            } else if (k < 17) {
                spec.append("  - {id: ").append(id).append(", label: \"").append(label).append("\", type: scale, choices: [\"")
                        .append(String.join("\", \"", SCALE)).append("\"]}\n");
                header.add(id);
                kinds.add('e');
            } else {
                spec.append("  - {id: ").append(id).append(", label: \"").append(label).append("\", type: text}\n");
                header.add(id);
                kinds.add('t');
            }
        }
        Files.writeString(dir.resolve("spec.yaml"), spec, StandardCharsets.UTF_8);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("export.csv"), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\n").build())) {
            p.printRecord(header);
            List<String> row = new ArrayList<>(header.size());
            for (int r = 0; r < respondents; r++) {
                row.clear();
                for (char kind : kinds) {
                    boolean blank = random.nextInt(20) == 0;
                    row.add(switch (kind) {
                        case 's' -> blank ? "" : SINGLE[random.nextInt(SINGLE.length)];
                        case 'm' -> random.nextBoolean() ? "Y" : "";
                        case 'n' -> blank ? "" : String.valueOf(random.nextInt(5000));
                        case 'e' -> blank ? "" : SCALE[random.nextInt(SCALE.length)];
                        // About a third of respondents write something, as in the fixture.
                        default -> random.nextInt(3) != 0 ? "" : texts.get(random.nextInt(texts.size()));
                    });
                }
                p.printRecord(row);
            }
        }
    }

    /** Writes the synthetic survey and its reports into {@code dir} and times them. */
    static void run(int questions, int respondents, int rounds, long seed, Path fixtures, Path dir, PrintWriter w) throws IOException {
        generate(dir, questions, respondents, BenchCommand.realAnswers(fixtures), seed);
        Path export = dir.resolve("export.csv");
        var survey = SpecReader.read(dir.resolve("spec.yaml")).survey();
        w.println("Report: synthetic survey of " + questions + " questions x " + respondents + " respondents ("
                + Files.size(export) / 1024 + " kB, in " + dir + "), every format; " + Runtime.getRuntime().availableProcessors() + " cores; Java "
                + Runtime.version());
        w.flush();
        String[] steps = {"analysis", "term tables", "report model", "html alone", "docx alone", "xlsx alone", "md alone",
            "all formats", "total (analysis to all formats)"};
        double[][] times = new double[steps.length][rounds];
        long answers = 0;
        BenchTimes.resetPeakHeap();
        for (int r = -1; r < rounds; r++) {
            double[] t = new double[steps.length];
            long start = System.nanoTime();
            long a = System.nanoTime();
            SurveyResult result = SurveyAnalyzer.analyze(Importers.open(export, ImportOptions.DEFAULTS), survey, AnalysisOptions.DEFAULTS);
            t[0] = BenchTimes.seconds(a);
            a = System.nanoTime();
            Map<String, TermTable> terms = SurveyTerms.of(result, TermOptions.defaults(), 20);
            t[1] = BenchTimes.seconds(a);
            answers = result.questions().stream().filter(q -> q instanceof fr.enquete.stats.QuestionResult.Text)
                    .mapToLong(q -> ((fr.enquete.stats.QuestionResult.Text) q).answers().size()).sum();
            a = System.nanoTime();
            Report report = new ReportBuilder(Lang.FR).build(result, terms, Map.of(), ReportLayout.DEFAULT);
            t[2] = BenchTimes.seconds(a);
            Path out = Files.createTempDirectory(dir, "report");
            // Each format alone (charts rendered for it), then all of them as enquete report --format all writes them.
            a = System.nanoTime();
            AtomicFiles.write(out.resolve("alone.html"), stream -> new HtmlReportWriter(Lang.FR).write(report, stream));
            t[3] = BenchTimes.seconds(a);
            Report fresh = new ReportBuilder(Lang.FR).build(result, terms, Map.of(), ReportLayout.DEFAULT);
            a = System.nanoTime();
            AtomicFiles.write(out.resolve("alone.docx"), stream -> new DocxReportWriter().write(fresh, stream));
            t[4] = BenchTimes.seconds(a);
            Report fresh2 = new ReportBuilder(Lang.FR).build(result, terms, Map.of(), ReportLayout.DEFAULT);
            a = System.nanoTime();
            AtomicFiles.write(out.resolve("alone.xlsx"), stream -> new XlsxReportWriter().write(fresh2, stream));
            t[5] = BenchTimes.seconds(a);
            Report fresh3 = new ReportBuilder(Lang.FR).build(result, terms, Map.of(), ReportLayout.DEFAULT);
            a = System.nanoTime();
            new MarkdownReportWriter().write(fresh3, out.resolve("alone.md"));
            t[6] = BenchTimes.seconds(a);
            Path all = Files.createTempDirectory(dir, "all");
            a = System.nanoTime();
            fr.enquete.report.doc.ReportFiles.write(new fr.enquete.analysis.AnalysisResult(result, terms, Map.of(), ReportLayout.DEFAULT, fr.enquete.privacy.Disclosure.keeping(), Map.of()), Lang.FR, all,
                    java.util.EnumSet.allOf(fr.enquete.report.doc.ReportFiles.Format.class), null);
            t[7] = BenchTimes.seconds(a);
            t[8] = BenchTimes.seconds(start) - t[3] - t[4] - t[5] - t[6];
            StringBuilder line = new StringBuilder(r < 0 ? "  warm-up:" : "  round " + (r + 1) + ":");
            for (int s = 0; s < steps.length; s++) {
                line.append(s == 0 ? " " : "; ").append(steps[s]).append(' ').append(String.format(Locale.ROOT, "%.2f", t[s])).append(" s");
                if (r >= 0) {
                    times[s][r] = t[s];
                }
            }
            w.println(line);
            w.flush();
        }
        StringBuilder med = new StringBuilder("medians:");
        for (int s = 0; s < steps.length; s++) {
            med.append(s == 0 ? " " : "; ").append(steps[s]).append(' ').append(String.format(Locale.ROOT, "%.2f", BenchTimes.median(times[s]))).append(" s");
        }
        w.println(med);
        w.println(String.format(Locale.ROOT, "throughput: analysis %.0f respondents/s (%d questions each); term tables %.0f answers/s (%d answers)",
                respondents / BenchTimes.median(times[0]), questions, answers / BenchTimes.median(times[1]), answers));
        w.println("peak heap: " + BenchTimes.peakHeapBytes() / (1024 * 1024) + " MB (max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");
        w.flush();
    }
}
