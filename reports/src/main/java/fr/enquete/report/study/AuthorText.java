package fr.enquete.report.study;

import fr.enquete.report.doc.Report;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The authors' Markdown as report blocks, read with commonmark: headings become subheadings, paragraphs paragraphs,
 * list items paragraphs with their bullet or number, block quotes quotes. The writers lay out plain text, so emphasis
 * and links keep their words only.
 */
final class AuthorText {

    private static final Parser PARSER = Parser.builder().build();

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
            out.add(new Report.Subheading(text(h)));
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            int number = n instanceof OrderedList o ? o.getStartNumber() : 0;
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    String mark = number > 0 ? number++ + ". " : "• ";
                    out.add(new Report.Paragraph(mark + text(item), false));
                }
            }
        } else if (n instanceof BlockQuote q) {
            out.add(new Report.Quotes(List.of(text(q))));
        } else {
            String t = text(n);
            if (!t.isBlank()) {
                out.add(new Report.Paragraph(t, false));
            }
        }
    }

    /** The words of a node, its soft line breaks read as spaces and paragraphs inside it joined by a blank. */
    private static String text(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                b.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                b.append(c.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak s) {
                b.append(' ');
            }

            @Override
            public void visit(HardLineBreak h) {
                b.append('\n');
            }

            @Override
            public void visit(Paragraph p) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                visitChildren(p);
            }
        });
        return b.toString().strip();
    }
}
