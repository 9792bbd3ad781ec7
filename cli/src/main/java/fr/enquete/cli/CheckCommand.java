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
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks an export before publishing: answers outside filters or choices, repeated ids, far-off numbers,"
                + " and figures a report printed (--published FILE) that the data do not give. Exit code 4 when something is found.")
final class CheckCommand implements Callable<Integer> {

    /** Delegate kept for older callers: {@link Main#FOUND}. */
    @Deprecated
    static final int FOUND = Main.FOUND;

    @Mixin
    ExportOptions export = new ExportOptions();

    @Option(names = "--published", paramLabel = "FILE",
            description = "Figures a report printed: CSV with columns question, row, count and/or percent.")
    Path published;

    @Option(names = "--tolerance", paramLabel = "POINTS", defaultValue = "0.5",
            description = "How far a published percentage may be from the data's, in points (default 0.5, for rounding).")
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
