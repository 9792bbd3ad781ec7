package fr.enquete.cli;

import fr.enquete.io.AtomicFiles;
import fr.enquete.model.Message;
import fr.enquete.report.CorrespondenceTables;
import fr.enquete.report.Lang;
import fr.enquete.report.TermsWriter;
import fr.enquete.report.TextUnit;
import fr.enquete.report.chart.ChartFiles;
import fr.enquete.report.chart.WordCloud;
import fr.enquete.spec.SpecReader;
import fr.enquete.text.CodebookReader;
import fr.enquete.text.Concordance;
import fr.enquete.text.Cooccurrence;
import fr.enquete.text.Corpus;
import fr.enquete.text.RepeatedSegments;
import fr.enquete.text.Specificity;
import fr.enquete.text.TermIndex;
import fr.enquete.text.TermTables;
import fr.enquete.text.ThematicCoding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enquete terms}: the French text analysis of one free-text question. */
@Command(name = "terms", mixinStandardHelpOptions = true)
final class TermsCommand implements Callable<Integer> {

    enum Format { text, json, csv }

    @Mixin
    ExportOptions export = new ExportOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    TextOptions text = new TextOptions();

    @Mixin
    PrivacyOptions privacy = new PrivacyOptions();

    @Option(names = "--question", paramLabel = "ID")
    String question;

    @Option(names = "--by", paramLabel = "ID")
    String by;

    @Option(names = "--min-occurrences", paramLabel = "N")
    int minOccurrences = Specificity.MIN_OCCURRENCES;

    @Mixin
    RepeatedSegmentsOptions repeated = new RepeatedSegmentsOptions();

    @Option(names = "--naive")
    boolean naive;

    @Option(names = "--concordance", paramLabel = "TERM")
    String concordance;

    @Option(names = "--cooccurrences")
    boolean cooccurrences;

    @Option(names = "--codebook", paramLabel = "FILE")
    Path codebook;

    @Option(names = "--iramuteq", paramLabel = "FILE")
    Path iramuteq;

    @Option(names = "--var", paramLabel = "ID", split = ",")
    List<String> vars = new ArrayList<>();

    @Option(names = "--cloud", paramLabel = "FILE")
    Path cloud;

    @Option(names = "--ca", paramLabel = "FILE")
    Path ca;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
    Format format;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Lang lang = output.language();
        if (minOccurrences < 1) {
            throw new UsageException(Message.of("usage.at.least", "--min-occurrences", 1));
        }
        fr.enquete.text.RepeatedSegments.Settings segments = repeated.settings();
        if (cloud != null && !cloud.getFileName().toString().matches("(?i).*\\.(svg|png)")) {
            throw new UsageException(Message.of("usage.file.extension", "--cloud", UsageErrors.either(List.of(".svg", ".png")), cloud));
        }
        TermsCorrespondence.check(ca, by);
        for (Path p : new Path[] {out, iramuteq, cloud, ca}) {
            if (p != null) {
                Pipeline.checkNotInput(p, Pipeline.inputs(export, text, privacy, codebook));
            }
        }
        List<String> variables = new ArrayList<>();
        if (by != null) {
            variables.add(by);
        }
        vars.stream().filter(v -> !variables.contains(v)).forEach(variables::add);
        // The language models load on another thread while the export is read and its answers masked.
        fr.enquete.text.FrenchPipeline.preload();
        Corpus corpus;
        fr.enquete.spec.Spec given;
        fr.enquete.privacy.Disclosure disclosure;
        MaskedGroups masked = MaskedGroups.NONE;
        boolean transcripts = TranscriptCorpus.accepts(export.export);
        if (transcripts) {
            disclosure = privacy.disclosure(false, lang, java.util.List.of());
            corpus = TranscriptCorpus.read(export.export, variables, disclosure, lang);
            given = null;
        } else {
            if (question == null) {
                throw new UsageException(Message.of("usage.terms.question"));
            }
            Pipeline.Answers answers = Pipeline.answers(export, question, variables, privacy, lang);
            corpus = answers.corpus();
            given = answers.spec();
            disclosure = answers.disclosure();
            corpus = disclosure.corpus(corpus);
            masked = answers.masked().as(answers.corpus(), corpus);
            // These list or map every group: none can leave a withheld group out (checked before the long work).
            if (iramuteq != null) {
                masked.refuse("--iramuteq", variables);
            }
            if (ca != null) {
                masked.refuse("--ca", by);
            }
        }
        PrivacyOptions.report(disclosure, lang, spec.commandLine().getErr());
        if (by == null && !vars.isEmpty()) {
            corpus = withoutGroups(corpus);
        }
        TermIndex index = TermIndex.build(corpus.documents(), text.termOptions());
        int top = text.top(given != null ? given.report().top() : java.util.Optional.empty());
        TermsWriter.Views views = new TermsWriter.Views(corpus, TermTables.lemmas(index, top),
                naive ? TermTables.naive(corpus.documents(), top) : null,
                by != null ? Specificity.byGroup(index, 3.84, minOccurrences) : null,
                concordance != null ? Concordance.of(index, concordance, 40) : null, concordance,
                cooccurrences ? Cooccurrence.of(index, TermTables.lemmas(index, top), 2) : null,
                codebook != null ? ThematicCoding.code(index, CodebookReader.read(codebook)) : null,
                segments != null ? new RepeatedSegments.Table(RepeatedSegments.of(index, text.termOptions().stopWords(), segments.min(),
                        segments.maxWords(), top), segments) : null, masked.withheld(by));
        CorrespondenceTables.Result analysis = ca == null ? null
                : TermsCorrespondence.analyse(export.export.toString(), by, index, views.terms());
        TermsWriter writer = new TermsWriter(lang, transcripts ? TextUnit.INTERVENTIONS : TextUnit.ANSWERS);
        AtomicFiles.Content content = stream -> {
            switch (format) {
                case json -> writer.json(views, analysis, stream);
                case csv -> writer.csv(views, analysis, stream);
                default -> writer.text(views, analysis, stream);
            }
        };
        Output.mustBeWritable(cloud, ca, iramuteq, out);
        if (cloud != null && views.terms().allSeenOnce()) {
            // Every word would have the same size: say so rather than draw it.
            spec.commandLine().getErr().println("enquete: " + cloud + " not drawn: " + writer.noCloud());
        } else if (cloud != null) {
            WordCloud.Layout layout = new WordCloud().layout(views.terms()).trimmed();
            ChartFiles.write(cloud, layout.width(), layout.height(), corpus.question().label(), g -> WordCloud.draw(layout, g));
        }
        if (analysis != null) {
            TermsCorrespondence.draw(ca, analysis, lang, corpus.question().label());
        }
        if (iramuteq != null) {
            Corpus c = corpus;
            AtomicFiles.write(iramuteq, stream -> writer.iramuteq(c, stream));
        }
        Output.write(out, content, spec.commandLine().getOut());
        return Main.OK;
    }

    /** Variables asked only for IRaMuTeQ do not define groups. */
    private static Corpus withoutGroups(Corpus c) {
        return new Corpus(c.question(), c.base(), c.documents().stream()
                .map(d -> new fr.enquete.text.TextDocument(d.row(), d.text(), null)).toList(), c.variables());
    }
}
