package fr.enquete.cli;

import fr.enquete.io.AtomicFiles;
import fr.enquete.report.Lang;
import fr.enquete.report.doc.DocxReportWriter;
import fr.enquete.report.doc.HtmlReportWriter;
import fr.enquete.report.doc.MarkdownReportWriter;
import fr.enquete.report.doc.Report;
import fr.enquete.report.doc.XlsxReportWriter;
import fr.enquete.report.study.StudyDocument;
import fr.enquete.report.study.StudyFigures;
import fr.enquete.study.Study;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A study built and written: what {@code enquete study} and {@code enquete demo} share. */
final class StudyFiles {

    private StudyFiles() {
    }

    /** The document's formats, in the order they are written. */
    enum Format {
        docx("study.docx"), html("study.html"), xlsx("study.xlsx"), md("study.md");

        final String file;

        Format(String file) {
            this.file = file;
        }
    }

    static final String FIGURES = "figures.json";

    /** Each chapter through its command's analysis, then the document (with the figures that moved since {@code previous}, if given). */
    static StudyDocument.Built build(Study study, Lang lang, PrivacyOptions privacy, PrintWriter err, StudyFigures previous,
                                     String previousName) {
        List<StudyDocument.Part> parts = new StudySources(lang, privacy, err).parts(study);
        return new StudyDocument(lang, AppVersion.line()).build(study, parts, previous, previousName);
    }

    static Set<Format> parse(List<String> names) {
        return DocumentFormats.parse(names, Format.class);
    }

    /** Every format, then the figures, into a staging folder renamed into place: a failed run leaves the previous build whole. */
    static List<Path> write(StudyDocument.Built built, Lang lang, byte[] template, Set<Format> formats, Path dir) throws IOException {
        Report report = built.report();
        report.charts().parallelStream().forEach(Report.Chart::png);
        List<Path> written = new ArrayList<>();
        try (AtomicFiles.Staging staging = AtomicFiles.stage(dir, "study")) {
            Path stage = staging.path();
            for (Format f : formats) {
                Path target = stage.resolve(f.file);
                switch (f) {
                    case docx -> AtomicFiles.write(target, stream -> new DocxReportWriter(template).write(report, stream));
                    case html -> AtomicFiles.write(target, stream -> new HtmlReportWriter(lang).write(report, stream));
                    case xlsx -> AtomicFiles.write(target, stream -> new XlsxReportWriter().write(report, stream));
                    case md -> new MarkdownReportWriter().write(report, target);
                }
                written.add(dir.resolve(f.file));
            }
            AtomicFiles.write(stage.resolve(FIGURES), built.numbers()::write);
            written.add(dir.resolve(FIGURES));
            staging.commit();
        }
        return written;
    }
}
