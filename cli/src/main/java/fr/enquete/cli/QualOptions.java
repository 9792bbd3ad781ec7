package fr.enquete.cli;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableSource;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import fr.enquete.qual.AnswerReader;
import fr.enquete.qual.CodedSegmentImport;
import fr.enquete.qual.Material;
import fr.enquete.qual.SwotAnalysis;
import fr.enquete.qual.SwotCodebook;
import fr.enquete.qual.SwotCodebookReader;
import fr.enquete.qual.TranscriptReader;
import fr.enquete.qual.qda.QdaExchange;
import fr.enquete.qual.qda.QdaProject;
import fr.enquete.qual.qda.QdpxReader;
import fr.enquete.spec.SchemaInference;
import fr.enquete.spec.SpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The sources of a qualitative analysis and how to read them: transcripts (.txt, .md, .docx; directories
 * are read file by file), questionnaire exports (with their spec; the codebook says which questions are
 * about which theme) and coded-segment exports of QDA tools (recognised by their columns).
 */
final class QualOptions {

    @Parameters(paramLabel = "SOURCES", arity = "1..*")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--codebook", paramLabel = "FILE")
    Path codebook;

    // Keys of their own: the help bundle's "spec" and "sheet" describe the export's options (ExportOptions).
    @Option(names = "--spec", paramLabel = "FILE", descriptionKey = "qual.spec")
    Path spec;

    @Option(names = "--role", paramLabel = "ID")
    String role;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "qual.sheet")
    String sheet;

    @Option(names = "--debug")
    boolean debug;

    private static final List<String> TRANSCRIPTS = List.of(".txt", ".md", ".markdown", ".docx");

    @picocli.CommandLine.Mixin
    PrivacyOptions privacy = new PrivacyOptions();

    @picocli.CommandLine.Mixin
    LimitOptions limits = new LimitOptions();

    @picocli.CommandLine.Option(names = "--grid", paramLabel = "GRID")
    String grid;

    /** What {@link #analyse} disclosed: masking, or keeping personal data. */
    fr.enquete.privacy.Disclosure disclosure;

    /** The material coded, through the disclosure (personal data masked unless kept); what was masked counted on {@code err}. */
    SwotAnalysis analyse(fr.enquete.report.Lang lang, java.io.PrintWriter err) {
        SwotAnalysis a = analyseUnreported(lang, err);
        PrivacyOptions.report(disclosure, lang, err);
        return a;
    }

    /** As {@link #analyse(fr.enquete.report.Lang, java.io.PrintWriter)}; what was masked said on {@code err} by the caller. */
    SwotAnalysis analyseUnreported(fr.enquete.report.Lang lang, java.io.PrintWriter err) {
        Read r = read(lang, err);
        return SwotAnalysis.of(disclosure.material(r.material()), r.book());
    }

    /** The material as read, personal data included, and its codebook. */
    record Read(Material material, SwotCodebook book) {
    }

    /**
     * Reads the material and the codebook and chooses the {@link #disclosure}, masking nothing yet: {@code code --format
     * qdpx} masks the project it builds as a whole, the other commands the material ({@link #analyseUnreported}).
     */
    Read read(fr.enquete.report.Lang lang, java.io.PrintWriter err) {
        // Word transcripts are unzipped too: the expansion limit applies before any is read.
        limits.limits().applyToZipReaders();
        SwotCodebook book = codebook != null ? SwotCodebookReader.read(codebook) : new SwotCodebook(Map.of(), List.of());
        if (grid != null) {
            fr.enquete.qual.Grid chosen = fr.enquete.qual.Grid.parse(grid).orElseThrow(() -> new UsageException(
                    Message.of("usage.grid", grid)));
            try {
                book = book.withGrid(chosen);
            } catch (IllegalArgumentException e) {
                throw new InputException(SourceLocation.file(codebook.toString()), e.getMessage());
            }
        }
        TranscriptReader transcripts = new TranscriptReader();
        Material material = Material.empty();
        List<TableSource> tables = new ArrayList<>();
        boolean specAsks = false;
        for (Path file : files()) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".qdpx")) {
                material = material.plus(holdingSources(file, qdpx(file, err), Message.of("qual.project.nosource")));
                // The project's code tree is its codebook: its themes come in its order, as a codebook's do.
                book = book.withThemes(QdaExchange.themes(projects.get(file.toString())));
                continue;
            }
            if (TRANSCRIPTS.stream().anyMatch(name::endsWith)) {
                material = material.plus(transcripts.read(file));
                continue;
            }
            TableSource table = Importers.open(file, new ImportOptions(sheet, null, null, limits.limits()));
            tables.add(table);
            if (CodedSegmentImport.recognises(table.header())) {
                // An import-qda folder's segments get their cases' attributes (roles) from cases.csv beside them.
                material = material.plus(holdingSources(file, fr.enquete.qual.ImportedProject.attach(CodedSegmentImport.read(table), file),
                        Message.of("qual.segments.headerOnly")));
                List<String> tree = fr.enquete.qual.ImportedProject.codePaths(file);
                if (!tree.isEmpty()) {
                    // Its codebook.csv is the project's code tree: themes in its order, as the .qdpx read directly.
                    book = book.withThemes(QdaExchange.themes(tree));
                }
            } else {
                if (book.questions().isEmpty()) {
                    throw new InputException(SourceLocation.file(file.toString()), Message.of("qual.codebook.questions"));
                }
                var survey = spec != null ? SpecReader.read(spec).survey() : SchemaInference.infer(table).survey();
                specAsks |= spec != null && SpecReader.read(spec).pseudonymise();
                material = material.plus(holdingSources(file, AnswerReader.read(table, survey, book, role), Message.of("qual.answers.headerOnly")));
            }
        }
        disclosure = privacy.disclosure(specAsks, lang, tables);
        masked = disclosure.masks();
        return new Read(material, book);
    }

    /**
     * What {@code file} gave, refused when it holds no source: a grid of nothing would be published as a finding
     * (every quadrant "nothing coded") by a pipeline that only checks the exit code.
     */
    private static Material holdingSources(Path file, Material read, Message why) {
        if (read.sources().isEmpty()) {
            throw new InputException(SourceLocation.file(file.toString()), Message.of("qual.nothing", why));
        }
        return read;
    }

    /** The codebook's memos (none without a codebook). */
    fr.enquete.qual.CodebookMemos codebookMemos() {
        return codebook != null ? fr.enquete.qual.CodebookMemos.read(codebook) : fr.enquete.qual.CodebookMemos.none();
    }

    /** The memos of the codes of the projects read, by code path ("Faiblesses > Logement"), description first. */
    Map<String, String> projectCodeMemos() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (QdaProject p : projects.values()) {
            for (QdaProject.Code c : p.codes()) {
                String memo = String.join("\n\n", java.util.stream.Stream.of(c.description(), c.memo()).filter(m -> !m.isEmpty()).toList());
                if (!memo.isEmpty()) {
                    out.put(String.join(" > ", p.path(c.guid())), memo);
                }
            }
        }
        return out;
    }

    /** Whether the texts were pseudonymised (then no source's full text may be written). */
    private boolean masked;

    private final Map<String, QdaProject> projects = new java.util.HashMap<>();

    /** A REFI-QDA project's coded segments; what it holds but a grid cannot use is said on {@code err}. */
    private Material qdpx(Path file, java.io.PrintWriter err) {
        QdpxReader.Import in = QdpxReader.read(file);
        projects.put(file.toString(), in.project());
        in.skipped().forEach(s -> err.println("enquete: " + file + ": skipped " + s));
        java.util.Set<String> ignored = new java.util.TreeSet<>();
        Material m = QdaExchange.toMaterial(in.project(), file.toString(), ignored);
        if (!ignored.isEmpty()) {
            err.println("enquete: " + file + ": " + fr.enquete.model.English.count(ignored.size(), "code names", "codes name")
                    + " no quadrant and " + (ignored.size() == 1 ? "is" : "are") + " left out of the grids: "
                    + String.join("; ", ignored));
        }
        return m;
    }

    /**
     * The full text of a source when it may be written: a transcript without its marks, a project's source;
     * none once pseudonymised (the segments then make the text).
     */
    java.util.function.Function<fr.enquete.qual.Source, java.util.Optional<String>> texts() {
        return s -> masked ? java.util.Optional.empty() : fullTexts().apply(s);
    }

    /** The full text of a source as read, personal data included: for a project masked as a whole. */
    java.util.function.Function<fr.enquete.qual.Source, java.util.Optional<String>> fullTexts() {
        return s -> {
            String name = s.file().toLowerCase(Locale.ROOT);
            if (projects.containsKey(s.file())) {
                return projects.get(s.file()).sources().stream().filter(x -> x.name().equals(s.id())).map(QdaProject.Source::text).findFirst();
            }
            if (TRANSCRIPTS.stream().anyMatch(name::endsWith) && s.kind() == fr.enquete.qual.Source.Kind.INTERVIEW) {
                return java.util.Optional.of(TranscriptReader.plainText(Path.of(s.file())));
            }
            return java.util.Optional.empty();
        };
    }

    /**
     * The files named, directories expanded (sorted, hidden files skipped). A directory without a file is an error
     * (an interview folder not yet filled, an import of a project without text sources): its grid would be empty.
     */
    List<Path> files() {
        List<Path> out = new ArrayList<>();
        for (Path p : sources) {
            if (Files.isDirectory(p)) {
                List<Path> listed;
                try (Stream<Path> s = Files.list(p)) {
                    listed = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
                } catch (IOException e) {
                    throw new InputException(SourceLocation.file(p.toString()), Message.of("qual.folder.unlisted",
                            String.valueOf(e.getMessage())), e);
                }
                if (listed.isEmpty()) {
                    throw new InputException(SourceLocation.file(p.toString()), Message.of("qual.folder.empty"));
                }
                out.addAll(listed);
            } else {
                if (!Files.exists(p)) {
                    throw new InputException(SourceLocation.file(p.toString()), Message.of("input.file.missing"));
                }
                out.add(p);
            }
        }
        return out;
    }

    /** Every input, so that an output never overwrites one. */
    Path[] inputs() {
        List<Path> all = new ArrayList<>(files());
        all.add(codebook);
        all.add(spec);
        return all.toArray(Path[]::new);
    }
}
