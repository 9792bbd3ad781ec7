package fr.enquete.cli;

import fr.enquete.analysis.AnalysisResult;
import fr.enquete.model.Message;
import fr.enquete.stats.SurveyResult;
import fr.enquete.io.AtomicFiles;
import fr.enquete.report.Lang;
import fr.enquete.report.StatsFormat;
import fr.enquete.report.StatsFormats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enquete stats}: every question's table, as text, JSON or CSV. */
@Command(name = "stats", mixinStandardHelpOptions = true)
final class StatsCommand implements Callable<Integer> {

    @Mixin
    ExportOptions export = new ExportOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    TextOptions text = new TextOptions();

    @Mixin
    PrivacyOptions privacy = new PrivacyOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
    String format;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Option(names = "--by", paramLabel = "ID")
    String by;

    @Mixin
    RepeatedSegmentsOptions repeated = new RepeatedSegmentsOptions();

    @Option(names = "--verbatims")
    boolean verbatims;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Lang lang = output.language();
        StatsFormat chosen = format(format);
        StatsFormat.Options options = new StatsFormat.Options(lang, verbatims);
        fr.enquete.text.RepeatedSegments.Settings segments = repeated.settings(text);
        if (out != null) {
            Pipeline.checkNotInput(out, Pipeline.inputs(export, text, privacy));
        }
        if (by != null) {
            if (segments != null) {
                throw new UsageException(Message.of("usage.stats.segments.by"));
            }
            if (!chosen.writesGroups()) {
                throw new UsageException(Message.of("usage.stats.by.format", UsageErrors.either(StatsFormats.registered()
                        .stream().filter(StatsFormat::writesGroups).map(StatsFormat::name).toList()), chosen.name()));
            }
            fr.enquete.analysis.GroupedResult grouped = Pipeline.run(() -> Pipeline.analysis(export)
                    .disclosure(Pipeline.policy(privacy, lang)).runByGroup(by));
            Pipeline.leftOut(grouped, export, spec.commandLine().getErr());
            PrivacyOptions.report(grouped.disclosure(), lang, spec.commandLine().getErr());
            Map<String, SurveyResult> groups = grouped.groups();
            Output.write(out, stream -> chosen.writeGroups(by, groups, options, stream), spec.commandLine().getOut());
            return Main.OK;
        }
        AnalysisResult analysis;
        try (Progress progress = Progress.of(spec.commandLine().getErr(), export.export)) {
            analysis = Pipeline.run(() -> Pipeline.analysis(export, text, false, privacy, lang, progress::phase)
                    .repeatedSegments(segments).run());
        }
        PrivacyOptions.report(analysis.disclosure(), lang, spec.commandLine().getErr());
        Pipeline.hiddenRows(analysis.result(), spec.commandLine().getErr());
        AtomicFiles.Content content = stream -> chosen.write(analysis, options, stream);
        Output.write(out, content, spec.commandLine().getOut());
        return Main.OK;
    }

    /** The format {@code --format} names, among {@link StatsFormats#registered()}. */
    static StatsFormat format(String name) {
        return StatsFormats.named(name).orElseThrow(() -> new UsageException(Message.of("usage.format.unknown", name,
                String.join(", ", StatsFormats.registered().stream().map(StatsFormat::name).toList()))));
    }
}
