package fr.enquete.cli;

import fr.enquete.importer.Importers;
import fr.enquete.importer.TableSource;
import fr.enquete.io.AtomicFiles;
import fr.enquete.model.Survey;
import fr.enquete.spec.Inference;
import fr.enquete.spec.SchemaInference;
import fr.enquete.spec.SpecWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enquete init}: writes the inferred survey as a spec file for the user to edit. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes the inferred questions of an export as a spec file (YAML) to edit.")
final class InitCommand implements Callable<Integer> {

    @Mixin
    ExportOptions export = new ExportOptions();

    @Option(names = "--out", paramLabel = "FILE", description = "The spec file to write (default: EXPORT's name with .spec.yaml, beside it).")
    Path out;

    @Option(names = "--force", description = "Overwrite an existing spec file.")
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
        TableSource source = Importers.open(export.export, export.importOptions());
        Inference inf = SchemaInference.infer(source);
        if (export.structure != null) {
            return fromStructure(target, inf.rows());
        }
        // The report's title: without a form (which gives its own, fromStructure), the export's name made readable; the
        // user is told where to change it.
        // Answers holding personal data are not listed as choices: a listed choice is published as written.
        fr.enquete.privacy.InferredChoices choices = fr.enquete.privacy.InferredChoices.of(inf.survey(),
                new fr.enquete.privacy.Pseudonymiser(true, List.of(), java.util.Set.of()));
        Survey survey = choices.survey();
        java.util.Map<String, String> comments = new java.util.LinkedHashMap<>(inf.reasons());
        choices.leftOut().forEach((id, n) -> comments.merge(id, n + (n > 1 ? " answers" : " answer")
                + " holding personal data left out of the choices: masked in the outputs unless listed here", (a, b) -> a + "; " + b));
        String yaml = SpecWriter.write(survey, List.of(
                "enquete spec inferred from " + export.export.getFileName() + " (" + inf.rows() + " respondents).",
                "Check each type, give questions their wording (label), order the choices, add filters.",
                "survey: is the report's title (made from the file's name): write the survey's real title there.",
                "Reference: the README, section \"The spec file\"."), comments);
        AtomicFiles.writeString(target, yaml);
        spec.commandLine().getOut().println(target);
        spec.commandLine().getErr().println("enquete: report title \"" + survey.title() + "\" (made from the file's name); set 'survey:' in "
                + target.getFileName() + " to change it");
        return Main.OK;
    }

    /**
     * The spec of a form given with --structure (an XLSForm, a LimeSurvey .lss): its questions with their wording,
     * choices, codes and filters, as {@code stats --structure} reads the export, so that the team edits what the form
     * says. init kept only the form's title before: a KoboToolbox spec came out with codes for labels and choices
     * and no filters.
     */
    private Integer fromStructure(Path target, long rows) throws IOException {
        fr.enquete.spec.LssReader.Result structure = Pipeline.structure(export);
        Survey survey = structure.spec().survey();
        String form = export.structure.getFileName().toString();
        String yaml = SpecWriter.write(survey, List.of(
                "enquete spec written from " + form + " for " + export.export.getFileName() + " (" + rows + " respondents).",
                "Wording, choices and filters are the form's: shorten long labels, check the types.",
                "survey: is the report's title (from " + form + ").",
                "Reference: the README, section \"The spec file\"."), java.util.Map.of());
        AtomicFiles.writeString(target, yaml);
        spec.commandLine().getOut().println(target);
        structure.notes().forEach(n -> spec.commandLine().getErr().println("enquete: " + n.text(java.util.Locale.ENGLISH)));
        spec.commandLine().getErr().println("enquete: " + survey.questions().size() + " questions from " + form);
        spec.commandLine().getErr().println("enquete: report title \"" + survey.title() + "\" (from " + form + "); set 'survey:' in "
                + target.getFileName() + " to change it");
        return Main.OK;
    }
}
