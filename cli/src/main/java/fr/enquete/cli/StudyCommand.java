package fr.enquete.cli;

import fr.enquete.io.AtomicFiles;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import fr.enquete.report.Lang;
import fr.enquete.report.study.StudyDocument;
import fr.enquete.report.study.StudyFigures;
import fr.enquete.study.Study;
import fr.enquete.study.StudyReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code enquete study}: a whole diagnostic (indicator portrait, survey results, interviews, action plan, the
 * authors' text and a methodology annex) built into one document from a study file.
 */
@Command(name = "study", mixinStandardHelpOptions = true)
final class StudyCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "STUDY")
    Path file;

    @Option(names = "--out", paramLabel = "DIR")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "docx,html")
    List<String> formats = new ArrayList<>();

    @Option(names = "--changes", paramLabel = "PREVIOUS")
    Path changes;

    @Option(names = "--init", paramLabel = "FOLDER")
    Path init;

    @Option(names = "--debug")
    boolean debug;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    PrivacyOptions privacy = new PrivacyOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        if (init != null) {
            Path target = file != null ? file : init.resolve("study.yaml");
            if (Files.exists(target)) {
                throw new UsageException(Message.of("usage.study.init.exists", target));
            }
            String yaml = new StudyInit(init, target.toAbsolutePath().getParent()).yaml();
            AtomicFiles.writeString(target, yaml);
            w.println(target);
            w.flush();
            return Main.OK;
        }
        if (file == null) {
            throw new UsageException(Message.of("usage.study.file"));
        }
        if (out == null) {
            throw new UsageException(Message.of("usage.study.out"));
        }
        Set<StudyFiles.Format> chosen = StudyFiles.parse(formats);
        Study study = StudyReader.read(file);
        Lang lang = output.language();
        Path[] inputs = study.inputs().toArray(Path[]::new);
        for (StudyFiles.Format f : chosen) {
            Pipeline.checkNotInput(out.resolve(f.file), inputs);
        }
        Pipeline.checkNotInput(out.resolve(StudyFiles.FIGURES), inputs);
        StudyFigures previous = changes == null ? null : previous(changes);
        StudyDocument.Built built = StudyFiles.build(study, lang, privacy, spec.commandLine().getErr(), previous,
                changes == null ? "" : changes.getFileName().toString());
        byte[] template = study.template() == null ? null : Files.readAllBytes(study.template());
        List<Path> written = StudyFiles.write(built, lang, template, chosen, out);
        written.forEach(w::println);
        w.flush();
        return Main.OK;
    }

    private static StudyFigures previous(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(SourceLocation.file(file.toString()), Message.of("cli.figures.missing"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return StudyFigures.read(in, file.toString());
        }
    }

}
