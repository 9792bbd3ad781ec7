package fr.enquete.cli;

import fr.enquete.qual.ActionPlan;
import fr.enquete.indicator.IndicatorReader;
import fr.enquete.qual.ActionPlanReader;
import fr.enquete.qual.DiagnosisLinks;
import fr.enquete.qual.PlanLinks;
import fr.enquete.qual.SwotAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import fr.enquete.qual.Evaluation;
import fr.enquete.qual.EvaluationReader;
import fr.enquete.report.doc.EvaluationWriter;
import fr.enquete.report.doc.DocxReportWriter;
import fr.enquete.report.doc.EvaluationReportBuilder;
import fr.enquete.report.doc.HtmlReportWriter;
import fr.enquete.report.Lang;
import fr.enquete.report.doc.PlanWriter;
import fr.enquete.report.doc.FicheDocxWriter;
import fr.enquete.report.doc.PlanReportBuilder;
import fr.enquete.report.doc.Report;
import fr.enquete.report.doc.XlsxReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code enquete plan}: an action plan on its own, without interviews or a SWOT grid. */
@Command(name = "plan", mixinStandardHelpOptions = true)
final class PlanCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    DebugOption debug = new DebugOption();

    enum Format { text, json, html, docx, xlsx, md }

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "text")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Option(names = "--evaluation", paramLabel = "FILE")
    List<Path> evaluation = new ArrayList<>();

    @Option(names = "--swot", paramLabel = "SOURCES", arity = "1..*")
    List<Path> swot = new ArrayList<>();

    @Option(names = "--codebook", paramLabel = "FILE")
    Path codebook;

    @Option(names = "--grid", paramLabel = "GRID")
    String grid;

    @Option(names = "--indicators", paramLabel = "TABLE")
    Path indicators;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        DocumentOutput<Format> documents = DocumentOutput.of(formats, Format.class, out, evaluation.isEmpty() ? "plan" : "evaluation");
        List<Path> inputs = new ArrayList<>(List.of(file));
        inputs.addAll(swot);
        inputs.addAll(evaluation);
        java.util.stream.Stream.of(codebook, indicators).filter(java.util.Objects::nonNull).forEach(inputs::add);
        for (Path written : documents.files()) {
            Pipeline.checkNotInput(written, inputs.toArray(Path[]::new));
        }
        Lang lang = output.language();
        SwotAnalysis diagnosis = swot.isEmpty() ? null : diagnosis(lang);
        List<String> indicatorNames = indicators == null ? null : IndicatorReader.read(indicators).indicators();
        ActionPlan plan = ActionPlanReader.read(file, new PlanLinks(diagnosis == null ? null : diagnosis.items(), indicatorNames));
        DiagnosisLinks links = DiagnosisLinks.of(plan, diagnosis == null ? Map.of() : diagnosis.itemQuadrants(),
                indicatorNames == null ? List.of() : indicatorNames);
        if (!evaluation.isEmpty()) {
            return evaluation(EvaluationReader.read(evaluation, plan), lang, documents);
        }
        Report report = new PlanReportBuilder(lang).build(plan, links);
        PlanWriter writer = new PlanWriter(lang);
        documents.write(format -> stream -> {
            switch (format) {
                case json -> writer.json(plan, links, stream);
                case html -> new HtmlReportWriter(lang).write(report, stream);
                case docx -> new FicheDocxWriter(lang).write(plan, links, stream);
                case xlsx -> new XlsxReportWriter().write(report, stream);
                default -> writer.text(plan, links, stream);
            }
        }, report, spec.commandLine().getOut());
        return Main.OK;
    }

    /** The SWOT analysis of the --swot sources, read as swot reads them. */
    private SwotAnalysis diagnosis(Lang lang) {
        QualOptions q = new QualOptions();
        q.sources = swot;
        q.codebook = codebook;
        q.grid = grid;
        return Pipeline.run(() -> q.analyse(lang, spec.commandLine().getErr()));
    }

    private Integer evaluation(Evaluation e, Lang lang, DocumentOutput<Format> documents) throws IOException {
        Report report = new EvaluationReportBuilder(lang).build(e);
        EvaluationWriter writer = new EvaluationWriter(lang);
        documents.write(format -> stream -> {
            switch (format) {
                case json -> writer.json(e, stream);
                case html -> new HtmlReportWriter(lang).write(report, stream);
                case docx -> new DocxReportWriter().write(report, stream);
                case xlsx -> new XlsxReportWriter().write(report, stream);
                default -> writer.text(e, stream);
            }
        }, report, spec.commandLine().getOut());
        return Main.OK;
    }
}
