package fr.enquete.cli;

import fr.enquete.importer.Importers;
import fr.enquete.importer.TableSource;
import fr.enquete.io.AtomicFiles;
import fr.enquete.model.Message;
import fr.enquete.model.Survey;
import fr.enquete.spec.Inference;
import fr.enquete.spec.SchemaInference;
import fr.enquete.spec.SpecWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enquete init}: writes the inferred survey as a spec file for the user to edit. */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {

    @Mixin
    ExportOptions export = new ExportOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path target = out != null ? out : export.export.resolveSibling(
                export.export.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".spec.yaml");
        Pipeline.checkNotInput(target, Pipeline.inputs(export));
        if (Files.exists(target) && !force) {
            throw new UsageException(fr.enquete.model.Message.of("usage.init.exists", target));
        }
        Locale locale = output.language().locale();
        TableSource source = Importers.open(export.export, export.importOptions());
        Inference inf = SchemaInference.infer(source);
        if (export.structure != null) {
            return fromStructure(target, inf.rows(), locale);
        }
        // The report's title: without a form (which gives its own, fromStructure), the export's name made readable; the
        // user is told where to change it.
        // Answers holding personal data are not listed as choices: a listed choice is published as written.
        fr.enquete.privacy.InferredChoices choices = fr.enquete.privacy.InferredChoices.of(inf.survey());
        Survey survey = choices.survey();
        // The reasons as inspect prints them, in the run's language; the types and keys stay the spec's.
        java.util.Map<String, Message> comments = choices.reasons(inf.why(), "init.choices.personal");
        java.util.Map<String, String> written = new java.util.LinkedHashMap<>();
        comments.forEach((id, m) -> written.put(id, m.text(locale)));
        String yaml = SpecWriter.write(survey, List.of(
                Message.of("init.header.inferred", export.export.getFileName().toString(), inf.rows()).text(locale),
                Message.of("init.header.check").text(locale),
                Message.of("init.header.title").text(locale),
                Message.of("init.header.reference").text(locale)), written);
        AtomicFiles.writeString(target, yaml);
        spec.commandLine().getOut().println(target);
        spec.commandLine().getErr().println("enquete: " + Message.of("init.title", survey.title(), target.getFileName().toString())
                .text(locale));
        return Main.OK;
    }

    /**
     * The spec of a form given with --structure (an XLSForm, a LimeSurvey .lss): its questions with their wording,
     * choices, codes and filters, as {@code stats --structure} reads the export, so that the team edits what the form
     * says. init kept only the form's title before: a KoboToolbox spec came out with codes for labels and choices
     * and no filters.
     */
    private Integer fromStructure(Path target, long rows, Locale locale) throws IOException {
        fr.enquete.spec.LssReader.Result structure = Pipeline.structure(export);
        Survey survey = structure.spec().survey();
        String form = export.structure.getFileName().toString();
        String yaml = SpecWriter.write(survey, List.of(
                Message.of("init.structure.written", form, export.export.getFileName().toString(), rows).text(locale),
                Message.of("init.structure.check").text(locale),
                Message.of("init.structure.title", form).text(locale),
                Message.of("init.header.reference").text(locale)), java.util.Map.of());
        AtomicFiles.writeString(target, yaml);
        spec.commandLine().getOut().println(target);
        structure.notes().forEach(n -> spec.commandLine().getErr().println("enquete: " + n.text(locale)));
        spec.commandLine().getErr().println("enquete: " + Message.of("init.structure.questions", (long) survey.questions().size(), form)
                .text(locale));
        spec.commandLine().getErr().println("enquete: " + Message.of("init.structure.note", survey.title(), form,
                target.getFileName().toString()).text(locale));
        return Main.OK;
    }
}
