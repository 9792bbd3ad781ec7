package fr.enquete.report.doc;

import fr.enquete.qual.Quadrant;
import fr.enquete.qual.SwotGrid;
import fr.enquete.report.Labels;
import fr.enquete.report.ResultTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook (Apache POI): a contents sheet linking to one sheet per section; in each,
 * the heading, its notes, the tables with numbers stored as numbers (counts as integers, percentages as
 * fractions with a percentage format, so 45,05 % is 0.4505 and sums work), the header row frozen, columns
 * sized to their text, the charts as images and the verbatims. Text is stored as text, never as a formula.
 */
public final class XlsxReportWriter {

    private static final int MAX_COLUMN_CHARS = 90;
    /**
     * Characters of prose on a line of the widest column: its width counts digits, and a sentence's letters and spaces
     * are narrower (the rendered SWOT sheet held about 150 on a line; 88 left a blank line under each quote).
     */
    private static final int PROSE_PER_LINE = 140;

    private Styles styles;

    /** The report's language, for reading its printed numbers ({@link SheetNumberFormat}). */
    private fr.enquete.report.Lang lang = fr.enquete.report.Lang.FR;

    /** One style per number format met in the workbook, top-aligned as the text beside it. */
    private final java.util.Map<String, CellStyle> numberStyles = new java.util.HashMap<>();
    /** The wrapped notes' style of the workbook being written ({@link #metaWrapped}). */
    private CellStyle metaWrapped;
    /** Each style's wrapping twin, made once per workbook (a crossing's headers and long row labels). */
    private final java.util.Map<CellStyle, CellStyle> wrappedStyles = new java.util.IdentityHashMap<>();
    /** Each style's bold twin, made once per workbook (a total line). */
    private final java.util.Map<CellStyle, CellStyle> boldStyles = new java.util.IdentityHashMap<>();

    private record Styles(CellStyle title, CellStyle meta, CellStyle header, CellStyle headerNumber, CellStyle text,
                          CellStyle textRight, CellStyle missingText, CellStyle missingTextRight, CellStyle integer, CellStyle decimal, CellStyle percent, CellStyle wrap,
                          CellStyle link, CellStyle subheading) {
    }

    /** Whether the workbook's shared strings are looked up by their text ({@link PlainStrings}) rather than POI's way. */
    private final boolean plainStrings;

    public XlsxReportWriter() {
        this(true);
    }

    /** With {@code plainStrings} false, POI's own shared strings table (to check that both give the same bytes). */
    XlsxReportWriter(boolean plainStrings) {
        this.plainStrings = plainStrings;
    }

    public void write(Report given, OutputStream out) throws IOException {
        Report report = FrenchSpacing.of(given);
        Labels labels = new Labels(report.lang());
        try (InMemoryDocument<XSSFWorkbook> held = new InMemoryDocument<>(plainStrings ? new XSSFWorkbook(new PlainStringsFactory()) : new XSSFWorkbook())) {
            XSSFWorkbook wb = held.document();
            wb.getProperties().getCoreProperties().setCreated(report.documentDate());
            wb.getProperties().getCoreProperties().setModified(report.documentDate());
            wb.getProperties().getCoreProperties().setCreator("enquete");
            wb.getProperties().getCoreProperties().setTitle(report.title());
            lang = report.lang();
            styles = styles(wb, lang);
            numberStyles.clear();
            indentStyles.clear();
            metaWrapped = null;
            wrappedStyles.clear();
            boldStyles.clear();
            XSSFSheet index = wb.createSheet(WorkbookUtil.createSafeSheetName(labels.get("contents")));
            Set<String> names = new HashSet<>();
            names.add(index.getSheetName().toLowerCase(java.util.Locale.ROOT));
            text(index, 0, 0, report.title(), styles.title());
            text(index, 1, 0, report.author().isBlank() ? report.subtitle() : report.author() + " · " + report.subtitle(), styles.meta());
            // The titles column as wide as the longest title (up to CONTENTS_WIDTH), known before any row is sized.
            int titles = Math.min(CONTENTS_WIDTH, Math.max(20, report.sections().stream().mapToInt(s -> s.title().length()).max().orElse(0)));
            int across = titles + SHEET_NAME_WIDTH;
            CellStyle metaAcross = wrapping(wb, styles.meta());
            // The title and its line span both columns, wrapped there, so that a print one page wide keeps them whole.
            for (int row = 0; row < 2; row++) {
                Cell cell = index.getRow(row).getCell(0);
                cell.setCellStyle(row == 0 ? wrapping(wb, cell.getCellStyle()) : metaAcross);
                index.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row, row, 0, 1));
                wrapped(cell, across, row == 0 ? 20f : 15f);
            }
            int r = 3;
            for (Report.Section s : report.sections()) {
                if (s.isPart()) {
                    // A part is a heading in the contents, not a sheet; its introduction goes under it, wrapped across
                    // both columns (a study's chapter text ran far past the printed page).
                    r++;
                    text(index, r++, 0, s.title(), styles.header());
                    for (Report.Block b : s.blocks()) {
                        if (b instanceof Report.Paragraph p) {
                            Cell intro = text(index, r, 0, p.text(), metaAcross);
                            index.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, 1));
                            wrapped(intro, across, 15f);
                            r++;
                        }
                    }
                    continue;
                }
                String name = sheetName(s, names);
                XSSFSheet sheet = wb.createSheet(name);
                section(wb, sheet, s, labels);
                Cell link = index.createRow(r).createCell(0);
                link.setCellValue(s.title());
                XSSFHyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress("'" + name.replace("'", "''") + "'!A1");
                link.setHyperlink(h);
                link.setCellStyle(styles.link());
                wrapped(link, titles, 15f);
                Cell key = index.getRow(r).createCell(1);
                key.setCellValue(name);
                key.setCellStyle(styles.meta());
                r++;
            }
            index.setColumnWidth(0, width(titles));
            index.setColumnWidth(1, width(SHEET_NAME_WIDTH));
            onePageWide(index);
            index.getPrintSetup().setLandscape(true);
            StableZip.write(wb, out);
        }
    }

    /**
     * The contents' title column at most, in characters: a question can be 150 characters long, and LibreOffice does not
     * wrap a link, so the column holds it and the landscape page is scaled to the columns; longer titles wrap in Excel.
     */
    private static final int CONTENTS_WIDTH = 160;
    /** Sheet names have 31 characters at most. */
    private static final int SHEET_NAME_WIDTH = 31;

    private final java.util.Map<List<Integer>, CellStyle> indentStyles = new java.util.HashMap<>();

    /** {@code style} indented by {@code levels} more (a "dont" line's), made once per style and level. */
    private CellStyle indented(Workbook wb, CellStyle style, int levels) {
        return indentStyles.computeIfAbsent(List.of((int) style.getIndex(), levels), k -> {
            CellStyle indented = wb.createCellStyle();
            indented.cloneStyleFrom(style);
            indented.setIndention((short) (style.getIndention() + levels));
            // Excel and LibreOffice apply an indent only to a cell aligned left, not to the general alignment.
            indented.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            return indented;
        });
    }

    /** Whether a cell's text is shown wrapped: several lines, or one longer than the widest column. */
    private static boolean wraps(String text) {
        return text.indexOf('\n') >= 0 || text.length() > MAX_COLUMN_CHARS - 2;
    }

    /**
     * A note longer than the sheet's columns are wide (a scale's summary of 280 characters) ran far past them in one
     * cell, and printing the sheet one page wide shrank it to a quarter: it wraps over those columns, merged, its row
     * as high as its lines. The columns are not widened for it (widening them turned a sheet of bars landscape, its
     * chart split over two pages).
     */
    private void wrapLongNotes(XSSFSheet sheet, java.util.Map<Integer, String> notes, int[] widths) {
        int span = 0;
        int chars = 0;
        while (span < widths.length && widths[span] > 0) {
            chars += widths[span];
            span++;
        }
        if (span == 0) {
            // No table gave the columns widths (a section of charts and notes): a quote's width of default columns,
            // not the first one alone, where a note wrapped every nine characters.
            span = (QUOTE_WIDTH + DEFAULT_WIDTH - 1) / DEFAULT_WIDTH;
            chars = span * DEFAULT_WIDTH;
        }
        for (java.util.Map.Entry<Integer, String> n : notes.entrySet()) {
            String text = n.getValue();
            if (text.length() <= chars) {
                continue;
            }
            Cell cell = sheet.getRow(n.getKey()).getCell(0);
            cell.setCellStyle(metaWrapped(sheet.getWorkbook()));
            if (span > 1) {
                sheet.addMergedRegionUnsafe(new org.apache.poi.ss.util.CellRangeAddress(n.getKey(), n.getKey(), 0, span - 1));
            }
            wrapped(cell, chars, 15f);
        }
    }

    /** The notes' style, wrapped: one for the workbook. */
    private CellStyle metaWrapped(Workbook wb) {
        if (metaWrapped == null) {
            metaWrapped = wrapping(wb, styles.meta());
        }
        return metaWrapped;
    }

    /** A wrapped copy of {@code style}, top-aligned. */
    private static CellStyle wrapping(Workbook wb, CellStyle style) {
        CellStyle wrapped = wb.createCellStyle();
        wrapped.cloneStyleFrom(style);
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        return wrapped;
    }

    /**
     * A wrapped cell's row as high as its lines, since neither POI nor Excel sizes it when the file is opened; at most
     * 400 points, as the writer's other rows (Excel's rows stop at 409).
     */
    private static void wrapped(Cell cell, int chars, float lineHeight) {
        int lines = Math.max(1, (int) Math.ceil(cell.getStringCellValue().length() / (double) chars));
        cell.getRow().setHeightInPoints(Math.min(400, Math.max(cell.getRow().getHeightInPoints(), lineHeight * lines)));
    }

    /** Columns, in characters, an A4 portrait page prints at full size; wider sheets are printed in landscape. */
    private static final int PORTRAIT_CHARS = 95;

    /**
     * Printed one page wide: a chart wider than the portrait page is not cut in two, nor the contents' long titles
     * from their sheet names (which LibreOffice printed on a second page). A sheet wider than a portrait page (the
     * SWOT grid's quotes, a free-text question's verbatims beside its terms) is printed in landscape, where one page
     * wide shrinks it less: in portrait its text came out too small to read.
     */
    private static void onePageWide(XSSFSheet sheet, int[] widths) {
        if (java.util.Arrays.stream(widths).sum() > PORTRAIT_CHARS) {
            sheet.getPrintSetup().setLandscape(true);
        }
        onePageWide(sheet);
    }

    /** Characters of a row of a landscape page at 100 % (A4, the default margins), about. */
    static final int LANDSCAPE_CHARS = 130;
    /** The smallest scale a crossing is printed at: 75 %, 8 points of an 11-point font. */
    static final double CROSSING_SCALE = 0.75;

    /**
     * A crossing's sheet printed in landscape, as many pages wide as it takes to stay at {@link #CROSSING_SCALE} or
     * more, each page with the tables' header row and the row labels: fitted to one page, 16 options of a multiple
     * choice came out at a third of their size, unreadable.
     */
    private static void printCrossing(XSSFSheet sheet, Report.Section s, int[] widths, int header, int rows) {
        sheet.getPrintSetup().setLandscape(true);
        // The title and base line in every page's header rather than in cells: long, they ran from the first page onto
        // the second, where the repeated label column cut them ("Tableau croisé : L" then "oppé des partenariats…").
        int first = s.meta().isEmpty() ? 1 : 2;
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, widths.length - 1, first, Math.max(first, rows - 1));
        String top = s.meta().isEmpty() ? s.title() : s.title() + "\n" + s.meta();
        // A page header holds 255 characters, its codes included ("&&" prints "&").
        String escaped = top.replace("&", "&&");
        sheet.getHeader().setLeft(escaped.length() > 250 ? escaped.substring(0, 249).replaceAll("&$", "") + "…" : escaped);
        int total = java.util.Arrays.stream(widths).map(w -> w > 0 ? w : DEFAULT_WIDTH).sum();
        double room = LANDSCAPE_CHARS / CROSSING_SCALE;
        int pages = total <= room ? 1 : (int) Math.ceil((total - widths[0]) / (room - widths[0]));
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) pages);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(header, header, -1, -1));
        sheet.setRepeatingColumns(new org.apache.poi.ss.util.CellRangeAddress(-1, -1, 0, 0));
    }

    private static void onePageWide(XSSFSheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /**
     * POI's shared strings table, which finds a string already added by the XML text of its rich-text element (an XML
     * serialisation per cell: an eighth of the workbook's time), finding a plain string (no runs, no phonetic parts) by
     * its text instead. The element of a plain string is a function of its text alone (POI sets the text and, from it,
     * whether white space is preserved), so two plain strings have the same XML exactly when they have the same text:
     * the same entries, counts and bytes. Keys of plain strings start with a character no XML text starts with.
     */
    static final class PlainStrings extends org.apache.poi.xssf.model.SharedStringsTable {
        @Override
        protected String xmlText(org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst st) {
            if (st.isSetT() && st.sizeOfRArray() == 0 && st.sizeOfRPhArray() == 0 && !st.isSetPhoneticPr()) {
                return "\u0000" + st.getT();
            }
            return super.xmlText(st);
        }
    }

    /** POI's factory of workbook parts, the shared strings table being a {@link PlainStrings}. */
    private static final class PlainStringsFactory extends org.apache.poi.xssf.usermodel.XSSFFactory {
        @Override
        public org.apache.poi.ooxml.POIXMLDocumentPart newDocumentPart(org.apache.poi.ooxml.POIXMLRelation descriptor) {
            return descriptor == org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS ? new PlainStrings()
                    : super.newDocumentPart(descriptor);
        }
    }

    /** Excel's longest sheet name. */
    private static final int SHEET_NAME = 31;

    /**
     * A title as a sheet name: a colon as a dash (Excel forbids it; POI's replacement left "Tableau croisé   Territoire"),
     * the other forbidden characters as spaces, runs of spaces as one, and a title too long cut between words with an
     * ellipsis ("Tableau croisé - Territoire × Ê" stopped inside a word).
     */
    static String sheetTitle(String title) {
        String name = SPACES.matcher(FORBIDDEN.matcher(COLON.matcher(title).replaceAll(" - ")).replaceAll(" ")).replaceAll(" ").strip();
        if (name.length() > SHEET_NAME) {
            int cut = name.lastIndexOf(' ', SHEET_NAME - 1);
            name = TRAILING.matcher(cut > SHEET_NAME / 2 ? name.substring(0, cut) : name.substring(0, SHEET_NAME - 1)).replaceAll("") + "…";
        }
        return name;
    }

    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("-?\\d[\\d\u00A0\u202F ]*([.,]\\d+)?");
    private static final java.util.regex.Pattern COLON = java.util.regex.Pattern.compile("[\\s\u00A0\u202F]*:[\\s\u00A0\u202F]*");
    private static final java.util.regex.Pattern FORBIDDEN = java.util.regex.Pattern.compile("[\\\\/?*\\[\\]]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u00A0\u202F]+");
    private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("[\\s-]+$");

    /** A study's numbered section title ("3.1 Êtes-vous en QPV ?"). */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("\\d+(\\.\\d+)+ ");

    /**
     * The question id when it makes a valid, unused sheet name, else the anchor (q12). A study's numbered sections
     * are named by their title, as its other sheets are: its readers got tabs "qpv", "numdem" and a bare "Jeunesse"
     * between "2.3 Contrôles de cohérence" and "3.5 Tableau croisé".
     */
    private static String sheetName(Report.Section s, Set<String> used) {
        String base = s.key().isEmpty() || NUMBERED.matcher(s.title()).lookingAt() ? s.title() : s.key();
        String name = WorkbookUtil.createSafeSheetName(sheetTitle(base));
        if (used.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            name = WorkbookUtil.createSafeSheetName(s.anchor());
        }
        used.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }

    private void section(XSSFWorkbook wb, XSSFSheet sheet, Report.Section s, Labels labels) {
        // As many widths as the section's widest table has columns (an indicator comparison of 19 communes has 39).
        int columns = s.blocks().stream().mapToInt(b -> b instanceof Report.Table t ? t.table().header().size() : 0).max().orElse(0);
        int[] widths = new int[Math.max(16, columns)];
        // Answers' labels get room in the first column; a term table's first column is its rank, as wide as it needs.
        boolean labelled = s.blocks().stream().anyMatch(b -> b instanceof Report.Table t && !t.table().header().isEmpty()
                && t.table().kinds().get(0) == ResultTable.Kind.TEXT);
        // A crossing's sheet: compact columns, wrapped headers, its own print setup (printCrossing); its labels ("59")
        // need no 30 characters.
        boolean crossed = s.blocks().stream().anyMatch(b -> b instanceof Report.Table t && t.crossed());
        widths[0] = labelled && !crossed ? 30 : 0;
        if (crossed) {
            // Its subheadings ("Pourcentages en colonne") within the label column, repeated on every printed page: it cut them.
            widths[0] = s.blocks().stream().mapToInt(b -> b instanceof Report.Subheading h ? h.text().length() + 1 : 0).max().orElse(0);
        }
        text(sheet, 0, 0, s.title(), styles.title());
        int r = 1;
        if (!s.meta().isEmpty()) {
            text(sheet, r++, 0, s.meta(), styles.meta());
        }
        r++;
        boolean frozen = false;
        int crossedHeader = -1;
        List<Placed> pictures = new java.util.ArrayList<>();
        java.util.Map<Integer, String> quotes = new java.util.LinkedHashMap<>();
        java.util.Map<Integer, String> notes = new java.util.LinkedHashMap<>();
        for (Report.Block b : s.blocks()) {
            if (b instanceof Report.Subheading h) {
                r++;
                text(sheet, r++, 0, h.text(), styles.subheading());
            } else if (b instanceof Report.Paragraph p) {
                // Whether a note is too long for the sheet's columns is known once they have their widths (below).
                text(sheet, r, 0, p.text(), styles.meta());
                notes.put(r++, p.text());
            } else if (b instanceof Report.Table t) {
                if (!frozen) {
                    // The first table's header stays visible while scrolling, and a crossing's row labels.
                    sheet.createFreezePane(crossed ? 1 : 0, r + 1);
                    frozen = true;
                }
                if (crossed && crossedHeader < 0) {
                    crossedHeader = r;
                }
                // A list (one column: a fiche's indicators) under a table of two columns or more spreads over the first
                // two: its long names made the first column as wide, squeezing the rubrics' text and the page's scale.
                int span = t.table().header().size() == 1 && columns > 1 ? 2 : 1;
                r = table(sheet, r, t.table(), widths, span, crossed) + 1;
            } else if (b instanceof Report.Figure f) {
                Report.Chart c = f.chart();
                byte[] png = c.png();
                int picture = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
                // Placed once the columns have their widths: a two-cell anchor must end where the image does.
                // At the PNG's print size (its proportions: a chart is laid out again for print).
                fr.enquete.report.chart.PrintSize size = c.print();
                int rows = (int) Math.ceil(size.height() / 20.0) + 1;
                pictures.add(new Placed(picture, r, size.width(), size.height(), c.name(), c.title()));
                r += rows + 1;
                if (!f.caption().isEmpty()) {
                    text(sheet, r++, 0, f.caption(), styles.meta());
                }
            } else if (b instanceof Report.Caption c) {
                r++;
                text(sheet, r++, 0, c.line(), styles.subheading());
            } else if (b instanceof Report.CaptionList l) {
                for (Report.Caption c : l.captions()) {
                    text(sheet, r++, 0, c.line(), styles.meta());
                }
            } else if (b instanceof Report.Swot sw) {
                // A flat table sorts and filters in Excel better than a 2 x 2 block.
                r = table(sheet, r, swotTable(sw.grid(), sw.credit(), labels), widths, 1, false) + 1;
            } else if (b instanceof Report.Quotes q) {
                for (String item : q.lines()) {
                    text(sheet, r, 0, item, styles.wrap());
                    quotes.put(r++, item);
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            if (widths[c] > 0) {
                sheet.setColumnWidth(c, width(widths[c]));
            }
        }
        spanQuotes(sheet, quotes, widths);
        wrapLongNotes(sheet, notes, widths);
        if (crossed) {
            printCrossing(sheet, s, java.util.Arrays.copyOf(widths, columns), crossedHeader, r);
        } else {
            onePageWide(sheet, widths);
        }
        if (!pictures.isEmpty()) {
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            for (Placed p : pictures) {
                XSSFClientAnchor anchor = anchor(sheet, p);
                anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
                // The chart's title as its alternative text, for screen readers (it was "Picture"), and its own name
                // (two pictures of a sheet were both "Picture 1").
                org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps props =
                        drawing.createPicture(anchor, p.picture()).getCTPicture().getNvPicPr().getCNvPr();
                props.setName(p.name());
                props.setDescr(p.title());
            }
        }
    }

    /** The width, in characters, a verbatim is given: about a hundred, as a printed page's line. */
    private static final int QUOTE_WIDTH = 100;

    /** A column's width when nothing sets it, in characters (a spreadsheet's default is 8,43). */
    private static final int DEFAULT_WIDTH = 9;

    /**
     * Each verbatim in a cell merged across the first columns, about {@link #QUOTE_WIDTH} characters wide, its row as
     * high as its wrapped lines. A first column a hundred characters wide, as before, pushed the term table of the
     * same sheet to the right: its rank stood at the far end of that column, against the term ("1 ARS").
     */
    private static void spanQuotes(XSSFSheet sheet, java.util.Map<Integer, String> quotes, int[] widths) {
        if (quotes.isEmpty()) {
            return;
        }
        int span = 0;
        int chars = 0;
        while (span < widths.length && chars < QUOTE_WIDTH) {
            chars += widths[span] > 0 ? widths[span] : DEFAULT_WIDTH;
            span++;
        }
        if (chars < QUOTE_WIDTH) {
            // Fewer columns than a line needs: the last one takes the rest.
            widths[span - 1] += QUOTE_WIDTH - chars;
            sheet.setColumnWidth(span - 1, width(widths[span - 1]));
            chars = QUOTE_WIDTH;
        }
        for (java.util.Map.Entry<Integer, String> q : quotes.entrySet()) {
            if (span > 1) {
                // One row each, never overlapping: POI's check of every region against all the others made a sheet of 2 000
                // verbatims quadratic (the 2 000 x 60 report took twice as long).
                sheet.addMergedRegionUnsafe(new org.apache.poi.ss.util.CellRangeAddress(q.getKey(), q.getKey(), 0, span - 1));
            }
            String item = q.getValue();
            int lines = 0;
            for (String line : item.split("\n", -1)) {
                lines += (int) Math.max(1, Math.ceil(line.length() / (double) chars));
            }
            sheet.getRow(q.getKey()).setHeightInPoints(Math.min(400, 15f * lines));
        }
        for (int c = 0; c < span; c++) {
            widths[c] = Math.max(widths[c], DEFAULT_WIDTH);
        }
    }

    /** A chart's image waiting for its anchor: its picture index, first row and size in pixels (the chart's print size). */
    private record Placed(int picture, int row, int width, int height, String name, String title) {
    }

    private static final int EMU_PER_PIXEL = org.apache.poi.util.Units.EMU_PER_PIXEL;

    /**
     * A two-cell anchor from column A of the picture's row to the cell where its right and bottom edges fall, with
     * the offsets inside that cell, so spreadsheet programs draw it at the chart's size. (POI's resize() computed a
     * zero-width anchor here: the image was invisible in Excel and LibreOffice.)
     */
    private static XSSFClientAnchor anchor(XSSFSheet sheet, Placed p) {
        int col = 0;
        double left = p.width();
        while (left > sheet.getColumnWidthInPixels(col)) {
            left -= sheet.getColumnWidthInPixels(col);
            col++;
        }
        int row = p.row();
        double top = p.height();
        while (top > rowPixels(sheet, row)) {
            top -= rowPixels(sheet, row);
            row++;
        }
        return new XSSFClientAnchor(0, 0, (int) Math.round(left * EMU_PER_PIXEL), (int) Math.round(top * EMU_PER_PIXEL),
                0, p.row(), col, row);
    }

    /** A row's height in pixels (96 per inch, 72 points per inch). */
    private static double rowPixels(XSSFSheet sheet, int r) {
        Row row = sheet.getRow(r);
        float points = row != null ? row.getHeightInPoints() : sheet.getDefaultRowHeightInPoints();
        return points * 96 / 72;
    }

    /**
     * Writes a table at row {@code r}; returns the next free row. Records the widest text per column. A one-column
     * table with {@code span} 2 has each row's cell merged over the first two columns, and leaves their widths to the
     * other tables.
     */
    /** A crossing's row labels column at most, in characters; longer labels wrap. */
    static final int CROSSING_LABEL_CHARS = 40;

    /**
     * A table from row {@code r}; {@code compact} for a crossing's, whose many columns are as wide as their longest word
     * or figure, their headers wrapped ("Service logement de la ville ou de l'EPCI / Communauté d'agglo" made a column
     * of 64 characters), its row labels wrapped past {@link #CROSSING_LABEL_CHARS}.
     */
    private int table(Sheet sheet, int r, ResultTable t, int[] widths, int span, boolean compact) {
        Row head = sheet.createRow(r);
        for (int c = 0; c < t.header().size(); c++) {
            Cell cell = head.createCell(c);
            String title = t.header().get(c);
            cell.setCellValue(title);
            CellStyle style = t.numeric(c) ? styles.headerNumber() : styles.header();
            cell.setCellStyle(compact ? wrapped(sheet.getWorkbook(), style) : style);
            if (span == 1) {
                int longestWord = java.util.Arrays.stream(title.split("\\s+")).mapToInt(String::length).max().orElse(0);
                widths[c] = Math.max(widths[c], compact ? Math.min(CROSSING_LABEL_CHARS, c == 0 ? title.length() : longestWord) + 2
                        : title.length() + 2);
            }
        }
        spread(sheet, head, span, styles.header());
        r++;
        for (int i = 0; i < t.rows().size(); i++) {
            Row row = sheet.createRow(r++);
            List<String> texts = t.rows().get(i);
            for (int c = 0; c < texts.size(); c++) {
                Cell cell = row.createCell(c);
                double v = t.values().get(i).get(c);
                ResultTable.Kind kind = t.kinds().get(c);
                // A bare number in a column of words ("12" among "5 (prévu : 6)", 2020 among "2020-2021") is a number a
                // spreadsheet can sum or sort.
                boolean bare = kind == ResultTable.Kind.TEXT && !Double.isNaN(v) && BARE_NUMBER.matcher(texts.get(c)).matches();
                // Units differ from row to row in indicator tables: each cell shows its value as the report prints it
                // (a year without a thousands separator).
                java.util.Optional<SheetNumberFormat> printed = (kind == ResultTable.Kind.DECIMAL || bare) && !Double.isNaN(v)
                        ? SheetNumberFormat.of(texts.get(c), lang) : java.util.Optional.empty();
                if (Double.isNaN(v) || kind == ResultTable.Kind.TEXT && !bare) {
                    String text = texts.get(c);
                    // A "dont" line indented with spaces: the label alone and Excel's indent, so that a filter or a
                    // lookup finds "dont EAJE" (it held "   dont EAJE").
                    int indent = kind == ResultTable.Kind.TEXT && text.indexOf('\n') < 0 ? ResultTable.indentLevel(text) : 0;
                    cell.setCellValue(indent > 0 ? text.stripLeading() : text);
                    // A cell of several lines (an action's objectives) wraps, or its lines would run together; so does
                    // a line longer than the widest column (a single quote ran far past its column's edge).
                    boolean lines = wraps(text);
                    // In a column of numbers a dash or a worded gap ("+13,8 pts") is right-aligned as they are.
                    // The "no answer" row's "< 5" and "–" stand right as the rows' above them, its label indented as theirs.
                    CellStyle style = t.missing().get(i) ? (kind != ResultTable.Kind.TEXT ? styles.missingTextRight() : styles.missingText())
                            : lines ? styles.wrap() : kind != ResultTable.Kind.TEXT ? styles.textRight() : styles.text();
                    if (compact && c == 0 && text.length() > CROSSING_LABEL_CHARS - 2) {
                        style = wrapped(sheet.getWorkbook(), style);
                    }
                    cell.setCellStyle(indent > 0 ? indented(sheet.getWorkbook(), style, indent) : style);
                } else if (kind == ResultTable.Kind.PERCENT) {
                    cell.setCellValue(v / 100);
                    cell.setCellStyle(styles.percent());
                } else if (printed.isPresent()) {
                    SheetNumberFormat f = printed.get();
                    cell.setCellValue(v * f.scale());
                    cell.setCellStyle(numberStyles.computeIfAbsent((bare ? "left " : "") + f.pattern(), k -> {
                        CellStyle style = sheet.getWorkbook().createCellStyle();
                        style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(f.pattern()));
                        style.setVerticalAlignment(VerticalAlignment.TOP);
                        if (bare) {
                            // In a column of words, where the words are: left, a character in (styles.text()).
                            style.setAlignment(HorizontalAlignment.LEFT);
                            style.setIndention((short) 1);
                        }
                        return style;
                    }));
                } else {
                    cell.setCellValue(v);
                    cell.setCellStyle(v == Math.rint(v) ? styles.integer() : styles.decimal());
                }
                int longest = texts.get(c).lines().mapToInt(String::length).max().orElse(0);
                if (span == 1) {
                    widths[c] = Math.max(widths[c], Math.min(compact && c == 0 ? CROSSING_LABEL_CHARS : MAX_COLUMN_CHARS, longest + 2));
                }
            }
            if (t.total(i)) {
                // A total line in bold: greyed in italics, "Total" read as the no-answer line.
                row.forEach(cell -> cell.setCellStyle(bold(sheet.getWorkbook(), cell.getCellStyle())));
            }
            spread(sheet, row, span, row.getCell(0).getCellStyle());
            // A row with a cell of several lines (a SWOT item's quotes) is as high as they are: left at the default
            // height, LibreOffice printed the second quote over the first.
            int lines = 1;
            for (String text : texts) {
                if (wraps(text)) {
                    lines = Math.max(lines, text.lines().mapToInt(l -> Math.max(1, (l.length() + PROSE_PER_LINE - 1) / PROSE_PER_LINE)).sum());
                }
            }
            if (compact) {
                lines = Math.max(lines, wrappedLines(texts.get(0), CROSSING_LABEL_CHARS - 2));
            }
            if (lines > 1) {
                row.setHeightInPoints(Math.min(400, 15f * lines));
            }
        }
        if (compact) {
            // The wrapped headers' row as high as the tallest, once the columns have their widths.
            int lines = 1;
            for (int c = 0; c < t.header().size(); c++) {
                lines = Math.max(lines, wrappedLines(t.header().get(c), widths[c] - 1));
            }
            head.setHeightInPoints(15f * lines);
        }
        return r;
    }

    /** The lines {@code text} takes wrapped between words in {@code chars} characters. */
    static int wrappedLines(String text, int chars) {
        int lines = 1;
        int line = 0;
        for (String word : text.strip().split("\\s+")) {
            if (line > 0 && line + 1 + word.length() > chars) {
                lines++;
                line = word.length();
            } else {
                line += (line > 0 ? 1 : 0) + word.length();
            }
        }
        return lines;
    }

    /** The style's twin in bold. */
    private CellStyle bold(Workbook wb, CellStyle style) {
        return boldStyles.computeIfAbsent(style, s -> {
            CellStyle b = wb.createCellStyle();
            b.cloneStyleFrom(s);
            b.setFont(wb.getFontAt(styles.header().getFontIndex()));
            return b;
        });
    }

    /** The style's twin that wraps its text. */
    private CellStyle wrapped(Workbook wb, CellStyle style) {
        return wrappedStyles.computeIfAbsent(style, s -> wrapping(wb, s));
    }

    /** Merges a one-column row's cell over {@code span} columns, the cells it covers styled alike (a header's band). */
    private static void spread(Sheet sheet, Row row, int span, CellStyle style) {
        if (span < 2) {
            return;
        }
        for (int c = 1; c < span; c++) {
            row.createCell(c).setCellStyle(style);
        }
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, span - 1));
    }

    private static ResultTable swotTable(SwotGrid grid, fr.enquete.report.QuoteAttribution credit, Labels labels) {
        ResultTable.Builder t = new ResultTable.Builder(List.of(labels.get("swot.quadrant"), labels.get("swot.item"),
                labels.get("swot.theme.column"), labels.get("swot.source"),
                labels.get("swot.segments"), labels.get("swot.quote")),
                List.of(ResultTable.Kind.TEXT, ResultTable.Kind.TEXT, ResultTable.Kind.TEXT, ResultTable.Kind.INTEGER,
                        ResultTable.Kind.INTEGER, ResultTable.Kind.TEXT));
        for (Quadrant q : grid.shown()) {
            for (SwotGrid.Entry e : grid.entries(q)) {
                String quotes = String.join("\n", e.quotes().stream().map(x -> credit.quoted(x.text(), x.source())).toList());
                t.row(List.of(ResultTable.Cell.text(labels.get("swot." + q.code())), ResultTable.Cell.text(e.item()),
                        ResultTable.Cell.text(e.theme()), new ResultTable.Cell(String.valueOf(e.sources().size()), e.sources().size()),
                        new ResultTable.Cell(String.valueOf(e.segments()), e.segments()), ResultTable.Cell.text(quotes)), Double.NaN, false);
            }
        }
        return t.build();
    }

    private static Cell text(Sheet sheet, int r, int c, String text, CellStyle style) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        Cell cell = row.createCell(c);
        // A string cell is never evaluated, even if the answer starts with '='.
        cell.setCellValue(text.length() > 32_767 ? text.substring(0, 32_767) : text);
        cell.setCellStyle(style);
        return cell;
    }

    /** Column width in POI units (1/256 of a character), from the widest text (no AWT measuring: deterministic). */
    private static int width(int chars) {
        return Math.min(255, Math.max(8, chars)) * 256;
    }

    private static Styles styles(XSSFWorkbook wb, fr.enquete.report.Lang lang) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font title = wb.createFont();
        title.setBold(true);
        title.setFontHeightInPoints((short) 13);
        title.setColor(org.apache.poi.ss.usermodel.IndexedColors.DARK_BLUE.getIndex());
        Font grey = wb.createFont();
        grey.setItalic(true);
        grey.setColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_50_PERCENT.getIndex());
        Font link = wb.createFont();
        link.setUnderline(Font.U_SINGLE);
        link.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
        short integer = wb.createDataFormat().getFormat("#,##0");
        short decimal = wb.createDataFormat().getFormat("#,##0.00");
        // French puts a no-break space before "%" (45,05 %), as the other formats print it; "0.00%" showed 45,05%.
        short percent = wb.createDataFormat().getFormat(SheetNumberFormat.percent("0.00", lang));

        CellStyle titleStyle = wb.createCellStyle();
        titleStyle.setFont(title);
        CellStyle meta = wb.createCellStyle();
        meta.setFont(grey);
        // Beside a wrapped title (the contents' sheet names) it stays on the title's first line.
        meta.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle headerNumber = wb.createCellStyle();
        headerNumber.cloneStyleFrom(header);
        headerNumber.setAlignment(HorizontalAlignment.RIGHT);
        // Text a character in from its cell's left edge, header included: a term stood against the rank on its left
        // ("1ARS") and a form against the percentage ("70,83 %ARS (17)").
        header.setIndention((short) 1);
        header.setAlignment(HorizontalAlignment.LEFT);
        CellStyle text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setIndention((short) 1);
        // The indent applies only to a cell aligned left (not to the general alignment): without it, a citation
        // ran into the count right-aligned beside it ("2« Avec les associations…").
        text.setAlignment(HorizontalAlignment.LEFT);
        CellStyle textRight = wb.createCellStyle();
        textRight.setVerticalAlignment(VerticalAlignment.TOP);
        textRight.setAlignment(HorizontalAlignment.RIGHT);
        // A table's subheading: bold, without the header's grey band, which covered its first cell only.
        CellStyle subheading = wb.createCellStyle();
        subheading.setFont(bold);
        subheading.setVerticalAlignment(VerticalAlignment.TOP);
        // Every cell of a table row at the top, numbers too: labels were at the top and numbers at the bottom of the
        // same row, so a row's figure looked level with the next row's label.
        CellStyle missingText = wb.createCellStyle();
        missingText.setFont(grey);
        missingText.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle missingTextRight = wb.createCellStyle();
        missingTextRight.cloneStyleFrom(missingText);
        missingTextRight.setAlignment(HorizontalAlignment.RIGHT);
        missingText.setAlignment(HorizontalAlignment.LEFT);
        missingText.setIndention((short) 1);
        CellStyle integerStyle = wb.createCellStyle();
        integerStyle.setDataFormat(integer);
        integerStyle.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle decimalStyle = wb.createCellStyle();
        decimalStyle.setDataFormat(decimal);
        decimalStyle.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle percentStyle = wb.createCellStyle();
        percentStyle.setDataFormat(percent);
        percentStyle.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        wrap.setIndention((short) 1);
        wrap.setAlignment(HorizontalAlignment.LEFT);
        CellStyle linkStyle = wb.createCellStyle();
        linkStyle.setFont(link);
        // Links are the contents' titles, wrapped in its column.
        linkStyle.setWrapText(true);
        linkStyle.setVerticalAlignment(VerticalAlignment.TOP);
        return new Styles(titleStyle, meta, header, headerNumber, text, textRight, missingText, missingTextRight, integerStyle, decimalStyle,
                percentStyle, wrap, linkStyle, subheading);
    }
}
