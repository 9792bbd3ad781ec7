package fr.enquete.cli;

import fr.enquete.analysis.CrossTabResult;
import fr.enquete.report.CrossTabWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enquete crosstab}: two questions crossed, with the chi-square test, Cramér's V and Fisher's exact test. */
@Command(name = "crosstab", mixinStandardHelpOptions = true)
final class CrosstabCommand implements Callable<Integer> {

    enum Format { text, json, csv }

    @Mixin
    ExportOptions export = new ExportOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    PrivacyOptions privacy = new PrivacyOptions();

    @Option(names = "--rows", paramLabel = "ID", required = true)
    String rows;

    @Option(names = "--cols", paramLabel = "ID", required = true)
    String cols;

    @Option(names = "--paired")
    boolean paired;

    enum PercentOf { respondents, responses }

    @Option(names = "--percent-of", paramLabel = "BASE", defaultValue = "respondents")
    PercentOf percentOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
    Format format;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (out != null) {
            Pipeline.checkNotInput(out, Pipeline.inputs(export));
        }
        // One reading of the export: weights, the single tables masked beside it, the names to mask, the table and its tests.
        CrossTabResult t = Pipeline.run(() -> Pipeline.analysis(export).disclosure(Pipeline.policy(privacy, output.language()))
                .crossTab(rows, cols, paired));
        CrossTabWriter w = new CrossTabWriter(output.language(), export.precision(), percentOf == PercentOf.responses);
        Output.write(out, stream -> {
            switch (format) {
                case json -> w.json(t, stream);
                case csv -> w.csv(t.table(), stream);
                default -> w.text(t, stream);
            }
        }, spec.commandLine().getOut());
        return Main.OK;
    }
}
