package fr.enquete.report.study;

import fr.enquete.report.doc.Report;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The authors' Markdown as report blocks, read with commonmark: headings become subheadings, paragraphs paragraphs,
 * list items paragraphs with their bullet or number, block quotes quotes. Paragraphs and list items keep their bold,
 * italics, code and links (http, https and mailto only) as spans the writers style; headings and quotes keep words.
 */
final class AuthorText {

    private static final Parser PARSER = Parser.builder().build();
    private static final java.util.regex.Pattern SAFE_LINK = java.util.regex.Pattern.compile("(?i)^(https?://|mailto:)\\S+$");

    private AuthorText() {
    }

    static List<Report.Block> blocks(String markdown) {
        List<Report.Block> out = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return out;
        }
        for (Node n = PARSER.parse(markdown).getFirstChild(); n != null; n = n.getNext()) {
            block(n, out);
        }
        return out;
    }

    private static void block(Node n, List<Report.Block> out) {
        if (n instanceof Heading h) {
            out.add(new Report.Subheading(Report.Span.words(spans(h))));
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            int number = n instanceof OrderedList o ? o.getStartNumber() : 0;
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    String mark = number > 0 ? number++ + ". " : "• ";
                    List<Report.Span> spans = new ArrayList<>();
                    spans.add(Report.Span.plain(mark));
                    spans.addAll(spans(item));
                    out.add(Report.Paragraph.of(Report.Span.merged(spans), false));
                }
            }
        } else if (n instanceof BlockQuote q) {
            out.add(new Report.Quotes(List.of(Report.Span.words(spans(q)))));
        } else {
            List<Report.Span> spans = spans(n);
            if (!spans.isEmpty()) {
                out.add(Report.Paragraph.of(spans, false));
            }
        }
    }

    /**
     * The words of a node in runs of one style, its soft line breaks read as spaces and paragraphs inside it joined by
     * a blank, stripped at both ends.
     */
    private static List<Report.Span> spans(Node node) {
        List<Report.Span> out = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            private boolean strong;
            private boolean emphasis;
            private String link;

            private void add(String words, boolean code) {
                out.add(new Report.Span(words, strong, emphasis, code, link));
            }

            @Override
            public void visit(Text t) {
                add(t.getLiteral(), false);
            }

            @Override
            public void visit(Code c) {
                add(c.getLiteral(), true);
            }

            @Override
            public void visit(SoftLineBreak s) {
                add(" ", false);
            }

            @Override
            public void visit(HardLineBreak h) {
                add("\n", false);
            }

            @Override
            public void visit(StrongEmphasis e) {
                boolean was = strong;
                strong = true;
                visitChildren(e);
                strong = was;
            }

            @Override
            public void visit(Emphasis e) {
                boolean was = emphasis;
                emphasis = true;
                visitChildren(e);
                emphasis = was;
            }

            @Override
            public void visit(Link l) {
                String was = link;
                // Only addresses a reader can follow; anything else (javascript:, relative paths) keeps its words.
                link = SAFE_LINK.matcher(l.getDestination()).matches() ? l.getDestination() : was;
                visitChildren(l);
                link = was;
            }

            @Override
            public void visit(Paragraph p) {
                if (!out.isEmpty()) {
                    add(" ", false);
                }
                visitChildren(p);
            }
        });
        return strip(Report.Span.merged(out));
    }

    private static List<Report.Span> strip(List<Report.Span> spans) {
        List<Report.Span> out = new ArrayList<>(spans);
        while (!out.isEmpty() && out.get(0).text().isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty()) {
            out.set(0, out.get(0).withText(out.get(0).text().stripLeading()));
            int last = out.size() - 1;
            out.set(last, out.get(last).withText(out.get(last).text().stripTrailing()));
        }
        return out;
    }
}
