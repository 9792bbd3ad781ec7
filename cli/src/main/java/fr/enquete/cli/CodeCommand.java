package fr.enquete.cli;

import fr.enquete.io.AtomicFiles;
import fr.enquete.qual.SwotAnalysis;
import fr.enquete.report.SwotWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enquete code}: the coded segments, for the author to review before trusting a grid. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Prints every coded segment (source, line, quadrant, theme, item, manual/codebook/imported) and the"
                + " segments nothing coded, for review.")
final class CodeCommand implements Callable<Integer> {

    enum Format { text, csv, json }

    @Mixin
    QualOptions qual = new QualOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), csv or json.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (atomically) instead of standard output.")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (out != null) {
            Pipeline.checkNotInput(out, qual.inputs());
        }
        SwotAnalysis a = qual.analyse(output.language(), spec.commandLine().getErr());
        SwotWriter writer = new SwotWriter(output.language());
        AtomicFiles.Content content = stream -> {
            switch (format) {
                case csv -> writer.codedCsv(a, stream);
                case json -> writer.codedJson(a, stream);
                default -> writer.codedText(a, stream);
            }
        };
        Output.write(out, content, spec.commandLine().getOut());
        return Main.OK;
    }
}
