package fr.enquete.report.doc;

import fr.enquete.qual.ActionPlan;
import fr.enquete.report.Labels;
import fr.enquete.report.Lang;
import fr.enquete.report.ResultTable;
import fr.enquete.report.ResultTable.Cell;
import fr.enquete.report.ResultTable.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The action plan as a table, one row per action (the axis and its needs on its first action's row), and
 * a column of the fields the plan model does not know yet when any action has some: nothing is dropped.
 */
public final class PlanReportBuilder {

    private final Lang lang;
    private final Labels labels;

    public PlanReportBuilder(Lang lang) {
        this.lang = lang;
        this.labels = new Labels(lang);
    }

    /** The plan alone ({@code enquete plan}). */
    public Report build(ActionPlan plan) {
        long actions = plan.axes().stream().mapToLong(a -> a.actions().size()).sum();
        String subtitle = java.text.MessageFormat.format(labels.get("plan.subtitle"), plan.axes().size(), actions);
        return new Report(labels.get("plan.title"), "", subtitle, lang,
                List.of(new Report.Section(1, "plan", "", labels.get("plan.title"), "", List.of(new Report.Table(table(plan), false)))));
    }

    public ResultTable table(ActionPlan plan) {
        boolean extra = plan.hasExtraFields();
        List<String> header = new ArrayList<>(List.of(labels.get("plan.axis"), labels.get("plan.needs"), labels.get("plan.action"),
                labels.get("plan.objectives"), labels.get("plan.indicators"), labels.get("plan.pilot"),
                labels.get("plan.calendar"), labels.get("plan.answers")));
        if (extra) {
            header.add(labels.get("plan.extra"));
        }
        ResultTable.Builder t = new ResultTable.Builder(header, java.util.Collections.nCopies(header.size(), Kind.TEXT));
        for (ActionPlan.Axis axis : plan.axes()) {
            StringBuilder needs = new StringBuilder();
            for (Map.Entry<String, String> e : axis.needs().entrySet()) {
                needs.append(needs.isEmpty() ? "" : "\n").append(e.getKey()).append(labels.get("colon")).append(e.getValue());
            }
            boolean first = true;
            for (ActionPlan.Action act : axis.actions()) {
                List<Cell> row = new ArrayList<>(List.of(Cell.text(first ? axis.name() : ""), Cell.text(first ? needs.toString() : ""),
                        Cell.text(act.name()), Cell.text(String.join("\n", act.objectives())), Cell.text(String.join("\n", act.indicators())),
                        Cell.text(act.pilot()), Cell.text(act.calendar()), Cell.text(String.join("\n", act.answers()))));
                if (extra) {
                    StringBuilder more = new StringBuilder();
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
