package fr.enquete.report.doc;

import fr.enquete.qual.ActionPlan;
import fr.enquete.qual.DiagnosisLinks;
import fr.enquete.qual.PlanField;
import fr.enquete.report.Labels;
import fr.enquete.report.Lang;
import fr.enquete.report.PlanHeadings;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * An action plan in Word as the CAF lays out its fiches action (seeds 001 and 002): a first page with the overview of
 * the fiches and the expected fields they lack, then one fiche per page: a title band (level, number, title) under
 * its axis and objective, a two-column table of its fields (the rubric, then its content, one paragraph per item),
 * and the table of its indicators (baseline, target, date). A4 portrait, fixed widths; rows may run over a page so a
 * long diagnostic is never cut.
 */
public final class FicheDocxWriter {

    private static final String FONT = "DejaVu Sans";
    private static final String BAND = "1F4E79";
    private static final String RUBRIC = "DCE6F1";
    private static final String HEAD = "BDD7EE";
    private static final long A4_SHORT = 11906;
    private static final long A4_LONG = 16838;
    private static final long MARGIN = 1134;
    /** The text width: A4 less two 2 cm margins, in twentieths of a point. */
    private static final long WIDTH = A4_SHORT - 2 * MARGIN;
    /** The most lines of a row kept from splitting over two pages: a third of a page's 9 pt lines. */
    private static final int ROW_LINES = 20;

    private final Lang lang;
    private final Labels labels;

    public FicheDocxWriter(Lang lang) {
        this.lang = lang;
        this.labels = new Labels(lang);
    }

    public void write(ActionPlan plan, OutputStream out) throws IOException {
        write(plan, new DiagnosisLinks(List.of()), out);
    }

    /** With the diagnosis items and the fiches answering each after the overview. */
    public void write(ActionPlan plan, DiagnosisLinks links, OutputStream out) throws IOException {
        PlanHeadings h = new PlanHeadings(plan, lang);
        try (InMemoryDocument<XWPFDocument> held = new InMemoryDocument<>(new XWPFDocument())) {
            XWPFDocument doc = held.document();
            doc.createStyles().setDefaultFonts(fonts());
            // The document's language, for spelling and for screen readers (RGAA).
            doc.getStyles().setSpellingLanguage(lang == Lang.FR ? "fr-FR" : "en-GB");
            // No date: reruns give the same bytes (a fixed date read "created 01/01/2000").
            doc.getProperties().getCoreProperties().setCreated(java.util.Optional.empty());
            doc.getProperties().getCoreProperties().setModified(java.util.Optional.empty());
            doc.getProperties().getCoreProperties().setCreator("enquete");
            doc.getProperties().getCoreProperties().setTitle(labels.get("plan.title"));
            text(doc.createParagraph(), labels.get("plan.title"), 20, true, BAND);
            text(doc.createParagraph(), MessageFormat.format(labels.get("plan.subtitle"), plan.axes().size(), plan.actions().size()), 11, false, "5A5A5A");
            overview(doc, plan, h);
            needs(doc, plan, h);
            if (!links.isEmpty()) {
                linkTable(doc, new PlanReportBuilder(lang).links(links, h));
            }
            if (!plan.gaps().isEmpty()) {
                text(doc.createParagraph(), labels.get("plan.gaps"), 12, true, BAND);
                text(doc.createParagraph(), new PlanReportBuilder(lang).gapsIntro(plan, h), 9, false, "5A5A5A");
                for (ActionPlan.Gap g : plan.gaps()) {
                    text(doc.createParagraph(), "– " + h.shortName(g.action()) + labels.get("colon") + h.field(g.field()), 9, false, null);
                }
            }
            for (ActionPlan.Axis axis : plan.axes()) {
                for (ActionPlan.Action a : axis.actions()) {
                    fiche(doc, h, a, h.axis(axis));
                }
                for (ActionPlan.Objective o : axis.objectives()) {
                    for (ActionPlan.Action a : o.actions()) {
                        fiche(doc, h, a, h.axis(axis) + "\n" + h.objective(o));
                    }
                }
            }
            CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.addNewPgSz();
            size.setW(BigInteger.valueOf(A4_SHORT));
            size.setH(BigInteger.valueOf(A4_LONG));
            CTPageMar m = sect.addNewPgMar();
            for (var set : List.<java.util.function.Consumer<BigInteger>>of(m::setTop, m::setBottom, m::setLeft, m::setRight)) {
                set.accept(BigInteger.valueOf(MARGIN));
            }
            m.setHeader(BigInteger.valueOf(567));
            m.setFooter(BigInteger.valueOf(567));
            m.setGutter(BigInteger.ZERO);
            StableZip.write(doc, out);
        }
    }

    private void overview(XWPFDocument doc, ActionPlan plan, PlanHeadings h) {
        // No "N°" column when no action has a number of its own (their titles may carry it): it would stay empty.
        boolean numbered = plan.actionsNumbered();
        List<List<String>> rows = new ArrayList<>();
        for (ActionPlan.Axis axis : plan.axes()) {
            rows.add(List.of(h.axis(axis)));
            for (ActionPlan.Action a : axis.allActions()) {
                List<String> cells = new ArrayList<>();
                if (numbered) {
                    cells.add(a.number());
                }
                cells.addAll(List.of(a.title(), String.join("\n", a.get(PlanField.PILOT)), String.join("\n", a.get(PlanField.CALENDAR))));
                rows.add(cells);
            }
        }
        long[] widths = numbered ? new long[] {900, WIDTH - 900 - 2600 - 1700, 2600, 1700} : new long[] {WIDTH - 2600 - 1700, 2600, 1700};
        int columns = widths.length;
        XWPFTable t = table(doc, rows.size() + 1, widths);
        List<String> head = new ArrayList<>();
        if (numbered) {
            head.add(labels.get("plan.number"));
        }
        head.addAll(List.of(h.actionWord(), h.field(PlanField.PILOT), h.field(PlanField.CALENDAR)));
        XWPFTableRow hr = t.getRow(0);
        hr.setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            fill(hr.getCell(c), HEAD);
            lines(hr.getCell(c), head.get(c), 9, true, null);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = rows.get(r);
            if (cells.size() == 1) {
                // An axis: one shaded cell across the table.
                XWPFTableCell first = row.getCell(0);
                first.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
                FixedColumns.width(first, WIDTH);
                for (int c = columns - 1; c >= 1; c--) {
                    row.removeCell(c);
                }
                fill(first, RUBRIC);
                lines(first, cells.get(0), 9, true, null);
                first.getParagraphs().forEach(p -> keepNext(p));
            } else {
                for (int c = 0; c < columns; c++) {
                    lines(row.getCell(c), cells.get(c), 9, false, null);
                }
            }
        }
        doc.createParagraph();
    }

    private void linkTable(XWPFDocument doc, fr.enquete.report.ResultTable links) {
        text(doc.createParagraph(), labels.get("plan.links"), 12, true, BAND);
        long[] widths = {1800, WIDTH - 1800 - 2600, 2600};
        XWPFTable t = table(doc, links.rows().size() + 1, widths);
        t.getRow(0).setRepeatHeader(true);
        for (int c = 0; c < 3; c++) {
            fill(t.getRow(0).getCell(c), HEAD);
            lines(t.getRow(0).getCell(c), links.header().get(c), 9, true, null);
        }
        for (int r = 0; r < links.rows().size(); r++) {
            XWPFTableRow row = t.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < 3; c++) {
                lines(row.getCell(c), links.rows().get(r).get(c), 9, false, null);
            }
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    /** What each voice said it needs, axis by axis (an ABS's plan), as a voice | need table under the axis. */
    private void needs(XWPFDocument doc, ActionPlan plan, PlanHeadings h) {
        if (plan.axes().stream().allMatch(a -> a.needs().isEmpty())) {
            return;
        }
        text(doc.createParagraph(), labels.get("plan.needs"), 12, true, BAND);
        for (ActionPlan.Axis axis : plan.axes()) {
            if (axis.needs().isEmpty()) {
                continue;
            }
            XWPFParagraph p = doc.createParagraph();
            keepNext(p);
            text(p, h.axis(axis), 10, true, null);
            XWPFTable t = table(doc, axis.needs().size(), new long[] {2400, WIDTH - 2400});
            int r = 0;
            for (var e : axis.needs().entrySet()) {
                XWPFTableRow row = t.getRow(r++);
                row.setCantSplitRow(true);
                fill(row.getCell(0), RUBRIC);
                lines(row.getCell(0), e.getKey(), 9, true, null);
                lines(row.getCell(1), e.getValue(), 9, false, null);
            }
            doc.createParagraph().setSpacingAfter(0);
        }
    }

    private void fiche(XWPFDocument doc, PlanHeadings h, ActionPlan.Action a, String context) {
        XWPFParagraph where = doc.createParagraph();
        where.setPageBreak(true);
        where.setSpacingAfter(60);
        XWPFRun w = where.createRun();
        w.setFontSize(9);
        WordColors.color(w, "5A5A5A");
        set(w, context);
        // The title band: one dark cell, the level and number above the title, in white.
        XWPFTable band = table(doc, 1, new long[] {WIDTH});
        XWPFTableCell cell = band.getRow(0).getCell(0);
        fill(cell, BAND);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingBefore(80);
        if (!a.number().isEmpty()) {
            XWPFRun n = p.createRun();
            n.setFontSize(10);
            WordColors.color(n, "FFFFFF");
            n.setText(h.shortName(a));
            n.addBreak();
        }
        XWPFRun title = p.createRun();
        title.setFontSize(14);
        title.setBold(true);
        WordColors.color(title, "FFFFFF");
        title.setText(a.title());
        p.setSpacingAfter(80);
        doc.createParagraph().setSpacingAfter(0);
        List<String[]> fields = new ArrayList<>();
        for (PlanField f : PlanHeadings.tableFields()) {
            if (a.has(f)) {
                fields.add(new String[] {h.field(f), String.join("\n", a.get(f))});
            }
        }
        a.extra().forEach((name, values) -> fields.add(new String[] {name, String.join("\n", values)}));
        if (!fields.isEmpty()) {
            XWPFTable t = table(doc, fields.size(), new long[] {3000, WIDTH - 3000});
            for (int r = 0; r < fields.size(); r++) {
                XWPFTableRow row = t.getRow(r);
                // A row that fits on a page moves whole to the next (its rubric stays beside its content); a longer one
                // runs over, never cut.
                row.setCantSplitRow(estimatedLines(fields.get(r)[1]) <= ROW_LINES);
                fill(row.getCell(0), RUBRIC);
                lines(row.getCell(0), fields.get(r)[0], 9, true, null);
                lines(row.getCell(1), fields.get(r)[1], 9, false, "– ");
            }
        }
        if (!a.indicators().isEmpty()) {
            XWPFParagraph ih = doc.createParagraph();
            ih.setSpacingBefore(200);
            keepNext(ih);
            XWPFRun ir = ih.createRun();
            ir.setBold(true);
            ir.setFontSize(10);
            WordColors.color(ir, BAND);
            ir.setText(h.field(PlanField.INDICATORS));
            long[] widths = {WIDTH - 3 * 1600, 1600, 1600, 1600};
            XWPFTable t = table(doc, a.indicators().size() + 1, widths);
            List<String> head = List.of(labels.get("plan.indicator"), labels.get("plan.baseline"), labels.get("plan.target"), labels.get("plan.date"));
            t.getRow(0).setRepeatHeader(true);
            for (int c = 0; c < 4; c++) {
                fill(t.getRow(0).getCell(c), HEAD);
                lines(t.getRow(0).getCell(c), head.get(c), 9, true, null);
                t.getRow(0).getCell(c).getParagraphs().forEach(x -> keepNext(x));
            }
            for (int r = 0; r < a.indicators().size(); r++) {
                ActionPlan.Indicator i = a.indicators().get(r);
                XWPFTableRow row = t.getRow(r + 1);
                row.setCantSplitRow(true);
                List<String> cells = List.of(i.name(), i.baseline(), i.target(), i.date());
                for (int c = 0; c < 4; c++) {
                    lines(row.getCell(c), cells.get(c), 9, false, null);
                }
            }
        }
    }

    /** Lines the content takes in the fiche's right column (about 80 characters of 9 pt text a line). */
    static int estimatedLines(String text) {
        int lines = 0;
        for (String l : text.split("\n", -1)) {
            lines += Math.max(1, (l.length() + 79) / 80);
        }
        return lines;
    }

    /** A fixed-layout table at these widths, thin grey borders, left-aligned. */
    private static XWPFTable table(XWPFDocument doc, int rows, long[] widths) {
        XWPFTable t = doc.createTable(rows, widths.length);
        t.setTableAlignment(TableRowAlign.LEFT);
        FixedColumns.apply(t, widths);
        XWPFTable.XWPFBorderType line = XWPFTable.XWPFBorderType.SINGLE;
        WordColors.border(t, line, 4, "808080", WordColors.Edge.values());
        t.setCellMargins(60, 100, 60, 100);
        return t;
    }

    private static void fill(XWPFTableCell cell, String colour) {
        WordColors.shade(cell, colour);
    }

    /** One paragraph per line of the text; with several, each starts with {@code bullet} when given. */
    private static void lines(XWPFTableCell cell, String text, int size, boolean bold, String bullet) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setSpacingAfter(lines.length > 1 && i < lines.length - 1 ? 60 : 0);
            XWPFRun r = p.createRun();
            r.setFontSize(size);
            r.setBold(bold);
            set(r, (bullet != null && lines.length > 1 ? bullet : "") + lines[i]);
        }
    }

    private static void text(XWPFParagraph p, String text, int size, boolean bold, String colour) {
        XWPFRun r = p.createRun();
        r.setFontSize(size);
        r.setBold(bold);
        if (colour != null) {
            WordColors.color(r, colour);
        }
        set(r, text);
    }

    /** Keeps the paragraph on the page of the next (POI needs the paragraph's properties to exist first). */
    private static void keepNext(XWPFParagraph p) {
        if (p.getCTP().getPPr() == null) {
            p.getCTP().addNewPPr();
        }
        p.setKeepNext(true);
    }

    /** Line breaks kept. */
    private static void set(XWPFRun run, String text) {
        DocxReportWriter.lines(run, text);
    }

    private static CTFonts fonts() {
        CTFonts f = CTFonts.Factory.newInstance();
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        return f;
    }
}
