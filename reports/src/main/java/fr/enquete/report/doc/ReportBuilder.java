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
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.text.RepeatedSegments;
import fr.enquete.text.TermTable;
import java.text.MessageFormat;
import fr.enquete.spec.ReportLayout;
import fr.enquete.stats.ChoiceRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private final Map<ChartKey, List<Report.Chart>> drawn = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean codes;

    public ReportBuilder(Lang lang) {
        this(lang, true);
    }

    private ReportBuilder(Lang lang, boolean codes) {
        this.lang = lang;
        this.tables = new ResultTables(lang);
        this.termViews = new TermTableView(lang);
        this.charts = new Charts(lang);
        this.codes = codes;
    }

    /**
     * A builder whose question headings leave out the export's column code and the question type ("qpv · choix
     * unique"), which help the analyst who reads the report against the export but mean nothing to a study's
     * readers: only the base is said under each heading.
     */
    public ReportBuilder withoutCodes() {
        return new ReportBuilder(lang, false);
    }

    public Report build(SurveyResult result, Map<String, TermTable> terms) {
        return build(result, terms, Map.of(), ReportLayout.DEFAULT);
    }

    public Report build(SurveyResult result, Map<String, TermTable> terms, ReportLayout layout) {
        return build(result, terms, Map.of(), layout);
    }

    /**
     * With the spec's layout: its title and author, its parts with their questions in its order (questions it
     * does not place are left out), its row order and chart choices.
     */
    /** With, for comparison, the naive term tables ({@code naive}, possibly empty) under the term tables. */
    public Report build(SurveyResult result, Map<String, TermTable> terms, Map<String, TermTable> naive, ReportLayout layout) {
        return build(result, terms, naive, Map.of(), layout, Map.of());
    }

    /** Everything an analysis computed: its tables, term tables, repeated segments, layout and cross-tabulations. */
    public Report build(fr.enquete.analysis.AnalysisResult a) {
        return build(a.result(), a.terms(), a.naive(), a.segments(), a.layout(), a.crosstabs());
    }

    /**
     * With the repeated segments' tables ({@code segments}, possibly empty) after each question's term tables and the
     * layout's cross-tabulations, computed ({@code crosstabs}: each crossing of the layout to its table).
     */
    public Report build(SurveyResult result, Map<String, TermTable> terms, Map<String, TermTable> naive,
                        Map<String, RepeatedSegments.Table> segments, ReportLayout layout,
                        Map<ReportLayout.Crossing, fr.enquete.stats.CrossTab> crosstabs) {
        Labels labels = tables.labels();
        String title = !layout.title().isBlank() ? layout.title() : result.title().isBlank() ? "enquete" : result.title();
        String subtitle = labels.get("respondents") + labels.get("colon") + tables.numbers().integer(result.respondents());
        for (fr.enquete.stats.ResponseRates.Rate rate : result.rates()) {
            subtitle += " · " + tables.rateLine(rate);
        }
        if (result.secret() > 0) {
            subtitle += " · " + MessageFormat.format(labels.get("secret.note"), result.secret());
        }
        if (result.weighted()) {
            subtitle += " · " + tables.weightsLine(result);
        }
        String rate = tables.responseRateLine(result);
        if (!rate.isEmpty()) {
            subtitle += " · " + rate;
        }
        Map<String, QuestionResult> byId = new LinkedHashMap<>();
        int[] number = {0};
        Map<String, String> anchors = new HashMap<>();
        for (QuestionResult r : result.questions()) {
            if (!(r instanceof QuestionResult.Identifiers)) {
                byId.put(r.question().id(), r);
                anchors.put(r.question().id(), "q" + ++number[0]);
            }
        }
        // The word clouds' layouts (a spiral search per word) on all cores, before the sections that show them.
        List<TermTable> clouded = terms.values().stream().filter(t -> !t.rows().isEmpty() && !t.allSeenOnce()).toList();
        // Each cloud draws the terms its table lists (forReaders): the terms tied at the last rank that the table leaves
        // out ("Les 21 termes présents 2 fois… ne sont pas listés") were drawn in a cloud captioned as the table's.
        List<WordCloud.Layout> laid = clouded.parallelStream().map(t -> new WordCloud().layout(TermTableView.forReaders(t))).toList();
        Map<TermTable, WordCloud.Layout> clouds = new java.util.IdentityHashMap<>();
        for (int i = 0; i < clouded.size(); i++) {
            clouds.put(clouded.get(i), laid.get(i));
        }
        List<Report.Section> sections = new ArrayList<>();
        if (layout.parts().isEmpty()) {
            for (QuestionResult r : byId.values()) {
                String id = r.question().id();
                sections.add(section(r, 1, anchors.get(id), terms.get(id), naive.get(id), segments.get(id), layout, result, clouds));
            }
        } else {
            int p = 0;
            for (ReportLayout.Part part : layout.parts()) {
                List<Block> intro = part.text().isBlank() ? List.of() : List.of(new Report.Paragraph(part.text(), false));
                sections.add(new Report.Section(1, "part" + ++p, "", part.title(), "", intro));
                for (String id : part.questions()) {
                    QuestionResult r = byId.get(id);
                    if (r != null) {
                        sections.add(section(r, 2, anchors.get(id), terms.get(id), naive.get(id), segments.get(id), layout, result, clouds));
                    }
                }
                for (ReportLayout.Crossing c : part.crosstabs()) {
                    fr.enquete.stats.CrossTab t = crosstabs.get(c);
                    if (t != null) {
                        sections.add(crossSection(t, "x" + (sections.size() + 1), result));
                    }
                }
            }
        }
        if (!result.diagnostics().isEmpty()) {
            List<Block> items = new ArrayList<>();
            // The tool's findings, one a note: in guillemets they read as someone's words, « … « colonne » … ».
            result.diagnostics().forEach(d -> items.add(new Report.Paragraph(finding(d, result), true)));
            sections.add(new Report.Section(1, "diagnostics", "", labels.get("diagnostics"), "", items));
        }
        return new Report(title, layout.author(), subtitle, lang, sections);
    }

    /**
     * A cross-tabulation as a report section: its tables (counts, weighted counts, row and column percentages, and
     * the intervals of the row percentages when asked), then its tests and secrecy notes, as {@code enquete crosstab}.
     */
    private Report.Section crossSection(fr.enquete.stats.CrossTab t, String anchor, SurveyResult result) {
        fr.enquete.report.CrossTabWriter w = new fr.enquete.report.CrossTabWriter(lang, result.precision());
        List<Block> blocks = new ArrayList<>();
        for (fr.enquete.report.CrossTabWriter.Titled table : w.tables(t)) {
            blocks.add(new Report.Subheading(table.title()));
            blocks.add(new Report.Table(table.table(), false, true));
        }
        for (String note : w.notes(t)) {
            blocks.add(new Report.Paragraph(note, true));
        }
        return new Report.Section(2, anchor, "", w.title(t), w.baseLine(t), blocks);
    }

    /** Choice rows by decreasing count ("Sans réponse" last, ties in questionnaire order); scales keep theirs. */
    static QuestionResult sorted(QuestionResult r, ReportLayout.Sort sort) {
        if (sort != ReportLayout.Sort.COUNT || !(r instanceof QuestionResult.Choices c) || c.question().type() == QuestionType.SCALE) {
            return r;
        }
        List<ChoiceRow> rows = new ArrayList<>(c.rows());
        rows.sort(Comparator.comparing(ChoiceRow::missing).thenComparing(Comparator.comparingDouble(ChoiceRow::weighted).reversed()));
        return c.withRows(rows);
    }

    /** A question's result as its section shows it, charts drawn ahead included: sorted, without an empty no-answer row. */
    private static QuestionResult shown(QuestionResult r, ReportLayout.QuestionSettings settings) {
        return withoutEmptyMissing(sorted(r, settings.sort()));
    }

    /**
     * A multiple choice without its "Sans réponse" row when nobody is in it: a row and a bar of "0 – 0,00 %" under every
     * multiple choice of the fixture, which seed 003 never prints (an export rarely tells a blank answer from no ticked
     * option). A row with someone in it stays, as everywhere; the JSON and CSV outputs keep it always.
     */
    private static QuestionResult withoutEmptyMissing(QuestionResult r) {
        if (r.question().type() != QuestionType.MULTIPLE || !(r instanceof QuestionResult.Choices c)
                || c.rows().stream().noneMatch(row -> row.missing() && row.count() == 0 && !row.masked())) {
            return r;
        }
        return c.withRows(c.rows().stream().filter(row -> !(row.missing() && row.count() == 0 && !row.masked())).toList());
    }

    /**
     * A finding as a report's reader reads it. Answers outside a filter are said by the question's wording and the
     * filter's words, without the export's file and column: "todogroup-ospo-2020.csv, colonne « Q » : question « Q » : 4
     * répondants hors de son filtre (`Does your company…?` = Yes)" named the question twice and the filter in the
     * spec's syntax. `check` and the JSON keep the located expression.
     */
    private String finding(fr.enquete.stats.Diagnostic d, SurveyResult result) {
        fr.enquete.model.Message m = d.message();
        if (m.key().equals("filter.outside")) {
            List<fr.enquete.model.Question> questions = result.questions().stream().map(QuestionResult::question).toList();
            for (fr.enquete.model.Question q : questions) {
                if (q.id().equals(m.args().get(0))) {
                    return fr.enquete.model.Message.of("filter.outside", q.label(), m.args().get(1),
                            new fr.enquete.report.FilterWording(questions, lang).of(q.filter())).text(lang.locale());
                }
            }
        }
        return d.text(lang.locale());
    }

    /**
     * A term table as its reader gets it ({@link TermTableView#forReaders}): its title, its rows, and one note line
     * with what it adds ("3 termes à égalité…") or leaves out ("Les 15 termes présents 2 fois…").
     */
    private void termTable(List<Block> blocks, TermTable full) {
        TermTable read = TermTableView.forReaders(full);
        blocks.add(new Report.Subheading(termViews.title(read)));
        blocks.add(new Report.Table(termViews.table(read), false));
        StringBuilder note = new StringBuilder(termViews.note(read));
        for (String more : List.of(termViews.exAequo(read), termViews.cut(read, full))) {
            if (!more.isEmpty()) {
                note.append(' ').append(more);
            }
        }
        blocks.add(new Report.Paragraph(note.toString(), true));
    }

    private Report.Section section(QuestionResult result, int level, String anchor, TermTable terms, TermTable naive,
                                   RepeatedSegments.Table segments, ReportLayout layout, fr.enquete.stats.SurveyResult survey,
                                   Map<TermTable, WordCloud.Layout> clouds) {
        ReportLayout.QuestionSettings settings = layout.settings(result.question().id());
        QuestionResult r = shown(result, settings);
        Labels labels = tables.labels();
        String base = tables.baseLine(r, survey);
        String meta = codes ? r.question().id() + " · " + labels.type(r.question().type()) + " · " + base : base;
        List<Block> blocks = new ArrayList<>();
        ResultTable t = tables.table(r, survey);
        if (!t.isEmpty()) {
            blocks.add(new Report.Table(t, r instanceof QuestionResult.Choices));
        }
        // Under the table, the notes its figures need (multiple choice, secrecy, "–"), as the console's text prints them.
        new fr.enquete.report.TableNotes(lang).of(r, survey).forEach(n -> blocks.add(new Report.Paragraph(n, true)));
        // Answers from respondents outside the filter are left out of the figures: said here, under them, and not
        // only among the findings at the report's end (a reader summed a table to its base and saw nothing missing).
        for (fr.enquete.stats.Diagnostic d : survey.diagnostics()) {
            if (d.message().key().equals("filter.outside") && d.message().args().get(0).equals(r.question().id())) {
                long n = ((Number) d.message().args().get(1)).longValue();
                blocks.add(new Report.Paragraph(java.text.MessageFormat.format(labels.get("filter.outside.note"),
                        new fr.enquete.report.NumberFormats(lang).integer(n), n), true));
            }
        }
        // A question added mid-survey: its "Sans réponse" holds respondents never asked, said under the table.
        String late = tables.lateNote(r, survey);
        if (!late.isEmpty()) {
            blocks.add(new Report.Paragraph(late, true));
        }
        String scale = tables.scaleLine(r);
        if (!scale.isEmpty()) {
            blocks.add(new Report.Paragraph(scale, true));
        }
        // No quartile is published when secrecy withholds them: a note on how they were computed would have the reader
        // look for them.
        if (r instanceof QuestionResult.Numeric num && !num.withheld().contains(fr.enquete.stats.SummaryFigure.Q1)) {
            blocks.add(new Report.Paragraph(MessageFormat.format(labels.get("quantiles"), num.summary().method().label()), true));
            if (num.summary().method() == fr.enquete.stats.QuantileMethod.LIMESURVEY) {
                blocks.add(new Report.Paragraph(labels.get("quantiles.limesurvey"), true));
            }
            if (num.summary().approximate()) {
                blocks.add(new Report.Paragraph(labels.get("quantiles.approximate"), true));
            }
        }
        if (settings.chart() != ReportLayout.Chart.NONE) {
            if (smallHistogramBar(r, survey.secret())) {
                blocks.add(new Report.Paragraph(MessageFormat.format(labels.get("secret.histogram"), survey.secret()), true));
            }
            charts(r, anchor, settings, survey.secret()).forEach(c -> blocks.add(new Report.Figure(c, "")));
        }
        if (r instanceof QuestionResult.Text text) {
            blocks.add(new Report.Paragraph(tables.textCount(text), true));
            for (TermTable shown : terms == null ? List.<TermTable>of() : TermTableView.shown(terms)) {
                if (shown == terms && shown.allSeenOnce() && !text.answers().isEmpty()) {
                    // Six answers sharing no word gave fourteen terms all at rank 1, 16,67 %: the answers below say more.
                    blocks.add(new Report.Paragraph(labels.get("terms.none"), true));
                    continue;
                }
                termTable(blocks, shown);
                if (shown == terms) {
                    blocks.add(shown.allSeenOnce() ? new Report.Paragraph(tables.labels().get("cloud.none"), true)
                            : cloud(clouds.get(shown), r.question().label(), anchor));
                }
            }
            if (segments != null) {
                blocks.addAll(segments(segments));
            }
            if (naive != null && !naive.rows().isEmpty() && !naive.allSeenOnce()) {
                termTable(blocks, naive);
            }
            if (!text.answers().isEmpty()) {
                blocks.add(new Report.Subheading(labels.get("verbatims")));
                blocks.add(new Report.Quotes(text.answers().stream().map(QuestionResult.Verbatim::text).toList()));
            }
        }
        String title = lang == Lang.FR ? fr.enquete.report.Guillemets.frenchSpaces(r.question().label()) : r.question().label();
        return new Report.Section(level, anchor, r.question().id(), title, meta, blocks);
    }

    /**
     * The charts of a question's result (rows sorted as shown): the same {@link Report.Chart}s, rendered or not, for
     * the same result, anchor and settings, so that charts drawn ahead from the tables ({@link #prepare}) are the
     * report's own when the final result of their question is the same.
     */
    private List<Report.Chart> charts(QuestionResult r, String anchor, ReportLayout.QuestionSettings settings, int secret) {
        ChartKey key = new ChartKey(r, anchor, settings.chart() == ReportLayout.Chart.BARS, smallHistogramBar(r, secret), secret);
        return drawn.computeIfAbsent(key, k -> {
            List<Report.Chart> list = charts.of(k.result(), k.anchor(), k.bars(), k.secret()).stream().map(Report.Chart::of).toList();
            // A bar is a count: under --secret a histogram with a small one is not drawn at all (merging bars
            // would change the breaks the other figures refer to).
            return k.noHistogram() ? list.stream().filter(c -> !c.name().endsWith("-histogram")).toList() : list;
        });
    }

    private static boolean smallHistogramBar(QuestionResult r, int secret) {
        return secret > 0 && r instanceof QuestionResult.Numeric n && n.histogram() != null && n.histogram().hasSmallBar(secret);
    }

    /** What a question's charts are drawn from (records compared by value: the same result gives the same charts). */
    private record ChartKey(QuestionResult result, String anchor, boolean bars, boolean noHistogram, int secret) {
        /**
         * Not the whole result's: the anchor ("q3") all but names the question, and equals still compares the results.
         * Hashing each result with its rows and question, twice a question, was most of the time spent in this map.
         */
        @Override
        public int hashCode() {
            return java.util.Objects.hash(anchor, bars, noHistogram, secret);
        }
    }

    /**
     * The charts that {@link #build} will give the questions of {@code tables} whose results the rest of the analysis
     * cannot change, made now so that they can be rendered ahead, while the free text is analysed: numeric questions
     * and choice questions whose rows are all the questionnaire's (or "no answer"). A chart is the report's only if
     * the built report's result of its question, anchor and settings are the same (compared by value); otherwise it
     * is simply not used. {@code layout}: the spec's, as the report will be laid out.
     */
    public List<Report.Chart> prepare(SurveyResult tables, ReportLayout layout) {
        List<Report.Chart> out = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        layout.parts().forEach(p -> placed.addAll(p.questions()));
        int number = 0;
        for (QuestionResult r : tables.questions()) {
            if (r instanceof QuestionResult.Identifiers) {
                continue;
            }
            String anchor = "q" + ++number;
            if (!layout.parts().isEmpty() && !placed.contains(r.question().id())) {
                continue;
            }
            boolean fixed = r instanceof QuestionResult.Numeric
                    || r instanceof QuestionResult.Choices c && c.rows().stream().allMatch(row -> row.listed() || row.missing());
            ReportLayout.QuestionSettings settings = layout.settings(r.question().id());
            if (fixed && settings.chart() != ReportLayout.Chart.NONE) {
                out.addAll(charts(shown(r, settings), anchor, settings, tables.secret()));
            }
        }
        return out;
    }

    /** The repeated segments' table and its note, as {@code terms --repeated-segments} prints them; a line when none. */
    private List<Block> segments(RepeatedSegments.Table segments) {
        TermTable t = segments.table();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Report.Subheading(termViews.title(t)));
        if (t.rows().isEmpty()) {
            blocks.add(new Report.Paragraph(termViews.none(segments), true));
            return blocks;
        }
        blocks.add(new Report.Table(termViews.table(t), false));
        blocks.add(new Report.Paragraph(termViews.note(segments), true));
        return blocks;
    }

    /** The figure of a term table's word cloud, laid out as {@code layout} (by {@link #build}, on all cores). */
    private Report.Figure cloud(WordCloud.Layout whole, String title, String anchor) {
        WordCloud.Layout layout = whole.trimmed();
        Labels labels = tables.labels();
        String caption = labels.get("cloud.caption");
        if (layout.omitted() > 0) {
            caption += " " + MessageFormat.format(labels.get("cloud.omitted"), String.valueOf(layout.omitted()), layout.omitted());
        }
        return new Report.Figure(new Report.Chart(anchor + "-cloud", labels.get("cloud.title") + " – " + title,
                layout.width(), layout.height(), g -> WordCloud.draw(layout, g)), caption);
    }
}
