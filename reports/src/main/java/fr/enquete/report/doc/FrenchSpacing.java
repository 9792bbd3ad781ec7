package fr.enquete.report.doc;

import fr.enquete.report.Guillemets;
import fr.enquete.report.Lang;
import fr.enquete.report.ResultTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A French report's own texts with French typography's no-break spaces before "?", "!", ";", ":" and "»" and after
 * "«" ({@link Guillemets#frenchSpaces}): the title, headings, captions, table headers and cells, notes. Only question
 * titles had them, so the same question's table caption read "… de la ville ?" with a no-break space and its figure
 * caption with a plain one, which a line can break before; the cover read "Hauts-de-France : activités", answer
 * labels "(ex : DAL". The answers people wrote (quotes, SWOT grids) stay as they were typed; so do code spans and the
 * charts' drawings (drawn once for every format), though not their accessible names. An English report is returned as
 * it is.
 */
final class FrenchSpacing {

    private FrenchSpacing() {
    }

    static Report of(Report r) {
        if (r.lang() != Lang.FR) {
            return r;
        }
        List<Report.Section> sections = new ArrayList<>(r.sections().size());
        for (Report.Section s : r.sections()) {
            List<Report.Block> blocks = new ArrayList<>(s.blocks().size());
            s.blocks().forEach(b -> blocks.add(block(b)));
            sections.add(new Report.Section(s.level(), s.anchor(), s.key(), spaced(s.title()), spaced(s.meta()), blocks));
        }
        return new Report(spaced(r.title()), spaced(r.author()), spaced(r.subtitle()), r.lang(), sections, r.generated());
    }

    private static Report.Block block(Report.Block b) {
        if (b instanceof Report.Subheading h) {
            return new Report.Subheading(spaced(h.text()));
        }
        if (b instanceof Report.Paragraph p) {
            List<Report.Span> spans = p.spans().stream().map(x -> x.code() || x.link() != null ? x : x.withText(spaced(x.text()))).toList();
            return Report.Paragraph.of(spans, p.note());
        }
        if (b instanceof Report.Table t) {
            return new Report.Table(table(t.table()), t.bars(), t.crossed());
        }
        if (b instanceof Report.Figure f) {
            // The chart's accessible name (HTML's SVG title, Word's and Excel's image description, Markdown's alt text) is
            // text a screen reader says like any other; the drawing itself is shared by every format, as drawn.
            return new Report.Figure(f.chart().withTitle(spaced(f.chart().title())), spaced(f.caption()));
        }
        if (b instanceof Report.Caption c) {
            return caption(c);
        }
        if (b instanceof Report.CaptionList l) {
            return new Report.CaptionList(l.kind(), l.captions().stream().map(FrenchSpacing::caption).toList());
        }
        return b;
    }

    private static Report.Caption caption(Report.Caption c) {
        return new Report.Caption(c.kind(), c.number(), spaced(c.text()));
    }

    private static ResultTable table(ResultTable t) {
        return new ResultTable(t.header().stream().map(FrenchSpacing::spaced).toList(),
                t.rows().stream().map(row -> row.stream().map(FrenchSpacing::spaced).toList()).toList(),
                t.values(), t.shares(), t.missing(), t.kinds(), t.totals());
    }

    private static String spaced(String text) {
        return text == null || text.isEmpty() ? text : Guillemets.frenchSpaces(text);
    }
}
