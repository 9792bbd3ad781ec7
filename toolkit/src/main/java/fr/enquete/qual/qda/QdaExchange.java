package fr.enquete.qual.qda;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import fr.enquete.qual.Code;
import fr.enquete.qual.CodedSegment;
import fr.enquete.qual.CodebookMemos;
import fr.enquete.qual.CodedSegmentImport;
import fr.enquete.qual.Material;
import fr.enquete.qual.Quadrant;
import fr.enquete.qual.Segment;
import fr.enquete.qual.Source;
import fr.enquete.qual.SwotAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Between enquete's coded material and a REFI-QDA project. Codes become a tree quadrant > theme > item
 * (the item left out when it is the theme itself), each source a text source and a case whose attributes
 * are what the transcript's header says (role, service...); a {@code memo} header becomes the source's memo.
 */
public final class QdaExchange {

    /** A quadrant's code in a project, as the grids title it (a switch, so that a new quadrant cannot be forgotten). */
    private static String label(Quadrant q) {
        return switch (q) {
            case FORCE -> "Forces";
            case ATOUT -> "Atouts";
            case FAIBLESSE -> "Faiblesses";
            case OPPORTUNITE -> "Opportunités";
            case MENACE -> "Menaces";
            case PROBLEMATIQUE -> "Problématique";
            case AXE -> "Axes de travail";
        };
    }

    /** A quadrant's colour: green for what works, red for what does not, blue and orange for the outward pair. */
    private static String colour(Quadrant q) {
        return switch (q) {
            case FORCE, ATOUT -> "#2E7D32";
            case FAIBLESSE -> "#C62828";
            case OPPORTUNITE, PROBLEMATIQUE -> "#1565C0";
            case MENACE, AXE -> "#EF6C00";
        };
    }

    private QdaExchange() {
    }

    /** The path of names a code is exported under. */
    public static List<String> path(Code c) {
        List<String> p = new ArrayList<>(List.of(label(c.quadrant()), c.theme()));
        if (!c.item().equals(c.theme())) {
            p.add(c.item());
        }
        return p;
    }

    /**
     * The project of coded segments.
     *
     * @param texts a source's full text when known (a transcript without its marks, a project's source);
     *              otherwise the text is made of the source's segments, one per line
     */
    public static QdaProject toProject(String name, List<Source> sources, List<CodedSegment> coded,
                                       Function<Source, Optional<String>> texts) {
        return toProject(name, sources, coded, texts, CodebookMemos.none());
    }

    /**
     * The project of an analysis' coded segments, the codebook's memos on its theme and item codes; the code tree in
     * the grids' order (quadrants as the grid reads them, themes and items as the codebook lists them, then as met),
     * which {@link #themes} reads back.
     */
    public static QdaProject toProject(String name, SwotAnalysis a, Function<Source, Optional<String>> texts, CodebookMemos memos) {
        return toProject(name, a.sources(), a.coded(), texts, memos, a.coded().stream().map(CodedSegment::code).sorted(a.codeOrder()).toList());
    }

    /** The themes of a project's code tree, in its order (see {@link CodeTreeThemes}). */
    public static List<String> themes(QdaProject p) {
        return CodeTreeThemes.of(p);
    }

    /** The themes of a code tree given as its codes' paths in the tree's order (an import's codebook.csv). */
    public static List<String> themes(List<String> codePaths) {
        return CodeTreeThemes.ofPaths(codePaths);
    }

    /** The same, the codebook's memos on its theme and item codes; the code tree in the order codes are met. */
    public static QdaProject toProject(String name, List<Source> sources, List<CodedSegment> coded,
                                       Function<Source, Optional<String>> texts, CodebookMemos memos) {
        return toProject(name, sources, coded, texts, memos, List.of());
    }

    /** The project, {@code first}'s codes first in its code tree, in that order, then the others as met. */
    private static QdaProject toProject(String name, List<Source> sources, List<CodedSegment> coded,
                                        Function<Source, Optional<String>> texts, CodebookMemos memos, List<Code> first) {
        Map<String, QdaProject.Code> codes = new LinkedHashMap<>();
        first.forEach(c -> code(codes, c, memos));
        List<QdaProject.Source> out = new ArrayList<>();
        List<QdaProject.Coded> spans = new ArrayList<>();
        List<QdaProject.Case> cases = new ArrayList<>();
        for (Source s : sources) {
            String guid = QdpxWriter.guid("source:" + s.id());
            List<CodedSegment> own = coded.stream().filter(c -> c.segment().source().equals(s.id())).toList();
            // A text whose words cannot all be found (masked segments, a changed file) gives way to a built one.
            Optional<String> known = texts.apply(s).filter(t -> own.stream().allMatch(c -> locate(t, c.segment()) != null));
            StringBuilder built = new StringBuilder();
            Map<String, int[]> placed = new HashMap<>();
            String text = known.orElse(null);
            for (CodedSegment c : own) {
                int[] span;
                if (text != null) {
                    span = locate(text, c.segment());
                } else {
                    // Built text: each distinct segment once, on its own line.
                    span = placed.computeIfAbsent(c.segment().text(), words -> {
                        int start = built.length();
                        built.append(words).append('\n');
                        return new int[] {start, start + words.length()};
                    });
                }
                String codeGuid = code(codes, c.code(), memos);
                spans.add(new QdaProject.Coded(guid, span[0], span[1], codeGuid, coder(c.code().origin())));
            }
            // Sorted: a source's meta has no order of its own, and the file must not change from run to run.
            Map<String, String> attributes = new java.util.TreeMap<>(s.meta());
            String memo = attributes.containsKey("memo") ? attributes.remove("memo") : "";
            out.add(new QdaProject.Source(guid, s.id(), text != null ? text : built.toString(), memo));
            if (!attributes.isEmpty()) {
                cases.add(new QdaProject.Case(QdpxWriter.guid("case:" + s.id()), s.id(), attributes, List.of(guid)));
            }
        }
        // In the order the file holds them, so that what is read back equals what was written.
        List<QdaProject.Code> tree = new ArrayList<>();
        treeOrder(List.copyOf(codes.values()), "", tree);
        List<String> order = out.stream().map(QdaProject.Source::guid).toList();
        spans.sort(java.util.Comparator.comparingInt((QdaProject.Coded c) -> order.indexOf(c.source()))
                .thenComparingInt(QdaProject.Coded::start).thenComparingInt(QdaProject.Coded::end));
        return new QdaProject(name, tree, out, spans, cases);
    }

    private static void treeOrder(List<QdaProject.Code> codes, String parent, List<QdaProject.Code> into) {
        for (QdaProject.Code c : codes) {
            if (c.parent().equals(parent)) {
                into.add(c);
                treeOrder(codes, c.guid(), into);
            }
        }
    }

    private static String coder(Code.Origin origin) {
        return switch (origin) {
            case MANUAL -> "enquete (manuel)";
            case CODEBOOK -> "enquete (grille de codage)";
            case IMPORTED -> "import";
        };
    }

    /** The guid of a code, adding it and its ancestors to the tree as needed. */
    private static String code(Map<String, QdaProject.Code> codes, Code c, CodebookMemos memos) {
        String parent = "";
        List<String> path = path(c);
        for (int i = 0; i < path.size(); i++) {
            String key = String.join("\u001f", path.subList(0, i + 1));
            String guid = QdpxWriter.guid("code:" + key);
            String p = parent;
            boolean leaf = i == path.size() - 1;
            QdaProject.Code before = codes.get(guid);
            if (before == null || leaf && !before.codable()) {
                String memo = i == 0 ? "" : leaf && !c.item().equals(c.theme()) ? memos.items().getOrDefault(c.item(), "")
                        : memos.themes().getOrDefault(c.theme(), leaf ? memos.items().getOrDefault(c.item(), "") : "");
                codes.put(guid, new QdaProject.Code(guid, path.get(i), p, leaf || before != null && before.codable(),
                        i == 0 ? colour(c.quadrant()) : "", "", memo));
            }
            parent = guid;
        }
        return parent;
    }

    /** A segment's offsets in its source's text: its words on its line, else anywhere; null when absent. */
    private static int[] locate(String text, Segment s) {
        int lineStart = 0;
        for (long l = 1; l < s.line() && lineStart >= 0; l++) {
            int nl = text.indexOf('\n', lineStart);
            lineStart = nl < 0 ? -1 : nl + 1;
        }
        int at = -1;
        if (lineStart >= 0) {
            int lineEnd = text.indexOf('\n', lineStart);
            at = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).indexOf(s.text());
            at = at < 0 ? -1 : lineStart + at;
        }
        if (at < 0) {
            at = text.indexOf(s.text());
        }
        if (at < 0) {
            return null;
        }
        return new int[] {at, at + s.text().length()};
    }

    /**
     * The project's coded spans as enquete material, for grids: a code counts when its path names a quadrant
     * (as in coded-segment exports); the others go to {@code ignored} (a project holds more than its SWOT).
     * Sources carry their cases' attributes (role, service...) for the matrices, and their memo.
     */
    public static Material toMaterial(QdaProject p, String file, java.util.Set<String> ignored) {
        List<Source> sources = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (QdaProject.Source s : p.sources()) {
            if (ids.containsValue(s.name())) {
                throw new InputException(SourceLocation.file(file), Message.of("qda.sources.twice", s.name()));
            }
            ids.put(s.guid(), s.name());
            Map<String, String> meta = new LinkedHashMap<>();
            p.attributes(s.guid()).forEach((k, v) -> meta.put(fr.enquete.qual.TranscriptReader.metaKey(k), v));
            if (!s.memo().isEmpty()) {
                meta.put("memo", s.memo());
            }
            sources.add(new Source(s.name(), Source.Kind.IMPORTED, meta, file));
        }
        List<CodedSegment> coded = new ArrayList<>();
        for (QdaProject.Coded c : oncePerPassage(p.coded())) {
            String path = String.join(" > ", p.path(c.code()));
            Optional<Code> parsed = CodedSegmentImport.parse(path, "");
            if (parsed.isEmpty()) {
                ignored.add(path);
                continue;
            }
            Code code = parsed.get();
            QdaProject.Source s = p.source(c.source()).orElseThrow();
            String text = s.text();
            long line = 1 + text.substring(0, c.start()).chars().filter(ch -> ch == '\n').count();
            coded.add(new CodedSegment(new Segment(s.name(), "", line, text.substring(c.start(), c.end()), ""), code));
        }
        return new Material(sources, List.of(), coded);
    }

    /**
     * The codings with those of one code on overlapping spans of one source made one (their union): two users
     * who coded the same passage, or two selections that overlap, are one passage coded, not two expressions.
     */
    static List<QdaProject.Coded> oncePerPassage(List<QdaProject.Coded> coded) {
        Map<String, List<Integer>> byCode = new LinkedHashMap<>();
        for (int i = 0; i < coded.size(); i++) {
            QdaProject.Coded c = coded.get(i);
            byCode.computeIfAbsent(c.source() + "\u0000" + c.code(), k -> new ArrayList<>()).add(i);
        }
        // Each merged passage stays where its first coding was, so the order read is kept.
        java.util.TreeMap<Integer, QdaProject.Coded> out = new java.util.TreeMap<>();
        for (List<Integer> same : byCode.values()) {
            List<Integer> sorted = new ArrayList<>(same);
            sorted.sort(java.util.Comparator.comparingInt((Integer i) -> coded.get(i).start()).thenComparingInt(i -> coded.get(i).end()));
            int at = -1;
            QdaProject.Coded open = null;
            for (int i : sorted) {
                QdaProject.Coded c = coded.get(i);
                if (open != null && (c.start() < open.end() || c.start() == open.start())) {
                    open = new QdaProject.Coded(open.source(), open.start(), Math.max(open.end(), c.end()), open.code(), open.coder());
                    at = Math.min(at, i);
                } else {
                    if (open != null) {
                        out.put(at, open);
                    }
                    open = c;
                    at = i;
                }
            }
            out.put(at, open);
        }
        return new ArrayList<>(out.values());
    }
}
