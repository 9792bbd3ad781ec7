package fr.enquete.qual.qda;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a REFI-QDA project exchange file ({@code .qdpx}): a zip of {@code project.qde} (QDA-XML 1.0) and
 * the sources' plain texts under {@code Sources/}. Byte-identical for the same project: no dates, entries
 * stamped 1980-01-01, GUIDs derived from names where enquete has none.
 */
public final class QdpxWriter {

    static final String NS = "urn:QDA-XML:project:1.0";
    private static final LocalDateTime STAMP = LocalDateTime.of(1980, 1, 1, 0, 0);

    private QdpxWriter() {
    }

    /** A stable GUID for what {@code key} names (name-based UUID, version 3). */
    public static String guid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static void write(QdaProject project, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        put(zip, "project.qde", qde(project).getBytes(StandardCharsets.UTF_8));
        for (QdaProject.Source s : project.sources()) {
            put(zip, "Sources/" + s.guid() + ".txt", s.text().getBytes(StandardCharsets.UTF_8));
        }
        zip.finish();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(STAMP);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The project.qde document. */
    public static String qde(QdaProject p) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            Xml w = new Xml(x);
            x.writeStartDocument("utf-8", "1.0");
            w.nl(0);
            x.writeStartElement("Project");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("name", p.name());
            x.writeAttribute("origin", "enquete");
            Map<String, String> users = new LinkedHashMap<>();
            p.coded().stream().map(QdaProject.Coded::coder).filter(c -> !c.isEmpty()).sorted().distinct()
                    .forEach(c -> users.put(c, guid("user:" + c)));
            if (!users.isEmpty()) {
                w.open(1, "Users");
                for (Map.Entry<String, String> u : users.entrySet()) {
                    w.empty(2, "User");
                    x.writeAttribute("guid", u.getValue());
                    x.writeAttribute("name", u.getKey());
                }
                w.close(1);
            }
            Map<String, String> notes = new LinkedHashMap<>();
            if (!p.codes().isEmpty()) {
                w.open(1, "CodeBook");
                w.open(2, "Codes");
                for (QdaProject.Code c : p.codes()) {
                    if (c.parent().isEmpty()) {
                        code(w, p, c, 3, notes);
                    }
                }
                w.close(2);
                w.close(1);
            }
            Set<String> variables = new LinkedHashSet<>();
            p.cases().forEach(c -> variables.addAll(c.attributes().keySet()));
            if (!variables.isEmpty()) {
                w.open(1, "Variables");
                for (String v : variables) {
                    w.empty(2, "Variable");
                    x.writeAttribute("guid", guid("variable:" + v));
                    x.writeAttribute("name", v);
                    x.writeAttribute("typeOfVariable", "Text");
                }
                w.close(1);
            }
            if (!p.cases().isEmpty()) {
                w.open(1, "Cases");
                for (QdaProject.Case c : p.cases()) {
                    w.open(2, "Case");
                    x.writeAttribute("guid", c.guid());
                    x.writeAttribute("name", c.name());
                    for (Map.Entry<String, String> a : c.attributes().entrySet()) {
                        w.open(3, "VariableValue");
                        w.empty(4, "VariableRef");
                        x.writeAttribute("targetGUID", guid("variable:" + a.getKey()));
                        w.text(4, "TextValue", a.getValue());
                        w.close(3);
                    }
                    for (String s : c.sources()) {
                        w.empty(3, "SourceRef");
                        x.writeAttribute("targetGUID", s);
                    }
                    w.close(2);
                }
                w.close(1);
            }
            if (!p.sources().isEmpty()) {
                w.open(1, "Sources");
                for (QdaProject.Source s : p.sources()) {
                    source(w, p, s, users, notes);
                }
                w.close(1);
            }
            if (!notes.isEmpty()) {
                w.open(1, "Notes");
                for (Map.Entry<String, String> n : notes.entrySet()) {
                    w.open(2, "Note");
                    x.writeAttribute("guid", n.getKey());
                    x.writeAttribute("name", "memo");
                    w.text(3, "PlainTextContent", n.getValue());
                    w.close(2);
                }
                w.close(1);
            }
            w.close(0);
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the project XML", e);
        }
        return text.toString() + "\n";
    }

    private static void code(Xml w, QdaProject p, QdaProject.Code c, int depth, Map<String, String> notes) throws XMLStreamException {
        List<QdaProject.Code> children = p.codes().stream().filter(k -> k.parent().equals(c.guid())).toList();
        boolean leaf = children.isEmpty() && c.description().isEmpty() && c.memo().isEmpty();
        if (leaf) {
            w.empty(depth, "Code");
        } else {
            w.open(depth, "Code");
        }
        w.x.writeAttribute("guid", c.guid());
        w.x.writeAttribute("name", c.name());
        w.x.writeAttribute("isCodable", Boolean.toString(c.codable()));
        if (!c.color().isEmpty()) {
            w.x.writeAttribute("color", c.color());
        }
        if (leaf) {
            return;
        }
        if (!c.description().isEmpty()) {
            w.text(depth + 1, "Description", c.description());
        }
        note(w, depth + 1, "code:" + c.guid(), c.memo(), notes);
        for (QdaProject.Code k : children) {
            code(w, p, k, depth + 1, notes);
        }
        w.close(depth);
    }

    private static void source(Xml w, QdaProject p, QdaProject.Source s, Map<String, String> users, Map<String, String> notes)
            throws XMLStreamException {
        w.open(2, "TextSource");
        w.x.writeAttribute("guid", s.guid());
        w.x.writeAttribute("name", s.name());
        w.x.writeAttribute("plainTextPath", "internal://" + s.guid() + ".txt");
        // One selection per span, carrying every code put on it.
        Map<List<Integer>, List<QdaProject.Coded>> spans = new LinkedHashMap<>();
        p.coded().stream().filter(c -> c.source().equals(s.guid()))
                .sorted(java.util.Comparator.comparingInt(QdaProject.Coded::start).thenComparingInt(QdaProject.Coded::end))
                .forEach(c -> spans.computeIfAbsent(List.of(c.start(), c.end()), k -> new ArrayList<>()).add(c));
        for (Map.Entry<List<Integer>, List<QdaProject.Coded>> span : spans.entrySet()) {
            int start = span.getKey().get(0);
            int end = span.getKey().get(1);
            w.open(3, "PlainTextSelection");
            String key = "selection:" + s.guid() + ":" + start + ":" + end;
            w.x.writeAttribute("guid", guid(key));
            w.x.writeAttribute("name", fr.enquete.qual.Excerpt.of(s.text().substring(start, end), 60));
            w.x.writeAttribute("startPosition", Integer.toString(s.text().codePointCount(0, start)));
            w.x.writeAttribute("endPosition", Integer.toString(s.text().codePointCount(0, end)));
            for (QdaProject.Coded c : span.getValue()) {
                w.open(4, "Coding");
                w.x.writeAttribute("guid", guid(key + ":" + c.code() + ":" + c.coder()));
                if (!c.coder().isEmpty()) {
                    w.x.writeAttribute("creatingUser", users.get(c.coder()));
                }
                w.empty(5, "CodeRef");
                w.x.writeAttribute("targetGUID", c.code());
                w.close(4);
            }
            w.close(3);
        }
        note(w, 3, "source:" + s.guid(), s.memo(), notes);
        w.close(2);
    }

    private static void note(Xml w, int depth, String key, String memo, Map<String, String> notes) throws XMLStreamException {
        if (memo.isEmpty()) {
            return;
        }
        String guid = guid("note:" + key);
        notes.put(guid, memo);
        w.empty(depth, "NoteRef");
        w.x.writeAttribute("targetGUID", guid);
    }

    /** Indented writing: one element per line. */
    private static final class Xml {
        final XMLStreamWriter x;

        Xml(XMLStreamWriter x) {
            this.x = x;
        }

        void nl(int depth) throws XMLStreamException {
            x.writeCharacters("\n" + "  ".repeat(depth));
        }

        void open(int depth, String name) throws XMLStreamException {
            if (depth > 0) {
                nl(depth);
            }
            x.writeStartElement(name);
        }

        void empty(int depth, String name) throws XMLStreamException {
            nl(depth);
            x.writeEmptyElement(name);
        }

        void text(int depth, String name, String text) throws XMLStreamException {
            nl(depth);
            x.writeStartElement(name);
            x.writeCharacters(text);
            x.writeEndElement();
        }

        void close(int depth) throws XMLStreamException {
            nl(depth);
            x.writeEndElement();
        }
    }
}
