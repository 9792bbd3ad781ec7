package fr.enquete.cli;

import fr.enquete.importer.TableSource;
import fr.enquete.report.CrossTabWriter;
import fr.enquete.stats.CrossTab;
import java.io.IOException;
import java.util.List;
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
        TableSource source = Pipeline.source(export);
        fr.enquete.privacy.Disclosure disclosure = Pipeline.disclosure(export, privacy, output.language());
        fr.enquete.model.Survey survey = Pipeline.survey(export, source);
        CrossTab read = CrossTab.of(source, survey, rows, cols, Pipeline.options(export));
        CrossTab aligned = paired ? read.paired() : read;
        // Masked together with the single tables that stats publishes from the same data and --secret (and their derivations).
        fr.enquete.stats.SurveyResult singles = export.secret > 0 ? Pipeline.analyze(export) : null;
        CrossTab t = disclosure.crossTab(export.secret > 0
                ? CrossTab.maskedTogether(List.of(Pipeline.withSingles(aligned, singles)), export.secret, survey.derivations(), singles).get(0)
                : aligned);
        export.checkPopulation(t.respondents());
        CrossTabWriter w = new CrossTabWriter(output.language(), export.precision(), paired);
        Output.write(out, stream -> {
            switch (format) {
                case json -> w.json(t, stream);
                case csv -> w.csv(t, stream);
                default -> w.text(t, stream);
            }
        }, spec.commandLine().getOut());
        return Main.OK;
    }
}
