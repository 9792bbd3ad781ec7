package fr.enquete.cli;

import fr.enquete.analysis.AnalysisResult;
import fr.enquete.report.doc.ReportFiles;
import fr.enquete.report.doc.ReportFormat;
import fr.enquete.report.doc.ReportFormats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enquete report}: the report in the formats asked for, written into a directory. */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @Mixin
    ExportOptions export = new ExportOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    TextOptions text = new TextOptions();

    @Mixin
    PrivacyOptions privacy = new PrivacyOptions();

    @Option(names = "--out", paramLabel = "DIR", required = true)
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "html")
    List<String> formats = new ArrayList<>();

    @Option(names = "--timestamp")
    boolean timestamp;

    @Option(names = "--naive")
    boolean naive;

    @Mixin
    RepeatedSegmentsOptions repeated = new RepeatedSegmentsOptions();

    @Option(names = "--crosstab", paramLabel = "ROWS,COLS")
    List<String> crosstabs = new ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Set<ReportFormat> chosen = parse(formats);
        fr.enquete.text.RepeatedSegments.Settings segments = repeated.settings(text);
        for (ReportFormat f : chosen) {
            Pipeline.checkNotInput(out.resolve(f.file()), Pipeline.inputs(export, text, privacy));
        }
        List<Path> files;
        fr.enquete.privacy.Disclosure masked;
        List<fr.enquete.spec.ReportLayout.Crossing> more = new ArrayList<>();
        for (String c : crosstabs) {
            String[] ids = c.split(",");
            if (ids.length != 2 || ids[0].isBlank() || ids[1].isBlank()) {
                throw new UsageException(fr.enquete.model.Message.of("usage.report.crosstab", c));
            }
            more.add(new fr.enquete.spec.ReportLayout.Crossing(ids[0].strip(), ids[1].strip()));
        }
        try (Progress progress = Progress.of(spec.commandLine().getErr(), export.export);
             ReportFiles.Session report = ReportFiles.start(output.language(), chosen)) {
            // The charts of numbers and of the questionnaire's choices are drawn while the free text is analysed.
            AnalysisResult analysis = Pipeline.run(() -> Pipeline.analysis(export, text, naive, privacy, output.language(), progress::phase)
                    .repeatedSegments(segments).crosstabs(new fr.enquete.report.Labels(output.language()).get("crosstab.part"), more)
                    .tablesRead(report::tablesRead).run());
            masked = analysis.disclosure();
            Pipeline.hiddenRows(analysis.result(), spec.commandLine().getErr());
            // The term tables are made: the French models' 40 MB go before the writers fill the heap.
            fr.enquete.text.FrenchPipeline.release();
            progress.phase("writing " + String.join(", ", chosen.stream().map(ReportFormat::file).toList()));
            files = report.write(analysis, out, timestamp ? java.time.Instant.now() : null);
        }
        PrivacyOptions.report(masked, output.language(), spec.commandLine().getErr());
        PrintWriter w = spec.commandLine().getOut();
        for (Path written : files) {
            w.println(written);
        }
        w.flush();
        return Main.OK;
    }

    /** The formats named, among {@link ReportFormats#registered()} (built-in, then found on the class path), in its order. */
    static Set<ReportFormat> parse(List<String> names) {
        return DocumentFormats.parse(names, ReportFormats.registered(), f -> {
            List<String> all = new ArrayList<>(List.of(f.name()));
            all.addAll(f.aliases());
            return all;
        });
    }

}
