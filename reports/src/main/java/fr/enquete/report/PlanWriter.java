package fr.enquete.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import fr.enquete.qual.ActionPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An action plan as text (an outline: eight columns do not fit a terminal) and JSON, each with every field the
 * plan file holds, the fields the model does not know included. The documents come from {@code PlanReportBuilder}.
 */
public final class PlanWriter {

    private final Labels labels;

    public PlanWriter(Lang lang) {
        this.labels = new Labels(lang);
    }

    public void text(ActionPlan plan, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(labels.get("plan.title"));
        outline(w, plan);
        w.flush();
    }

    /** The axes, their needs and their actions with their fields, after a blank line (also under a SWOT grid). */
    void outline(PrintWriter w, ActionPlan plan) {
        String colon = labels.get("colon");
        for (ActionPlan.Axis axis : plan.axes()) {
            w.println();
            w.println("== " + labels.get("plan.axis") + colon + axis.name());
            if (!axis.needs().isEmpty()) {
                w.println("  " + labels.get("plan.needs"));
                axis.needs().forEach((voice, need) -> w.println("    - " + voice + colon + need));
            }
            int n = 1;
            for (ActionPlan.Action act : axis.actions()) {
                w.println(String.format("  %2d. %s", n++, act.name()));
                field(w, labels.get("plan.objectives"), act.objectives());
                field(w, labels.get("plan.indicators"), act.indicators());
                field(w, labels.get("plan.pilot"), act.pilot().isBlank() ? List.of() : List.of(act.pilot()));
                field(w, labels.get("plan.calendar"), act.calendar().isBlank() ? List.of() : List.of(act.calendar()));
                field(w, labels.get("plan.answers"), act.answers());
                act.extra().forEach((name, values) -> field(w, name, values));
            }
        }
    }

    private void field(PrintWriter w, String name, List<String> values) {
        if (values.size() == 1) {
            w.println("      " + name + labels.get("colon") + values.get(0));
        } else if (values.size() > 1) {
            w.println("      " + name + labels.get("colon").stripTrailing());
            values.forEach(v -> w.println("        - " + v));
        }
    }

    /**
     * {@code {"axes": [{"axis", "needs": {voice: need}, "actions": [{"action", "objectives", "indicators", "pilot",
     * "calendar", "answers", "extra": {field: [values]}}]}]}}, keys as in the YAML plan.
     */
    public void json(ActionPlan plan, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeArrayFieldStart("axes");
            for (ActionPlan.Axis axis : plan.axes()) {
                g.writeStartObject();
                g.writeStringField("axis", axis.name());
                g.writeObjectFieldStart("needs");
                for (Map.Entry<String, String> e : axis.needs().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeArrayFieldStart("actions");
                for (ActionPlan.Action act : axis.actions()) {
                    g.writeStartObject();
                    g.writeStringField("action", act.name());
                    strings(g, "objectives", act.objectives());
                    strings(g, "indicators", act.indicators());
                    g.writeStringField("pilot", act.pilot());
                    g.writeStringField("calendar", act.calendar());
                    strings(g, "answers", act.answers());
                    g.writeObjectFieldStart("extra");
                    for (Map.Entry<String, List<String>> e : act.extra().entrySet()) {
                        strings(g, e.getKey(), e.getValue());
                    }
                    g.writeEndObject();
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

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
