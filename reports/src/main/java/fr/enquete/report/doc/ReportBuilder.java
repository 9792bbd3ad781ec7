package fr.enquete.report.doc;

import fr.enquete.model.QuestionType;
import fr.enquete.report.Labels;
import fr.enquete.report.Lang;
import fr.enquete.report.ResultTable;
import fr.enquete.report.ResultTables;
import fr.enquete.report.TermTableView;
import fr.enquete.report.chart.Charts;
import fr.enquete.report.chart.WordCloud;
import fr.enquete.report.doc.Report.Block;
import fr.enquete.stats.Diagnostic;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.text.TermTable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a survey's results (and the term tables of its text questions) into a {@link Report}: per question,
 * its table in seed 003's shape, a chart, the notes that say how figures were computed, and for free text
 * the term table, its word cloud and the verbatims. Identifier questions are left out.
 */
public final class ReportBuilder {

    private final Lang lang;
    private final ResultTables tables;
    private final TermTableView termViews;
    private final Charts charts;

    public ReportBuilder(Lang lang) {
        this.lang = lang;
        this.tables = new ResultTables(lang);
        this.termViews = new TermTableView(lang);
        this.charts = new Charts(lang);
    }

    public Report build(SurveyResult result, Map<String, TermTable> terms) {
        Labels labels = tables.labels();
        String title = result.title().isBlank() ? "enquete" : result.title();
        String subtitle = labels.get("respondents") + labels.get("colon") + tables.numbers().integer(result.respondents());
        List<Report.Section> sections = new ArrayList<>();
        int n = 0;
        for (QuestionResult r : result.questions()) {
            if (r instanceof QuestionResult.Identifiers) {
                continue;
            }
            n++;
            sections.add(section(r, "q" + n, terms.get(r.question().id())));
        }
        if (!result.diagnostics().isEmpty()) {
            List<Block> items = new ArrayList<>();
            items.add(new Report.Quotes(result.diagnostics().stream().map(Diagnostic::toString).toList()));
            sections.add(new Report.Section("diagnostics", "", labels.get("diagnostics"), "", items));
        }
        return new Report(title, subtitle, lang, sections);
    }

    private Report.Section section(QuestionResult r, String anchor, TermTable terms) {
        Labels labels = tables.labels();
        String meta = r.question().id() + " · " + labels.type(r.question().type()) + " · " + tables.baseLine(r);
        List<Block> blocks = new ArrayList<>();
        ResultTable t = tables.table(r);
        if (!t.isEmpty()) {
            blocks.add(new Report.Table(t, r instanceof QuestionResult.Choices));
        }
        if (r.question().type() == QuestionType.MULTIPLE) {
            blocks.add(new Report.Paragraph(labels.get("multiple.note"), true));
        }
        if (r instanceof QuestionResult.Numeric num) {
            blocks.add(new Report.Paragraph(MessageFormat.format(labels.get("quantiles"), num.summary().method().label()), true));
        }
        charts.of(r, anchor).forEach(c -> blocks.add(new Report.Figure(c, "")));
        if (r instanceof QuestionResult.Text text) {
            blocks.add(new Report.Paragraph(tables.textCount(text), true));
            if (terms != null && !terms.rows().isEmpty()) {
                blocks.add(new Report.Subheading(termViews.title(terms)));
                blocks.add(new Report.Table(termViews.table(terms), false));
                String more = termViews.exAequo(terms);
                blocks.add(new Report.Paragraph(termViews.note(terms) + (more.isEmpty() ? "" : " " + more), true));
                blocks.add(cloud(terms, r.question().label(), anchor));
            }
            if (!text.answers().isEmpty()) {
                blocks.add(new Report.Subheading(labels.get("verbatims")));
                blocks.add(new Report.Quotes(text.answers().stream().map(QuestionResult.Verbatim::text).toList()));
            }
        }
        return new Report.Section(anchor, r.question().id(), r.question().label(), meta, blocks);
    }

    private Report.Figure cloud(TermTable terms, String title, String anchor) {
        Labels labels = tables.labels();
        WordCloud.Layout layout = new WordCloud().layout(terms);
        String caption = labels.get("cloud.caption");
        if (layout.omitted() > 0) {
            caption += " " + MessageFormat.format(labels.get("cloud.omitted"), layout.omitted());
        }
        return new Report.Figure(new Report.Chart(anchor + "-cloud", labels.get("cloud.title") + " – " + title,
                layout.width(), layout.height(), g -> WordCloud.draw(layout, g)), caption);
    }
}
