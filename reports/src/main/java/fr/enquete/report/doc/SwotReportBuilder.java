package fr.enquete.report.doc;

import fr.enquete.qual.ActionPlan;
import fr.enquete.qual.Matrix;
import fr.enquete.qual.Segment;
import fr.enquete.qual.SwotAnalysis;
import fr.enquete.qual.SwotGrid;
import fr.enquete.report.Labels;
import fr.enquete.report.Lang;
import fr.enquete.report.NumberFormats;
import fr.enquete.report.ResultTable;
import fr.enquete.report.ResultTable.Cell;
import fr.enquete.report.ResultTable.Kind;
import fr.enquete.report.QuoteAttribution;
import fr.enquete.report.doc.Report.Block;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The qualitative report: the SWOT grid (of one theme, or of all themes then each theme), its figure, the
 * theme x quadrant and theme x role matrices, the expressions nobody coded and the action plan.
 */
public final class SwotReportBuilder {

    private final Lang lang;
    private final Labels labels;
    private final NumberFormats numbers;
    private final boolean working;

    public SwotReportBuilder(Lang lang) {
        this(lang, true);
    }

    private SwotReportBuilder(Lang lang, boolean working) {
        this.lang = lang;
        this.labels = new Labels(lang);
        this.numbers = new NumberFormats(lang);
        this.working = working;
    }

    /**
     * The grids as a study's readers get them: without the expressions nobody coded, "à coder à la main ou à ajouter
     * au codebook", the analyst's to-do list (two pages of « Non. » and « C'est très visible. » in a review).
     * {@code enquete swot} keeps them.
     */
    public SwotReportBuilder forReaders() {
        return new SwotReportBuilder(lang, false);
    }

    /**
     * @param theme  the theme to report, or empty for all themes
     * @param plan   the action plan, or null
     */
    public Report build(SwotAnalysis a, String theme, int quotes, ActionPlan plan) {
        List<Report.Section> sections = new ArrayList<>();
        QuoteAttribution credit = QuoteAttribution.of(a.sources(), lang);
        int n = 0;
        SwotScope scope = new SwotScope(a, theme);
        for (SwotGrid g : scope.grids(quotes)) {
            String title = g.theme().isEmpty() ? labels.get("swot.all") : MessageFormat.format(labels.get("swot.theme"), g.theme());
            sections.add(grid(g, title, "s" + ++n, credit, quotes));
        }
        // One theme's report keeps to that theme (SwotScope): its row of the matrices, its sources and expressions in
        // the subtitle, the plan's actions that answer its items (they covered every theme, contradicting its grid).
        List<Block> matrices = new ArrayList<>();
        matrices.add(new Report.Subheading(labels.get("swot.matrix.quadrants")));
        matrices.add(new Report.Table(matrix(scope.byQuadrant(), true), false));
        matrices.add(new Report.Subheading(labels.get("swot.matrix.roles")));
        matrices.add(new Report.Table(matrix(scope.byRole(), false), false));
        sections.add(new Report.Section(1, "matrices", "", labels.get("swot.matrix.quadrants").replaceFirst(" \\(.*", ""), "", matrices));
        List<Segment> uncoded = a.uncaught(theme);
        if (working && !uncoded.isEmpty()) {
            List<Block> blocks = List.of(new Report.Paragraph(labels.get("swot.uncoded.note"), true),
                    new Report.Quotes(uncoded.stream().map(Segment::text).toList(),
                            uncoded.stream().map(s -> credit.of(s.source())).toList()));
            sections.add(new Report.Section(1, "uncoded", "", labels.get("swot.uncoded"), "", blocks));
        }
        ActionPlan shown = scope.plan(plan);
        if (shown != null && !shown.actions().isEmpty()) {
            sections.add(new Report.Section(1, "plan", "", labels.get("plan.title"), "", List.of(new Report.Table(plan(shown), false))));
        }
        SwotWriter writer = new SwotWriter(lang);
        String subtitle = writer.subtitle(scope);
        String totals = scope.totals() ? writer.totals(a) : "";
        if (!totals.isEmpty()) {
            subtitle += " — " + totals;
        }
        return new Report(labels.get(SwotWriter.titleKey(a)), "", subtitle, lang, sections);
    }

    private Report.Section grid(SwotGrid grid, String title, String anchor, QuoteAttribution credit, int quotes) {
        // The grid once, as text a reader can read and copy (a figure of it repeated the items in small type).
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Report.Swot(grid, credit));
        // An item of "2 sources" with one quote reads as a quote lost, unless the note says why (the other source's
        // words are quoted under another item, or are the same words).
        boolean fewer = grid.shown().stream().flatMap(q -> grid.entries(q).stream())
                .anyMatch(e -> e.quotes().size() < Math.min(e.sources().size(), quotes));
        blocks.add(new Report.Paragraph(labels.get("swot.note") + (fewer ? " " + labels.get("swot.note.fewer") : ""), true));
        return new Report.Section(1, anchor, grid.theme(), title, "", blocks);
    }

    private ResultTable matrix(Matrix m, boolean quadrants) {
        List<String> header = new ArrayList<>();
        header.add(labels.get("swot.theme.column"));
        List<Kind> kinds = new ArrayList<>(List.of(Kind.TEXT));
        for (String c : m.columns()) {
            header.add(quadrants ? labels.get("swot." + c) : c.isEmpty() ? labels.get("swot.role.unknown") : c);
            kinds.add(Kind.INTEGER);
        }
        ResultTable.Builder t = new ResultTable.Builder(header, kinds);
        for (int r = 0; r < m.rows().size(); r++) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(m.rows().get(r))));
            for (int c = 0; c < m.columns().size(); c++) {
                row.add(new Cell(numbers.integer(m.count(r, c)), m.count(r, c)));
            }
            t.row(row, Double.NaN, false);
        }
        return t.build();
    }

    private ResultTable plan(ActionPlan plan) {
        return new PlanReportBuilder(lang).table(plan);
    }
}
