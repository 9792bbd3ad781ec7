package fr.enquete.cli;

import fr.enquete.analysis.AnalysisResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.io.AtomicFiles;
import fr.enquete.report.CsvStatsWriter;
import fr.enquete.report.JsonStatsWriter;
import fr.enquete.report.Lang;
import fr.enquete.report.TextStatsWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enquete stats}: every question's table, as text, JSON or CSV. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Frequency tables, numeric summaries and free-text counts for every question.")
final class StatsCommand implements Callable<Integer> {

    enum Format { text, json, csv }

    @Mixin
    ExportOptions export = new ExportOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    TextOptions text = new TextOptions();

    @Mixin
    PrivacyOptions privacy = new PrivacyOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or csv.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (atomically) instead of standard output.")
    Path out;

    @Option(names = "--by", paramLabel = "ID", description = "Tables per group of this single-choice question (e.g. dpt), each over its own respondents.")
    String by;

    @Option(names = "--verbatims", description = "Include the free-text answers themselves (they may hold personal data).")
    boolean verbatims;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Lang lang = output.language();
        if (out != null) {
            Pipeline.checkNotInput(out, Pipeline.inputs(export, text, privacy));
        }
        if (by != null) {
            if (format == Format.csv) {
                throw new UsageException("--by writes text or JSON; for CSV, run stats once per group with a filter in the spec");
            }
            fr.enquete.analysis.GroupedResult grouped = Pipeline.run(() -> Pipeline.analysis(export)
                    .disclosure(Pipeline.policy(privacy, lang)).runByGroup(by));
            Pipeline.leftOut(grouped, export, spec.commandLine().getErr());
            PrivacyOptions.report(grouped.disclosure(), spec.commandLine().getErr());
            Map<String, SurveyResult> groups = grouped.groups();
            Output.write(out, stream -> {
                if (format == Format.json) {
                    new JsonStatsWriter(lang, verbatims).writeGroups(by, groups, stream);
                } else {
                    TextStatsWriter w = new TextStatsWriter(lang, verbatims);
                    for (Map.Entry<String, SurveyResult> e : groups.entrySet()) {
                        stream.write(("===== " + by + " = " + e.getKey() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        w.write(e.getValue(), Map.of(), stream);
                        stream.write('\n');
                    }
                }
            }, spec.commandLine().getOut());
            return Main.OK;
        }
        AnalysisResult analysis;
        try (Progress progress = Progress.of(spec.commandLine().getErr(), export.export)) {
            analysis = Pipeline.run(() -> Pipeline.analysis(export, text, false, privacy, lang, progress::phase).run());
        }
        PrivacyOptions.report(analysis.disclosure(), spec.commandLine().getErr());
        AtomicFiles.Content content = stream -> write(analysis, lang, stream);
        Output.write(out, content, spec.commandLine().getOut());
        return Main.OK;
    }

    private void write(AnalysisResult a, Lang lang, OutputStream stream) throws IOException {
        switch (format) {
            case json -> new JsonStatsWriter(lang, verbatims).write(a.result(), a.terms(), stream);
            case csv -> new CsvStatsWriter(lang).write(a.result(), a.terms(), stream);
            default -> new TextStatsWriter(lang, verbatims).write(a.result(), a.terms(), stream);
        }
    }
}
