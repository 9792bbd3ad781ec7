package fr.enquete.report.doc;

import fr.enquete.report.*;

import fr.enquete.stats.SurveyResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import fr.enquete.qual.Quadrant;
import fr.enquete.qual.SwotGrid;
import fr.enquete.text.TermTable;

/**
 * A self-contained HTML report (no external file, script or font): title, table of contents, one
 * section per question with seed 003's tables, the base of its percentages, and the verbatim answers
 * of free-text questions. Printable (print CSS). No timestamp: the same input gives the same bytes.
 */
public final class HtmlReportWriter {

    private static final String CSS = """
            :root { --ink: #1b1b1b; --muted: #5a5a5a; --rule: #d0d0d0; --bar: #0072b2; --missing: #999999; }
            body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); max-width: 58rem;
                   margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
            h1 { font-size: 1.6rem; margin-bottom: .2rem; }
            h2 { font-size: 1.1rem; margin-top: 2.2rem; border-bottom: 2px solid var(--bar); padding-bottom: .2rem; }
            section.part > h2 { font-size: 1.35rem; border-bottom-width: 4px; }
            section:not(.part) h3:first-child { font-size: 1.05rem; margin-top: 2rem; border-bottom: 1px solid var(--bar); }
            .author { font-size: 1rem; margin: .2rem 0; }
            nav li.part { font-weight: bold; }
            .swot { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: .6rem; margin: .8rem 0; }
            .quadrant { border: 2px solid var(--rule); padding: .3rem .7rem; }
            .quadrant h4 { margin: .2rem 0 .4rem; }
            .quadrant.force { border-color: #0072b2; } .quadrant.faiblesse { border-color: #d55e00; }
            .quadrant.opportunite { border-color: #009e73; } .quadrant.menace { border-color: #8f4a73; }
            .quadrant.atout { border-color: #0072b2; } .quadrant.problematique { border-color: #8f4a73; } .quadrant.axe { border-color: #009e73; }
            .quadrant ol { padding-left: 1.2rem; margin: 0; } .quadrant li { margin: .3rem 0; }
            .quadrant blockquote { margin: .15rem 0 .15rem .4rem; font-size: .85rem; color: var(--muted); }
            .quadrant cite { font-style: normal; font-size: .75rem; }
            .count { font-size: .8rem; color: var(--muted); }
            .meta { color: var(--muted); font-size: .9rem; margin: .2rem 0 .6rem; }
            table { border-collapse: collapse; margin: .4rem 0 1rem; min-width: min(28rem, 100%); max-width: 100%; }
            th, td { border-bottom: 1px solid var(--rule); padding: .25rem .6rem; text-align: left; vertical-align: top;
                     overflow-wrap: break-word; }
            th { background: #f2f2f2; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            td.num, span.nw { white-space: nowrap; }
            table.wide { font-size: .8rem; margin: 0; }
            caption.continued { caption-side: top; text-align: left; font-weight: 600; padding: .1rem 0 .2rem; }
            div.wide { max-width: 100%; overflow-x: auto; margin: .4rem 0 1rem; }
            table.wide th, table.wide td { padding: .2rem .35rem; }
            /* On screen a wide cross-tabulation scrolls between its row labels and its margin ("Total", "Répondants"),
               both kept in view, as is its header within its box: the margin sat beyond the scroll, never seen. */
            @media screen {
              div.wide.crossed { max-height: 85vh; overflow: auto; }
              table.crossed th:first-child, table.crossed td:first-child { position: sticky; left: 0; z-index: 1;
                       background: #fff; max-width: 14rem; box-shadow: inset -1px 0 var(--rule); }
              table.crossed th:last-child, table.crossed td:last-child { position: sticky; right: 0; z-index: 1;
                       background: #fff; box-shadow: inset 1px 0 var(--rule); }
              table.crossed thead th { position: sticky; top: 0; z-index: 2; background: #f2f2f2; }
              table.crossed thead th:first-child, table.crossed thead th:last-child { z-index: 3; background: #f2f2f2; }
            }
            div.printed-parts { display: none; }
            td.sub, table.wide td.sub { padding-left: 1.8em; }
            td.sub2, table.wide td.sub2 { padding-left: 3.6em; }
            td ul.lines { margin: 0; padding-left: .9rem; } td ul.lines li { margin: 0 0 .2rem; }
            td.bar { width: 9rem; }
            td.bar span { display: block; height: .8rem; background: var(--bar); }
            tr.missing td { color: var(--muted); font-style: italic; }
            tr.total td { font-weight: 600; border-top: 2px solid var(--muted); }
            tr.missing td.bar span { background: var(--missing); }
            ul.verbatims li { margin: .2rem 0; white-space: pre-line; }
            nav ol.contents { columns: 2; column-gap: 2.5rem; font-size: .9rem; list-style: none; padding-left: 0; }
            nav ol.contents.flat { list-style: decimal; padding-left: 2.2rem; }
            nav ol.contents > li { margin: 0 0 .15rem; }
            nav ol.contents > li.part { break-after: avoid; margin-top: .5rem; }
            nav ol.contents > li.part:first-child { margin-top: 0; }
            /* A part's title is not cut between the columns, nor left at the foot of one, its entries in the next. */
            nav ol.contents > li.part > a { display: block; break-inside: avoid; break-after: avoid; }
            nav ol.contents ol > li:first-child { break-after: avoid; }
            nav ol.contents ol { font-weight: normal; padding-left: 2.2rem; margin: .15rem 0 0; }
            nav ol.contents ol li { margin: 0 0 .15rem; break-inside: avoid; }
            nav ol.contents ol li.sub { padding-left: 1.6rem; }
            ul.captions { list-style: none; padding-left: 0; }
            ul.captions li { margin: 0 0 .3rem; }
            nav ol.contents.numbered, nav ol.contents.numbered ol { list-style: none; }
            .note { font-size: .85rem; color: var(--muted); }
            .caption { font-weight: 600; margin: 1.2rem 0 .3rem; }
            figure.chart { margin: .6rem 0 1rem; }
            figure.chart svg { max-width: 100%; height: auto; }
            /* A phone: one column of contents (an entry was split across two), tables and charts that scroll in their
               own box rather than being cut (a percentage lost its %) or shrunk until their labels are unreadable. */
            @media (max-width: 40rem) {
              nav ol.contents { columns: 1; }
              table { display: block; overflow-x: auto; min-width: 0; }
              td.bar { width: 4rem; }
              figure.chart { overflow-x: auto; }
              figure.chart svg { max-width: none; width: 34rem; }
            }
            /* Printed, a page breaks between a question's pieces, never inside a table, a chart or a quote, nor after a
               heading: a whole question kept on one page left pages two-thirds empty, a part heading alone at a page's
               foot, and a question with a word cloud and its verbatims broke anywhere anyway (42 pages for Word's 29). */
            @media print {
              body { margin: 0; max-width: none; font-size: 10.5pt; }
              nav { break-after: page; }
              nav ol.contents { font-size: .8rem; }
              h1, h2, h3, h4, p.meta, p.caption, p.lead, section.part { break-after: avoid; break-inside: avoid; }
              table, tr, figure, blockquote, .quadrant, ul.verbatims li { break-inside: avoid; }
              thead { display: table-header-group; }
              a { color: inherit; text-decoration: none; }
              /* Paper cannot scroll: a wide table prints in smaller type, whole; a very wide one smaller still. */
              div.wide { overflow: visible; }
              div.split { display: none; }
              div.printed-parts { display: block; }
              table.wide { font-size: 8pt; }
              table.wider { font-size: 6.5pt; }
              table.wide td ul.lines { padding-left: .7rem; }
            }
            """;

    private final Lang lang;
    private final ResultTables tables;

    public HtmlReportWriter(Lang lang) {
        this.lang = lang;
        this.tables = new ResultTables(lang);
    }

    public void write(SurveyResult result, OutputStream out) throws IOException {
        write(result, Map.of(), out);
    }

    /** With the term tables of text questions (question id to table), shown above their verbatims. */
    public void write(SurveyResult result, Map<String, TermTable> terms, OutputStream out) throws IOException {
        write(new ReportBuilder(lang).build(result, terms), out);
    }

    public void write(Report given, OutputStream out) throws IOException {
        Report report = FrenchSpacing.of(given);
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Labels labels = new Labels(lang);
        w.println("<!DOCTYPE html>");
        w.println("<html lang=\"" + lang.code() + "\">");
        w.println("<head>");
        w.println("<meta charset=\"utf-8\">");
        w.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.println("<meta name=\"generator\" content=\"enquete\">");
        w.println("<title>" + Html.escape(report.title()) + "</title>");
        w.println("<style>" + CSS + "</style>");
        w.println("</head>");
        w.println("<body>");
        w.println("<header>");
        w.println("<h1>" + unbroken(Html.escape(report.title())) + "</h1>");
        if (!report.author().isBlank()) {
            w.println("<p class=\"author\">" + Html.escape(report.author()) + "</p>");
        }
        w.println("<p class=\"meta\">" + Html.escape(report.subtitle()) + "</p>");
        w.println("</header>");
        w.println("<nav aria-label=\"" + Html.escape(labels.get("contents")) + "\">");
        w.println("<h2>" + Html.escape(labels.get("contents")) + "</h2>");
        contents(w, report.sections());
        w.println("</nav>");
        w.println("<main>");
        int[] charts = {0};
        for (Report.Section s : report.sections()) {
            section(w, s, charts);
        }
        w.println("</main>");
        w.println("<footer><p class=\"note\">" + Html.escape(labels.get("generated")) + "</p></footer>");
        w.println("</body>");
        w.println("</html>");
        w.flush();
    }

    /**
     * The contents: top-level sections (parts, or questions when there are no parts) in one list, each part's
     * questions in a list of their own, so parts and questions are numbered apart (a part's title carries its own
     * number when the spec gives one). Numbers sit inside their column, so the second column never covers them.
     */
    private static void contents(PrintWriter w, List<Report.Section> sections) {
        boolean parts = sections.stream().anyMatch(Report.Section::isPart);
        // Titles that carry their own numbers (a study's "2.1 …") are not numbered a second time by the list.
        List<Report.Section> inner = sections.stream().filter(s -> s.level() > 1).toList();
        boolean numbered = !inner.isEmpty() && inner.stream().allMatch(s -> s.title().matches("\\d+(\\.\\d+)+ .*"));
        w.println(numbered ? "<ol class=\"contents numbered\">" : parts ? "<ol class=\"contents\">" : "<ol class=\"contents flat\">");
        boolean item = false;
        boolean nested = false;
        for (Report.Section s : sections) {
            // Compound words kept whole, as in the headings: "(référence : Pas-de-" over "Calais)" in the contents.
            String link = "<a href=\"#" + s.anchor() + "\">" + unbroken(Html.escape(s.title())) + "</a>";
            if (parts && s.level() >= 2) {
                if (!nested) {
                    w.println(item ? "<ol>" : "<li><ol>");
                    item = true;
                    nested = true;
                }
                // A third level (a plan's fiche under its axis) stays in its part's list, indented further: read as
                // a part of its own it broke the list in two and lost its indentation.
                w.println((s.level() > 2 ? "<li class=\"sub\">" : "<li>") + link + "</li>");
                continue;
            }
            if (item) {
                w.println(nested ? "</ol></li>" : "</li>");
            }
            nested = false;
            item = true;
            // In a numbered document every chapter is a part of the contents, text-only ones (a conclusion, the annex) too.
            w.print("<li" + (s.isPart() || numbered && s.level() == 1 ? " class=\"part\"" : "") + ">" + link);
        }
        w.println((nested ? "</ol>" : "") + (item ? "</li>" : ""));
        w.println("</ol>");
    }

    /** The prefix of the ids of the page's {@code n}th chart (from 1, in the order of {@link Report#charts()}). */
    static String chartIds(int n) {
        return "enquete" + n + "-";
    }

    private void section(PrintWriter w, Report.Section s, int[] charts) {
        int h = s.level() + 1;
        w.println("<section id=\"" + s.anchor() + "\"" + (s.isPart() ? " class=\"part\"" : "")
                + (s.key().isEmpty() ? "" : " data-question=\"" + Html.escape(s.key()) + "\"") + ">");
        w.println("<h" + h + ">" + unbroken(Html.escape(s.title())) + "</h" + h + ">");
        if (!s.meta().isEmpty()) {
            w.println("<p class=\"meta\">" + Html.escape(s.meta()) + "</p>");
        }
        Report.Block previous = null;
        String subheading = "";
        for (Report.Block b : s.blocks()) {
            if (b instanceof Report.Subheading sub) {
                subheading = sub.text();
                w.println("<h" + (h + 1) + ">" + unbroken(Html.escape(sub.text())) + "</h" + (h + 1) + ">");
            } else if (b instanceof Report.Paragraph p) {
                // A note that follows no table introduces what comes below it ("24 réponses sur 75" over a term table):
                // printed, it stays with it, as in Word; a heading, its line and that note ended pages.
                boolean lead = p.note() && !(previous instanceof Report.Table) && b != s.blocks().get(s.blocks().size() - 1);
                w.println(p.note() ? "<p class=\"note" + (lead ? " lead" : "") + "\">" + Html.spans(p.spans()) + "</p>" : "<p>" + Html.spans(p.spans()) + "</p>");
            } else if (b instanceof Report.Table t) {
                table(w, t.table(), t.bars(), t.crossed(), CrossedColumns.continued(new Labels(lang), subheading));
            } else if (b instanceof Report.Figure f) {
                Report.Chart c = f.chart();
                w.println("<figure class=\"chart\">");
                // Each chart names its clip paths apart: ids are global to the page.
                w.println(c.inlineSvg(chartIds(++charts[0])));
                if (!f.caption().isEmpty()) {
                    w.println("<figcaption class=\"note\">" + Html.escape(f.caption()) + "</figcaption>");
                }
                w.println("</figure>");
            } else if (b instanceof Report.Caption c) {
                w.println("<p class=\"caption\" id=\"" + c.anchor() + "\">" + Html.escape(c.line()) + "</p>");
            } else if (b instanceof Report.CaptionList l) {
                w.println("<ul class=\"captions\">");
                l.captions().forEach(c -> w.println("<li><a href=\"#" + c.anchor() + "\">" + unbroken(Html.escape(c.line())) + "</a></li>"));
                w.println("</ul>");
            } else if (b instanceof Report.Swot sw) {
                swot(w, sw.grid(), sw.credit());
            } else if (b instanceof Report.Quotes q) {
                w.println("<ul class=\"verbatims\">");
                for (int k = 0; k < q.items().size(); k++) {
                    // In guillemets, the credit after them, as Word prints a quote: a bullet alone did not say that
                    // these are the respondents' words.
                    w.println("<li>" + Html.escape(q.quoted(k)) + "</li>");
                }
                w.println("</ul>");
            }
            previous = b;
        }
        w.println("</section>");
    }

    /** Four boxes: forces and faiblesses (internal) above, opportunités and menaces (external) below. */
    private void swot(PrintWriter w, SwotGrid grid, QuoteAttribution credit) {
        Labels labels = new Labels(lang);
        w.println("<div class=\"swot\">");
        for (Quadrant q : grid.shown()) {
            w.println("<div class=\"quadrant " + q.code() + "\">");
            // Internal / external is the SWOT grid's reading; the CTG's problématique and axes de travail are neither.
            w.println("<h4>" + Html.escape(labels.get("swot." + q.code())) + (grid.grid() == fr.enquete.qual.Grid.AFOM
                    ? " <span class=\"note\">(" + Html.escape(labels.get(q.internal() ? "swot.internal" : "swot.external")) + ")</span>" : "")
                    + "</h4>");
            if (grid.entries(q).isEmpty()) {
                w.println("<p class=\"note\">" + Html.escape(labels.get("swot.empty")) + "</p>");
            } else {
                w.println("<ol>");
                for (SwotGrid.Entry e : grid.entries(q)) {
                    w.print("<li><strong>" + Html.escape(e.item()) + "</strong>" + (grid.theme().isEmpty() ? " <span class=\"note\">["
                            + Html.escape(e.theme()) + "]</span>" : "") + " <span class=\"count\">"
                            + Html.escape(labels.count("swot.sources", e.sources().size())) + "</span>");
                    for (SwotGrid.Quote quote : e.quotes()) {
                        w.print("<blockquote>" + Html.escape(fr.enquete.report.Guillemets.around(quote.text())) + " <cite>" + Html.escape(credit.of(quote.source())) + "</cite></blockquote>");
                    }
                    w.println("</li>");
                }
                w.println("</ol>");
            }
            w.println("</div>");
        }
        w.println("</div>");
    }

    /** A word with hyphens inside ("Pas-de-Calais"), in escaped text. */
    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+");

    /**
     * A range of numbers in a text cell, which browsers broke after its hyphen: a period in the year column
     * ("2020-2021"), an age group in a label ("Taux d'activité des 25-" over "64 ans" in the MEL portrait).
     */
    private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("(?<![\\d,.])\\d{1,4}-\\d{1,4}(?![\\d,])");

    /**
     * A heading's compound words kept whole: browsers broke "Écart Lens / Pas-" over "de-Calais" in a table's heading,
     * and "Lens, Pas-de-" over "Calais" in a narrow window's title.
     */
    static String unbroken(String escaped) {
        return COMPOUND.matcher(escaped).replaceAll("<span class=\"nw\">$0</span>");
    }

    /** A slash between two words, where a header may break. */
    private static final java.util.regex.Pattern SLASH = java.util.regex.Pattern.compile("(?<=\\p{L})/(?=\\p{L})");

    /**
     * The inner columns of a cross-tabulation's printed part: with its labels and margin, eight columns of a word of
     * twelve letters at most fit A4 portrait in 8 pt (parts of eight inner columns ended 16 to 63 px beyond it).
     */
    private static final int PRINTED_COLUMNS = 6;
    /**
     * The inner columns of a printed part of a table of intervals: kept on one line ("38,10 – 52,40 %", 15 characters),
     * six of them ended beyond A4 portrait; four fit.
     */
    private static final int PRINTED_INTERVAL_COLUMNS = 4;

    /** Whether a table holds intervals (a crossing's table of them). */
    private static boolean intervals(ResultTable t) {
        return t.kinds().contains(ResultTable.Kind.INTERVAL);
    }

    /** @param continued the caption of the printed parts after the first ("Effectifs (suite)") */
    private static void table(PrintWriter w, ResultTable t, boolean bars, boolean crossed, String continued) {
        List<ResultTable> parts = crossed ? CrossedColumns.parts(t, intervals(t) ? PRINTED_INTERVAL_COLUMNS : PRINTED_COLUMNS) : List.of(t);
        table(w, t, bars, crossed ? parts.size() > 1 ? " crossed split" : " crossed" : "", "");
        if (parts.size() > 1) {
            // Paper cannot scroll: printed, the table is cut into parts of fewer columns, each with its labels and margin.
            w.println("<div class=\"printed-parts\">");
            for (int k = 0; k < parts.size(); k++) {
                table(w, parts.get(k), false, " crossed part", k > 0 ? continued : "");
            }
            w.println("</div>");
        }
    }

    /** @param caption the table's caption (a printed part's "(suite)"), or empty for none */
    private static void table(PrintWriter w, ResultTable t, boolean bars, String kind, String caption) {
        // Many columns (a theme x role matrix, an action plan) get smaller type so they fit the page.
        // On a narrow screen it scrolls inside its own box rather than pushing the page sideways.
        boolean wide = t.header().size() > 5;
        boolean wider = t.header().size() > 9 && !kind.contains("part");
        w.println(wide ? "<div class=\"wide" + kind + "\"><table class=\"wide" + (wider ? " wider" : "") + kind + "\">"
                : kind.isEmpty() ? "<table>" : "<table class=\"" + kind.strip() + "\">");
        if (!caption.isEmpty()) {
            w.println("<caption class=\"continued\">" + Html.escape(caption) + "</caption>");
        }
        w.print("<thead><tr>");
        for (int c = 0; c < t.header().size(); c++) {
            // A break allowed after a slash: "Association/amicale de locataires" made its column the table's widest.
            w.print("<th" + (t.numeric(c) ? " class=\"num\"" : "") + ">" + unbroken(SLASH.matcher(Html.escape(t.header().get(c))).replaceAll("/<wbr>")) + "</th>");
        }
        if (bars) {
            w.print("<th aria-hidden=\"true\"></th>");
        }
        w.println("</tr></thead>");
        w.println("<tbody>");
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = t.rows().get(i);
            w.print(t.missing().get(i) ? "<tr class=\"missing\">" : t.total(i) ? "<tr class=\"total\">" : "<tr>");
            for (int c = 0; c < row.size(); c++) {
                // A "dont" line, indented under its total with spaces HTML would collapse, is padded instead; a line
                // under a "dont" one (its annual change) twice as much.
                if (t.numeric(c)) {
                    w.print("<td class=\"num\">" + cell(row.get(c)) + "</td>");
                    continue;
                }
                int level = ResultTable.indentLevel(row.get(c));
                String sub = level >= 2 ? " class=\"sub2\"" : level == 1 ? " class=\"sub\"" : "";
                w.print("<td" + sub + ">" + PERIOD.matcher(cell(row.get(c))).replaceAll("<span class=\"nw\">$0</span>") + "</td>");
            }
            if (bars) {
                double share = t.shares().get(i);
                String width = Double.isNaN(share) ? "0" : String.format(Locale.ROOT, "%.2f", Math.min(100, share));
                w.print("<td class=\"bar\" aria-hidden=\"true\"><span style=\"width:" + width + "%\"></span></td>");
            }
            w.println("</tr>");
        }
        w.println("</tbody>");
        w.println(wide ? "</table></div>" : "</table>");
    }

    /** A cell of several lines (an action's objectives, an axis's needs) is a list: joined, they would run together. */
    private static String cell(String text) {
        String[] lines = text.strip().split("\\R+");
        if (lines.length < 2) {
            return Html.escape(text);
        }
        StringBuilder sb = new StringBuilder("<ul class=\"lines\">");
        for (String line : lines) {
            sb.append("<li>").append(Html.escape(line.strip())).append("</li>");
        }
        return sb.append("</ul>").toString();
    }

    /** Positional anchors: question ids may hold characters ids and URLs do not like. */
    private static String anchor(int index) {
        return "q" + (index + 1);
    }
}
