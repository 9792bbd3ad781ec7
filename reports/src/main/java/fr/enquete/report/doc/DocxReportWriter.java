package fr.enquete.report.doc;

import fr.enquete.qual.Quadrant;
import fr.enquete.qual.SwotGrid;
import fr.enquete.report.Labels;
import fr.enquete.report.ResultTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The report as a Word document (Apache POI): a title page, a table of contents field (Word fills it on
 * opening; LibreOffice on "Update"), real "Heading 1/2" styles so the document outline and the contents
 * work, the tables in seed 003's shape, the charts as PNG images, verbatims as quoted paragraphs.
 * Document dates are fixed and zip entries undated, so the same input gives the same bytes.
 */
public final class DocxReportWriter {

    private static final String FONT = "DejaVu Sans";
    /** The title style's size, which {@link TitleLines} measures the cover's title with. */
    private static final int TITLE_POINTS = 26;
    private static final String HEADER_FILL = "E8EEF4";
    private static final double CONTENT_WIDTH_CM = 16;
    /** The height a figure and its caption fit in on a landscape page (21 cm less 2.5 cm margins, a caption and a note). */
    private static final double MAX_HEIGHT_CM = 14;
    /** ...and on a portrait page (29.7 cm less the margins, a heading, a sentence, a caption and a note). */
    private static final double MAX_PORTRAIT_HEIGHT_CM = 20;
    /** A4 in twentieths of a point, and 2.5 cm margins. */
    private static final long A4_SHORT = 11906;
    private static final long A4_LONG = 16838;
    private static final long MARGIN = 1417;
    /** Tables up to this many rows are kept on one page. */
    private static final int KEPT_TOGETHER_ROWS = 15;
    /** ...and up to this many lines of text, so that a kept table fits a landscape page under its heading. */
    private static final int KEPT_TOGETHER_LINES = 20;

    /** A Word template (.dotx or .docx) giving styles, page setup, headers and footers; null for the built-in look. */
    private final byte[] template;

    /** Style ids of the document being written, by the ids this writer uses (a French template says Titre1 for Heading1). */
    private final java.util.Map<String, String> styleIds = new java.util.HashMap<>();

    public DocxReportWriter() {
        this(null);
    }

    /** With {@code template}'s styles, page setup, headers and footers (its body is replaced by the report). */
    public DocxReportWriter(byte[] template) {
        this.template = template == null ? null : template.clone();
    }

    /**
     * Sections from which the document has a page of contents: a single theme's SWOT grid (two sections) had a page
     * listing two lines between its title page and its grid.
     */
    static final int CONTENTS_FROM = 4;

    public void write(Report given, OutputStream out) throws IOException {
        Report report = FrenchSpacing.of(given);
        Labels labels = new Labels(report.lang());
        try (InMemoryDocument<XWPFDocument> held = new InMemoryDocument<>(template == null ? new XWPFDocument() : DocxTemplate.open(template))) {
            XWPFDocument doc = held.document();
            styles(doc);
            // The document's language, for spelling and for screen readers (RGAA); a template keeps its own.
            if (template == null) {
                doc.getStyles().setSpellingLanguage(report.lang() == fr.enquete.report.Lang.FR ? "fr-FR" : "en-GB");
            }
            doc.getProperties().getCoreProperties().setCreated(report.documentDate());
            doc.getProperties().getCoreProperties().setModified(report.documentDate());
            doc.getProperties().getCoreProperties().setCreator("enquete");
            doc.getProperties().getCoreProperties().setTitle(report.title());

            XWPFParagraph title = doc.createParagraph();
            title.setStyle(id("Title"));
            title.setSpacingBefore(4000);
            // A template's title style is not known here: its title is left for Word to break.
            String[] lines = (template == null ? TitleLines.of(report.title(), fr.enquete.report.chart.Fonts.bold(TITLE_POINTS),
                    WordTableLayout.PORTRAIT_CONTENT) : report.title()).split("\n");
            XWPFRun titleRun = title.createRun();
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    titleRun.addBreak();
                }
                titleRun.setText(lines[i]);
            }
            if (!report.author().isBlank()) {
                XWPFParagraph author = doc.createParagraph();
                author.setStyle(id("Subtitle"));
                author.createRun().setText(report.author());
            }
            XWPFParagraph sub = doc.createParagraph();
            sub.setStyle(id("Subtitle"));
            sub.createRun().setText(report.subtitle());
            sub.createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);

            if (report.sections().size() >= CONTENTS_FROM) {
                XWPFParagraph contents = doc.createParagraph();
                contents.setStyle(id("TOCHeading"));
                contents.createRun().setText(labels.get("contents"));
                contents(doc, report);
            }

            boolean landscape = false;
            boolean[] wides = orientations(report.sections());
            for (int si = 0; si < report.sections().size(); si++) {
                Report.Section s = report.sections().get(si);
                boolean wide = wides[si];
                boolean newPage = si == 0;
                if (wide != landscape) {
                    // A section's page setup is carried by its last paragraph: this one ends the pages before.
                    sectionBreak(doc, landscape);
                    landscape = wide;
                    newPage = true;
                }
                // A part (a study's chapter, a report's group of questions) starts a page, as published reports do:
                // "5. Fiches action" and its line were left at a page's foot, its first table on the next.
                boolean breakBefore = s.isPart() && !newPage;
                if (breakBefore) {
                    // What ends the page before is no empty paragraph of body height: one that spilled over a full page
                    // made a blank page before the break (the report's page 19).
                    flattenTrailing(doc);
                }
                section(doc, s, labels, breakBefore, landscape);
            }
            // Word and LibreOffice end a document with a paragraph: after a table, a hairline one.
            flattenTrailing(doc);
            CTBody body = doc.getDocument().getBody();
            if (template == null || !body.isSetSectPr()) {
                page(body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr(), landscape);
            } else if (landscape) {
                sectionBreak(doc, true);
            }
            if (template == null) {
                pageNumbers(doc);
            }
            StableZip.write(doc, out);
        }
    }

    /**
     * Per section, whether its pages are landscape: those with a wide table, and a short section of text and small
     * tables (a part's or a chapter's heading and introduction, a portrait's three key figures) before a landscape
     * one, so that it is not left alone on a page: the key figures sat at the top of an otherwise blank portrait page.
     * A part's heading and introduction go with its first section, landscape or not; a short subsection that ends a
     * chapter after a landscape one (the study's "Contrôles de cohérence", one line) stays on its page, since the next
     * chapter starts a page anyway: it took a portrait page of its own.
     */
    private static boolean[] orientations(List<Report.Section> sections) {
        int n = sections.size();
        boolean[] tables = new boolean[n];
        for (int i = 0; i < n; i++) {
            tables[i] = sections.get(i).blocks().stream().anyMatch(b -> b instanceof Report.Table t && WordTableLayout.of(t.table()).landscape());
        }
        boolean[] wide = tables.clone();
        for (int i = n - 2; i >= 0; i--) {
            Report.Section s = sections.get(i);
            wide[i] |= isShort(s) && (tables[i + 1] || wide[i + 1] && s.isPart() && !sections.get(i + 1).isPart());
        }
        for (int i = 1; i < n; i++) {
            Report.Section s = sections.get(i);
            boolean endsChapter = i + 1 == n || sections.get(i + 1).level() == 1;
            wide[i] |= tables[i - 1] && s.level() > 1 && s.level() >= sections.get(i - 1).level() && isShort(s) && endsChapter;
        }
        return wide;
    }

    /** Rows of the small tables a short section may hold: it then takes a third of a landscape page at most. */
    private static final int SHORT_TABLE_ROWS = 8;

    /** A study's numbered captions ("Tableau 1 – Chiffres clés") count as the text they are. */
    private static boolean isShort(Report.Section s) {
        return s.blocks().stream().allMatch(b -> b instanceof Report.Paragraph || b instanceof Report.Subheading || b instanceof Report.Caption
                || b instanceof Report.Table t && t.table().rows().size() <= SHORT_TABLE_ROWS)
                && s.blocks().stream().filter(b -> b instanceof Report.Table).count() <= 1;
    }

    /**
     * A table-of-contents field whose current result already lists the sections, so the contents show in any
     * reader; Word, asked by the dirty flag, recomputes it with page numbers on opening.
     */
    private void contents(XWPFDocument doc, Report report) {
        List<Report.Section> sections = report.sections();
        XWPFParagraph last = fieldLines(doc, " TOC \\o \"1-3\" \\h \\z \\u ",
                sections.stream().map(s -> "TOC" + Math.min(3, s.level())).toList(), sections.stream().map(Report.Section::title).toList());
        if (last != null) {
            last.createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
        }
    }

    /**
     * Lines, each a paragraph of its style, inside one field (a table of contents or of figures) marked dirty so that
     * Word computes it again, page numbers included, when it updates the document's fields; other readers show the
     * lines. The last paragraph, or null without lines.
     */
    private XWPFParagraph fieldLines(XWPFDocument doc, String instruction, List<String> styles, List<String> lines) {
        XWPFParagraph p = null;
        for (int i = 0; i < lines.size(); i++) {
            p = doc.createParagraph();
            p.setStyle(id(styles.get(i)));
            if (i == 0) {
                fieldStart(p, instruction, true);
            }
            p.createRun().setText(lines.get(i));
            if (i == lines.size() - 1) {
                fieldEnd(p);
            }
        }
        return p;
    }

    /** A field's start: its instruction, then the separator after which its current result is written. */
    private static void fieldStart(XWPFParagraph p, String instruction, boolean dirty) {
        CTFldChar begin = p.getCTP().addNewR().addNewFldChar();
        begin.setFldCharType(STFldCharType.BEGIN);
        if (dirty) {
            begin.setDirty(Boolean.TRUE);
        }
        CTText instr = p.getCTP().addNewR().addNewInstrText();
        instr.setStringValue(instruction);
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    private static void fieldEnd(XWPFParagraph p) {
        p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /**
     * The page's number centred in every page's footer but the title page's (a template brings its own footers): a
     * printed report of thirty pages had none. Every section refers to the footer, since the landscape sections'
     * setups are carried by paragraphs and Word would leave a section before the body's last without it.
     */
    private static void pageNumbers(XWPFDocument doc) {
        org.apache.poi.xwpf.usermodel.XWPFFooter footer = doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR run = field.addNewR();
        CTRPr rpr = run.addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(18));
        rpr.addNewColor().setVal("5A5A5A");
        run.addNewT().setStringValue("1");
        String id = doc.getRelationId(footer);
        List<CTSectPr> sections = new java.util.ArrayList<>();
        for (XWPFParagraph q : doc.getParagraphs()) {
            if (q.getCTP().isSetPPr() && q.getCTP().getPPr().isSetSectPr()) {
                sections.add(q.getCTP().getPPr().getSectPr());
            }
        }
        for (CTSectPr sect : sections) {
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef ref = sect.addNewFooterReference();
            ref.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr.DEFAULT);
            ref.setId(id);
        }
        sections.add(doc.getDocument().getBody().getSectPr());
        // The title page has no number.
        sections.get(0).addNewTitlePg();
    }

    /** Ends the current section of pages (portrait or landscape) with an empty paragraph that carries its setup. */
    private static void sectionBreak(XWPFDocument doc, boolean landscape) {
        flattenTrailing(doc);
        XWPFParagraph p = hairline(doc);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        page(ppr.addNewSectPr(), landscape);
    }

    /**
     * An empty paragraph one point high: after a table that fills its page, a paragraph of body text height went to a
     * page of its own, blank but for its number (the SWOT report's action plan, a section break after a landscape
     * table).
     */
    private static XWPFParagraph hairline(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        flatten(p);
        return p;
    }

    private static void flatten(XWPFParagraph p) {
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        (ppr.isSetRPr() ? ppr.getRPr() : ppr.addNewRPr()).addNewSz().setVal(BigInteger.valueOf(2));
    }

    /** The empty paragraph after a table ({@link #table}) made a hairline when nothing follows it in its section. */
    private static void flattenTrailing(XWPFDocument doc) {
        List<org.apache.poi.xwpf.usermodel.IBodyElement> elements = doc.getBodyElements();
        if (!elements.isEmpty() && elements.get(elements.size() - 1) instanceof XWPFParagraph p && p.getRuns().isEmpty()
                && !(p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())) {
            flatten(p);
        }
    }

    /** A4, 2.5 cm margins (the 16 cm of text width tables are laid out for; 24.7 cm in landscape). */
    private static void page(CTSectPr sect, boolean landscape) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(708));
        margins.setFooter(BigInteger.valueOf(708));
        margins.setGutter(BigInteger.ZERO);
    }

    private void section(XWPFDocument doc, Report.Section s, Labels labels, boolean newPage, boolean landscape) throws IOException {
        XWPFParagraph h = doc.createParagraph();
        h.setStyle(id("Heading" + s.level()));
        if (newPage) {
            h.setPageBreak(true);
        }
        h.createRun().setText(s.title());
        if (!s.meta().isEmpty()) {
            note(doc, s.meta()).setKeepNext(true);
        }
        List<Report.Block> blocks = s.blocks();
        String subheading = "";
        for (int i = 0; i < blocks.size(); i++) {
            Report.Block b = blocks.get(i);
            Report.Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (b instanceof Report.Subheading sh) {
                subheading = sh.text();
                XWPFParagraph p = doc.createParagraph();
                p.setStyle(id("Heading" + (s.level() + 1)));
                p.createRun().setText(sh.text());
            } else if (b instanceof Report.Paragraph p) {
                if (p.note()) {
                    // A note stays with the table above it (the table keeps with it); one that follows no table stays
                    // with what comes below it (a chart, a term table, the verbatims: "9 réponses sur 68" was left at
                    // the foot of a page under its heading). Chaining table, note and chart made chains too long for a
                    // page, which renderers then broke between the table and its note.
                    Report.Block previous = i > 0 ? blocks.get(i - 1) : null;
                    note(doc, p.text()).setKeepNext(next != null && !(previous instanceof Report.Table));
                } else {
                    XWPFParagraph para = doc.createParagraph();
                    spans(para, p.spans());
                    // A part's introduction stays with its first question: "2. Activités actuelles et partenariats" and
                    // its line of introduction ended a page, the question on the next. Text that leads into a numbered
                    // caption stays with it: the study's "Annexe – Méthodologie" and its introduction ended a page, its
                    // table of sources on the next.
                    if (next == null && s.isPart() || next instanceof Report.Caption) {
                        // POI's setKeepNext needs the paragraph's properties to exist.
                        if (!para.getCTP().isSetPPr()) {
                            para.getCTP().addNewPPr();
                        }
                        para.setKeepNext(true);
                    }
                }
            } else if (b instanceof Report.Table t) {
                // A crossing wider than a landscape page goes in parts, each with its row labels and margin.
                List<ResultTable> parts = t.crossed() ? crossedParts(t.table()) : List.of(t.table());
                for (int k = 0; k < parts.size(); k++) {
                    boolean last = k == parts.size() - 1;
                    if (k > 0) {
                        XWPFParagraph p = doc.createParagraph();
                        p.setStyle(id("Caption"));
                        p.setKeepNext(true);
                        p.createRun().setText(CrossedColumns.continued(labels, subheading));
                    }
                    // A short table stays with the note or the chart that comes after it. The parts of a crossing are
                    // not kept whole: each short part, chained from its caption to its last row, went to the next page
                    // whenever it did not fit whole, leaving a third of a page blank after each part.
                    table(doc, parts.get(k), last && (next instanceof Report.Figure || next instanceof Report.Paragraph n && n.note()),
                            last && next instanceof Report.Paragraph n && n.note(), parts.size() == 1);
                }
            } else if (b instanceof Report.Figure f) {
                figure(doc, f, landscape);
            } else if (b instanceof Report.CaptionList l) {
                captionList(doc, l);
            } else if (b instanceof Report.Caption c) {
                caption(doc, c);
            } else if (b instanceof Report.Swot sw) {
                swot(doc, sw.grid(), sw.credit(), labels);
            } else if (b instanceof Report.Quotes q) {
                for (int k = 0; k < q.items().size(); k++) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle(id("Quote"));
                    // A quote is read whole: two lines at the foot of a page and two at the top of the next split
                    // "La société évolue…" in the study.
                    (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepLines();
                    lines(p.createRun(), q.quoted(k));
                }
            }
        }
    }

    /**
     * A crossing cut into as few tables as have their longest words fit a landscape page, each with the row labels first
     * and the margin last: whole, dpt x partenaires's 18 columns were squeezed until their headers broke inside words
     * ("CC/AS", "Mis/sion") and its figures wrapped.
     */
    private static List<ResultTable> crossedParts(ResultTable t) {
        for (int inner = t.header().size() - 2; inner > 1; inner--) {
            List<ResultTable> parts = CrossedColumns.parts(t, inner);
            if (parts.stream().allMatch(p -> WordTableLayout.fits(p, WordTableLayout.LANDSCAPE_CONTENT))) {
                return parts;
            }
        }
        return CrossedColumns.parts(t, 1);
    }

    /** The grid as a 2 x 2 table: forces | faiblesses over opportunités | menaces. */
    private void swot(XWPFDocument doc, SwotGrid grid, fr.enquete.report.QuoteAttribution credit, Labels labels) {
        XWPFTable table = doc.createTable(2, 2);
        table.setWidth("100%");
        border(table);
        WordColors.border(table, XWPFTable.XWPFBorderType.SINGLE, 4, "808080", WordColors.Edge.INSIDE_V, WordColors.Edge.LEFT,
                WordColors.Edge.RIGHT);
        Quadrant[] order = grid.shown().toArray(new Quadrant[0]);
        for (int r = 0; r < 2; r++) {
            // A row that fits on a page is not split: LibreOffice left a theme's heading and the row's quadrant names
            // alone at the foot of a page, the items on the next. A taller row must split (Word would cut it off).
            table.getRow(r).setCantSplitRow(rowPoints(grid, order, r, credit, labels) <= ROW_POINTS);
        }
        // A grid that fits on a page is read whole: its first row keeps with the second (the heading keeps with the
        // grid), where the forces and faiblesses of "Logement" ended a page and its opportunités and menaces began the next.
        boolean whole = rowPoints(grid, order, 0, credit, labels) + rowPoints(grid, order, 1, credit, labels) <= ROW_POINTS;
        for (int i = 0; i < 4; i++) {
            XWPFTableCell cell = table.getRow(i / 2).getCell(i % 2);
            cell.setWidth("2500");
            XWPFParagraph head = cell.getParagraphs().get(0);
            keepNext(head, whole && i < 2);
            XWPFRun h = head.createRun();
            h.setBold(true);
            h.setFontSize(11);
            h.setText(labels.get("swot." + order[i].code()));
            List<SwotGrid.Entry> entries = grid.entries(order[i]);
            if (entries.isEmpty()) {
                XWPFParagraph p = cell.addParagraph();
                keepNext(p, whole && i < 2);
                XWPFRun r = p.createRun();
                r.setItalic(true);
                r.setFontSize(9);
                r.setText(labels.get("swot.empty"));
            }
            for (SwotGrid.Entry e : entries) {
                XWPFParagraph p = cell.addParagraph();
                keepNext(p, whole && i < 2);
                p.setSpacingAfter(0);
                XWPFRun item = p.createRun();
                item.setFontSize(9);
                item.setBold(true);
                item.setText("• " + e.item());
                XWPFRun count = p.createRun();
                count.setFontSize(8);
                WordColors.color(count, "5A5A5A");
                count.setText(" (" + labels.count("swot.sources", e.sources().size())
                        + (grid.theme().isEmpty() ? ", " + e.theme() : "") + ")");
                for (SwotGrid.Quote q : e.quotes()) {
                    XWPFParagraph qp = cell.addParagraph();
                    keepNext(qp, whole && i < 2);
                    qp.setIndentationLeft(220);
                    qp.setSpacingAfter(0);
                    XWPFRun r = qp.createRun();
                    r.setFontSize(8);
                    r.setItalic(true);
                    r.setText(credit.quoted(q.text(), q.source()));
                }
            }
        }
        doc.createParagraph();
    }

    /** The taller of a grid's two cells in row {@code r}, in points ({@link #swotCellPoints}). */
    private static int rowPoints(SwotGrid grid, Quadrant[] order, int r, fr.enquete.report.QuoteAttribution credit, Labels labels) {
        return Math.max(swotCellPoints(grid, order[2 * r], credit, labels), swotCellPoints(grid, order[2 * r + 1], credit, labels));
    }

    /** Keeps a paragraph with the next one (in a table: its row with the next row), when {@code keep}. */
    private static void keepNext(XWPFParagraph p, boolean keep) {
        if (keep) {
            (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext();
        }
    }

    /** The tallest table row kept whole on a page: A4's 24,7 cm of text (700 points), less room for a heading. */
    private static final int ROW_POINTS = 620;

    /**
     * About how tall a quadrant's cell is, in points: its name (11 points), each item in 9-point type and each quote in
     * 8-point type, wrapped at about 0,55 em a character across a half-page cell of 7,6 cm.
     */
    private static int swotCellPoints(SwotGrid grid, Quadrant q, fr.enquete.report.QuoteAttribution credit, Labels labels) {
        int points = 18;
        List<SwotGrid.Entry> entries = grid.entries(q);
        if (entries.isEmpty()) {
            return points + 11;
        }
        for (SwotGrid.Entry e : entries) {
            int length = e.item().length() + 2 + labels.count("swot.sources", e.sources().size()).length() + 4 + (grid.theme().isEmpty() ? e.theme().length() + 2 : 0);
            points += 11 * wrapped(length, 215 / 5.0);
            for (SwotGrid.Quote quote : e.quotes()) {
                points += 10 * wrapped(quote.text().length() + 7 + credit.of(quote.source()).length(), 204 / 4.4);
            }
        }
        return points;
    }

    private static int wrapped(int characters, double perLine) {
        return Math.max(1, (int) Math.ceil(characters / perLine));
    }

    private XWPFParagraph note(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(id("Note"));
        p.createRun().setText(signsKept(text));
        return p;
    }

    /** A minus sign: a hyphen-minus after a space, a bracket or the start, and before a digit ("à -7,5 pts"). */
    private static final java.util.regex.Pattern SIGN = java.util.regex.Pattern.compile("(^|[\\s\u00A0\u202F(\\[«])-(?=\\d)");

    /** The spans as runs: bold, italic, code in a fixed-width font, links as Word hyperlinks (blue, underlined). */
    static void spans(XWPFParagraph p, List<Report.Span> spans) {
        for (Report.Span x : spans) {
            XWPFRun r = x.link() != null ? p.createHyperlinkRun(x.link()) : p.createRun();
            lines(r, signsKept(x.text()));
            if (x.strong()) {
                r.setBold(true);
            }
            if (x.emphasis()) {
                r.setItalic(true);
            }
            if (x.code()) {
                r.setFontFamily("DejaVu Sans Mono");
            }
            if (x.link() != null) {
                WordColors.color(r, "0563C1");
                r.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            }
        }
    }

    /**
     * Prose with its negative figures glued to their sign (U+2011, a hyphen no line breaks after): LibreOffice
     * broke "à -7,5 pts" after the sign, leaving "-" at a line's end and "7,5 pts" on the next. Ranges such as
     * 2015-2020 keep their hyphen.
     */
    static String signsKept(String text) {
        return SIGN.matcher(text).replaceAll("$1\u2011");
    }

    /** Keeps the answer's line breaks. */
    static void lines(XWPFRun run, String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /**
     * A table at the widths {@link WordTableLayout} gives (fixed, so renderers do not re-flow it). A short table is
     * kept on one page (each row kept with the next) when {@code keepShortWhole}, and with the note or chart that follows
     * it when {@code withNext}; any table keeps its last row with the note about it ({@code withNote}).
     */
    private static void table(XWPFDocument doc, ResultTable t, boolean withNext, boolean withNote, boolean keepShortWhole) {
        int cols = t.header().size();
        XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
        table.setTableAlignment(TableRowAlign.LEFT);
        border(table);
        WordTableLayout layout = WordTableLayout.of(t);
        FixedColumns.apply(table, layout.widths());
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < cols; c++) {
            cell(head.getCell(c), t.header().get(c), t.numeric(c), true, false);
            WordColors.shade(head.getCell(c), HEADER_FILL);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                // A total line in bold, as the header: greyed in italics, "Total" read as the no-answer line.
                cell(row.getCell(c), t.rows().get(r).get(c), t.numeric(c), t.total(r), t.missing().get(r));
            }
        }
        boolean small = keepShortWhole && t.rows().size() <= KEPT_TOGETHER_ROWS && lines(t, layout) <= KEPT_TOGETHER_LINES;
        for (int r = 0; r < table.getRows().size(); r++) {
            boolean last = r == table.getRows().size() - 1;
            // The header always stays with the first two rows, and the last row with the one before it: a long table
            // broke after its first row, which stood alone under its heading at a page's foot. A short table's rows
            // stay with each other ("Sans réponse" is not left alone on the next page); its last row with the note.
            boolean keep = r <= 1 || r == table.getRows().size() - 2 || (small && (!last || withNext)) || (last && withNote);
            if (keep) {
                for (XWPFTableCell cell : table.getRow(r).getTableCells()) {
                    cell.getParagraphs().forEach(p -> p.setKeepNext(true));
                }
            }
        }
        XWPFParagraph after = doc.createParagraph();
        after.setSpacingAfter(0);
        after.setKeepNext(small && withNext || withNote);
    }

    /**
     * About how many lines of 9-point text the table's rows take at their column widths: a table of few but tall rows
     * (an action plan) kept on one page would leave its heading and caption alone on the page before.
     */
    private static int lines(ResultTable t, WordTableLayout layout) {
        int total = 0;
        for (List<String> row : t.rows()) {
            int tallest = 1;
            for (int c = 0; c < row.size(); c++) {
                // About 5.5 points per character (words wrap early) of 9-point DejaVu Sans; widths are in twentieths of a point.
                int perLine = Math.max(1, (int) (layout.widths()[c] / 20 / 5.5));
                int n = 0;
                for (String line : row.get(c).split("\\R", -1)) {
                    n += Math.max(1, (line.length() + perLine - 1) / perLine);
                }
                tallest = Math.max(tallest, n);
            }
            total += tallest;
        }
        return total;
    }

    private static void border(XWPFTable table) {
        XWPFTable.XWPFBorderType line = XWPFTable.XWPFBorderType.SINGLE;
        WordColors.border(table, line, 4, "808080", WordColors.Edge.TOP, WordColors.Edge.BOTTOM);
        WordColors.border(table, line, 2, "C8C8C8", WordColors.Edge.INSIDE_H);
        WordColors.border(table, XWPFTable.XWPFBorderType.NONE, 0, "FFFFFF", WordColors.Edge.INSIDE_V, WordColors.Edge.LEFT,
                WordColors.Edge.RIGHT);
        table.setCellMargins(40, 100, 40, 100);
    }

    private static void cell(XWPFTableCell cell, String text, boolean numeric, boolean header, boolean missing) {
        // A list: one paragraph per item, its wrapped lines hanging under the text rather than under the bullet.
        List<String> items = numeric || header ? List.of(text) : bulleted(text);
        for (int i = 0; i < items.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setSpacingAfter(0);
            p.setAlignment(numeric ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            String item = items.get(i);
            if (items.size() > 1) {
                p.setIndentationLeft(170);
                p.setIndentationHanging(170);
            } else if (!numeric && !header && ResultTable.indentLevel(item) > 0) {
                // A "dont" line, indented under its total with spaces: as an indent, so that its wrapped lines stay
                // under it rather than falling back to the margin like a label of their own.
                p.setIndentationLeft(330 * ResultTable.indentLevel(item));
                item = item.stripLeading();
            }
            XWPFRun run = p.createRun();
            run.setFontSize(9);
            run.setBold(header);
            run.setItalic(missing);
            if (missing) {
                WordColors.color(run, "5A5A5A");
            }
            if (header) {
                unbrokenLines(run, item);
            } else {
                lines(run, item);
            }
        }
    }

    /** A hyphen inside a word: "Pas-de-Calais", "2020-2021". */
    private static final java.util.regex.Pattern INNER_HYPHEN = java.util.regex.Pattern.compile("(?<=[\\p{L}\\p{N}])-(?=[\\p{L}\\p{N}])");

    /**
     * A table heading's lines, each hyphen inside a word written as Word's no-break hyphen: "Écart Lens / Pas-" over
     * "de-Calais" split a place name, where {@link WordTableLayout} had made the column as wide as the whole compound
     * (it breaks only at spaces). Headings only: Word's search does not match a no-break hyphen with a typed one, and
     * a reader searches the body for "Pas-de-Calais".
     */
    static void unbrokenLines(XWPFRun run, String text) {
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR r = run.getCTR();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addNewBr();
            }
            String[] parts = INNER_HYPHEN.split(lines[i], -1);
            for (int k = 0; k < parts.length; k++) {
                if (k > 0) {
                    r.addNewNoBreakHyphen();
                }
                if (!parts[k].isEmpty()) {
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText t = r.addNewT();
                    t.setStringValue(parts[k]);
                    t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
                }
            }
        }
    }

    /**
     * A text cell of several lines (a fiche's objectives, its indicators) with a bullet before each, as HTML lists
     * them: without one, "Développer l'offre d'accueil du jeune enfant" ran into "Accompagner les familles…" when
     * a line wrapped. A line already marked ("–", "-", "•") keeps its mark. One line is the text as it is.
     */
    static List<String> bulleted(String text) {
        String[] lines = text.strip().split("\\R+");
        if (lines.length < 2) {
            return List.of(text);
        }
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            items.add(l.startsWith("–") || l.startsWith("-") || l.startsWith("•") ? l : "•\u00A0" + l);
        }
        return items;
    }

    private void figure(XWPFDocument doc, Report.Figure f, boolean landscape) throws IOException {
        Report.Chart c = f.chart();
        byte[] png = c.png();
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(!f.caption().isEmpty());
        // At its print size, 0.8 point a pixel, so that its smallest text prints at 8 points; a drawing that only
        // scales (a word cloud, a map) and is larger is fitted to the page's width and a landscape page's height.
        fr.enquete.report.chart.PrintSize size = c.print();
        double widthCm = size.width() * fr.enquete.report.chart.PrintSize.POINTS_PER_PIXEL / 72 * 2.54;
        double heightCm = widthCm * size.height() / size.width();
        if (widthCm > CONTENT_WIDTH_CM) {
            heightCm *= CONTENT_WIDTH_CM / widthCm;
            widthCm = CONTENT_WIDTH_CM;
        }
        double maxHeightCm = landscape ? MAX_HEIGHT_CM : MAX_PORTRAIT_HEIGHT_CM;
        if (heightCm > maxHeightCm) {
            // A tall chart (a long list of choices) would leave its caption alone on the page before.
            widthCm *= maxHeightCm / heightCm;
            heightCm = maxHeightCm;
        }
        try {
            XWPFRun run = p.createRun();
            run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, c.name() + ".png",
                    Units.toEMU(widthCm / 2.54 * 72), Units.toEMU(heightCm / 2.54 * 72));
            // The chart's title as its alternative text, for screen readers (it was the file's name, "q2-bars.png").
            run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1).getInlineArray(0).getDocPr().setDescr(c.title());
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("POI refused a PNG it was given", e);
        }
        if (!f.caption().isEmpty()) {
            note(doc, f.caption());
        }
    }

    /** Title, subtitle, headings 1-2 (with outline levels, which the contents field reads), note and quote. */
    private void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        if (template == null) {
            styles.setDefaultFonts(fonts());
        }
        style(styles, "Normal", "Normal", null, 10, false, "1B1B1B", -1, 0);
        style(styles, "Title", "Title", "Normal", TITLE_POINTS, true, "0072B2", -1, 0);
        style(styles, "Subtitle", "Subtitle", "Normal", 13, false, "5A5A5A", -1, 0);
        style(styles, "TOCHeading", "TOC Heading", "Normal", 16, true, "1B1B1B", -1, 0);
        style(styles, "Heading1", "heading 1", "Normal", 14, true, "0072B2", 0, 0);
        style(styles, "Heading2", "heading 2", "Normal", 11.5, true, "1B1B1B", 1, 0);
        style(styles, "Heading3", "heading 3", "Normal", 10.5, true, "1B1B1B", 2, 0);
        style(styles, "Heading4", "heading 4", "Normal", 10, true, "1B1B1B", 3, 0);
        style(styles, "TOC1", "toc 1", "Normal", 9.5, false, "1B1B1B", -1, 0);
        style(styles, "TOC2", "toc 2", "Normal", 9, false, "1B1B1B", -1, 360);
        style(styles, "TOC3", "toc 3", "Normal", 9, false, "1B1B1B", -1, 720);
        style(styles, "TableofFigures", "table of figures", "Normal", 9.5, false, "1B1B1B", -1, 0);
        style(styles, "Note", "Note", "Normal", 8.5, false, "5A5A5A", -1, 0);
        style(styles, "Quote", "Quote", "Normal", 9.5, false, "1B1B1B", -1, 360);
        style(styles, "Caption", "caption", "Normal", 9.5, true, "1B1B1B", -1, 0);
    }

    /** The id of the document's style for the one this writer calls {@code ours}. */
    private String id(String ours) {
        return styleIds.getOrDefault(ours, ours);
    }

    /**
     * A numbered caption: the kind's word, a SEQ field holding the number already (so it shows in any reader, and Word
     * renumbers and lists the captions itself), the text. Kept with the table or figure below it.
     */
    private void caption(XWPFDocument doc, Report.Caption c) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(id("Caption"));
        p.setKeepNext(true);
        p.createRun().setText(c.kind() + " ");
        fieldStart(p, " SEQ " + c.kind() + " \\* ARABIC ", false);
        p.createRun().setText(String.valueOf(c.number()));
        fieldEnd(p);
        if (!c.text().isBlank()) {
            p.createRun().setText(" – " + c.text());
        }
    }

    /**
     * The captions of one kind as Word's table of figures: a TOC field on the captions' SEQ identifier, marked dirty so
     * that Word fills in the page numbers when it opens the document; other readers show the lines written here.
     */
    private void captionList(XWPFDocument doc, Report.CaptionList l) {
        fieldLines(doc, " TOC \\h \\z \\c \"" + l.kind() + "\" ", java.util.Collections.nCopies(l.captions().size(), "TableofFigures"),
                l.captions().stream().map(Report.Caption::line).toList());
    }

    private static CTFonts fonts() {
        CTFonts f = CTFonts.Factory.newInstance();
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        return f;
    }

    private void style(XWPFStyles styles, String id, String name, String basedOn, double size, boolean bold,
                              String colour, int outline, int indent) {
        if (template != null) {
            // The template's own style of that name wins: the team's house style, under its (localised) id.
            org.apache.poi.xwpf.usermodel.XWPFStyle own = styles.getStyleWithName(name);
            if (own == null) {
                own = styles.getStyleWithName(name.toLowerCase(java.util.Locale.ROOT));
            }
            if (own != null) {
                styleIds.put(id, own.getStyleId());
                return;
            }
        }
        styleIds.put(id, id);
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        ppr.addNewSpacing().setAfter(BigInteger.valueOf(outline >= 0 ? 120 : 80));
        if (outline >= 0) {
            ppr.getSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 360 : 200));
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            ppr.addNewKeepNext();
        }
        if (indent > 0) {
            ppr.addNewInd().setLeft(BigInteger.valueOf(indent));
        }
        CTRPr rpr = s.addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(Math.round(size * 2)));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(Math.round(size * 2)));
        if (bold) {
            rpr.addNewB();
        }
        rpr.addNewColor().setVal(colour);
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(s, styles));
    }
}
