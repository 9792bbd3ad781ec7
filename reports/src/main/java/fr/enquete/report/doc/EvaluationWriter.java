package fr.enquete.report.doc;

import fr.enquete.report.Labels;
import fr.enquete.report.Lang;
import fr.enquete.report.TextStatsWriter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import fr.enquete.qual.ActionPlan;
import fr.enquete.qual.Answer;
import fr.enquete.qual.Evaluation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A plan's evaluation as text (the report's tables one after the other) and JSON; documents come from the report. */
public final class EvaluationWriter {

    private final Lang lang;
    private final Labels labels;

    public EvaluationWriter(Lang lang) {
        this.lang = lang;
        this.labels = new Labels(lang);
    }

    public void text(Evaluation e, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Report r = new EvaluationReportBuilder(lang).build(e);
        w.println(r.title());
        w.println(r.subtitle());
        for (Report.Section s : r.sections()) {
            w.println();
            w.println((s.level() == 1 ? "== " : "-- ") + s.title());
            if (!s.meta().isEmpty()) {
                w.println(s.meta());
            }
            for (Report.Block b : s.blocks()) {
                if (b instanceof Report.Table t) {
                    TextStatsWriter.print(w, t.table());
                } else if (b instanceof Report.Paragraph p) {
                    w.println(p.text());
                } else if (b instanceof Report.Subheading sh) {
                    w.println(sh.text());
                }
            }
        }
        w.flush();
    }

    /**
     * {@code {"summary": {"yes", "partly", "no", "not_evaluated"}, "axes": [{"number", "axis", counts...}], "actions":
     * [{"number", "action", "status", "lines": [{"date", "criterion", "planned", "done", "answer", "notes", "indicator"}]}]}}
     */
    public void json(Evaluation e, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeObjectFieldStart("summary");
            counts(g, e, e.plan().actions());
            g.writeEndObject();
            g.writeArrayFieldStart("axes");
            for (ActionPlan.Axis axis : e.plan().axes()) {
                g.writeStartObject();
                g.writeStringField("number", axis.number());
                g.writeStringField("axis", axis.name());
                counts(g, e, axis.allActions());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("actions");
            for (ActionPlan.Action a : e.plan().actions()) {
                g.writeStartObject();
                g.writeStringField("number", a.number());
                g.writeStringField("action", a.title());
                g.writeStringField("status", e.status(a).map(Answer::code).orElse(""));
                g.writeArrayFieldStart("lines");
                for (Evaluation.Line l : e.of(a)) {
                    g.writeStartObject();
                    g.writeStringField("date", l.date());
                    g.writeStringField("criterion", l.criterion());
                    g.writeStringField("planned", l.planned());
                    g.writeStringField("done", l.done());
                    g.writeStringField("answer", l.answer().map(Answer::code).orElse(""));
                    g.writeStringField("notes", l.notes());
                    g.writeBooleanField("indicator", l.indicator());
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

    private static void counts(JsonGenerator g, Evaluation e, java.util.List<ActionPlan.Action> actions) throws IOException {
        Map<Answer, Integer> c = e.counts(actions);
        g.writeNumberField("actions", actions.size());
        g.writeNumberField("yes", c.get(Answer.YES));
        g.writeNumberField("partly", c.get(Answer.PARTLY));
        g.writeNumberField("no", c.get(Answer.NO));
        g.writeNumberField("not_evaluated", e.notEvaluated(actions));
    }
}
