package fr.enquete.report.chart;

import fr.enquete.report.Lang;
import fr.enquete.report.NumberFormats;
import fr.enquete.text.reinert.CharacteristicLemma;
import fr.enquete.text.reinert.Division;
import fr.enquete.text.reinert.ReinertClass;
import fr.enquete.text.reinert.ReinertResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The dendrogram of a Reinert classification as IRaMuTeQ draws it: the splits from the root on the left, one row
 * per terminal class on the right with its number, size and share of the classified segments (a bar), and its
 * strongest characteristic lemmas, in the class's colour.
 */
public final class Dendrogram {

    /** Dark colours (contrast at least 4.5:1 on white), so that the lemmas stay readable. */
    static final List<Color> COLOURS = List.of(new Color(0xC0392B), new Color(0x1F6FB2), new Color(0x1E8449), new Color(0x8E44AD),
            new Color(0xA04000), new Color(0x117A65), new Color(0x7D3C98).darker(), new Color(0x2E4053), new Color(0xB7950B).darker(),
            new Color(0xAD1457), new Color(0x0E6655), new Color(0x5D4037));

    static final int WIDTH = 960;
    private static final int MARGIN = 24;
    private static final int TREE_WIDTH = 180;
    private static final int HEADER = 70;
    private static final int LINE = 19;
    private static final int BAR = 160;
    private static final float TEXT = 13f;

    private final Lang lang;
    private final NumberFormats numbers;
    private final int lemmas;

    /** @param lemmas the characteristic lemmas shown per class */
    public Dendrogram(Lang lang, int lemmas) {
        this.lang = lang;
        this.numbers = new NumberFormats(lang);
        this.lemmas = lemmas;
    }

    /** Where each class's row goes, and the wrapped lines of its lemmas. */
    public record Layout(int width, int height, List<Row> rows) {
    }

    record Row(ReinertClass k, int top, List<String> lines) {
        int centre() {
            return top + LINE / 2 + 2;
        }
    }

    public Layout layout(ReinertResult r) {
        Font fm = Fonts.regular(TEXT);
        int textLeft = MARGIN + TREE_WIDTH + 14;
        int available = WIDTH - MARGIN - textLeft;
        List<Row> rows = new ArrayList<>();
        int y = HEADER;
        for (ReinertClass k : r.classes()) {
            List<String> words = k.lemmas().stream().limit(lemmas).map(CharacteristicLemma::lemma).toList();
            List<String> lines = wrap(words, fm, available);
            rows.add(new Row(k, y, lines));
            y += LINE * (1 + Math.max(1, lines.size())) + 14;
        }
        return new Layout(WIDTH, y + 16, rows);
    }

    private static List<String> wrap(List<String> words, Font fm, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : words) {
            String next = line.length() == 0 ? w : line + " · " + w;
            if (line.length() > 0 && width(fm, next) > width) {
                lines.add(line.toString());
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    public void draw(ReinertResult r, Layout layout, String title, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, layout.width(), layout.height());
        g.setColor(Palette.TEXT);
        Title shown = title(title, layout.width() - 2 * MARGIN);
        g.setFont(Fonts.bold(shown.size()));
        g.drawString(shown.text(), MARGIN, 26);
        g.setFont(Fonts.regular(12f));
        g.setColor(new Color(0x555555));
        String method = r.isDouble()
                ? lang.pick("classification double de Reinert (unités de %d et %d formes)", "Reinert double classification (units of %d and %d forms)")
                        .formatted(r.crossing().rst1(), r.crossing().rst2())
                : lang.pick("classification de Reinert", "Reinert classification");
        g.drawString(fit(lang.pick("%s segments classés sur %s (%s) · %d classes · %s · barre\u00A0: part des segments classés",
                "%s of %s segments classified (%s) · %d classes · %s · bar: share of the classified segments")
                .formatted(numbers.integer(r.classified()), numbers.integer(r.segments().size()), numbers.percent(r.percentClassified()),
                        r.classes().size(), method), g.getFont(), layout.width() - 2 * MARGIN), MARGIN, 46);
        int depth = depth(r.tree());
        double step = (double) TREE_WIDTH / Math.max(1, depth);
        g.setStroke(new BasicStroke(1.6f));
        double rootY = branch(r.tree(), 0, step, layout, g);
        g.setColor(new Color(0x444444));
        g.draw(new Line2D.Double(MARGIN - 10, rootY, MARGIN, rootY));
        int textLeft = MARGIN + TREE_WIDTH + 14;
        // the bars start at the same x for every class, after the widest "Classe N"
        double heads = 0;
        for (Row row : layout.rows()) {
            heads = Math.max(heads, width(Fonts.bold(TEXT), lang.pick("Classe %d", "Class %d").formatted(row.k().number())));
        }
        int barLeft = textLeft + (int) Math.ceil(heads) + 10;
        for (Row row : layout.rows()) {
            Color c = colour(row.k().number());
            int base = row.top() + LINE - 4;
            g.setColor(c);
            g.setFont(Fonts.bold(TEXT));
            String head = lang.pick("Classe %d", "Class %d").formatted(row.k().number());
            g.drawString(head, textLeft, base);
            int x = barLeft;
            double share = row.k().percent() / 100;
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
            g.fill(new Rectangle2D.Double(x, base - 11, BAR, 12));
            g.setColor(c);
            g.fill(new Rectangle2D.Double(x, base - 11, BAR * share, 12));
            g.setFont(Fonts.regular(12f));
            g.setColor(Palette.TEXT);
            g.drawString(numbers.percent(row.k().percent()) + " · " + lang.pick("%s segments", "%s segments")
                    .formatted(numbers.integer(row.k().size())), x + BAR + 8, base);
            g.setFont(Fonts.regular(TEXT));
            g.setColor(c);
            int y = base + LINE;
            if (row.lines().isEmpty()) {
                g.setColor(new Color(0x666666));
                g.drawString(lang.pick("aucun lemme caractéristique", "no characteristic lemma"), textLeft, y);
            }
            for (String line : row.lines()) {
                g.drawString(line, textLeft, y);
                y += LINE;
            }
        }
    }

    /** Draws the subtree; returns the y of its node. Leaves sit at the tree's right edge, splits by depth. */
    private double branch(Division d, int level, double step, Layout layout, Graphics2D g) {
        if (d.isLeaf()) {
            Row row = layout.rows().get(d.classNumber() - 1);
            double y = row.centre() + 1;
            g.setColor(colour(d.classNumber()));
            g.fill(new Rectangle2D.Double(MARGIN + TREE_WIDTH + 2, y - 4, 8, 8));
            return y;
        }
        double x = MARGIN + level * step;
        double y1 = branch(d.first(), level + 1, step, layout, g);
        double y2 = branch(d.second(), level + 1, step, layout, g);
        double x1 = d.first().isLeaf() ? MARGIN + TREE_WIDTH : MARGIN + (level + 1) * step;
        double x2 = d.second().isLeaf() ? MARGIN + TREE_WIDTH : MARGIN + (level + 1) * step;
        g.setColor(new Color(0x444444));
        g.draw(new Line2D.Double(x, y1, x, y2));
        g.draw(new Line2D.Double(x, y1, x1, y1));
        g.draw(new Line2D.Double(x, y2, x2, y2));
        return (y1 + y2) / 2;
    }

    private static int depth(Division d) {
        return d.isLeaf() ? 0 : 1 + Math.max(depth(d.first()), depth(d.second()));
    }

    static Color colour(int number) {
        return COLOURS.get((number - 1) % COLOURS.size());
    }

    private static final java.awt.font.FontRenderContext FRC = new java.awt.font.FontRenderContext(null, true, true);

    /** Text width measured the same way for PNG and SVG, whatever the machine. */
    private static double width(Font f, String s) {
        return f.getStringBounds(s, FRC).getWidth();
    }

    /** The title as drawn: its text and its size in points. */
    public record Title(String text, float size) {
    }

    /**
     * A question's wording as the chart's title: whole, in type from 15 down to 11 points, the first size it fits in;
     * then cut after a whole word. It was cut in the middle of a word at 15 points ("relogement des personn…").
     */
    public static Title title(String s, int width) {
        for (float size = 15f; size >= 11f; size -= 0.5f) {
            if (width(Fonts.bold(size), s) <= width) {
                return new Title(s, size);
            }
        }
        return new Title(fit(s, Fonts.bold(11f), width), 11f);
    }

    /** {@code s}, or its longest beginning that ends with a whole word and fits {@code width} with an ellipsis. */
    private static String fit(String s, Font f, int width) {
        if (width(f, s) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && width(f, t + "…") > width) {
            int space = t.lastIndexOf(' ');
            t = space > 0 ? t.substring(0, space).stripTrailing() : t.substring(0, t.length() - 1);
        }
        return t.replaceAll("[\\s,;:·–-]+$", "") + "…";
    }
}
