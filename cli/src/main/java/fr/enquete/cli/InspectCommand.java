package fr.enquete.cli;

import fr.enquete.importer.Importers;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Message;
import fr.enquete.model.OptionColumn;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.spec.Inference;
import fr.enquete.spec.SchemaInference;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code enquete inspect}: what enquete sees in an export before any spec is written. */
@Command(name = "inspect", mixinStandardHelpOptions = true)
final class InspectCommand implements Callable<Integer> {

    @Mixin
    ExportOptions export = new ExportOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Locale locale = output.language().locale();
        TableSource source = Importers.open(export.export, export.importOptions());
        Inference inf = SchemaInference.infer(source);
        PrintWriter w = spec.commandLine().getOut();
        w.println(line(locale, "inspect.file", String.valueOf(source.file())));
        w.println(line(locale, "inspect.format", source.wording()));
        fr.enquete.importer.Platform.Detection platform = fr.enquete.importer.Platform.detect(source, export.platform());
        Object named = platform.platform() == fr.enquete.importer.Platform.OTHER ? Message.of("platform.other") : platform.platform().label();
        w.println(line(locale, "inspect.platform", named, platform.reason()));
        w.println(line(locale, "inspect.respondents", inf.rows()));
        for (String left : inf.leftOut(locale)) {
            w.println(line(locale, "inspect.left", left));
        }
        for (fr.enquete.stats.Diagnostic d : secondPass(source, inf)) {
            // Rows a workbook hides, and questions added mid-survey: what the user thinks the figures are not.
            String key = d.message().key();
            if (key.startsWith("sheet.hidden.")) {
                w.println(line(locale, "inspect.hidden", d.message()));
            } else if (key.equals("question.late") || key.equals("question.late.bydate")) {
                w.println(line(locale, "inspect.late", d.message()));
            }
        }
        w.println(line(locale, "inspect.columns", (long) inf.columns().size()));
        w.println(line(locale, "inspect.questions", (long) inf.survey().questions().size()));
        long filtered = inf.survey().questions().stream().filter(q -> !q.filter().expression().isEmpty()).count();
        if (filtered > 0) {
            // Routing read from the answers changes those questions' bases: said once at the top, then at each.
            w.println(line(locale, "inspect.filters", filtered));
        }
        w.println();
        // Ids as wide as the longest (up to 48 characters): KoboToolbox's group paths ran into their type.
        int width = Math.max(24, Math.min(48, inf.survey().questions().stream().mapToInt(q -> q.id().length()).max().orElse(0)));
        // Answers holding personal data are not quoted as choices, as init does not list them (a name typed in a
        // single-choice column: "Suivi par"); how many is said beside the reason.
        fr.enquete.privacy.InferredChoices kept = fr.enquete.privacy.InferredChoices.of(inf.survey());
        java.util.Map<String, Message> why = kept.reasons(inf.why(), "inspect.choices.personal");
        for (Question q : kept.survey().questions()) {
            Message reason = why.get(q.id());
            w.printf("%-" + width + "s  %-9s %s%n", q.id(), q.type().code(), reason == null ? "" : reason.text(locale));
            if (q.type() == QuestionType.MULTIPLE) {
                for (OptionColumn o : q.options()) {
                    w.printf("    %-20s -> %s%n", o.column(), o.label());
                }
            } else if (!q.choices().isEmpty()) {
                w.println(line(locale, "inspect.choices", String.join(" | ", q.choices())));
            }
            if (!q.filter().expression().isEmpty()) {
                w.println("    filter: " + q.filter().expression());
            }
        }
        w.println();
        w.println(line(locale, "inspect.hint", export.export.toString()));
        w.flush();
        return Main.OK;
    }

    private static String line(Locale locale, String key, Object... args) {
        return Message.of(key, args).text(locale);
    }

    /**
     * The findings of stats on the inferred survey: a second pass over the export, as {@code stats} without a spec
     * makes, so that inspect says what stats will (rows a workbook hides, questions added mid-survey).
     */
    private java.util.List<fr.enquete.stats.Diagnostic> secondPass(TableSource source, Inference inf) {
        fr.enquete.stats.AnalysisOptions options = fr.enquete.stats.AnalysisOptions.builder().lenient(true)
                .includeIncomplete(export.includeIncomplete).platform(export.platform()).build();
        return fr.enquete.stats.SurveyAnalyzer.analyze(source, inf.survey(), options).diagnostics();
    }
}
