package fr.enquete.report.doc;

import fr.enquete.io.AtomicFiles;
import fr.enquete.io.FileManifest;
import fr.enquete.qual.Quadrant;
import fr.enquete.qual.SwotGrid;
import fr.enquete.report.Labels;
import fr.enquete.report.ResultTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The report as Markdown (GitHub-flavoured pipe tables) with its charts as PNG files in a {@code charts/}
 * directory beside it, for wikis, merge requests and converters such as pandoc. The charts folder lists the charts
 * drawn for the page in a {@link FileManifest} ({@code charts/enquete-report.md.txt}): the next page written there
 * removes those it no longer draws, and no other file.
 */
public final class MarkdownReportWriter {

    /** The folder of the charts, beside the page. */
    public static final String CHARTS = "charts";

    /**
     * Writes {@code file} and its charts into {@code file}'s directory, together: through a staging folder renamed into
     * place, unless {@code file} is already in one (a report's formats), whose commit then moves and prunes them.
     */
    public void write(Report given, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        if (dir.getFileName() != null && AtomicFiles.isTemporary(dir.getFileName().toString())) {
            writeInto(given, dir, name);
            return;
        }
        try (AtomicFiles.Staging stage = AtomicFiles.stage(dir, name)) {
            writeInto(given, stage.path(), name);
            stage.commit();
        }
    }

    private void writeInto(Report given, Path dir, String name) throws IOException {
        Report report = FrenchSpacing.of(given);
        Labels labels = new Labels(report.lang());
        Path charts = dir.resolve(CHARTS);
        Set<String> drawn = new LinkedHashSet<>();
        // Written section by section: the whole page is never held in memory (nor its copies as a string and bytes).
        AtomicFiles.write(dir.resolve(name), out -> {
            java.io.Writer page = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            write(report, labels, charts, drawn, page);
            page.flush();
        });
        FileManifest.write(charts, name, drawn);
    }

    private void write(Report report, Labels labels, Path charts, Set<String> drawn, java.io.Writer page) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(report.title())).append("\n\n");
        if (!report.author().isBlank()) {
            md.append("**").append(inline(report.author())).append("**\n\n");
        }
        md.append(inline(report.subtitle())).append("\n\n");
        md.append("## ").append(inline(labels.get("contents"))).append("\n\n");
        for (Report.Section s : report.sections()) {
            md.append(s.level() == 1 ? "" : "   ").append(s.level() == 1 ? "- " : "- ").append('[').append(inline(s.title()))
                    .append("](#").append(s.anchor()).append(")\n");
        }
        md.append('\n');
        for (Report.Section s : report.sections()) {
            page.append(md);
            md.setLength(0);
            String hashes = "#".repeat(s.level() + 1);
            md.append("<a id=\"").append(s.anchor()).append("\"></a>\n\n").append(hashes).append(' ').append(inline(s.title())).append("\n\n");
            if (!s.meta().isEmpty()) {
                md.append('*').append(inline(s.meta())).append("*\n\n");
            }
            for (Report.Block b : s.blocks()) {
                if (b instanceof Report.Subheading h) {
                    md.append(hashes).append("# ").append(inline(h.text())).append("\n\n");
                } else if (b instanceof Report.Paragraph p) {
                    md.append(p.note() ? "*" + inline(p.text()) + "*" : spans(p.spans())).append("\n\n");
                } else if (b instanceof Report.Table t) {
                    table(md, t.table());
                } else if (b instanceof Report.Figure f) {
                    Report.Chart c = f.chart();
                    byte[] png = c.png();
                    AtomicFiles.write(charts.resolve(c.name() + ".png"), out -> out.write(png));
                    drawn.add(c.name() + ".png");
                    md.append("![").append(inline(c.title())).append("](charts/").append(c.name()).append(".png)\n\n");
                    if (!f.caption().isEmpty()) {
                        md.append('*').append(inline(f.caption())).append("*\n\n");
                    }
                } else if (b instanceof Report.Caption c) {
                    md.append("**").append(inline(c.line())).append("**\n\n");
                } else if (b instanceof Report.CaptionList l) {
                    l.captions().forEach(c -> md.append("- ").append(inline(c.line())).append('\n'));
                    md.append('\n');
                } else if (b instanceof Report.Swot sw) {
                    for (Quadrant q : sw.grid().shown()) {
                        md.append(hashes).append("# ").append(inline(labels.get("swot." + q.code()))).append("\n\n");
                        if (sw.grid().entries(q).isEmpty()) {
                            md.append('*').append(inline(labels.get("swot.empty"))).append("*\n\n");
                        }
                        int n = 1;
                        for (SwotGrid.Entry e : sw.grid().entries(q)) {
                            md.append(n++).append(". **").append(inline(e.item())).append("** (")
                                    .append(inline(labels.count("swot.sources", e.sources().size())))
                                    .append(sw.grid().theme().isEmpty() ? ", " + inline(e.theme()) : "").append(")\n");
                            for (int k = 0; k < e.quotes().size(); k++) {
                                SwotGrid.Quote quote = e.quotes().get(k);
                                // A blank quote line between two quotes: without it viewers ran them into one paragraph.
                                md.append(k > 0 ? "   >\n" : "").append("   > ").append(inline(sw.credit().quoted(quote.text(), quote.source()))).append('\n');
                            }
                        }
                        md.append('\n');
                    }
                } else if (b instanceof Report.Quotes q) {
                    for (String item : q.lines()) {
                        md.append("> ").append(inline(item).replace("\n", "  \n> ")).append("\n\n");
                    }
                }
            }
        }
        page.append(md);
    }

    private static void table(StringBuilder md, ResultTable t) {
        md.append('|');
        t.header().forEach(h -> md.append(' ').append(cell(h)).append(" |"));
        md.append("\n|");
        for (int c = 0; c < t.header().size(); c++) {
            md.append(t.numeric(c) ? " ---: |" : " --- |");
        }
        md.append('\n');
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            boolean missing = t.missing().get(r);
            md.append('|');
            for (int c = 0; c < row.size(); c++) {
                String text = indented(cell(row.get(c)));
                md.append(' ').append(text.isEmpty() ? text : missing ? "*" + text + "*" : t.total(r) ? "**" + text + "**" : text).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    /**
     * A "dont" line's indent, which Markdown viewers strip from a cell as plain spaces, as six no-break spaces a
     * level: the portrait's parts and annual changes read as rows of their own.
     */
    private static String indented(String text) {
        int level = ResultTable.indentLevel(text);
        return level == 0 ? text : "\u00A0".repeat(6 * level) + text.stripLeading();
    }

    private static String cell(String s) {
        return inline(s).replace("|", "\\|").replace("\n", "<br>");
    }

    /** A paragraph's spans in Markdown: **strong**, *emphasis*, `code`, [links](target). */
    static String spans(List<Report.Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Report.Span x : spans) {
            // Markers hug the words: "** gras **" is not bold in CommonMark, so the spaces stay outside them.
            String t = x.text();
            String core = t.strip();
            if (core.isEmpty() || x.isPlain()) {
                b.append(inline(t));
                continue;
            }
            int lead = t.indexOf(core);
            String m = x.code() ? "`" + core.replace("`", "'") + "`" : inline(core);
            if (x.emphasis()) {
                m = "*" + m + "*";
            }
            if (x.strong()) {
                m = "**" + m + "**";
            }
            if (x.link() != null) {
                m = "[" + m + "](<" + x.link().replace(">", "%3E") + ">)";
            }
            b.append(t, 0, lead).append(m).append(t.substring(lead + core.length()));
        }
        return b.toString();
    }

    /** Escapes what Markdown would read as markup or HTML in survey text. */
    static String inline(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\', '`', '*', '_', '[', ']', '#' -> b.append('\\').append(ch);
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
