package fr.enquete.report.doc;

import fr.enquete.qual.ActionPlan;
import fr.enquete.qual.DiagnosisLinks;
import fr.enquete.qual.PlanField;
import fr.enquete.report.Labels;
import fr.enquete.report.Lang;
import fr.enquete.report.PlanHeadings;
import fr.enquete.report.ResultTable;
import fr.enquete.report.ResultTable.Cell;
import fr.enquete.report.ResultTable.Kind;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The action plan as a report: an overview of the fiches, then per axis its needs and per action a fiche (a table of
 * its fields, the unknown ones included, and a table of its indicators), then the fields the template expects that
 * fiches lack. Under a SWOT grid, the plan is one wide table ({@link #table}).
 */
public final class PlanReportBuilder {

    private final Lang lang;
    private final Labels labels;
    private final boolean working;

    public PlanReportBuilder(Lang lang) {
        this(lang, true);
    }

    private PlanReportBuilder(Lang lang, boolean working) {
        this.lang = lang;
        this.labels = new Labels(lang);
        this.working = working;
    }

    /**
     * The plan as its readers get it in a study: without the "Rubriques attendues absentes" the team works from (a
     * funder read the list of what the fiches lack as part of the plan). {@code enquete plan} keeps it.
     */
    public PlanReportBuilder forReaders() {
        return new PlanReportBuilder(lang, false);
    }

    /** The plan alone ({@code enquete plan}). */
    public Report build(ActionPlan plan) {
        return build(plan, new DiagnosisLinks(List.of()));
    }

    /** The plan with its links to the diagnosis resolved ({@code enquete plan --swot/--indicators}). */
    public Report build(ActionPlan plan, DiagnosisLinks links) {
        PlanHeadings h = new PlanHeadings(plan, lang);
        String subtitle = MessageFormat.format(labels.get("plan.subtitle"), plan.axes().size(), plan.actions().size());
        List<Report.Section> sections = new ArrayList<>();
        sections.add(new Report.Section(1, "overview", "", labels.get("plan.overview"), "", List.of(new Report.Table(overview(plan, h), false))));
        if (!links.isEmpty()) {
            sections.add(new Report.Section(1, "links", "", labels.get("plan.links"), "", List.of(new Report.Table(links(links, h), false))));
        }
        int axisIndex = 0;
        int actionIndex = 0;
        for (ActionPlan.Axis axis : plan.axes()) {
            axisIndex++;
            List<Report.Block> needs = new ArrayList<>();
            axis.needs().forEach((voice, need) -> needs.add(new Report.Paragraph(labels.get("plan.needs") + " – " + voice + labels.get("colon") + need, false)));
            sections.add(new Report.Section(1, "axis" + axisIndex, "", h.axis(axis), "", needs));
            for (ActionPlan.Action a : axis.actions()) {
                sections.add(fiche(h, a, "", ++actionIndex));
            }
            for (ActionPlan.Objective o : axis.objectives()) {
                for (ActionPlan.Action a : o.actions()) {
                    sections.add(fiche(h, a, h.objective(o), ++actionIndex));
                }
            }
        }
        List<ActionPlan.Gap> gaps = plan.gaps();
        if (working && !gaps.isEmpty()) {
            sections.add(new Report.Section(1, "gaps", "", labels.get("plan.gaps"), "", List.of(
                    new Report.Paragraph(gapsIntro(plan, h), true), new Report.Table(gaps(gaps, h), false))));
        }
        return new Report(labels.get("plan.title"), "", subtitle, lang, sections);
    }

    /** "3 rubriques attendues absentes des fiches ; rubriques attendues : Diagnostic initial, ..." */
    public String gapsIntro(ActionPlan plan, PlanHeadings h) {
        return MessageFormat.format(labels.get("plan.gaps.intro"), String.valueOf(plan.gaps().size()),
                String.join(", ", plan.template().stream().map(h::field).toList()), plan.gaps().size());
    }

    /** Kind (quadrant, or indicator) | diagnosis item | the fiches answering it, "Aucune fiche" when none does. */
    public ResultTable links(DiagnosisLinks links, PlanHeadings h) {
        ResultTable.Builder t = new ResultTable.Builder(List.of(labels.get("plan.links.kind"), labels.get("plan.links.item"),
                labels.get("plan.links.actions")), List.of(Kind.TEXT, Kind.TEXT, Kind.TEXT));
        for (DiagnosisLinks.Link l : links.links()) {
            String kind = l.isIndicator() ? labels.get("plan.indicator") : labels.get("swot." + l.quadrant().code());
            String actions = l.actions().isEmpty() ? labels.get("plan.links.unanswered")
                    : String.join("\n", l.actions().stream().map(h::shortName).toList());
            t.row(List.of(Cell.text(kind), Cell.text(l.name()), Cell.text(actions)), Double.NaN, false);
        }
        return t.build();
    }

    private ResultTable overview(ActionPlan plan, PlanHeadings h) {
        // A plan whose actions carry no number of their own (their titles may: "Fiche action 2 : ...") gets no empty
        // "N°" column.
        boolean numbered = plan.actionsNumbered();
        List<String> header = new ArrayList<>(List.of(h.axisWord()));
        if (numbered) {
            header.add(labels.get("plan.number"));
        }
        header.addAll(List.of(h.actionWord(), h.field(PlanField.PILOT), h.field(PlanField.CALENDAR)));
        ResultTable.Builder t = new ResultTable.Builder(header, Collections.nCopies(header.size(), Kind.TEXT));
        for (ActionPlan.Axis axis : plan.axes()) {
            boolean first = true;
            for (ActionPlan.Action a : axis.allActions()) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.text(first ? (axis.number().isEmpty() ? axis.name() : axis.number() + " – " + axis.name()) : ""));
                if (numbered) {
                    row.add(Cell.text(a.number()));
                }
                row.addAll(List.of(Cell.text(a.title()), Cell.text(String.join("\n", a.get(PlanField.PILOT))),
                        Cell.text(String.join("\n", a.get(PlanField.CALENDAR)))));
                t.row(row, Double.NaN, false);
                first = false;
            }
        }
        return t.build();
    }

    private Report.Section fiche(PlanHeadings h, ActionPlan.Action a, String objective, int index) {
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Table(fields(h, a), false));
        if (!a.indicators().isEmpty()) {
            blocks.add(new Report.Table(indicators(a), false));
        }
        return new Report.Section(2, "fiche" + index, "", h.action(a), objective, blocks);
    }

    /** Field | content, the model's fields in the CAF's order then the file's own, each value on its line. */
    public ResultTable fields(PlanHeadings h, ActionPlan.Action a) {
        ResultTable.Builder t = new ResultTable.Builder(List.of(labels.get("plan.field"), labels.get("plan.value")), List.of(Kind.TEXT, Kind.TEXT));
        for (PlanField f : PlanHeadings.tableFields()) {
            if (a.has(f)) {
                t.row(List.of(Cell.text(h.field(f)), Cell.text(String.join("\n", a.get(f)))), Double.NaN, false);
            }
        }
        a.extra().forEach((name, values) -> t.row(List.of(Cell.text(name), Cell.text(String.join("\n", values))), Double.NaN, false));
        return t.build();
    }

    /**
     * Indicator | baseline | target | date, without the columns no indicator of the action fills: a CTG's fiches often
     * name their indicators only, and three empty columns on every fiche read as a form left unfinished (the plan's
     * "Rubriques attendues absentes" says what is missing).
     */
    public ResultTable indicators(ActionPlan.Action a) {
        List<java.util.function.Function<ActionPlan.Indicator, String>> fields = new ArrayList<>(List.of(ActionPlan.Indicator::name));
        List<String> header = new ArrayList<>(List.of(labels.get("plan.indicator")));
        java.util.Map<String, java.util.function.Function<ActionPlan.Indicator, String>> optional = new java.util.LinkedHashMap<>();
        optional.put("plan.baseline", ActionPlan.Indicator::baseline);
        optional.put("plan.target", ActionPlan.Indicator::target);
        optional.put("plan.date", ActionPlan.Indicator::date);
        optional.forEach((label, field) -> {
            if (a.indicators().stream().anyMatch(i -> field.apply(i) != null && !field.apply(i).isBlank())) {
                header.add(labels.get(label));
                fields.add(field);
            }
        });
        ResultTable.Builder t = new ResultTable.Builder(header, Collections.nCopies(header.size(), Kind.TEXT));
        for (ActionPlan.Indicator i : a.indicators()) {
            t.row(fields.stream().map(f -> Cell.text(f.apply(i))).toList(), Double.NaN, false);
        }
        return t.build();
    }

    private ResultTable gaps(List<ActionPlan.Gap> gaps, PlanHeadings h) {
        ResultTable.Builder t = new ResultTable.Builder(List.of(labels.get("plan.level.action"), labels.get("plan.gaps.field")),
                List.of(Kind.TEXT, Kind.TEXT));
        for (ActionPlan.Gap g : gaps) {
            t.row(List.of(Cell.text(h.action(g.action())), Cell.text(h.field(g.field()))), Double.NaN, false);
        }
        return t.build();
    }

    /** The plan under a SWOT grid: one row per action (the axis and its needs on its first row), every field shown. */
    public ResultTable table(ActionPlan plan) {
        PlanHeadings h = new PlanHeadings(plan, lang);
        List<PlanField> main = List.of(PlanField.OBJECTIVES, PlanField.INDICATORS, PlanField.PILOT, PlanField.CALENDAR, PlanField.ANSWERS);
        boolean other = plan.hasExtraFields() || plan.actions().stream().anyMatch(a -> PlanHeadings.tableFields().stream()
                .anyMatch(f -> !main.contains(f) && a.has(f)));
        List<String> header = new ArrayList<>(List.of(labels.get("plan.axis"), labels.get("plan.needs"), labels.get("plan.action"),
                labels.get("plan.objectives"), labels.get("plan.indicators"), labels.get("plan.pilot"),
                labels.get("plan.calendar"), labels.get("plan.answers")));
        if (other) {
            header.add(labels.get("plan.extra"));
        }
        ResultTable.Builder t = new ResultTable.Builder(header, Collections.nCopies(header.size(), Kind.TEXT));
        for (ActionPlan.Axis axis : plan.axes()) {
            StringBuilder needs = new StringBuilder();
            for (Map.Entry<String, String> e : axis.needs().entrySet()) {
                needs.append(needs.isEmpty() ? "" : "\n").append(e.getKey()).append(labels.get("colon")).append(e.getValue());
            }
            boolean first = true;
            for (ActionPlan.Action act : axis.allActions()) {
                List<Cell> row = new ArrayList<>(List.of(Cell.text(first ? (axis.number().isEmpty() ? axis.name() : axis.number() + " – " + axis.name()) : ""), Cell.text(first ? needs.toString() : ""),
                        Cell.text(h.action(act)), Cell.text(String.join("\n", act.get(PlanField.OBJECTIVES))),
                        Cell.text(String.join("\n", act.indicators().stream().map(h::indicator).toList())),
                        Cell.text(String.join("\n", act.get(PlanField.PILOT))), Cell.text(String.join("\n", act.get(PlanField.CALENDAR))),
                        Cell.text(String.join("\n", act.answers()))));
                if (other) {
                    StringBuilder more = new StringBuilder();
                    for (PlanField f : PlanHeadings.tableFields()) {
                        if (!main.contains(f) && act.has(f)) {
                            more.append(more.isEmpty() ? "" : "\n").append(h.field(f)).append(labels.get("colon")).append(String.join(" ; ", act.get(f)));
                        }
                    }
                    act.extra().forEach((name, values) -> more.append(more.isEmpty() ? "" : "\n").append(name)
                            .append(labels.get("colon")).append(String.join(" ; ", values)));
                    row.add(Cell.text(more.toString()));
                }
                t.row(row, Double.NaN, false);
                first = false;
            }
        }
        return t.build();
    }
}
