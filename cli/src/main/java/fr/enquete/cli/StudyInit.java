package fr.enquete.cli;

import fr.enquete.indicator.IndicatorReader;
import fr.enquete.indicator.IndicatorTable;
import fr.enquete.model.InputException;
import fr.enquete.model.SourceLocation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code enquete study --init FOLDER}: a study file written from what a folder holds, commented so that the authors
 * know what to check. YAML files are told apart by their top keys ({@code axes:} a plan, {@code themes:} a codebook,
 * {@code questions:} a spec); a table beside a spec is a survey export, another table one the indicator reader
 * reads is an indicator table; a folder of .txt, .md or .docx files is a set of transcripts.
 */
final class StudyInit {

    private static final List<String> TABLES = List.of(".csv", ".tsv", ".xlsx", ".xls", ".ods");
    private static final List<String> TRANSCRIPTS = List.of(".txt", ".md", ".docx");

    private final Path folder;
    private final Path base;

    /** @param base the folder the study file will be in: its paths are written relative to it */
    StudyInit(Path folder, Path base) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(SourceLocation.file(folder.toString()), fr.enquete.model.Message.of("cli.init.folder.missing"));
        }
        this.folder = folder.toAbsolutePath().normalize();
        this.base = base.toAbsolutePath().normalize();
    }

    String yaml() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder, 4)) {
            files = s.filter(Files::isRegularFile).filter(f -> folder.relativize(f).toString().chars().noneMatch(c -> c == '~'))
                    .filter(f -> !hidden(f)).sorted().toList();
        }
        List<Path> plans = new ArrayList<>();
        List<Path> codebooks = new ArrayList<>();
        List<Path> specs = new ArrayList<>();
        for (Path f : files) {
            String n = name(f);
            if (n.endsWith(".yaml") || n.endsWith(".yml")) {
                Map<?, ?> top = top(f);
                if (top.containsKey("axes")) {
                    plans.add(f);
                } else if (top.containsKey("themes")) {
                    codebooks.add(f);
                } else if (top.containsKey("questions")) {
                    specs.add(f);
                }
            }
        }
        StringBuilder y = new StringBuilder();
        y.append("# Study file written by enquete study --init from ").append(rel(folder)).append(".\n")
                .append("# Check every line, then build with: enquete study THIS_FILE --out DIR --format docx,html,xlsx,md\n")
                .append("# Paths are relative to this file's folder. Documentation: docs/study.md\n\n")
                .append("title: \"Diagnostic de territoire\"  # the document's title\n")
                .append("authors: [\"À compléter\"]          # who wrote it\n")
                .append("territory: \"\"                     # the territory studied\n")
                .append("references: []                     # the territories it is compared with\n")
                .append("date: \"\"                          # printed on the cover and in the annex\n")
                .append("# template: house.dotx            # a Word template: its styles, headers and footers\n\n")
                .append("chapters:\n")
                .append("  - kind: text\n    id: introduction\n    title: \"Introduction\"\n")
                .append("    # In text, a cross-reference is written {ref:chap:ID}, {ref:tab:ID} or {ref:fig:ID} (ID: a chapter's or a question's id).\n")
                .append("    text: |\n      Pourquoi ce diagnostic, pour qui, avec qui.\n");
        int chapters = 0;
        for (Path f : files) {
            String n = name(f);
            if (TABLES.stream().noneMatch(n::endsWith)) {
                continue;
            }
            Path spec = specFor(f, specs);
            if (spec != null) {
                chapters++;
                y.append("  - kind: survey              # a questionnaire export and its spec\n")
                        .append("    id: ").append(id(f)).append('\n')
                        .append("    title: \"Résultats du questionnaire\"\n")
                        .append("    export: ").append(quote(rel(f))).append('\n')
                        .append("    spec: ").append(quote(rel(spec))).append('\n')
                        .append("    # questions: [q1, q2]      # only these questions, in this order (default: all)\n")
                        .append("    # crosstabs: [\"q1 x q2\"]   # cross-tabulations, rows x columns\n")
                        .append("    # secret: 5               # mask counts under 5 respondents\n");
            } else if (indicators(f)) {
                chapters++;
                y.append("  - kind: indicators          # an indicator table, compared across territories\n")
                        .append("    id: ").append(id(f)).append('\n')
                        .append("    title: \"Portrait du territoire\"\n")
                        .append("    file: ").append(quote(rel(f))).append('\n')
                        .append("    # territories: [A, B]     # the territories to compare, in order (default: all)\n")
                        .append("    # reference: B            # the territory the others are compared with\n");
            }
        }
        for (Path dir : transcriptFolders(files)) {
            chapters++;
            Path book = codebooks.stream().filter(b -> dir.startsWith(b.getParent()) || b.getParent().equals(dir.getParent()))
                    .findFirst().orElse(null);
            y.append("  - kind: interviews          # transcripts coded into a SWOT (or CTG) grid\n")
                    .append("    id: ").append(id(dir)).append('\n')
                    .append("    title: \"Paroles d'acteurs\"\n")
                    .append("    sources: [").append(quote(rel(dir))).append("]\n")
                    .append(book != null ? "    codebook: " + quote(rel(book)) + "\n" : "    # codebook: codebook.yaml   # the SWOT codebook\n")
                    .append("    # grid: ctg                # ctg: atouts, faiblesses, problématique, axes de travail\n");
        }
        for (Path p : plans) {
            chapters++;
            y.append("  - kind: plan                # the action plan: axes, fiches action and their indicators\n")
                    .append("    id: ").append(id(p)).append('\n')
                    .append("    title: \"Plan d'action\"\n")
                    .append("    file: ").append(quote(rel(p))).append('\n');
        }
        if (chapters == 0) {
            y.append("  # Nothing was recognised in ").append(rel(folder)).append(": add chapters of kind indicators, survey, interviews or plan.\n");
        }
        y.append("  - kind: methodology         # the annex written from the facts (sources, bases, methods, software)\n")
                .append("    id: methodologie\n");
        return y.toString();
    }

    private static boolean hidden(Path f) {
        for (Path part : f.getFileName() == null ? List.<Path>of() : List.of(f.getFileName())) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Folders holding transcripts (README files aside), each once, in order. */
    private List<Path> transcriptFolders(List<Path> files) {
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            String n = name(f);
            if (TRANSCRIPTS.stream().anyMatch(n::endsWith) && !n.startsWith("readme") && !f.getParent().equals(folder)
                    && !out.contains(f.getParent())) {
                out.add(f.getParent());
            }
        }
        return out;
    }

    /** The spec of an export: {@code NAME.spec.yaml} beside it, else the only spec of its folder. */
    private static Path specFor(Path table, List<Path> specs) {
        String stem = name(table).replaceFirst("\\.[^.]+$", "");
        for (Path s : specs) {
            if (s.getParent().equals(table.getParent()) && name(s).startsWith(stem + ".spec.")) {
                return s;
            }
        }
        List<Path> beside = specs.stream().filter(s -> s.getParent().equals(table.getParent())).toList();
        return beside.size() == 1 && !name(table).contains("population") ? beside.get(0) : null;
    }

    private static boolean indicators(Path f) {
        try {
            IndicatorTable t = IndicatorReader.read(f, new fr.enquete.importer.ImportOptions(null, null, null, new LimitOptions().limits(), null));
            return !t.values().isEmpty();
        } catch (RuntimeException e) {
            // Not an indicator table: left out of the study file.
            return false;
        }
    }

    private static Map<?, ?> top(Path f) {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            Object o = new Yaml(new LoaderOptions()).load(r);
            return o instanceof Map<?, ?> m ? m : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private static String name(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private String rel(Path p) {
        String r = base.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return r.isEmpty() ? "." : r;
    }

    private static String id(Path p) {
        String s = p.getFileName().toString().replaceFirst("\\.[^.]+$", "").replaceAll("[^A-Za-z0-9_.-]", "-");
        return s.isEmpty() || !Character.isLetterOrDigit(s.charAt(0)) ? "c" + s : s;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
