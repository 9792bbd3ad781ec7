package fr.enquete.report.doc;

import fr.enquete.report.Lang;
import fr.enquete.report.ResultTable;
import java.awt.Graphics2D;
import java.util.List;
import java.util.function.Consumer;

/**
 * A report as every writer sees it: a title, a line under it, and sections of blocks. Built once from the
 * results ({@link ReportBuilder}); each format (HTML, DOCX, XLSX, Markdown) only lays it out.
 */
public record Report(String title, String author, String subtitle, Lang lang, List<Section> sections, java.time.Instant generated) {

    public Report {
        sections = List.copyOf(sections);
    }

    public Report(String title, String author, String subtitle, Lang lang, List<Section> sections) {
        this(title, author, subtitle, lang, sections, null);
    }

    /** The report stamped with the time it was made (shown under the title and in document properties). */
    public Report withGenerated(java.time.Instant when) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern(
                lang == Lang.FR ? "dd/MM/yyyy HH:mm 'UTC'" : "yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);
        String stamp = new fr.enquete.report.Labels(lang).get("generated.at") + " " + f.format(when);
        return new Report(title, author, subtitle.isEmpty() ? stamp : subtitle + " · " + stamp, lang, sections, when);
    }

    /** The report with one more note in the notes under its title (what was masked, say); itself for a null note. */
    public Report withNote(String note) {
        if (note == null || note.isBlank()) {
            return this;
        }
        return new Report(title, author, subtitle == null || subtitle.isEmpty() ? note : subtitle + " · " + note, lang, sections, generated);
    }

    /** Every chart of the report, in order. */
    public List<Chart> charts() {
        List<Chart> out = new java.util.ArrayList<>();
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof Figure f) {
                    out.add(f.chart());
                }
            }
        }
        return out;
    }

    /**
     * The date for document properties: the stamp when the report was made with one, else none. Without a stamp the
     * documents carry no date at all, so that reruns give the same bytes (Word showed "created 01/01/2000" when a fixed
     * date stood in).
     */
    public java.util.Optional<java.util.Date> documentDate() {
        return generated == null ? java.util.Optional.empty() : java.util.Optional.of(java.util.Date.from(generated));
    }

    /**
     * A section: a part of the report (level 1, when the spec groups questions), one question, or the
     * diagnostics.
     *
     * @param level    1 for top-level sections, 2 for questions inside a part
     * @param anchor   a stable identifier made of letters and digits (HTML anchor, sheet name base)
     * @param key      the question id, or empty
     * @param title    the heading
     * @param meta     the line under the heading (id, type, base), or empty
     */
    public record Section(int level, String anchor, String key, String title, String meta, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }

        /**
         * A part: a heading over the questions that follow, with at most an introduction. A top-level section
         * with content of its own (a SWOT grid, its matrices, the action plan) is not a part, whatever its key.
         */
        public boolean isPart() {
            return key.isEmpty() && level == 1 && !anchor.equals("diagnostics") && blocks.stream().allMatch(b -> b instanceof Paragraph);
        }
    }

    /** What a section holds. */
    public sealed interface Block permits Subheading, Paragraph, Table, Figure, Quotes, Swot, Caption, CaptionList {
    }

    public record Subheading(String text) implements Block {
    }

    /**
     * Text; a note is printed smaller (method notes, bases). {@code spans} is the same text cut where its styling
     * changes (the authors' bold, italics, code and links); {@code text} is their words, for formats without styles.
     */
    public record Paragraph(String text, boolean note, List<Span> spans) implements Block {

        public Paragraph {
            spans = List.copyOf(spans);
            if (!text.equals(Span.words(spans))) {
                throw new IllegalArgumentException("the spans do not spell the paragraph's text: " + text);
            }
        }

        /** A paragraph in one plain span. */
        public Paragraph(String text, boolean note) {
            this(text, note, List.of(Span.plain(text)));
        }

        /** A paragraph of styled spans. */
        public static Paragraph of(List<Span> spans, boolean note) {
            return new Paragraph(Span.words(spans), note, spans);
        }
    }

    /**
     * A run of a paragraph's text in one style; {@code link} is the target of a link (an http, https or mailto
     * address), else null.
     */
    public record Span(String text, boolean strong, boolean emphasis, boolean code, String link) {

        public Span {
            java.util.Objects.requireNonNull(text);
        }

        public static Span plain(String text) {
            return new Span(text, false, false, false, null);
        }

        public boolean isPlain() {
            return !strong && !emphasis && !code && link == null;
        }

        /** The same style with other words. */
        public Span withText(String words) {
            return new Span(words, strong, emphasis, code, link);
        }

        boolean sameStyle(Span o) {
            return strong == o.strong && emphasis == o.emphasis && code == o.code && java.util.Objects.equals(link, o.link);
        }

        /** The words of the spans, styles dropped. */
        public static String words(List<Span> spans) {
            StringBuilder b = new StringBuilder();
            spans.forEach(x -> b.append(x.text()));
            return b.toString();
        }

        /** Adjacent spans of one style joined, empty ones dropped. */
        public static List<Span> merged(List<Span> spans) {
            List<Span> out = new java.util.ArrayList<>();
            for (Span x : spans) {
                if (x.text().isEmpty()) {
                    continue;
                }
                int last = out.size() - 1;
                if (last >= 0 && out.get(last).sameStyle(x)) {
                    out.set(last, x.withText(out.get(last).text() + x.text()));
                } else {
                    out.add(x);
                }
            }
            return out;
        }
    }

    /** A table; {@code bars} draws each row's share as a bar where the format can. */
    /**
     * A table; {@code crossed} for a cross-tabulation, whose first column holds the row labels and last column the
     * margin (its "Total" or "Répondants"): a wide one keeps both in view, on screen and on paper.
     */
    public record Table(ResultTable table, boolean bars, boolean crossed) implements Block {
        public Table(ResultTable table, boolean bars) {
            this(table, bars, false);
        }
    }

    /** A chart, drawn on demand at its size (SVG for HTML, PNG for Word and Excel). */
    public record Figure(Chart chart, String caption) implements Block {
    }

    /** Verbatim answers. */
    public record Quotes(List<String> items, List<String> credits) implements Block {
        public Quotes {
            items = List.copyOf(items);
            credits = List.copyOf(credits);
            if (!credits.isEmpty() && credits.size() != items.size()) {
                throw new IllegalArgumentException(items.size() + " quotes but " + credits.size() + " credits");
            }
        }

        /** Quotes credited to nobody (verbatims, findings). */
        public Quotes(List<String> items) {
            this(items, List.of());
        }

        /** The credit of quote {@code i} ("agent d'accueil, a06"), empty when none: printed after the quote, not in it. */
        public String credit(int i) {
            return credits.isEmpty() ? "" : credits.get(i);
        }

        /**
         * Quote {@code k} in guillemets, its credit after the closing one (it is not what the person said), as Word and
         * HTML print it.
         */
        public String quoted(int k) {
            return fr.enquete.report.Guillemets.around(items.get(k).strip()) + (credit(k).isEmpty() ? "" : " — " + credit(k));
        }

        /** Each quote followed by its credit, for the formats that print no quotation marks. */
        public List<String> lines() {
            return java.util.stream.IntStream.range(0, items.size())
                    .mapToObj(i -> credit(i).isEmpty() ? items.get(i) : items.get(i) + " — " + credit(i)).toList();
        }
    }

    /**
     * The numbered caption of the table or figure that follows it ("Tableau 3 – Logement"), in documents that number
     * them (a study). {@code kind} is the word of the language ("Tableau", "Figure"); Word gets a SEQ field named by it,
     * so its own list of tables and figures works on the document.
     */
    public record Caption(String kind, int number, String text) implements Block {
        /** "Tableau 3". */
        public String label() {
            return kind + " " + number;
        }

        /** "Tableau 3 – Logement", or the label alone without a text. */
        public String line() {
            return text.isBlank() ? label() : label() + " – " + text;
        }

        /** The caption's id in a page, "tableau3" (ASCII letters of the kind, then the number). */
        public String anchor() {
            return kind.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + number;
        }
    }

    /**
     * The list of a document's captions of one kind, in order: Word makes it a table-of-figures field (page numbers
     * once its fields are updated), HTML links each line to its caption.
     */
    public record CaptionList(String kind, List<Caption> captions) implements Block {
        public CaptionList {
            captions = List.copyOf(captions);
        }
    }

    /** A SWOT grid: four quadrants of ranked items with their sources and quotes, credited by {@code credit}. */
    public record Swot(fr.enquete.qual.SwotGrid grid, fr.enquete.report.QuoteAttribution credit) implements Block {
    }

    /**
     * A drawing with its size and an accessible title. Its PNG is rendered once, whichever format asks first (Word,
     * Excel and Markdown share it), at its {@link #print() print size}; drawing is serialised per chart, since formats
     * are written on several threads and a JFreeChart is not to be drawn by two at once.
     *
     * @param relayout how it is laid out again at its print size; null for a drawing that only scales
     */
    public record Chart(String name, String title, int width, int height, Consumer<Graphics2D> drawing, Rendered rendered,
                        fr.enquete.report.chart.Drawing.Relayout relayout) {

        /**
         * The PNG's pixels per pixel of the print size: 2.5 for a chart laid out again (some 230 dots an inch at 0.8
         * point a pixel, as many pixels as the 720-pixel charts had at 2), 2 for one that only scales.
         */
        public double pngScale() {
            return relayout == null ? 2 : 2.5;
        }

        public Chart(String name, String title, int width, int height, Consumer<Graphics2D> drawing) {
            this(name, title, width, height, drawing, new Rendered(), null);
        }

        /**
         * The same chart with another accessible name (a French report's no-break spaces): the rendering is shared, the
         * PNG having no title and the SVG getting its title as it is written out ({@link #inlineSvg}).
         */
        public Chart withTitle(String other) {
            return new Chart(name, other, width, height, drawing, rendered, relayout);
        }

        /** The same chart under another file name (a study's chapter prefix), its rendering shared. */
        public Chart named(String other) {
            return new Chart(other, title, width, height, drawing, rendered, relayout);
        }

        /** The chart of a drawing, not rendered yet. */
        public static Chart of(fr.enquete.report.chart.Drawing d) {
            return new Chart(d.name(), d.title(), d.width(), d.height(), d.drawing(), new Rendered(), d.relayout());
        }

        /** The size in pixels the PNG is drawn at, before {@link #pngScale()}; see {@link fr.enquete.report.chart.PrintSize}. */
        public fr.enquete.report.chart.PrintSize print() {
            return fr.enquete.report.chart.PrintSize.of(width, height, relayout);
        }

        /** The chart as a PNG of its print size at {@link #pngScale()} (sharp on screen and in print). */
        public byte[] png() {
            synchronized (rendered) {
                if (rendered.png == null) {
                    fr.enquete.report.chart.PrintSize p = print();
                    Consumer<Graphics2D> at = relayout == null ? drawing : g -> relayout.draw(g, p.width(), p.height());
                    rendered.png = fr.enquete.report.chart.ChartFiles.png(p.width(), p.height(), pngScale(), at);
                }
                return rendered.png;
            }
        }

        /**
         * The chart as inline SVG (HTML); {@code idPrefix} names its definitions and must be unique in the page. The
         * drawing is rendered once, its definitions named after a placeholder that {@code idPrefix} then replaces, so
         * that it can be rendered ahead of the page (on another thread, before the chart's place in the page is known):
         * the bytes are those of {@link fr.enquete.report.chart.ChartFiles#inlineSvg} given {@code idPrefix}.
         */
        public String inlineSvg(String idPrefix) {
            return fr.enquete.report.chart.ChartFiles.titled(fr.enquete.report.chart.ChartFiles.prefixed(svg(), idPrefix), title);
        }

        /** Renders the inline SVG now, if not yet done (before the page is written, on any thread). */
        public void renderSvg() {
            svg();
        }

        private String svg() {
            synchronized (rendered) {
                if (rendered.svg == null) {
                    rendered.svg = fr.enquete.report.chart.ChartFiles.inlineSvg(width, height,
                            fr.enquete.report.chart.ChartFiles.TITLE_PLACEHOLDER, drawing, fr.enquete.report.chart.ChartFiles.ID_PLACEHOLDER);
                }
                return rendered.svg;
            }
        }
    }

    /** What a chart has been rendered to so far. */
    public static final class Rendered {
        private byte[] png;
        /**
         * The inline SVG, its definitions named after {@link fr.enquete.report.chart.ChartFiles#ID_PLACEHOLDER} and its
         * title {@link fr.enquete.report.chart.ChartFiles#TITLE_PLACEHOLDER}.
         */
        private String svg;
    }
}
