package fr.enquete.cli;

import fr.enquete.io.AtomicFiles;
import fr.enquete.qual.ActionPlan;
import fr.enquete.qual.ActionPlanReader;
import fr.enquete.qual.SwotAnalysis;
import fr.enquete.report.doc.HtmlReportWriter;
import fr.enquete.report.Lang;
import fr.enquete.report.doc.SwotWriter;
import fr.enquete.report.doc.DocxReportWriter;
import fr.enquete.report.doc.Report;
import fr.enquete.report.doc.SwotReportBuilder;
import fr.enquete.report.doc.XlsxReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enquete swot}: SWOT (AFOM) grids from interviews, questionnaires and coded segments. */
@Command(name = "swot", mixinStandardHelpOptions = true)
final class SwotCommand implements Callable<Integer> {

    enum Format { text, json, html, docx, xlsx, md }

    @Mixin
    QualOptions qual = new QualOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--theme", paramLabel = "THEME")
    String theme;

    @Option(names = "--quotes", paramLabel = "N", defaultValue = "2")
    int quotes;

    @Option(names = "--plan", paramLabel = "FILE")
    Path plan;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "text")
    java.util.List<String> formats = new java.util.ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Option(names = "--cooccurrence")
    boolean cooccurrence;

    @Option(names = "--matrix", paramLabel = "ATTRIBUTE")
    String matrix;

    @Option(names = "--memos")
    boolean memos;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (quotes < 0) {
            throw new UsageException(fr.enquete.model.Message.of("usage.not.negative", "--quotes"));
        }
        DocumentOutput<Format> documents = DocumentOutput.of(formats, Format.class, out, "swot");
        for (Path written : documents.files()) {
            Pipeline.checkNotInput(written, Pipeline.inputs(qual, plan));
        }
        SwotAnalysis a = Pipeline.run(() -> qual.analyse(output.language(), spec.commandLine().getErr()));
        String t = theme == null || theme.isBlank() ? "" : a.theme(theme).orElseThrow(() -> new UsageException(fr.enquete.model.Message.of("usage.swot.theme",
                theme, fr.enquete.model.Names.hint(theme, a.themes()), String.join(", ", a.themes()))));
        ActionPlan actions = plan == null ? null : ActionPlanReader.read(plan, a.items());
        Lang lang = output.language();
        SwotQueries queries = Pipeline.run(() -> SwotQueries.of(qual, a, lang, cooccurrence, matrix, memos));
        Report report = queries.appendTo(new SwotReportBuilder(lang).build(a, t, quotes, actions).withNote(PrivacyOptions.note(qual.disclosure, lang)));
        SwotWriter writer = new SwotWriter(lang);
        documents.write(format -> {
            AtomicFiles.Content content = stream -> {
                switch (format) {
                    case json -> writer.json(a, t, quotes, stream);
                    case html -> new HtmlReportWriter(lang).write(report, stream);
                    case docx -> new DocxReportWriter().write(report, stream);
                    case xlsx -> new XlsxReportWriter().write(report, stream);
                    default -> writer.text(a, t, quotes, actions, stream);
                }
            };
            if (!queries.isEmpty() && format == Format.json) {
                return queries.json(content);
            }
            return !queries.isEmpty() && format == Format.text ? queries.text(content) : content;
        }, report, spec.commandLine().getOut());
        return Main.OK;
    }
}
