package fr.enquete.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.enquete.qual.qda.CodeQueries;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Code co-occurrence and codes x attribute matrices, as text, CSV or JSON. */
public final class QueryWriter {

    private final Lang lang;
    private final NumberFormats numbers;

    public QueryWriter(Lang lang) {
        this.lang = lang;
        this.numbers = new NumberFormats(lang);
    }

    public void coOccurrenceText(CodeQueries.CoOccurrence c, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(lang.pick("Cooccurrence des codes (segments codés qui se chevauchent ; en diagonale, les segments du code)",
                "Code co-occurrence (coded segments that overlap; on the diagonal, the code's segments)"));
        for (int i = 0; i < c.codes().size(); i++) {
            w.println(String.format("  [%d] %s", i + 1, c.codes().get(i)));
        }
        StringBuilder head = new StringBuilder("      ");
        for (int j = 0; j < c.codes().size(); j++) {
            head.append(String.format("%6s", "[" + (j + 1) + "]"));
        }
        w.println(head);
        for (int i = 0; i < c.codes().size(); i++) {
            StringBuilder row = new StringBuilder(String.format("%6s", "[" + (i + 1) + "]"));
            for (int j = 0; j < c.codes().size(); j++) {
                row.append(String.format("%6s", numbers.integer(c.counts()[i][j])));
            }
            w.println(row);
        }
        w.flush();
    }

    public void coOccurrenceCsv(CodeQueries.CoOccurrence c, OutputStream out) throws IOException {
        CSVPrinter p = printer(out);
        p.printRecord("code", "with", "segments");
        for (int i = 0; i < c.codes().size(); i++) {
            for (int j = 0; j < c.codes().size(); j++) {
                p.printRecord(CsvStatsWriter.safe(c.codes().get(i)), CsvStatsWriter.safe(c.codes().get(j)), c.counts()[i][j]);
            }
        }
        p.flush();
    }

    public void coOccurrenceJson(CodeQueries.CoOccurrence c, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("codes");
            for (String s : c.codes()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("counts");
            for (long[] row : c.counts()) {
                g.writeArray(row, 0, row.length);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    public void matrixText(CodeQueries.Matrix m, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(lang.pick("Codes × ", "Codes × ") + m.attribute() + lang.pick(" : sources (segments)", ": sources (segments)"));
        int width = Math.min(48, m.codes().stream().mapToInt(String::length).max().orElse(4));
        StringBuilder head = new StringBuilder(String.format("%-" + width + "s", lang.pick("Code", "Code")));
        for (String v : m.values()) {
            head.append("  ").append(String.format("%16s", lang.valueOrUnknown(v)));
        }
        w.println(head.toString().stripTrailing());
        for (int i = 0; i < m.codes().size(); i++) {
            String name = m.codes().get(i);
            StringBuilder row = new StringBuilder(String.format("%-" + width + "s", name.length() > width ? name.substring(0, width - 1) + "…" : name));
            for (int k = 0; k < m.values().size(); k++) {
                String cell = m.segments()[i][k] == 0 ? "–" : numbers.integer(m.sources()[i][k]) + " (" + numbers.integer(m.segments()[i][k]) + ")";
                row.append("  ").append(String.format("%16s", cell));
            }
            w.println(row);
        }
        w.println();
        w.println(lang.pick("Segments par case", "Segments by cell"));
        for (int i = 0; i < m.codes().size(); i++) {
            for (int k = 0; k < m.values().size(); k++) {
                if (m.texts().get(i).get(k).isEmpty()) {
                    continue;
                }
                w.println("  " + m.codes().get(i) + " — " + lang.valueOrUnknown(m.values().get(k)));
                m.texts().get(i).get(k).forEach(s -> w.println("    « " + s.strip() + " »"));
            }
        }
        w.flush();
    }

    public void matrixCsv(CodeQueries.Matrix m, OutputStream out) throws IOException {
        CSVPrinter p = printer(out);
        p.printRecord("code", m.attribute(), "sources", "segments");
        for (int i = 0; i < m.codes().size(); i++) {
            for (int k = 0; k < m.values().size(); k++) {
                p.printRecord(CsvStatsWriter.safe(m.codes().get(i)), CsvStatsWriter.safe(m.values().get(k)), m.sources()[i][k], m.segments()[i][k]);
            }
        }
        p.flush();
    }

    public void matrixJson(CodeQueries.Matrix m, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("attribute", m.attribute());
            g.writeArrayFieldStart("values");
            for (String v : m.values()) {
                g.writeString(v);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("codes");
            for (int i = 0; i < m.codes().size(); i++) {
                g.writeStartObject();
                g.writeStringField("code", m.codes().get(i));
                g.writeArrayFieldStart("cells");
                for (int k = 0; k < m.values().size(); k++) {
                    g.writeStartObject();
                    g.writeStringField("value", m.values().get(k));
                    g.writeNumberField("sources", m.sources()[i][k]);
                    g.writeNumberField("segments", m.segments()[i][k]);
                    g.writeArrayFieldStart("texts");
                    for (String s : m.texts().get(i).get(k)) {
                        g.writeString(s);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static CSVPrinter printer(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8);
        g.useDefaultPrettyPrinter();
        return g;
    }
}
