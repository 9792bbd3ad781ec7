package fr.enquete.cli;

import fr.enquete.model.English;

import fr.enquete.io.AtomicFiles;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import fr.enquete.qual.TranscriptReader;
import fr.enquete.qual.qda.ProjectMasking;
import fr.enquete.qual.qda.QdaProject;
import fr.enquete.qual.qda.QdpxReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code enquete import-qda}: a REFI-QDA project unpacked into files enquete and a spreadsheet read: the
 * sources' texts, the coded segments, the code tree, the cases and the memos.
 */
@Command(name = "import-qda", mixinStandardHelpOptions = true)
final class ImportQdaCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    DebugOption debug = new DebugOption();

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", required = true)
    Path dir;

    @picocli.CommandLine.Mixin
    PrivacyOptions privacy = new PrivacyOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        QdpxReader.Import in = QdpxReader.read(file);
        // Personal data masked by default, as every other command: in texts, names, memos and attribute values,
        // each coding still on the words it coded.
        fr.enquete.privacy.Disclosure disclosure = privacy.disclosure(false, fr.enquete.report.Lang.FR, List.of());
        QdaProject p = disclosure.masks() ? ProjectMasking.mask(in.project(), disclosure::text, disclosure::identifier) : in.project();
        // The project itself as --out: the usage error every other command gives (it was "exists and is not a folder", 3).
        Pipeline.checkNotInput(dir, file);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(SourceLocation.file(dir.toString()), Message.of("cli.not.folder"));
        }
        List<Path> previous = previousImport(dir);
        Set<Path> written = new java.util.HashSet<>();
        // The project's files appear together or not at all: a failure (a full disk) leaves the folder as it was.
        try (AtomicFiles.Staging staging = AtomicFiles.stage(dir, "import")) {
            Path out = staging.path();
            Map<String, String> ids = ids(p);
            for (QdaProject.Source s : p.sources()) {
                StringBuilder text = new StringBuilder();
                Map<String, String> attributes = p.attributes(s.guid());
                // A text that opens with its own header (as enquete exports transcripts) keeps it alone.
                boolean header = s.text().strip().startsWith("---")
                        || TranscriptReader.isHeaderLine(s.text().strip().lines().findFirst().orElse(""));
                if (!attributes.isEmpty() && !header) {
                    // Front matter, as transcripts carry it: enquete reads role, service... from it.
                    text.append("---\n");
                    attributes.forEach((k, v) -> text.append(k.replaceAll("[:\\n]", " ")).append(": ").append(v.replace('\n', ' ')).append('\n'));
                    text.append("---\n");
                }
                text.append(s.text());
                AtomicFiles.writeString(out.resolve("sources").resolve(ids.get(s.guid()) + ".txt"), text.toString());
                written.add(dir.toAbsolutePath().resolve("sources").resolve(ids.get(s.guid()) + ".txt"));
            }
            AtomicFiles.writeString(out.resolve("segments.csv"), csv(List.of("document", "code", "text", "start", "end", "coder"), rows -> {
                for (QdaProject.Coded c : p.coded()) {
                    String text = p.source(c.source()).orElseThrow().text();
                    rows.printRecord(safe(ids.get(c.source())), safe(String.join(" > ", p.path(c.code()))), safe(text.substring(c.start(), c.end())),
                            text.codePointCount(0, c.start()), text.codePointCount(0, c.end()), safe(c.coder()));
                }
            }));
            AtomicFiles.writeString(out.resolve("codebook.csv"), csv(List.of("code", "codable", "color", "description", "memo", "segments"), rows -> {
                for (QdaProject.Code c : p.codes()) {
                    long n = p.coded().stream().filter(k -> k.code().equals(c.guid())).count();
                    rows.printRecord(safe(String.join(" > ", p.path(c.guid()))), c.codable(), c.color(), safe(c.description()), safe(c.memo()), n);
                }
            }));
            Set<String> variables = new LinkedHashSet<>();
            p.cases().forEach(c -> variables.addAll(c.attributes().keySet()));
            List<String> header = new java.util.ArrayList<>(List.of("case", "documents"));
            header.addAll(variables);
            AtomicFiles.writeString(out.resolve("cases.csv"), csv(header, rows -> {
                for (QdaProject.Case c : p.cases()) {
                    List<String> row = new java.util.ArrayList<>(List.of(safe(c.name()),
                            safe(String.join("; ", c.sources().stream().map(g -> ids.getOrDefault(g, g)).toList()))));
                    variables.forEach(v -> row.add(safe(c.attributes().getOrDefault(v, ""))));
                    rows.printRecord(row);
                }
            }));
            AtomicFiles.writeString(out.resolve("memos.md"), memos(p, ids));
            // What this import wrote, so that the next one into the folder replaces these files and no others.
            AtomicFiles.writeString(out.resolve(MANIFEST), MANIFEST_HEAD + ids.values().stream().sorted()
                    .map(id -> "sources/" + id + ".txt\n").collect(java.util.stream.Collectors.joining()));
            staging.commit();
        }
        // The earlier import's sources that this project does not have go: the folder holds one project, not two.
        for (Path old : previous) {
            if (!written.contains(old)) {
                Files.deleteIfExists(old);
            }
        }
        // Where `code` and `swot` look for the texts, even for a project without any.
        Files.createDirectories(dir.resolve("sources"));
        long memos = p.codes().stream().filter(c -> !c.memo().isEmpty() || !c.description().isEmpty()).count()
                + p.sources().stream().filter(s -> !s.memo().isEmpty()).count();
        var o = spec.commandLine().getOut();
        o.println(file + ": " + String.join(", ", English.count(p.sources().size(), "text source", "text sources"),
                English.count(p.codes().size(), "code", "codes"), English.count(p.coded().size(), "coded segment", "coded segments"),
                English.count(p.cases().size(), "case", "cases"), English.count(memos, "memo", "memos")) + " -> " + dir);
        in.skipped().forEach(s -> spec.commandLine().getErr().println("enquete: " + file + ": skipped " + s));
        PrivacyOptions.report(disclosure, fr.enquete.report.Lang.FR, spec.commandLine().getErr());
        o.flush();
        return Main.OK;
    }

    /** The list of the files an import wrote, at the top of its folder. */
    static final String MANIFEST = fr.enquete.qual.ImportedProject.MANIFEST;
    private static final String MANIFEST_HEAD = "# Written by enquete import-qda: the next import into this folder replaces the files below.\n";

    /** What an import writes at the top of its folder. */
    private static final Set<String> IMPORT_FILES = Set.of("segments.csv", "codebook.csv", "cases.csv", "memos.md", "sources", MANIFEST);

    /**
     * The source files of an earlier import in {@code dir}, to replace; none when it is missing or empty. Only a folder
     * an import made (its {@link #MANIFEST} listing every source file there) is replaced; anything else in it (the
     * user's own transcripts, a segments.csv they wrote, a link to another folder) refuses it, and nothing is touched.
     */
    private static List<Path> previousImport(Path dir) throws IOException {
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(dir)) {
                throw new UsageException(Message.of("usage.qda.out.link", dir));
            }
            return List.of();
        }
        List<String> foreign = new java.util.ArrayList<>();
        List<String> top = new java.util.ArrayList<>();
        try (var entries = Files.list(dir)) {
            for (Path f : entries.sorted().toList()) {
                String name = f.getFileName().toString();
                if (AtomicFiles.isTemporary(name)) {
                    continue;
                }
                top.add(name);
                boolean folder = Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                if (!IMPORT_FILES.contains(name) || name.equals("sources") != folder || Files.isSymbolicLink(f)) {
                    foreign.add(name);
                }
            }
        }
        if (top.isEmpty()) {
            return List.of();
        }
        Path manifest = dir.resolve(MANIFEST);
        Set<String> listed = Files.isRegularFile(manifest, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                ? Files.readAllLines(manifest).stream().filter(l -> l.startsWith("sources/")).collect(java.util.stream.Collectors.toSet())
                : Set.of();
        if (listed.isEmpty() && !Files.isRegularFile(manifest)) {
            foreign.add(0, "no " + MANIFEST + " of an earlier import");
        }
        List<Path> sources = new java.util.ArrayList<>();
        Path sourceDir = dir.resolve("sources");
        if (foreign.isEmpty() && Files.isDirectory(sourceDir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (var files = Files.list(sourceDir)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (AtomicFiles.isTemporary(name)) {
                        continue;
                    }
                    if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) && listed.contains("sources/" + name)) {
                        sources.add(f.toAbsolutePath());
                    } else {
                        foreign.add("sources/" + name);
                    }
                }
            }
        }
        if (!foreign.isEmpty()) {
            throw new UsageException(Message.of("usage.qda.out.foreign", dir,
                    new Message.Listed(foreign.subList(0, Math.min(5, foreign.size())), foreign.size() > 5)));
        }
        return sources;
    }

    /** A file name per source: its name without extension, made safe and unique. */
    private static Map<String, String> ids(QdaProject p) {
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, Integer> used = new HashMap<>();
        for (QdaProject.Source s : p.sources()) {
            String base = s.name().replaceFirst("\\.(txt|docx?|pdf|md|rtf|odt)$", "").replaceAll("[^\\p{L}\\p{N}._ -]", "-").strip();
            base = base.isEmpty() || base.startsWith(".") ? "source" + base : base;
            int n = used.merge(base.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            ids.put(s.guid(), n == 1 ? base : base + "-" + n);
        }
        return ids;
    }

    private static String memos(QdaProject p, Map<String, String> ids) {
        StringBuilder md = new StringBuilder("# Mémos — " + p.name() + "\n");
        boolean codes = false;
        for (QdaProject.Code c : p.codes()) {
            if (c.memo().isEmpty() && c.description().isEmpty()) {
                continue;
            }
            if (!codes) {
                md.append("\n## Codes\n");
                codes = true;
            }
            md.append("\n### ").append(String.join(" > ", p.path(c.guid()))).append("\n\n");
            if (!c.description().isEmpty()) {
                md.append(c.description()).append("\n\n");
            }
            if (!c.memo().isEmpty()) {
                md.append(c.memo()).append("\n\n");
            }
        }
        boolean sources = false;
        for (QdaProject.Source s : p.sources()) {
            if (s.memo().isEmpty()) {
                continue;
            }
            if (!sources) {
                md.append("\n## Sources\n");
                sources = true;
            }
            md.append("\n### ").append(ids.get(s.guid())).append("\n\n").append(s.memo()).append("\n\n");
        }
        return md.toString().replaceAll("\n{3,}", "\n\n");
    }

    private interface Rows {
        void print(CSVPrinter rows) throws IOException;
    }

    private static String csv(List<String> header, Rows body) throws IOException {
        StringWriter w = new StringWriter();
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
        p.printRecord(header);
        body.print(p);
        p.flush();
        return w.toString();
    }

    private static String safe(String s) {
        return fr.enquete.report.CsvStatsWriter.safe(s);
    }
}
