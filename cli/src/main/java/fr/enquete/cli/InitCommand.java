package fr.enquete.cli;

import fr.enquete.importer.Importers;
import fr.enquete.importer.TableSource;
import fr.enquete.io.AtomicFiles;
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
            throw new UsageException(target + " exists; pass --force to overwrite it");
        }
        TableSource source = Importers.open(export.export, export.importOptions());
        Inference inf = SchemaInference.infer(source);
        String yaml = SpecWriter.write(inf.survey(), List.of(
                "enquete spec inferred from " + export.export.getFileName() + " (" + inf.rows() + " respondents).",
                "Check each type, give questions their wording (label), order the choices, add filters.",
                "Reference: the README, section \"The spec file\"."), inf.reasons());
        AtomicFiles.writeString(target, yaml);
        spec.commandLine().getOut().println(target);
        return Main.OK;
    }
}
