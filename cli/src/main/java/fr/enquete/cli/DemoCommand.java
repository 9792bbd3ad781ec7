package fr.enquete.cli;

import fr.enquete.io.AtomicFiles;
import fr.enquete.model.Message;
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
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "enquete-demo")
    Path out;

    @Option(names = "--fixtures", paramLabel = "DIR")
    Path fixtures;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    PrivacyOptions privacy = new PrivacyOptions();

    @Option(names = "--debug")
    boolean debug;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExportOptions export = FixtureSurvey.options(fixtures);
        Lang lang = output.language();
        fr.enquete.analysis.AnalysisResult analysis = Pipeline.run(() ->
                Pipeline.analysis(export, new TextOptions(), false, privacy, lang, phase -> { }).run());
        SurveyResult result = analysis.result();
        List<Path> reports = fr.enquete.report.doc.ReportFiles.write(analysis, lang, out,
                EnumSet.allOf(fr.enquete.report.doc.ReportFiles.Format.class), null);
        List<Path> study = study(fixtures, out.resolve("study"), lang, privacy, spec.commandLine().getErr());
        Path json = out.resolve("stats.json");
        AtomicFiles.write(json, stream -> new JsonStatsWriter(lang, false).write(result, analysis.terms(), stream));
        PrivacyOptions.report(analysis.disclosure(), lang, spec.commandLine().getErr());
        PrintWriter w = spec.commandLine().getOut();
        java.util.Locale locale = lang.locale();
        w.println(Message.of("cli.demo.analysed", export.export, export.spec).text(locale));
        w.println("  " + Message.of("cli.demo.counts", result.respondents(), result.questions().size(), result.diagnostics().size())
                .text(locale));
        for (Path report : reports) {
            w.println(Message.of("cli.demo.report", report.toAbsolutePath().normalize()).text(locale));
        }
        w.println(Message.of("cli.demo.tables", json.toAbsolutePath().normalize()).text(locale));
        for (Path p : study) {
            w.println(Message.of("cli.demo.study", p.toAbsolutePath().normalize()).text(locale));
        }
        w.flush();
        return Main.OK;
    }

    /** The bundled study (fixtures/study/study.yaml: indicators, survey, interviews, plan) in every format, under {@code dir}. */
    static List<Path> study(Path fixtures, Path dir, Lang lang, PrivacyOptions privacy, PrintWriter err) throws IOException {
        Path file = (fixtures != null ? fixtures : home().resolve("fixtures")).resolve("study/study.yaml");
        if (!Files.isRegularFile(file)) {
            throw new UsageException(fr.enquete.model.Message.of("usage.fixtures.study", file));
        }
        fr.enquete.study.Study s = fr.enquete.study.StudyReader.read(file);
        fr.enquete.report.study.StudyDocument.Built built = StudyFiles.build(s, lang, privacy, err, null, "");
        return StudyFiles.write(built, lang, null, EnumSet.allOf(StudyFiles.Format.class), dir);
    }

    /** Delegate kept for older callers: {@link FixtureSurvey#options(Path)}. */
    @Deprecated
    static ExportOptions fixtureSurvey(Path fixtures) {
        return FixtureSurvey.options(fixtures);
    }

    /** Delegate kept for older callers: {@link FixtureSurvey#home()}. */
    @Deprecated
    static Path home() {
        return FixtureSurvey.home();
    }
}
