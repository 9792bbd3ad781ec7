package fr.enquete.report.study;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every number printed in a study's tables, keyed by what it is (chapter, table caption, row, column) rather than
 * by its table's number, so that a later version of the study can say which figures moved even when tables were
 * added before them. Written beside the document as {@code figures.json}; {@code --changes} reads the previous one.
 */
public record StudyFigures(List<Figure> figures) {

    /** One number: where it is printed (the caption's label in this version), and its text and value. */
    public record Figure(String chapter, String table, String row, String column, String label, String text, double value) {
        /** What identifies the figure from one version to the next. */
        public String key() {
            return chapter + "\u001f" + table + "\u001f" + row + "\u001f" + column;
        }
    }

    /** A figure whose printed text changed. */
    public record Moved(Figure before, Figure after) {
    }

    /** What changed from {@code previous} to this version. */
    public record Changes(List<Moved> moved, int added, int removed) {
    }

    public StudyFigures {
        figures = List.copyOf(figures);
    }

    public Changes since(StudyFigures previous) {
        Map<String, Figure> old = new LinkedHashMap<>();
        previous.figures().forEach(f -> old.putIfAbsent(f.key(), f));
        List<Moved> moved = new ArrayList<>();
        int added = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Figure f : figures) {
            if (!seen.add(f.key())) {
                continue;
            }
            Figure o = old.get(f.key());
            if (o == null) {
                added++;
            } else if (!o.text().equals(f.text())) {
                moved.add(new Moved(o, f));
            }
        }
        int removed = (int) old.keySet().stream().filter(k -> !seen.contains(k)).count();
        return new Changes(moved, added, removed);
    }

    public void write(OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("version", 1);
            g.writeArrayFieldStart("figures");
            for (Figure f : figures) {
                g.writeStartObject();
                g.writeStringField("chapter", f.chapter());
                g.writeStringField("table", f.table());
                g.writeStringField("row", f.row());
                g.writeStringField("column", f.column());
                g.writeStringField("label", f.label());
                g.writeStringField("text", f.text());
                if (Double.isFinite(f.value())) {
                    g.writeNumberField("value", f.value());
                } else {
                    g.writeNullField("value");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** Reads a figures file written by {@link #write}; {@code name} locates errors. */
    public static StudyFigures read(InputStream in, String name) throws IOException {
        List<Figure> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(in)) {
            expect(p, p.nextToken() == JsonToken.START_OBJECT, name, "study.figures.object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                JsonToken t = p.nextToken();
                if (!field.equals("figures")) {
                    p.skipChildren();
                    continue;
                }
                expect(p, t == JsonToken.START_ARRAY, name, "study.figures.list");
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Map<String, String> f = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String k = p.getCurrentName();
                        p.nextToken();
                        f.put(k, p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsString());
                    }
                    expect(p, f.containsKey("chapter") && f.containsKey("table") && f.containsKey("row") && f.containsKey("column")
                            && f.containsKey("text"), name, "study.figures.fields");
                    String v = f.get("value");
                    out.add(new Figure(f.get("chapter"), f.get("table"), f.get("row"), f.get("column"), f.getOrDefault("label", ""),
                            f.get("text"), v == null ? Double.NaN : Double.parseDouble(v)));
                }
            }
        } catch (JsonProcessingException e) {
            var l = e.getLocation();
            throw new InputException(l == null ? SourceLocation.file(name) : SourceLocation.line(name, l.getLineNr(), l.getColumnNr()),
                    Message.of("study.figures.invalid", e.getOriginalMessage()), e);
        }
        return new StudyFigures(out);
    }

    /** {@code what}: the key of what was expected, a study.figures.* message. */
    private static void expect(JsonParser p, boolean ok, String name, String what) {
        if (!ok) {
            var l = p.currentLocation();
            throw new InputException(SourceLocation.line(name, l.getLineNr(), l.getColumnNr()), Message.of(what));
        }
    }
}
