package fr.enquete.study;

import fr.enquete.indicator.Complement;
import fr.enquete.indicator.Period;
import fr.enquete.indicator.Target;
import fr.enquete.io.YamlFile;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import fr.enquete.text.RepeatedSegments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a study file. Strict like the other YAML readers: an unknown key, a missing file, a duplicate chapter id
 * or a bad value is an error naming the line and column of the study file, before anything is computed.
 */
public final class StudyReader {

    private static final Set<String> TOP = Set.of("title", "authors", "territory", "references", "date", "template", "chapters");
    private static final Set<String> COMMON = Set.of("kind", "id", "title", "text");
    private static final Map<String, Set<String>> KINDS = Map.of(
            "indicators", Set.of("file", "territories", "reference", "year", "key", "targets", "complement", "charts", "radar", "map"),
            "survey", Set.of("export", "spec", "questions", "crosstabs", "terms", "repeated-segments", "verbatims", "secret", "weight"),
            "interviews", Set.of("sources", "codebook", "spec", "role", "grid", "theme", "quotes"),
            "plan", Set.of("file"),
            "text", Set.of("file"),
            "methodology", Set.of());
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private StudyReader() {
    }

    public static Study read(Path path) {
        YamlFile y = YamlFile.read(path, "study file");
        Path dir = path.toAbsolutePath().getParent();
        Map<String, Node> top = y.mapping(y.root(), "the study file", TOP);
        String title = required(y, top, "title", y.root(), Message.of("yaml.noun.study.file"));
        List<String> authors = top.containsKey("authors") ? y.strings(top.get("authors"), "'authors'") : List.of();
        String territory = top.containsKey("territory") ? y.scalar(top.get("territory"), "'territory'") : "";
        List<String> references = top.containsKey("references") ? y.strings(top.get("references"), "'references'") : List.of();
        String date = top.containsKey("date") ? y.scalar(top.get("date"), "'date'") : "";
        Path template = null;
        if (top.containsKey("template")) {
            template = file(y, dir, top.get("template"), "'template'");
            String name = template.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".dotx") && !name.endsWith(".docx")) {
                throw y.error(top.get("template"), Message.of("study.yaml.template", template.getFileName().toString()));
            }
            checkTemplate(y, top.get("template"), template);
        }
        if (!top.containsKey("chapters")) {
            throw y.error(y.root(), Message.of("study.yaml.chapters"));
        }
        List<Chapter> chapters = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node n : y.list(top.get("chapters"), "'chapters'")) {
            Chapter c = chapter(y, dir, n, chapters.size() + 1);
            if (!ids.add(c.id())) {
                throw y.error(n, Message.of("study.yaml.id.twice", c.id()));
            }
            chapters.add(c);
        }
        if (chapters.isEmpty()) {
            throw y.error(top.get("chapters"), Message.of("study.yaml.chapters.empty"));
        }
        return new Study(path, title, authors, territory, references, date, template, chapters);
    }

    /**
     * A template Word cannot open (a file renamed .dotx, a workbook) is refused here, at its line, before the chapters
     * are computed: the document writer met it last and stopped with an unexpected error.
     */
    private static void checkTemplate(YamlFile y, Node n, Path template) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(template.toFile(), PackageAccess.READ);
            if (pkg.getPartsByContentType(XWPFRelation.TEMPLATE.getContentType()).isEmpty()
                    && pkg.getPartsByContentType(XWPFRelation.DOCUMENT.getContentType()).isEmpty()) {
                throw y.error(n, Message.of("study.yaml.template.notword", template.getFileName().toString()));
            }
        } catch (InvalidFormatException | RuntimeException e) {
            if (e instanceof InputException i) {
                throw i;
            }
            // Not a zip at all (a .doc, a text renamed): POI's sentence says nothing more than the message does.
            throw y.error(n, e instanceof org.apache.poi.UnsupportedFileFormatException
                    ? Message.of("study.yaml.template.notword", template.getFileName().toString())
                    : Message.of("study.yaml.template.unreadable", template.getFileName().toString(),
                            fr.enquete.importer.OfficeErrors.explained(e)));
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static Chapter chapter(YamlFile y, Path dir, Node node, int position) {
        Map<String, Node> first = y.mapping(node, "a chapter", null);
        if (!first.containsKey("kind")) {
            throw y.error(node, Message.of("study.yaml.kind", String.join(", ", KINDS.keySet().stream().sorted().toList())));
        }
        String kind = y.scalar(first.get("kind"), "'kind'");
        Set<String> own = KINDS.get(kind);
        if (own == null) {
            throw y.error(first.get("kind"), Message.of("study.yaml.kind.unknown", kind,
                    String.join(", ", KINDS.keySet().stream().sorted().toList())));
        }
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(own);
        Message chapter = Message.of("study.yaml.chapter", kind);
        Map<String, Node> m = y.mapping(node, chapter, allowed);
        String id = m.containsKey("id") ? y.scalar(m.get("id"), "'id'") : kind + position;
        if (!ID.matcher(id).matches()) {
            throw y.error(m.get("id"), Message.of("study.yaml.id", id));
        }
        String title = kind.equals("methodology") && !m.containsKey("title") ? "" : required(y, m, "title", node, chapter);
        String text = m.containsKey("text") ? y.scalar(m.get("text"), "'text'") : "";
        SourceLocation at = y.at(node);
        return switch (kind) {
            case "indicators" -> new Chapter.Indicators(id, title, text, at, file(y, dir, need(y, m, "file", node, kind), "'file'"),
                    m.containsKey("territories") ? y.strings(m.get("territories"), "'territories'") : List.of(),
                    m.containsKey("reference") ? y.scalar(m.get("reference"), "'reference'") : null,
                    m.containsKey("year") ? year(y, m.get("year")) : null,
                    m.containsKey("key") ? y.strings(m.get("key"), "'key'") : List.of(),
                    m.containsKey("targets") ? checked(y, m.get("targets"), "targets", Target::parse) : List.of(),
                    m.containsKey("complement") ? checked(y, m.get("complement"), "complement", Complement::parse) : List.of(),
                    charts(y, m),
                    m.containsKey("radar") ? y.strings(m.get("radar"), "'radar'") : List.of(),
                    m.containsKey("map") ? map(y, dir, m.get("map")) : null);
            case "survey" -> {
                boolean terms = !m.containsKey("terms") || bool(y, m.get("terms"), "terms");
                yield new Chapter.Survey(id, title, text, at, file(y, dir, need(y, m, "export", node, kind), "'export'"),
                        m.containsKey("spec") ? file(y, dir, m.get("spec"), "'spec'") : null,
                        m.containsKey("questions") ? y.strings(m.get("questions"), "'questions'") : List.of(),
                        m.containsKey("crosstabs") ? crossings(y, m.get("crosstabs")) : List.of(),
                        terms,
                        m.containsKey("repeated-segments") ? segments(y, m.get("repeated-segments"), terms) : null,
                        !m.containsKey("verbatims") || bool(y, m.get("verbatims"), "verbatims"),
                        m.containsKey("secret") ? integer(y, m.get("secret"), "secret") : 0,
                        m.containsKey("weight") ? y.scalar(m.get("weight"), "'weight'") : null);
            }
            case "interviews" -> new Chapter.Interviews(id, title, text, at,
                    y.strings(need(y, m, "sources", node, kind), "'sources'").stream().map(s -> resolve(y, dir, m.get("sources"), s)).toList(),
                    m.containsKey("codebook") ? file(y, dir, m.get("codebook"), "'codebook'") : null,
                    m.containsKey("spec") ? file(y, dir, m.get("spec"), "'spec'") : null,
                    m.containsKey("role") ? y.scalar(m.get("role"), "'role'") : null,
                    m.containsKey("grid") ? grid(y, m.get("grid")) : null,
                    m.containsKey("theme") ? y.scalar(m.get("theme"), "'theme'") : "",
                    m.containsKey("quotes") ? integer(y, m.get("quotes"), "quotes") : 2);
            case "plan" -> new Chapter.Plan(id, title, text, at, file(y, dir, need(y, m, "file", node, kind), "'file'"));
            case "text" -> new Chapter.Text(id, title, textOf(y, dir, m, node), at);
            default -> new Chapter.Methodology(id, title, text, at);
        };
    }

    /** A text chapter's Markdown: its 'text', or the Markdown file its 'file' names (UTF-8), not both. */
    private static String textOf(YamlFile y, Path dir, Map<String, Node> m, Node node) {
        if (m.containsKey("text") == m.containsKey("file")) {
            throw y.error(node, Message.of("study.yaml.text"));
        }
        if (m.containsKey("text")) {
            return y.scalar(m.get("text"), "'text'");
        }
        Path f = file(y, dir, m.get("file"), "'file'");
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(SourceLocation.file(f.toString()), Message.of("study.text.unreadable", fr.enquete.io.SystemErrors.reason(e)), e);
        }
    }

    private static final List<String> CHARTS = List.of("bars", "radar", "lines", "target");
    private static final Set<String> MAP = Set.of("contours", "key", "indicator", "breaks", "classes");

    /**
     * Strings each checked by the parser {@code enquete indicators} uses for the same option, its complaint located
     * at the string's line.
     */
    private static List<String> checked(YamlFile y, Node node, String key, java.util.function.Consumer<String> parser) {
        List<String> out = new ArrayList<>();
        String what = "'" + key + "'";
        for (Node n : y.list(node, what)) {
            String s = y.scalar(n, what);
            try {
                parser.accept(s);
            } catch (IllegalArgumentException e) {
                // The parsers' own wording is English (the command line's options share them): quoted as it is.
                throw y.error(n, Message.of("study.yaml.value", key, e.getMessage()));
            }
            out.add(s);
        }
        return out;
    }

    /** 'charts': true (every chart), false, or a list among bars, radar, lines and target; 'radar' needs the radar. */
    private static List<String> charts(YamlFile y, Map<String, Node> m) {
        List<String> charts = List.of();
        Node n = m.get("charts");
        if (n instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
            charts = new ArrayList<>();
            for (Node k : y.list(n, "'charts'")) {
                String s = y.scalar(k, "a chart").strip().toLowerCase(Locale.ROOT);
                if (!CHARTS.contains(s)) {
                    throw y.error(k, Message.of("study.yaml.chart", String.join(", ", CHARTS), s));
                }
                if (!charts.contains(s)) {
                    charts.add(s);
                }
            }
        } else if (n != null) {
            charts = bool(y, n, "charts") ? CHARTS : List.of();
        }
        if (m.containsKey("radar") && !charts.contains("radar")) {
            throw y.error(m.get("radar"), Message.of("study.yaml.radar"));
        }
        return charts;
    }

    private static Chapter.MapSpec map(YamlFile y, Path dir, Node node) {
        Map<String, Node> m = y.mapping(node, "'map'", MAP);
        if (!m.containsKey("contours") || !m.containsKey("key")) {
            throw y.error(node, Message.of("study.yaml.map"));
        }
        String breaks = m.containsKey("breaks") ? y.scalar(m.get("breaks"), "'breaks'").strip().toLowerCase(Locale.ROOT) : "quantiles";
        if (!breaks.equals("quantiles") && !breaks.equals("equal")) {
            throw y.error(m.get("breaks"), Message.of("study.yaml.breaks", breaks));
        }
        int classes = m.containsKey("classes") ? integer(y, m.get("classes"), "classes") : 4;
        if (classes < 2) {
            throw y.error(m.get("classes"), Message.of("study.yaml.classes", classes));
        }
        return new Chapter.MapSpec(file(y, dir, m.get("contours"), "'contours'"), y.scalar(m.get("key"), "'key'"),
                m.containsKey("indicator") ? y.scalar(m.get("indicator"), "'indicator'") : null, breaks, classes);
    }

    private static final Set<String> SEGMENTS = Set.of("min", "words");

    /**
     * 'repeated-segments': true (segments of 2 to 5 words seen at least 3 times, as {@code report --repeated-segments}),
     * false, or a mapping of 'min' and 'words' ({@code --repeated-min}, {@code --repeated-words}); they need the term tables.
     */
    private static RepeatedSegments.Settings segments(YamlFile y, Node n, boolean terms) {
        RepeatedSegments.Settings settings;
        if (n instanceof MappingNode) {
            Map<String, Node> m = y.mapping(n, "'repeated-segments'", SEGMENTS);
            int min = m.containsKey("min") ? integer(y, m.get("min"), "min") : RepeatedSegments.Settings.DEFAULT.min();
            int words = m.containsKey("words") ? integer(y, m.get("words"), "words") : RepeatedSegments.Settings.DEFAULT.maxWords();
            if (!RepeatedSegments.Settings.allows(min, words)) {
                throw y.error(n, Message.of("study.yaml.segments", min, words));
            }
            settings = new RepeatedSegments.Settings(min, words);
        } else {
            settings = bool(y, n, "repeated-segments") ? RepeatedSegments.Settings.DEFAULT : null;
        }
        if (settings != null && !terms) {
            throw y.error(n, Message.of("study.yaml.segments.terms"));
        }
        return settings;
    }

    private static List<Chapter.Crossing> crossings(YamlFile y, Node node) {
        List<Chapter.Crossing> out = new ArrayList<>();
        for (Node n : y.list(node, "'crosstabs'")) {
            String s = y.scalar(n, "a cross-tabulation");
            String[] ids = s.split("\\s+x\\s+|,");
            if (ids.length != 2 || ids[0].isBlank() || ids[1].isBlank()) {
                throw y.error(n, Message.of("study.yaml.crosstab", s));
            }
            out.add(new Chapter.Crossing(ids[0].strip(), ids[1].strip()));
        }
        return out;
    }

    private static String grid(YamlFile y, Node n) {
        String g = y.scalar(n, "'grid'").toLowerCase(Locale.ROOT);
        if (!g.equals("afom") && !g.equals("ctg")) {
            throw y.error(n, Message.of("study.yaml.grid", g));
        }
        return g;
    }

    private static Node need(YamlFile y, Map<String, Node> m, String key, Node chapter, String kind) {
        if (!m.containsKey(key)) {
            throw y.error(chapter, Message.of("study.yaml.needs", Message.of("study.yaml.chapter", kind), key));
        }
        return m.get(key);
    }

    private static String required(YamlFile y, Map<String, Node> m, String key, Node where, Message what) {
        if (!m.containsKey(key) || y.scalar(m.get(key), "'" + key + "'").isBlank()) {
            throw y.error(where, Message.of("study.yaml.needs", what, key));
        }
        return y.scalar(m.get(key), "'" + key + "'");
    }

    private static Path file(YamlFile y, Path dir, Node n, String what) {
        return resolve(y, dir, n, y.scalar(n, what));
    }

    /** A path relative to the study file's folder, which must exist (file or folder). */
    private static Path resolve(YamlFile y, Path dir, Node n, String name) {
        Path p = dir.resolve(name).normalize();
        if (!Files.exists(p)) {
            throw y.error(n, Message.of("study.yaml.file.missing", name, dir.toString()));
        }
        return p;
    }

    /** The whole number, at least 0, that {@code key} gives. */
    private static int integer(YamlFile y, Node n, String key) {
        String s = y.scalar(n, "'" + key + "'");
        try {
            int v = Integer.parseInt(s.strip());
            if (v < 0) {
                throw y.error(n, Message.of("study.yaml.negative", key));
            }
            return v;
        } catch (NumberFormatException e) {
            throw y.error(n, Message.of("study.yaml.integer", key, s));
        }
    }

    /** An indicators chapter's year, as {@code enquete indicators --year} takes it: 2020, or the school year 2019-2020 (2020). */
    private static int year(YamlFile y, Node n) {
        String s = y.scalar(n, "'year'");
        return Period.yearOrSchoolYear(s).orElseThrow(() -> y.error(n, Message.of("study.yaml.year", s.strip())));
    }

    /** The yes or no that {@code key} gives. */
    private static boolean bool(YamlFile y, Node n, String key) {
        String s = y.scalar(n, "'" + key + "'").strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "yes", "oui" -> true;
            case "false", "no", "non" -> false;
            default -> throw y.error(n, Message.of("study.yaml.boolean", key, s));
        };
    }
}
