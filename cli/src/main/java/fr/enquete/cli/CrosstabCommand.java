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
@Command(name = "crosstab", mixinStandardHelpOptions = true,
        description = "Cross-tabulates two choice questions: counts, row and column percentages, Pearson's chi-square test,"
                + " Cramér's V, a warning on small expected counts, Fisher's exact test for 2 x 2 tables.")
final class CrosstabCommand implements Callable<Integer> {

    enum Format { text, json, csv }

    @Mixin
    ExportOptions export = new ExportOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    PrivacyOptions privacy = new PrivacyOptions();

    @Option(names = "--rows", paramLabel = "ID", required = true, description = "The question in rows.")
    String rows;

    @Option(names = "--cols", paramLabel = "ID", required = true, description = "The question in columns.")
    String cols;

    @Option(names = "--paired", description = "The two questions are two waves of the same respondents (a panel): both axes get the same"
            + " choices in the same order, and McNemar's test (2 x 2, with its exact binomial form) or Bowker's test of symmetry is given.")
    boolean paired;

    enum PercentOf { respondents, responses }

    @Option(names = "--percent-of", paramLabel = "BASE", defaultValue = "respondents",
            description = "With a multiple-choice question: percentages of the respondents (default, a line adds up to more than 100 %%)"
                    + " or of the responses, the options ticked (SPSS's percent of responses).")
    PercentOf percentOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or csv.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (atomically) instead of standard output.")
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
