package fr.enquete.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import fr.enquete.stats.Diagnostic;
import fr.enquete.model.Message;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code enquete check}: data-quality and consistency checks before publishing: answers from outside a
 * question's filter, answers outside the listed choices, unfinished responses, repeated respondent ids,
 * numbers far outside the rest, and, given the figures a report printed, where the data disagree.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    /** Delegate kept for older callers: {@link Main#FOUND}. */
    @Deprecated
    static final int FOUND = Main.FOUND;

    @Mixin
    ExportOptions export = new ExportOptions();

    @Option(names = "--published", paramLabel = "FILE")
    Path published;

    @Option(names = "--tolerance", paramLabel = "POINTS", defaultValue = "0.5")
    double tolerance;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Locale locale = output.language().locale();
        List<Diagnostic> findings = Pipeline.run(() -> Pipeline.analysis(export).check(published, tolerance));
        PrintWriter w = spec.commandLine().getOut();
        String file = export.export.getFileName().toString();
        if (findings.isEmpty()) {
            w.println(Message.of("check.nothing", file).text(locale));
        } else {
            w.println(Message.of("check.found", findings.size(), file).text(locale));
            findings.forEach(f -> w.println("- " + f.text(locale)));
        }
        w.flush();
        return findings.isEmpty() ? Main.OK : Main.FOUND;
    }
}
