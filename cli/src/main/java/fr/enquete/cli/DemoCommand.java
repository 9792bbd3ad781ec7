package fr.enquete.cli;

import fr.enquete.io.AtomicFiles;
import fr.enquete.report.JsonStatsWriter;
import fr.enquete.report.Lang;
import fr.enquete.stats.SurveyResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enquete demo}: the bundled centre-social survey, end to end. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyses the bundled fixture survey (fixtures/centres-sociaux) and writes its report and JSON tables.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "enquete-demo", description = "Where to write (default: ./enquete-demo).")
    Path out;

    @Option(names = "--fixtures", paramLabel = "DIR", description = "The fixtures directory (default: the one of this enquete checkout).")
    Path fixtures;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    PrivacyOptions privacy = new PrivacyOptions();

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExportOptions export = fixtureSurvey(fixtures);
        Lang lang = output.language();
        fr.enquete.analysis.AnalysisResult analysis = Pipeline.run(() ->
                Pipeline.analysis(export, new TextOptions(), false, privacy, lang, phase -> { }).run());
        SurveyResult result = analysis.result();
        List<Path> reports = ReportCommand.write(analysis, lang, out, EnumSet.allOf(ReportCommand.Format.class), null);
        Path json = out.resolve("stats.json");
        AtomicFiles.write(json, stream -> new JsonStatsWriter(lang, false).write(result, analysis.terms(), stream));
        PrivacyOptions.report(analysis.disclosure(), spec.commandLine().getErr());
        PrintWriter w = spec.commandLine().getOut();
        w.println("Analysed " + export.export + " with " + export.spec);
        w.println("  " + result.respondents() + " respondents, " + result.questions().size() + " questions, "
                + result.diagnostics().size() + " diagnostics");
        for (Path report : reports) {
            w.println("Report: " + report.toAbsolutePath().normalize());
        }
        w.println("Tables: " + json.toAbsolutePath().normalize());
        w.flush();
        return Main.OK;
    }

    /** The bundled centre-social survey (export and spec) under {@code fixtures}, by default this checkout's. */
    static ExportOptions fixtureSurvey(Path fixtures) {
        Path dir = fixtures != null ? fixtures : home().resolve("fixtures");
        Path survey = dir.resolve("centres-sociaux");
        if (!Files.isDirectory(survey)) {
            throw new UsageException("no fixture survey at " + survey + "; pass --fixtures DIR (the repository's fixtures/)");
        }
        ExportOptions export = new ExportOptions();
        export.export = survey.resolve("export.csv");
        export.spec = survey.resolve("spec.yaml");
        return export;
    }

    /** The checkout the launcher runs from (-Denquete.home), else the working directory. */
    static Path home() {
        String h = System.getProperty("enquete.home");
        return Path.of(h != null ? h : ".").toAbsolutePath().normalize();
    }
}
