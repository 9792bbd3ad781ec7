package fr.enquete.report.doc;

import fr.enquete.report.Labels;
import fr.enquete.report.Lang;
import fr.enquete.report.PlanHeadings;
import fr.enquete.report.TextStatsWriter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import fr.enquete.qual.ActionPlan;
import fr.enquete.qual.DiagnosisLinks;
import fr.enquete.qual.PlanField;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An action plan as text (an outline: a fiche's table does not fit a terminal) and JSON, each with every field the
 * plan file holds, the fields the model does not know included, and the expected fields fiches lack. The documents
 * come from {@code PlanReportBuilder} and {@code FicheDocxWriter}.
 */
public final class PlanWriter {

    private final Lang lang;
    private final Labels labels;

    public PlanWriter(Lang lang) {
        this.lang = lang;
        this.labels = new Labels(lang);
    }

    public void text(ActionPlan plan, OutputStream out) {
        text(plan, new DiagnosisLinks(List.of()), out);
    }

    /** The outline, then the diagnosis items and the fiches answering each, then the missing rubrics. */
    public void text(ActionPlan plan, DiagnosisLinks links, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(labels.get("plan.title"));
        outline(w, plan);
        if (!links.isEmpty()) {
            w.println();
            w.println(labels.get("plan.links"));
            TextStatsWriter.print(w, new fr.enquete.report.doc.PlanReportBuilder(lang).links(links, new PlanHeadings(plan, lang)));
        }
        List<ActionPlan.Gap> gaps = plan.gaps();
        if (!gaps.isEmpty()) {
            PlanHeadings h = new PlanHeadings(plan, lang);
            w.println();
            w.println(labels.get("plan.gaps"));
            w.println(new fr.enquete.report.doc.PlanReportBuilder(lang).gapsIntro(plan, h));
            gaps.forEach(g -> w.println("  - " + h.shortName(g.action()) + labels.get("colon") + h.field(g.field())));
        }
        w.flush();
    }

    /** The axes, their needs, objectives and actions with their fields, after a blank line (also under a SWOT grid). */
    void outline(PrintWriter w, ActionPlan plan) {
        PlanHeadings h = new PlanHeadings(plan, lang);
        for (ActionPlan.Axis axis : plan.axes()) {
            w.println();
            w.println("== " + h.axis(axis));
            if (!axis.needs().isEmpty()) {
                w.println("  " + labels.get("plan.needs"));
                axis.needs().forEach((voice, need) -> w.println("    - " + voice + labels.get("colon") + need));
            }
            int n = 1;
            for (ActionPlan.Action act : axis.actions()) {
                action(w, h, act, n++, "");
            }
            for (ActionPlan.Objective o : axis.objectives()) {
                w.println("  -- " + h.objective(o));
                for (ActionPlan.Action act : o.actions()) {
                    action(w, h, act, n++, "  ");
                }
            }
        }
    }

    private void action(PrintWriter w, PlanHeadings h, ActionPlan.Action act, int n, String indent) {
        w.println(act.number().isEmpty() ? String.format("%s  %2d. %s", indent, n, act.title()) : indent + "  " + h.action(act));
        for (PlanField f : PlanField.values()) {
            field(w, indent, h.field(f), f == PlanField.INDICATORS ? act.indicators().stream().map(h::indicator).toList() : act.get(f));
        }
        act.extra().forEach((name, values) -> field(w, indent, name, values));
    }

    private void field(PrintWriter w, String indent, String name, List<String> values) {
        if (values.size() == 1) {
            w.println(indent + "      " + name + labels.get("colon") + values.get(0));
        } else if (values.size() > 1) {
            w.println(indent + "      " + name + labels.get("colon").stripTrailing());
            values.forEach(v -> w.println(indent + "        - " + v));
        }
    }

    /**
     * {@code {"levels", "template", "axes": [{"number", "axis", "needs": {voice: need}, "actions": [action],
     * "objectives": [{"number", "objective", "actions"}]}], "gaps": [{"action", "field"}]}}, an action being
     * {@code {"number", "action", <field key>: [values]..., "indicators": [{"name", "baseline", "target", "date"}],
     * "extra": {field: [values]}}}: keys as in the YAML plan.
     */
    public void json(ActionPlan plan, OutputStream out) throws IOException {
        json(plan, new DiagnosisLinks(List.of()), out);
    }

    /** As {@link #json(ActionPlan, OutputStream)}, with {@code "links": [{"kind", "item", "actions": [number or title]}]}. */
    public void json(ActionPlan plan, DiagnosisLinks links, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            strings(g, "levels", plan.levels());
            strings(g, "template", plan.template().stream().map(PlanField::key).toList());
            g.writeArrayFieldStart("axes");
            for (ActionPlan.Axis axis : plan.axes()) {
                g.writeStartObject();
                g.writeStringField("number", axis.number());
                g.writeStringField("axis", axis.name());
                g.writeObjectFieldStart("needs");
                for (Map.Entry<String, String> e : axis.needs().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                actions(g, axis.actions());
                g.writeArrayFieldStart("objectives");
                for (ActionPlan.Objective o : axis.objectives()) {
                    g.writeStartObject();
                    g.writeStringField("number", o.number());
                    g.writeStringField("objective", o.name());
                    actions(g, o.actions());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("gaps");
            for (ActionPlan.Gap gap : plan.gaps()) {
                g.writeStartObject();
                g.writeStringField("number", gap.action().number());
                g.writeStringField("action", gap.action().title());
                g.writeStringField("field", gap.field().key());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("links");
            for (DiagnosisLinks.Link l : links.links()) {
                g.writeStartObject();
                g.writeStringField("kind", l.isIndicator() ? "indicator" : l.quadrant().code());
                g.writeStringField("item", l.name());
                strings(g, "actions", l.actions().stream().map(a -> a.number().isEmpty() ? a.title() : a.number()).toList());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void actions(JsonGenerator g, List<ActionPlan.Action> actions) throws IOException {
        g.writeArrayFieldStart("actions");
        for (ActionPlan.Action act : actions) {
            g.writeStartObject();
            g.writeStringField("number", act.number());
            g.writeStringField("action", act.title());
            for (PlanField f : PlanField.values()) {
                if (f != PlanField.INDICATORS && act.has(f)) {
                    strings(g, f.key(), act.get(f));
                }
            }
            g.writeArrayFieldStart("indicators");
            for (ActionPlan.Indicator i : act.indicators()) {
                g.writeStartObject();
                g.writeStringField("name", i.name());
                g.writeStringField("baseline", i.baseline());
                g.writeStringField("target", i.target());
                g.writeStringField("date", i.date());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("extra");
            for (Map.Entry<String, List<String>> e : act.extra().entrySet()) {
                strings(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
