package fr.enquete.qual.qda;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamException;

/**
 * Reads a REFI-QDA project exchange file ({@code .qdpx}) as NVivo, ATLAS.ti, MAXQDA or QualCoder write it:
 * text sources (inline or under {@code Sources/}), the code tree with colours, plain-text selections and their
 * codings, cases and their variables, notes referred to by codes and sources. Pictures, PDF, audio and video
 * sources are listed as skipped.
 */
public final class QdpxReader {

    /** What was read, and what could not be (for the user to know). */
    public record Import(QdaProject project, List<String> skipped) {
        public Import {
            skipped = List.copyOf(skipped);
        }
    }

    private static final long MAX_ENTRY = 256L << 20;

    private QdpxReader() {
    }

    public static Import read(Path file) {
        String name = file.toString();
        Map<String, byte[]> entries = entries(file);
        List<String> qde = entries.keySet().stream().filter(k -> k.endsWith(".qde") && !k.contains("/")).sorted().toList();
        if (qde.isEmpty()) {
            throw new InputException(SourceLocation.file(name), Message.of("qda.qde.none"));
        }
        // The standard names it project.qde; ATLAS.ti names it after the project: accept a single one.
        String main = qde.contains("project.qde") ? "project.qde" : qde.get(0);
        if (!main.equals("project.qde") && qde.size() > 1) {
            throw new InputException(SourceLocation.file(name), Message.of("qda.qde.several", String.valueOf(qde)));
        }
        XmlTree root;
        try {
            root = XmlTree.read(new ByteArrayInputStream(entries.get(main)));
        } catch (XMLStreamException e) {
            var at = e.getLocation();
            throw new InputException(at == null ? SourceLocation.file(name + "!" + main)
                    : SourceLocation.line(name + "!" + main, at.getLineNumber(), at.getColumnNumber()),
                    e instanceof XmlTree.DoctypeRefused ? Message.of("qda.doctype") : Message.of("qda.xml.unreadable",
                            e.getMessage().replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "")), e);
        }
        if (root == null || !root.name().equals("Project")) {
            throw new InputException(SourceLocation.file(name + "!" + main), Message.of("qda.root"));
        }
        return new Builder(name + "!" + main, entries, root).build();
    }

    private static Map<String, byte[]> entries(Path file) {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                byte[] bytes = zip.readNBytes((int) Math.min(MAX_ENTRY + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > MAX_ENTRY) {
                    throw new InputException(SourceLocation.file(file.toString()), Message.of("qda.entry.bomb", e.getName(),
                            (long) (MAX_ENTRY >> 20)));
                }
                entries.put(e.getName().replace('\\', '/'), bytes);
            }
        } catch (IOException ex) {
            throw new InputException(SourceLocation.file(file.toString()), Files.exists(file)
                    ? Message.of("qda.zip.unreadable", String.valueOf(ex.getMessage())) : Message.of("input.file.missing"), ex);
        }
        if (entries.isEmpty()) {
            throw new InputException(SourceLocation.file(file.toString()), Message.of("qda.zip.none"));
        }
        return entries;
    }

    private static final class Builder {
        private final String file;
        private final Map<String, byte[]> entries;
        private final XmlTree root;
        private final List<QdaProject.Code> codes = new ArrayList<>();
        private final List<QdaProject.Source> sources = new ArrayList<>();
        private final List<QdaProject.Coded> coded = new ArrayList<>();
        private final List<QdaProject.Case> cases = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();
        private final Map<String, String> users = new HashMap<>();
        private final Map<String, String> variables = new HashMap<>();
        private final Map<String, String> notes = new HashMap<>();

        Builder(String file, Map<String, byte[]> entries, XmlTree root) {
            this.file = file;
            this.entries = entries;
            this.root = root;
        }

        Import build() {
            root.first("Users").ifPresent(u -> u.all("User").forEach(x -> users.put(x.attr("guid"), x.attr("name"))));
            root.first("Variables").ifPresent(v -> v.all("Variable").forEach(x -> variables.put(x.attr("guid"), x.attr("name"))));
            root.first("Notes").ifPresent(n -> n.all("Note").forEach(x -> notes.put(x.attr("guid"), text(x, "note " + x.attr("name")))));
            root.first("CodeBook").flatMap(b -> b.first("Codes")).ifPresent(c -> c.all("Code").forEach(x -> code(x, "")));
            root.first("Cases").ifPresent(c -> c.all("Case").forEach(this::kase));
            root.first("Sources").ifPresent(s -> s.children().forEach(this::source));
            dropDanglingSourceRefs();
            return new Import(new QdaProject(root.attr("name"), codes, sources, coded, cases), skipped);
        }

        /**
         * A case's link to a source the project does not hold is dropped and listed: QualCoder (4.0 at least) gives
         * each exported source a fresh GUID but links cases to another, so its case variables reach no source.
         */
        private void dropDanglingSourceRefs() {
            java.util.Set<String> held = new java.util.HashSet<>();
            root.first("Sources").ifPresent(s -> s.children().forEach(x -> held.add(x.attr("guid"))));
            cases.replaceAll(c -> {
                List<String> kept = c.sources().stream().filter(held::contains).toList();
                c.sources().stream().filter(g -> !held.contains(g)).forEach(g -> skipped.add("the link of case \"" + c.name()
                        + "\" to source " + g + " (no such source in the project: its variables reach no source)"));
                return kept.size() == c.sources().size() ? c : new QdaProject.Case(c.guid(), c.name(), c.attributes(), kept);
            });
        }

        private void code(XmlTree x, String parent) {
            String guid = required(x, "guid");
            codes.add(new QdaProject.Code(guid, required(x, "name"), parent, !"false".equals(x.attr("isCodable")),
                    x.attr("color"), x.childText("Description").strip(), memo(x)));
            x.all("Code").forEach(c -> code(c, guid));
        }

        private void kase(XmlTree x) {
            Map<String, String> attributes = new LinkedHashMap<>();
            x.all("VariableValue").forEach(v -> value(v, attributes));
            cases.add(new QdaProject.Case(required(x, "guid"), x.attr("name"), attributes,
                    x.all("SourceRef").stream().map(r -> r.attr("targetGUID")).toList()));
        }

        private void value(XmlTree v, Map<String, String> into) {
            String variable = variables.getOrDefault(v.first("VariableRef").map(r -> r.attr("targetGUID")).orElse(""), "");
            v.children().stream().filter(c -> c.name().endsWith("Value")).findFirst()
                    .ifPresent(c -> into.put(variable.isEmpty() ? "variable" : variable, c.text().strip()));
        }

        private void source(XmlTree x) {
            if (!x.name().equals("TextSource")) {
                skipped.add(x.name() + " \"" + x.attr("name") + "\" (only plain-text sources are read)");
                return;
            }
            String guid = required(x, "guid");
            String text = text(x, "source " + x.attr("name"));
            String name = x.attr("name").isEmpty() ? guid : x.attr("name");
            // QualCoder writes a source's memo as its description, NVivo and others as a note: both are memos.
            String memo = String.join("\n\n", java.util.stream.Stream.of(x.childText("Description").strip(), memo(x))
                    .filter(m -> !m.isEmpty()).toList());
            sources.add(new QdaProject.Source(guid, name, text, memo));
            Map<String, String> own = new LinkedHashMap<>();
            x.all("VariableValue").forEach(v -> value(v, own));
            if (!own.isEmpty()) {
                // QualCoder puts a file's attributes on the source itself: a case of its own.
                cases.add(new QdaProject.Case(QdpxWriter.guid("case:" + guid), name, own, List.of(guid)));
            }
            for (XmlTree s : x.all("PlainTextSelection")) {
                int start = offset(text, integer(s, "startPosition"), s);
                int end = offset(text, integer(s, "endPosition"), s);
                if (end < start) {
                    throw new InputException(SourceLocation.line(file, s.line(), 1), Message.of("qda.selection.backwards", s.attr("guid"),
                            s.attr("endPosition"), s.attr("startPosition")));
                }
                for (XmlTree c : s.all("Coding")) {
                    String code = c.first("CodeRef").map(r -> r.attr("targetGUID")).orElse("");
                    if (codes.stream().noneMatch(k -> k.guid().equals(code))) {
                        throw new InputException(SourceLocation.line(file, c.line(), 1), Message.of("qda.coding.unknown",
                                s.attr("guid"), code));
                    }
                    coded.add(new QdaProject.Coded(guid, start, end, code, users.getOrDefault(c.attr("creatingUser"),
                            users.getOrDefault(s.attr("creatingUser"), ""))));
                }
            }
        }

        /** A UTF-16 index from a position counted in Unicode characters. */
        private int offset(String text, long position, XmlTree at) {
            int count = text.codePointCount(0, text.length());
            if (position < 0 || position > count) {
                throw new InputException(SourceLocation.line(file, at.line(), 1), Message.of("qda.selection.outside", at.attr("guid"),
                        String.valueOf(position), (long) count));
            }
            return text.offsetByCodePoints(0, (int) position);
        }

        private long integer(XmlTree x, String attr) {
            try {
                return Long.parseLong(required(x, attr).strip());
            } catch (NumberFormatException e) {
                throw new InputException(SourceLocation.line(file, x.line(), 1), Message.of("qda.attr.number", attr, x.attr(attr)));
            }
        }

        private String required(XmlTree x, String attr) {
            String v = x.attr(attr);
            if (v.isEmpty()) {
                throw new InputException(SourceLocation.line(file, x.line(), 1), Message.of("qda.attr.missing", x.name(), attr));
            }
            return v;
        }

        private String memo(XmlTree x) {
            List<String> parts = new ArrayList<>();
            x.all("NoteRef").forEach(r -> {
                String n = notes.getOrDefault(r.attr("targetGUID"), "");
                if (!n.isBlank()) {
                    parts.add(n.strip());
                }
            });
            return String.join("\n\n", parts);
        }

        /** A text source's or note's text: inline, or the file its plainTextPath names in the archive. */
        private String text(XmlTree x, String what) {
            if (x.first("PlainTextContent").isPresent()) {
                return x.childText("PlainTextContent");
            }
            String path = x.attr("plainTextPath");
            if (path.isEmpty()) {
                return "";
            }
            String inner = path.replaceFirst("^internal://", "");
            byte[] bytes = null;
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                String k = e.getKey().toLowerCase(Locale.ROOT);
                if (k.equals("sources/" + inner.toLowerCase(Locale.ROOT))) {
                    bytes = e.getValue();
                }
            }
            if (bytes == null) {
                if (!path.startsWith("internal://")) {
                    skipped.add(what + ": its text lies outside the archive (" + path + ")");
                    return "";
                }
                throw new InputException(SourceLocation.line(file, x.line(), 1), what + ": Sources/" + inner + " is missing from the archive");
            }
            String t = new String(bytes, StandardCharsets.UTF_8);
            return t.startsWith("\uFEFF") ? t.substring(1) : t;
        }
    }
}
