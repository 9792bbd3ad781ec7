package fr.enquete.cli;

import fr.enquete.importer.ImportOptions;
import fr.enquete.io.AtomicFiles;
import fr.enquete.model.Message;
import fr.enquete.qual.SwotAnalysis;
import fr.enquete.qual.agreement.Agreement;
import fr.enquete.qual.agreement.AgreementReport;
import fr.enquete.qual.agreement.Level;
import fr.enquete.qual.qda.CodeQueries;
import fr.enquete.qual.qda.QdaExchange;
import fr.enquete.qual.qda.QdaProject;
import fr.enquete.qual.qda.QdpxWriter;
import fr.enquete.report.AgreementWriter;
import fr.enquete.report.QueryWriter;
import fr.enquete.report.doc.SwotWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enquete code}: the coded segments, for the author to review before trusting a grid. */
@Command(name = "code", mixinStandardHelpOptions = true)
final class CodeCommand implements Callable<Integer> {

    enum Format { text, csv, json, qdpx }

    enum Unit { segment, character }

    @Mixin
    QualOptions qual = new QualOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
    Format format;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Option(names = "--agreement", paramLabel = "OTHER")
    List<Path> agreement = new ArrayList<>();

    @Option(names = "--level", paramLabel = "UNIT", defaultValue = "segment")
    Unit level;

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
        if (out != null) {
            List<Path> inputs = new ArrayList<>(java.util.Arrays.asList(qual.inputs()));
            inputs.addAll(agreement);
            Pipeline.checkNotInput(out, inputs.toArray(Path[]::new));
        }
        if (!agreement.isEmpty()) {
            return agreement();
        }
        if (format == Format.qdpx && out == null) {
            throw new UsageException(Message.of("usage.code.qdpx.out"));
        }
        if (format == Format.qdpx && !cooccurrence && matrix == null && !memos) {
            return project();
        }
        SwotAnalysis a = Pipeline.run(() -> qual.analyse(output.language(), spec.commandLine().getErr()));
        if (cooccurrence || matrix != null) {
            return query(a);
        }
        if (memos) {
            String annex = MemoAnnex.markdown(output.language(), qual.codebookMemos(), qual.projectCodeMemos(), a.sources());
            Output.write(out, stream -> stream.write(annex.getBytes(java.nio.charset.StandardCharsets.UTF_8)), spec.commandLine().getOut());
            return Main.OK;
        }
        SwotWriter writer = new SwotWriter(output.language());
        AtomicFiles.Content content = stream -> {
            switch (format) {
                case csv -> writer.codedCsv(a, stream);
                case json -> writer.codedJson(a, stream);
                default -> writer.codedText(a, stream);
            }
        };
        Output.write(out, content, spec.commandLine().getOut());
        return Main.OK;
    }

    /**
     * The coded sources as a REFI-QDA project: built from the texts as read (whole, so that codings, lines and
     * speakers survive the round trip), then personal data masked in it piece by piece unless kept.
     */
    private Integer project() throws IOException {
        var err = spec.commandLine().getErr();
        QualOptions.Read r = qual.read(output.language(), err);
        // The material is masked first, as every other command masks it, only so that the people are numbered in
        // the same order ("[personne 1]" is the same person in the project and in `code`'s CSV); the project itself
        // is built from the material as read, then masked as a whole.
        qual.disclosure.material(r.material());
        SwotAnalysis read = SwotAnalysis.of(r.material(), r.book());
        QdaProject p = QdaExchange.toProject(projectName(), read, qual.fullTexts(), qual.codebookMemos());
        fr.enquete.privacy.Disclosure d = qual.disclosure;
        QdaProject published = d.masks() ? fr.enquete.qual.qda.ProjectMasking.mask(p, d::text, d::identifier) : p;
        PrivacyOptions.report(d, output.language(), err);
        Output.write(out, stream -> QdpxWriter.write(published, stream), spec.commandLine().getOut());
        return Main.OK;
    }

    private Integer query(SwotAnalysis a) throws IOException {
        if (cooccurrence && matrix != null || format == Format.qdpx) {
            throw new UsageException(Message.of("usage.code.queries"));
        }
        QdaProject p = QdaExchange.toProject("query", a, qual.texts(), fr.enquete.qual.CodebookMemos.none());
        QueryWriter writer = new QueryWriter(output.language());
        AtomicFiles.Content content;
        if (cooccurrence) {
            CodeQueries.CoOccurrence c = CodeQueries.coOccurrence(p);
            content = stream -> {
                switch (format) {
                    case csv -> writer.coOccurrenceCsv(c, stream);
                    case json -> writer.coOccurrenceJson(c, stream);
                    default -> writer.coOccurrenceText(c, stream);
                }
            };
        } else {
            CodeQueries.Matrix m = Pipeline.run(() -> CodeQueries.byAttribute(p, matrix));
            content = stream -> {
                switch (format) {
                    case csv -> writer.matrixCsv(m, stream);
                    case json -> writer.matrixJson(m, stream);
                    default -> writer.matrixText(m, stream);
                }
            };
        }
        Output.write(out, content, spec.commandLine().getOut());
        return Main.OK;
    }

    private String projectName() {
        return out.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }

    private Integer agreement() throws IOException {
        if (format == Format.qdpx) {
            throw new UsageException(Message.of("usage.code.agreement"));
        }
        qual.limits.limits().applyToZipReaders();
        List<String> names = new ArrayList<>();
        List<List<Path>> coders = new ArrayList<>();
        names.add(qual.sources.get(0).toString());
        coders.add(qual.files());
        for (Path other : agreement) {
            names.add(other.toString());
            QualOptions one = new QualOptions();
            one.sources = List.of(other);
            coders.add(one.files());
        }
        ImportOptions options = new ImportOptions(qual.sheet, null, null, qual.limits.limits());
        AgreementReport report = Agreement.compare(AgreementInputs.read(names, coders, options),
                level == Unit.character ? Level.CHARACTER : Level.SEGMENT);
        AgreementWriter writer = new AgreementWriter(output.language());
        AtomicFiles.Content content = stream -> {
            switch (format) {
                case csv -> writer.csv(report, stream);
                case json -> writer.json(report, stream);
                default -> writer.text(report, stream);
            }
        };
        Output.write(out, content, spec.commandLine().getOut());
        return Main.OK;
    }
}
