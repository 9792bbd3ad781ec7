package fr.enquete.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fr.enquete.io.AtomicFiles;
import fr.enquete.qual.SwotAnalysis;
import fr.enquete.qual.qda.CodeQueries;
import fr.enquete.qual.qda.QdaExchange;
import fr.enquete.qual.qda.QdaProject;
import fr.enquete.report.Lang;
import fr.enquete.report.QueryWriter;
import fr.enquete.report.doc.QuerySections;
import fr.enquete.report.doc.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code swot --cooccurrence --matrix ATTR --memos} adds after the grids: the same queries and memo annex
 * as {@code code} gives, in each of swot's formats. Nothing is computed when none is asked.
 */
final class SwotQueries {

    private final Lang lang;
    private final CodeQueries.CoOccurrence coOccurrence;
    private final CodeQueries.Matrix matrix;
    private final List<QuerySections.Memo> memos;
    private final String memoMarkdown;

    private SwotQueries(Lang lang, CodeQueries.CoOccurrence coOccurrence, CodeQueries.Matrix matrix, List<QuerySections.Memo> memos,
                        String memoMarkdown) {
        this.lang = lang;
        this.coOccurrence = coOccurrence;
        this.matrix = matrix;
        this.memos = memos;
        this.memoMarkdown = memoMarkdown;
    }

    static SwotQueries of(QualOptions qual, SwotAnalysis a, Lang lang, boolean cooccurrence, String attribute, boolean withMemos) {
        QdaProject p = cooccurrence || attribute != null ? QdaExchange.toProject("query", a, qual.texts(), fr.enquete.qual.CodebookMemos.none()) : null;
        return new SwotQueries(lang,
                cooccurrence ? CodeQueries.coOccurrence(p) : null,
                attribute != null ? CodeQueries.byAttribute(p, attribute) : null,
                withMemos ? MemoAnnex.entries(qual.codebookMemos(), qual.projectCodeMemos(), a.sources()) : null,
                withMemos ? MemoAnnex.markdown(lang, qual.codebookMemos(), qual.projectCodeMemos(), a.sources()) : null);
    }

    boolean isEmpty() {
        return coOccurrence == null && matrix == null && memos == null;
    }

    /** The report with the queries' sections, then the memo annex, after its own. */
    Report appendTo(Report report) {
        QuerySections s = new QuerySections(lang);
        List<Report.Section> more = new ArrayList<>();
        if (coOccurrence != null) {
            more.add(s.coOccurrence(coOccurrence));
        }
        if (matrix != null) {
            more.add(s.matrix(matrix));
        }
        if (memos != null) {
            more.add(s.memos(memos));
        }
        return QuerySections.append(report, more);
    }

    /** Text: the grids' text, then each query as {@code code} prints it, then the memos in Markdown. */
    AtomicFiles.Content text(AtomicFiles.Content grids) {
        QueryWriter w = new QueryWriter(lang);
        return out -> {
            grids.writeTo(out);
            if (coOccurrence != null) {
                out.write('\n');
                w.coOccurrenceText(coOccurrence, out);
            }
            if (matrix != null) {
                out.write('\n');
                w.matrixText(matrix, out);
            }
            if (memoMarkdown != null) {
                out.write('\n');
                out.write(memoMarkdown.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /**
     * JSON: the grids' object with {@code cooccurrence}, {@code matrix} (as {@code code --format json} gives them)
     * and {@code memos} added after its own fields, copied token by token so that they stay as written.
     */
    AtomicFiles.Content json(AtomicFiles.Content grids) {
        QueryWriter w = new QueryWriter(lang);
        JsonFactory factory = JsonFactory.builder().build();
        return out -> {
            try (JsonParser in = factory.createParser(bytes(grids)); JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                in.nextToken();
                g.writeStartObject();
                while (in.nextToken() == JsonToken.FIELD_NAME) {
                    g.writeFieldName(in.currentName());
                    in.nextToken();
                    g.copyCurrentStructure(in);
                }
                if (coOccurrence != null) {
                    g.writeFieldName("cooccurrence");
                    copy(factory, bytes(o -> w.coOccurrenceJson(coOccurrence, o)), g);
                }
                if (matrix != null) {
                    g.writeFieldName("matrix");
                    copy(factory, bytes(o -> w.matrixJson(matrix, o)), g);
                }
                if (memos != null) {
                    g.writeArrayFieldStart("memos");
                    for (QuerySections.Memo m : memos) {
                        g.writeStartObject();
                        g.writeStringField("about", m.code() ? "code" : "source");
                        g.writeStringField("name", m.name());
                        g.writeStringField("text", m.text());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeRaw('\n');
            }
        };
    }

    private static void copy(JsonFactory factory, byte[] json, JsonGenerator g) throws IOException {
        try (JsonParser in = factory.createParser(json)) {
            in.nextToken();
            g.copyCurrentStructure(in);
        }
    }

    private static byte[] bytes(AtomicFiles.Content c) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        c.writeTo(b);
        return b.toByteArray();
    }
}
