package fr.enquete.cli;

import fr.enquete.io.AtomicFiles;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import fr.enquete.privacy.Disclosure;
import fr.enquete.qual.TranscriptReader;
import fr.enquete.report.ClassesWriter;
import fr.enquete.report.Lang;
import fr.enquete.report.chart.ChartFiles;
import fr.enquete.report.chart.Dendrogram;
import fr.enquete.text.Corpus;
import fr.enquete.text.reinert.DoubleClassification;
import fr.enquete.text.TextDocument;
import fr.enquete.text.reinert.ClassProfile;
import fr.enquete.text.reinert.ReinertClassification;
import fr.enquete.text.reinert.ReinertOptions;
import fr.enquete.text.reinert.ReinertResult;
import fr.enquete.text.reinert.SegmentMatrix;
import fr.enquete.text.reinert.SegmentSources;
import fr.enquete.text.reinert.TextSegment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code enquete classes}: the Reinert classification (IRaMuTeQ's and ALCESTE's) of answers or transcripts. */
@Command(name = "classes", mixinStandardHelpOptions = true)
final class ClassesCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    DebugOption debug = new DebugOption();

    enum Format { text, json }

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<Path> files = new ArrayList<>();

    @Option(names = "--question", paramLabel = "ID")
    String question;

    @Option(names = "--spec", paramLabel = "FILE")
    Path specFile;

    @Option(names = "--sheet", paramLabel = "NAME")
    String sheet;

    @Option(names = "--secret", paramLabel = "N", defaultValue = "0")
    int secret;

    @Option(names = "--by", paramLabel = "KEY")
    String by;

    @Option(names = "--classes", paramLabel = "N", defaultValue = "10")
    int classes;

    @Option(names = "--min-segments", paramLabel = "N", defaultValue = "3")
    int minSegments;

    @Option(names = "--segment-size", paramLabel = "WORDS", defaultValue = "40")
    int segmentSize;

    @Option(names = "--min-class-size", paramLabel = "N", defaultValue = "0")
    int minClassSize;

    @Option(names = "--double")
    boolean doubleClassification;

    @Option(names = "--rst-sizes", paramLabel = "N,M", split = ",")
    List<Integer> rstSizes;

    @Option(names = "--top", paramLabel = "N", defaultValue = "15")
    int top;

    @Option(names = "--typical", paramLabel = "N", defaultValue = "3")
    int typical;

    @Option(names = "--stopwords", paramLabel = "FILE")
    Path stopwords;

    @Option(names = "--segments", paramLabel = "FILE.csv")
    Path segmentsFile;

    @Option(names = "--dendrogram", paramLabel = "FILE")
    Path dendrogram;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
    Format format;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    PrivacyOptions privacy = new PrivacyOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Lang lang = output.language();
        check();
        List<Path> inputs = new ArrayList<>(files);
        inputs.add(specFile);
        inputs.add(stopwords);
        inputs.add(privacy.names);
        for (Path p : new Path[] {out, segmentsFile, dendrogram}) {
            if (p != null) {
                Pipeline.checkNotInput(p, inputs.toArray(Path[]::new));
            }
        }
        String title;
        List<TextSegment> segments = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        MaskedGroups masked = MaskedGroups.NONE;
        if (question != null) {
            if (!Files.isRegularFile(files.get(0))) {
                throw new InputException(SourceLocation.file(files.get(0).toString()), Message.of("input.file.missing"));
            }
            ExportOptions export = new ExportOptions();
            export.export = files.get(0);
            export.spec = specFile;
            export.sheet = sheet;
            export.secret = secret;
            Pipeline.Answers answers = Pipeline.answers(export, question, by == null ? List.of() : List.of(by), privacy, lang);
            Disclosure disclosure = answers.disclosure();
            Corpus corpus = disclosure.corpus(answers.corpus());
            masked = answers.masked().as(answers.corpus(), corpus);
            if (segmentsFile != null) {
                // The file gives each segment's group: it cannot leave a withheld group's out.
                masked.refuse("--segments", by);
            }
            PrivacyOptions.report(disclosure, lang, spec.commandLine().getErr());
            title = corpus.question().label() + " [" + corpus.question().id() + "]";
            segments.addAll(SegmentSources.answers(corpus, files.get(0).getFileName().toString(), segmentSize));
            if (by != null) {
                Map<Long, String> groupOfRow = new HashMap<>();
                for (int i = 0; i < corpus.documents().size(); i++) {
                    groupOfRow.put(corpus.documents().get(i).row(), corpus.variables().get(i).get(by)); // masked with the corpus
                }
                segments.forEach(s -> groups.add(groupOfRow.getOrDefault(s.line(), "")));
            }
        } else {
            Disclosure disclosure = privacy.disclosure(false, lang, List.of());
            String key = by == null || TranscriptReader.metaKey(by).equals("source") ? "source" : by;
            List<String> variables = key.equals("source") ? List.of("source") : List.of("source", key);
            Corpus corpus = TranscriptCorpus.read(files, variables, disclosure, lang);
            PrivacyOptions.report(disclosure, lang, spec.commandLine().getErr());
            title = title(corpus, lang);
            transcriptSegments(corpus, key, segments, groups);
            if (by == null) {
                groups.clear();
            }
        }
        if (segments.isEmpty()) {
            // No answer or transcript text at all: no option of the classification can help, unlike too few segments.
            throw new InputException(SourceLocation.file(files.get(0).toString()), Message.of("classes.none"));
        }
        SegmentMatrix matrix = SegmentMatrix.build(segments, stopWords(), minSegments);
        ReinertResult result;
        try {
            ReinertOptions options = new ReinertOptions(classes, minClassSize, Math.max(top, 30), typical);
            result = doubleClassification
                    ? DoubleClassification.classify(matrix, options, rst(0), rst(1),
                            question != null ? DoubleClassification.SAME_ANSWER : DoubleClassification.SAME_SOURCE)
                    : ReinertClassification.classify(matrix, options);
        } catch (DoubleClassification.TooFewUnits e) {
            throw new InputException(SourceLocation.file(files.get(0).toString()), Message.of("classes.units.few",
                    (long) segments.size(), (long) e.units(), (long) e.size(), (long) e.needed()));
        } catch (DoubleClassification.NoStableClass e) {
            throw new InputException(SourceLocation.file(files.get(0).toString()), Message.of("classes.stable.none",
                    (long) e.minSize()));
        } catch (ReinertClassification.TooFewSegments e) {
            throw new InputException(SourceLocation.file(files.get(0).toString()), Message.of("classes.segments.few",
                    (long) segments.size(), (long) e.classifiable(), (long) minSegments, (long) e.needed()));
        }
        ClassesWriter writer = new ClassesWriter(lang);
        ReinertResult r = result;
        ClassProfile profile = by == null ? null : ClassProfile.of(r, by, groups);
        ClassesWriter.Context context = new ClassesWriter.Context(title, minSegments, segmentSize, top, profile, masked.withheld(by));
        Output.mustBeWritable(segmentsFile, dendrogram, out);
        if (segmentsFile != null) {
            AtomicFiles.write(segmentsFile, stream -> writer.segments(r, profile == null ? null : groups, by, stream));
        }
        if (dendrogram != null) {
            Dendrogram d = new Dendrogram(lang, Math.min(top, 12));
            Dendrogram.Layout layout = d.layout(r);
            ChartFiles.write(dendrogram, layout.width(), layout.height(), title, g -> d.draw(r, layout, title, g));
        }
        AtomicFiles.Content content = stream -> {
            if (format == Format.json) {
                writer.json(r, context, stream);
            } else {
                writer.text(r, context, stream);
            }
        };
        Output.write(out, content, spec.commandLine().getOut());
        return Main.OK;
    }

    /**
     * The paragraphs cut into segments, a segment never spanning two transcripts nor two groups of {@code key} (two
     * speakers); {@code groups} gets each segment's group.
     */
    private void transcriptSegments(Corpus corpus, String key, List<TextSegment> segments, List<String> groups) {
        List<TextSegment> run = new ArrayList<>();
        String runSource = null;
        String runGroup = null;
        for (int i = 0; i <= corpus.documents().size(); i++) {
            String source = i < corpus.documents().size() ? corpus.variables().get(i).get("source") : null;
            String group = i < corpus.documents().size() ? corpus.variables().get(i).get(key) : null;
            if (!run.isEmpty() && (i == corpus.documents().size() || !source.equals(runSource) || !group.equals(runGroup))) {
                List<TextSegment> cut = SegmentSources.paragraphs(run, segmentSize);
                segments.addAll(cut);
                for (int j = 0; j < cut.size(); j++) {
                    groups.add(runGroup);
                }
                run.clear();
            }
            if (i < corpus.documents().size()) {
                TextDocument d = corpus.documents().get(i);
                run.add(new TextSegment(source, d.row(), d.text()));
                runSource = source;
                runGroup = group;
            }
        }
    }

    /** The file's name, the folder's with its number of transcripts, or the number of paths given. */
    private String title(Corpus corpus, Lang lang) {
        return files.size() > 1 ? lang.pick("%d fichiers", "%d files").formatted(files.size()) : corpus.question().label();
    }

    private void check() {
        if (classes < 2) {
            throw new UsageException(Message.of("usage.at.least", "--classes", 2));
        }
        if (minSegments < 1) {
            throw new UsageException(Message.of("usage.at.least", "--min-segments", 1));
        }
        if (segmentSize < 5) {
            throw new UsageException(Message.of("usage.classes.segment.size"));
        }
        if (minClassSize < 0 || top < 1 || typical < 0) {
            throw new UsageException(Message.of("usage.classes.sizes"));
        }
        if (rstSizes != null && (!doubleClassification || rstSizes.size() != 2 || rstSizes.stream().anyMatch(n -> n < 1))) {
            throw new UsageException(Message.of("usage.classes.rst"));
        }
        if (segmentsFile != null && !segmentsFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new UsageException(Message.of("usage.file.extension", "--segments", ".csv", segmentsFile));
        }
        if (dendrogram != null && !dendrogram.getFileName().toString().matches("(?i).*\\.(svg|png)")) {
            throw new UsageException(Message.of("usage.file.extension", "--dendrogram", UsageErrors.either(List.of(".svg", ".png")), dendrogram));
        }
        if (question != null) {
            if (files.size() != 1) {
                throw new UsageException(Message.of("usage.classes.question.files", files.size()));
            }
        } else {
            if (specFile != null || sheet != null) {
                throw new UsageException(Message.of("usage.classes.spec.question"));
            }
            for (Path f : files) {
                if (!TranscriptCorpus.accepts(f)) {
                    throw new UsageException(Message.of("usage.classes.transcripts", f));
                }
            }
        }
    }

    private int rst(int i) {
        return rstSizes == null ? (i == 0 ? DoubleClassification.RST1 : DoubleClassification.RST2) : rstSizes.get(i);
    }

    private fr.enquete.text.StopWords stopWords() {
        TextOptions t = new TextOptions();
        t.stopwords = stopwords;
        return t.termOptions().stopWords();
    }
}
