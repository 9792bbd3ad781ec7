package fr.enquete.report;

import fr.enquete.stats.Diagnostic;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import fr.enquete.text.RepeatedSegments;
import fr.enquete.text.TermTable;

/** Plain-text tables for a terminal: {@code enquete stats} without {@code --format}. */
public final class TextStatsWriter {

    private final ResultTables tables;
    private final TableNotes notes;
    private final boolean verbatims;
    private final Lang lang;

    public TextStatsWriter(Lang lang, boolean verbatims) {
        this.tables = new ResultTables(lang);
        this.notes = new TableNotes(lang);
        this.lang = lang;
        this.verbatims = verbatims;
    }

    public void write(SurveyResult result, OutputStream out) throws IOException {
        write(result, Map.of(), out);
    }

    /** With the term tables of text questions (question id to table). */
    public void write(SurveyResult result, Map<String, TermTable> terms, OutputStream out) throws IOException {
        write(result, terms, Map.of(), out);
    }

    /** With the term tables and the repeated segments' tables of text questions (question id to table), segments after terms. */
    public void write(SurveyResult result, Map<String, TermTable> terms, Map<String, RepeatedSegments.Table> segments, OutputStream out)
            throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Labels labels = tables.labels();
        w.println(result.title());
        w.println(labels.get("respondents") + labels.get("colon") + tables.numbers().integer(result.respondents()));
        String responseRate = tables.responseRateLine(result);
        if (!responseRate.isEmpty()) {
            w.println(responseRate);
        }
        for (fr.enquete.stats.ResponseRates.Rate rate : result.rates()) {
            w.println("  " + tables.rateLine(rate));
        }
        String weights = tables.weightsLine(result);
        if (!weights.isEmpty()) {
            w.println(weights);
        }
        for (QuestionResult r : result.questions()) {
            w.println();
            w.println(r.question().label());
            w.println("[" + r.question().id() + ", " + labels.type(r.question().type()) + "] " + tables.baseLine(r, result.weighted()));
            ResultTable t = tables.table(r, result);
            if (!t.isEmpty()) {
                print(w, t);
            }
            // The notes a reader needs to read the table, as every report format prints them under it.
            for (String note : notes.of(r, result)) {
                w.println("  " + note);
            }
            if (r instanceof QuestionResult.Numeric n && n.summary().method() == fr.enquete.stats.QuantileMethod.LIMESURVEY) {
                w.println("  " + labels.get("quantiles.limesurvey"));
            }
            if (r instanceof QuestionResult.Numeric n && n.summary().approximate()) {
                w.println("  " + labels.get("quantiles.approximate"));
            }
            String late = tables.lateNote(r, result);
            if (!late.isEmpty()) {
                w.println("  " + late);
            }
            String scale = tables.scaleLine(r);
            if (!scale.isEmpty()) {
                w.println("  " + scale);
            }
            if (r instanceof QuestionResult.Text text) {
                w.println(tables.textCount(text));
                TermTable tt = terms.get(r.question().id());
                for (TermTable shown : tt == null ? List.<TermTable>of() : TermTableView.shown(tt)) {
                    TermTableView view = new TermTableView(tables.lang());
                    w.println(view.title(shown));
                    print(w, view.table(shown));
                    String more = view.exAequo(shown);
                    w.println("  " + view.note(shown) + (more.isEmpty() ? "" : " " + more));
                }
                RepeatedSegments.Table repeated = segments.get(r.question().id());
                if (repeated != null) {
                    segments(w, new TermTableView(tables.lang()), repeated);
                }
                if (verbatims) {
                    for (QuestionResult.Verbatim v : text.answers()) {
                        w.println("  - " + v.text().replace("\n", "\n    "));
                    }
                }
            } else if (r instanceof QuestionResult.Identifiers ids) {
                w.println(java.text.MessageFormat.format(labels.get("id.count"), tables.numbers().integer(ids.count())));
            }
        }
        if (!result.diagnostics().isEmpty()) {
            w.println();
            w.println(labels.get("diagnostics"));
            for (Diagnostic d : result.diagnostics()) {
                w.println("  - " + d.text(lang.locale()));
            }
        }
        w.flush();
    }

    /** A repeated segments' table, its title, rows and note, or the line saying none was found. */
    static void segments(PrintWriter w, TermTableView view, RepeatedSegments.Table s) {
        w.println(view.title(s.table()));
        if (s.table().rows().isEmpty()) {
            w.println("  " + view.none(s));
            return;
        }
        print(w, view.table(s.table()));
        w.println("  " + view.note(s));
    }

    public static void print(PrintWriter w, ResultTable t) {
        int cols = t.header().size();
        int[] width = new int[cols];
        for (int c = 0; c < cols; c++) {
            width[c] = length(t.header().get(c));
            for (List<String> row : t.rows()) {
                width[c] = Math.max(width[c], length(row.get(c)));
            }
        }
        line(w, t.header(), width, t);
        for (List<String> row : t.rows()) {
            line(w, row, width, t);
        }
    }

    private static void line(PrintWriter w, List<String> cells, int[] width, ResultTable t) {
        StringBuilder sb = new StringBuilder("  ");
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - length(cell));
            sb.append(t.numeric(c) ? pad + cell : cell + pad);
            if (c < cells.size() - 1) {
                sb.append("  ");
            }
        }
        w.println(sb.toString().stripTrailing());
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
