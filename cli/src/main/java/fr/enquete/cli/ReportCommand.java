package fr.enquete.cli;

import fr.enquete.io.AtomicFiles;
import fr.enquete.report.HtmlReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enquete report}: the HTML report people read. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes a self-contained HTML report (report.html) of every question into a directory.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    ExportOptions export = new ExportOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    TextOptions text = new TextOptions();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The directory to write into (created if needed).")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path html = out.resolve("report.html");
        Pipeline.checkNotInput(html, export.export, export.spec);
        HtmlReportWriter writer = new HtmlReportWriter(output.language());
        write(writer, Pipeline.analyze(export, text), html);
        spec.commandLine().getOut().println(html);
        return Main.OK;
    }

    static void write(HtmlReportWriter writer, Pipeline.Analysis a, Path html) throws IOException {
        AtomicFiles.write(html, stream -> writer.write(a.result(), a.terms(), stream));
    }
}
