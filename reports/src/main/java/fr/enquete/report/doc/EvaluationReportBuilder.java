package fr.enquete.report.doc;

import fr.enquete.qual.ActionPlan;
import fr.enquete.qual.Answer;
import fr.enquete.qual.Evaluation;
import fr.enquete.report.Labels;
import fr.enquete.report.Lang;
import fr.enquete.report.NumberFormats;
import fr.enquete.report.PlanHeadings;
import fr.enquete.report.ResultTable;
import fr.enquete.report.chart.EvaluationCharts;
import fr.enquete.report.ResultTable.Cell;
import fr.enquete.report.ResultTable.Kind;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A plan's evaluation set against the plan, as Béthune-Bruay's grid asks: per axis how many fiches are done, partly
 * done, not done or not evaluated; per fiche its status, the grid's lines (Prévu / Réalisé, Oui / Non / Partiellement)
 * and its indicators' values by date beside their baseline and target.
 */
public final class EvaluationReportBuilder {

    private final Lang lang;
    private final Labels labels;

    public EvaluationReportBuilder(Lang lang) {
        this.lang = lang;
        this.labels = new Labels(lang);
    }

    public Report build(Evaluation e) {
        ActionPlan plan = e.plan();
        PlanHeadings h = new PlanHeadings(plan, lang);
        List<ActionPlan.Action> all = plan.actions();
        String subtitle = MessageFormat.format(labels.get("eval.subtitle"), String.valueOf(all.size()),
                String.valueOf(all.size() - e.notEvaluated(all)), String.valueOf(e.lines().size()), all.size(), all.size() - e.notEvaluated(all), e.lines().size());
        List<Report.Section> sections = new ArrayList<>();
        Map<Answer, Integer> answers = e.criterionAnswers();
        // Titled in the plan's own word for its axes, as the table's first column is ("Thématique" under "par axe" before).
        String axisWord = h.axisWord().toLowerCase(lang.locale());
        Report.Chart chart = Report.Chart.of(new EvaluationCharts(lang).completion(completion(e, h), statuses(), axisWord));
        sections.add(new Report.Section(1, "summary", "", MessageFormat.format(labels.get("eval.summary"), axisWord), "", List.of(new Report.Table(summary(e, h), false),
                new Report.Figure(chart, ""), new Report.Paragraph(MessageFormat.format(labels.get("eval.criteria.note"), answers.get(Answer.YES), answers.get(Answer.PARTLY),
                        answers.get(Answer.NO)), true))));
        int i = 0;
        for (ActionPlan.Action a : all) {
            List<Report.Block> blocks = new ArrayList<>();
            if (!e.of(a).stream().allMatch(Evaluation.Line::indicator)) {
                blocks.add(new Report.Table(lines(e, a), false));
            }
            if (!a.indicators().isEmpty() && e.of(a).stream().anyMatch(Evaluation.Line::indicator)) {
                blocks.add(new Report.Subheading(labels.get("eval.indicators")));
                blocks.add(new Report.Table(indicators(e, a), false));
            }
            sections.add(new Report.Section(2, "eval" + ++i, "", h.action(a), labels.get("eval.status") + labels.get("colon") + status(e, a), blocks));
        }
        return new Report(labels.get("eval.title"), "", subtitle, lang, sections);
    }

    /** "Oui (2023)", or "non évaluée". */
    public String status(Evaluation e, ActionPlan.Action a) {
        return e.latest(a).map(l -> l.answer().orElseThrow().label(lang == Lang.FR) + " (" + l.date() + ")")
                .orElse(labels.get("eval.status.none"));
    }

    /** The summary's counts per axis (no total row), what the completion chart draws. */
    public List<EvaluationCharts.Completion> completion(Evaluation e, PlanHeadings h) {
        List<EvaluationCharts.Completion> out = new ArrayList<>();
        for (ActionPlan.Axis axis : e.plan().axes()) {
            Map<Answer, Integer> c = e.counts(axis.allActions());
            out.add(new EvaluationCharts.Completion(axisName(axis), c.get(Answer.YES), c.get(Answer.PARTLY), c.get(Answer.NO),
                    e.notEvaluated(axis.allActions())));
        }
        return out;
    }

    /** The chart's legend: the summary table's status headers. */
    public List<String> statuses() {
        return List.of(Answer.YES.label(lang == Lang.FR), Answer.PARTLY.label(lang == Lang.FR), Answer.NO.label(lang == Lang.FR),
                labels.get("eval.not.evaluated"));
    }

    private static String axisName(ActionPlan.Axis axis) {
        return axis.number().isEmpty() ? axis.name() : axis.number() + " – " + axis.name();
    }

    /** Axis | fiches | oui | partiellement | non | non évaluées, and a total row when there are several axes. */
    public ResultTable summary(Evaluation e, PlanHeadings h) {
        NumberFormats n = new NumberFormats(lang);
        List<String> header = List.of(h.axisWord(), labels.get("eval.actions"), Answer.YES.label(lang == Lang.FR),
                Answer.PARTLY.label(lang == Lang.FR), Answer.NO.label(lang == Lang.FR), labels.get("eval.not.evaluated"));
        List<Kind> kinds = List.of(Kind.TEXT, Kind.INTEGER, Kind.INTEGER, Kind.INTEGER, Kind.INTEGER, Kind.INTEGER);
        ResultTable.Builder t = new ResultTable.Builder(header, kinds);
        for (ActionPlan.Axis axis : e.plan().axes()) {
            t.row(row(e, axisName(axis), axis.allActions(), n), Double.NaN, false);
        }
        if (e.plan().axes().size() > 1) {
            t.row(row(e, labels.get("eval.total"), e.plan().actions(), n), Double.NaN, false);
        }
        return t.build();
    }

    private static List<Cell> row(Evaluation e, String name, List<ActionPlan.Action> actions, NumberFormats n) {
        Map<Answer, Integer> c = e.counts(actions);
        List<Cell> row = new ArrayList<>(List.of(Cell.text(name), new Cell(n.integer(actions.size()), actions.size())));
        for (Answer a : Answer.values()) {
            row.add(new Cell(n.integer(c.get(a)), c.get(a)));
        }
        int none = e.notEvaluated(actions);
        row.add(new Cell(n.integer(none), none));
        return row;
    }

    /** Date | rubrique | prévu | réalisé | réponse | précisions: the grid's lines of the fiche, its indicators apart. */
    public ResultTable lines(Evaluation e, ActionPlan.Action a) {
        List<String> header = List.of(labels.get("eval.date"), labels.get("eval.criterion"), labels.get("eval.planned"), labels.get("eval.done"),
                labels.get("eval.answer"), labels.get("eval.notes"));
        ResultTable.Builder t = new ResultTable.Builder(header, Collections.nCopies(6, Kind.TEXT));
        for (Evaluation.Line l : e.of(a)) {
            if (l.indicator()) {
                continue;
            }
            t.row(List.of(Cell.text(l.date()), Cell.text(l.isOverall() ? labels.get("eval.overall") : l.criterion()), Cell.text(l.planned()),
                    Cell.text(l.done()), Cell.text(l.answer().map(x -> x.label(lang == Lang.FR)).orElse("")), Cell.text(l.notes())), Double.NaN, false);
        }
        return t.build().withoutEmptyColumns();
    }

    /** A value recorded alone: a number when it is one ("12", which Excel stored as text), else the text. */
    private static Cell value(String done) {
        double d = fr.enquete.model.CellValues.parseNumber(done);
        return Double.isNaN(d) ? Cell.text(done) : new Cell(done, d);
    }

    /**
     * Indicator | référence | cible | one column per date of the file | précisions: the values recorded, with what was
     * planned if given, and what the team wrote about them ("2022 : la commission stratégique reportée à 2023"), the
     * reason a funder reads beside a shortfall. Columns no indicator fills are left out.
     */
    public ResultTable indicators(Evaluation e, ActionPlan.Action a) {
        List<String> dates = e.dates();
        List<String> header = new ArrayList<>(List.of(labels.get("plan.indicator"), labels.get("plan.baseline"), labels.get("plan.target")));
        header.addAll(dates);
        header.add(labels.get("eval.notes"));
        ResultTable.Builder t = new ResultTable.Builder(header, Collections.nCopies(header.size(), Kind.TEXT));
        for (ActionPlan.Indicator i : a.indicators()) {
            Map<String, Evaluation.Line> values = e.values(a, i.name());
            List<Cell> row = new ArrayList<>(List.of(Cell.text(i.name()), Cell.text(i.baseline()), Cell.text(i.target())));
            List<String> notes = new ArrayList<>();
            for (String d : dates) {
                Evaluation.Line l = values.get(d);
                row.add(l == null ? Cell.text("") : l.planned().isEmpty() ? value(l.done())
                        : Cell.text(MessageFormat.format(labels.get("eval.value.planned"), l.done(), l.planned())));
                if (l != null && !l.notes().isBlank()) {
                    notes.add(dates.size() == 1 ? l.notes() : d + labels.get("colon") + l.notes());
                }
            }
            row.add(Cell.text(String.join(" ; ", notes)));
            t.row(row, Double.NaN, false);
        }
        return t.build().withoutEmptyColumns();
    }
}
