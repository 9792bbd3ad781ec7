package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.QuestionType;
import fr.enquete.report.doc.HtmlReportWriter;
import fr.enquete.report.Lang;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import fr.enquete.text.SurveyTerms;
import fr.enquete.text.TermOptions;
import fr.enquete.text.TermTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word, Excel, Markdown and HTML reports of the fixture survey, opened again (POI for DOCX/XLSX) and
 * checked against seed 003's published figures and the questionnaire's structure.
 */
class DocumentsTest {

    private static SurveyResult result;
    private static Report report;
    /** The questions a report shows (identifiers are left out), in questionnaire order. */
    private static List<QuestionResult> shown;
    /** Charts expected from the question types: one per choice question, two per numeric, a cloud per text. */
    private static int charts;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() {
        result = Fixtures.analyse();
        Map<String, TermTable> terms = SurveyTerms.of(result, TermOptions.defaults(), 20);
        report = new ReportBuilder(Lang.FR).build(result, terms);
        shown = result.questions().stream().filter(q -> q.question().type() != QuestionType.ID).toList();
        for (QuestionResult q : shown) {
            switch (q.question().type()) {
                case SINGLE, MULTIPLE, SCALE -> charts++;
                case NUMERIC, YEAR -> charts += 2;
                case TEXT -> charts += clouded(terms.get(q.question().id())) ? 1 : 0;
                default -> { }
            }
        }
        // The fixture's spec: 13 single (three derived: territoire and the two years in decades) + 5 multiple + 3 scale,
        // 2 numeric + 2 year, 6 text questions, 5 with a cloud: numdomautre's 6 answers ("Transports", "Dossier retraite",
        // "Achats, abonnements", "Banque, assurance", "Santé" and a sentence) share no term, so a cloud would show nothing.
        assertEquals(21 + 8 + 5, charts);
    }

    /** Whether a text question's report draws a cloud: some term of its table is in two answers at least. */
    private static boolean clouded(TermTable t) {
        return t != null && !t.rows().isEmpty() && !t.allSeenOnce();
    }

    private interface Write {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] bytes(Write w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.to(out);
        return out.toByteArray();
    }

    @Test
    void wordDocumentHasHeadingsTablesAndChartsAndIsReproducible() throws IOException {
        byte[] docx = bytes(out -> new DocxReportWriter().write(report, out));
        assertArrayEquals(docx, bytes(out -> new DocxReportWriter().write(report, out)), "byte-identical reruns");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            // The questions' wordings, with French no-break spaces before "?" and ":" (a heading broke before its "?").
            assertEquals(shown.stream().map(q -> q.question().label()).toList(), headings.stream().map(h -> h.replace('\u00A0', ' ')).toList());
            assertTrue(headings.contains("Êtes-vous en QPV (quartier prioritaire de la ville)\u00A0?"), headings.toString());
            assertEquals("Title", doc.getParagraphs().get(0).getStyle());
            // "Hauts-de-France" starts a line (TitleLines) rather than being cut after "Hauts-".
            assertEquals("Enquête auprès des directeurs de centres sociaux des\nHauts-de-France", doc.getParagraphs().get(0).getText());
            assertTrue(doc.getDocument().xmlText().contains("TOC \\o"), "a table of contents field");
            assertTrue(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().isSetOutlineLvl(), "headings in the outline");
            assertEquals(charts, doc.getAllPictures().size());
            // QPV, seed 003: Oui 41 (45,05 %), Non 39 (42,86 %), Sans réponse 11 (12,09 %).
            XWPFTable qpv = tableAfter(doc, "Êtes-vous en QPV (quartier prioritaire de la ville) ?");
            assertEquals(List.of("Réponse", "Décompte", "Pourcentage"), cells(qpv, 0));
            assertEquals(List.of("Oui", "41", "45,05\u00A0%"), cells(qpv, 1));
            assertEquals(List.of("Sans réponse", "11", "12,09\u00A0%"), cells(qpv, 3));
            XWPFTable adherents = tableAfter(doc, "Nombre d'adhérents / usagers");
            assertEquals(List.of("Somme", "65\u00A0951"), cells(adherents, 2));
            assertEquals(List.of("2ème quartile (Médiane)", "685,5"), cells(adherents, 7));
        }
    }

    /** A short document (a single theme's SWOT grid: two sections) has no page of contents listing two lines. */
    @Test
    void aShortWordDocumentHasNoContentsPage() throws IOException {
        List<Report.Section> sections = report.sections().subList(0, DocxReportWriter.CONTENTS_FROM - 1);
        Report shortReport = new Report(report.title(), report.author(), report.subtitle(), report.lang(), sections);
        byte[] docx = bytes(out -> new DocxReportWriter().write(shortReport, out));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertFalse(doc.getDocument().xmlText().contains("TOC \\o"), "no table of contents field");
            assertTrue(doc.getParagraphs().stream().noneMatch(p -> "TOCHeading".equals(p.getStyle())), "no contents heading");
            // The first section's heading follows the title page.
            List<XWPFParagraph> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).toList();
            assertEquals(sections.stream().map(Report.Section::title).toList(), headings.stream().map(XWPFParagraph::getText).toList());
        }
        Report longer = new Report(report.title(), report.author(), report.subtitle(), report.lang(),
                report.sections().subList(0, DocxReportWriter.CONTENTS_FROM));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes(out -> new DocxReportWriter().write(longer, out))))) {
            assertTrue(doc.getDocument().xmlText().contains("TOC \\o"), "a table of contents from " + DocxReportWriter.CONTENTS_FROM + " sections");
        }
    }

    private static XWPFTable tableAfter(XWPFDocument doc, String heading) {
        boolean seen = false;
        for (var element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p && "Heading1".equals(p.getStyle())) {
                seen = p.getText().replace('\u00A0', ' ').equals(heading);
            } else if (seen && element instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("no table under " + heading);
    }

    private static List<String> cells(XWPFTable t, int row) {
        List<String> out = new ArrayList<>();
        t.getRow(row).getTableCells().forEach(c -> out.add(c.getText()));
        return out;
    }

    /**
     * A long table breaks where Word wants, but not after its first row: numdom's table (11 rows of long labels) stood
     * under its heading at page 20's foot with one row, the ten others on page 21 (rendered through LibreOffice). The
     * header keeps with the first two rows, and the last row has the one before it.
     */
    @Test
    void aLongWordTableKeepsTwoRowsUnderItsHeaderAndTwoAtItsEnd() throws IOException {
        byte[] docx = bytes(out -> new DocxReportWriter().write(report, out));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            int checked = 0;
            for (XWPFTable t : doc.getTables()) {
                int n = t.getRows().size();
                if (n < 5) {
                    continue;
                }
                for (int r : new int[] {0, 1, n - 2}) {
                    for (var cell : t.getRow(r).getTableCells()) {
                        assertTrue(cell.getParagraphs().stream().allMatch(XWPFParagraph::isKeepNext),
                                "row " + r + " of a table of " + n + " rows starting " + t.getRow(1).getCell(0).getText());
                    }
                }
                checked++;
            }
            assertTrue(checked > 10, "tables checked: " + checked);
        }
    }

    /**
     * A free-text sheet holds a term table above the verbatims. The verbatims had a first column a hundred characters
     * wide to themselves, which put the table's rank at the far end of that column against the term ("1 ARS" seen in
     * LibreOffice, the table shrunk to 5 pt when printed one page wide). The rank's column is now as wide as it needs,
     * and each verbatim spans the first columns, about a hundred characters together, in one merged cell.
     */
    @Test
    void aFreeTextSheetKeepsItsTermTableNarrowAndSpansItsVerbatims() throws IOException {
        byte[] xlsx = bytes(out -> new XlsxReportWriter().write(report, out));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("vieiprecis");
            Row header = rowStartingWith(sheet, "Rang");
            assertEquals("Terme", header.getCell(1).getStringCellValue());
            assertTrue(sheet.getColumnWidth(0) <= 10 * 256, "the rank's column: " + sheet.getColumnWidth(0) / 256);
            Row quote = rowStartingWith(sheet, "Conférence des financeurs");
            org.apache.poi.ss.util.CellRangeAddress span = sheet.getMergedRegions().stream()
                    .filter(m -> m.getFirstRow() == quote.getRowNum()).findFirst().orElseThrow();
            assertEquals(0, span.getFirstColumn());
            int chars = 0;
            for (int c = 0; c <= span.getLastColumn(); c++) {
                chars += sheet.getColumnWidth(c) / 256;
            }
            assertTrue(chars >= 100 && chars < 120, "verbatim width " + chars);
            assertTrue(quote.getCell(0).getCellStyle().getWrapText());
        }
    }

    @Test
    void workbookStoresNumbersAsNumbersWithFormatsAndIsReproducible() throws IOException {
        byte[] xlsx = bytes(out -> new XlsxReportWriter().write(report, out));
        assertArrayEquals(xlsx, bytes(out -> new XlsxReportWriter().write(report, out)), "byte-identical reruns");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(shown.size() + 1, wb.getNumberOfSheets(), "a contents sheet and one per question");
            Sheet contents = wb.getSheetAt(0);
            assertEquals("Sommaire", contents.getSheetName());
            assertEquals(shown.size(), contents.getHyperlinkList().size());
            // Every sheet, the contents too, is printed one page wide (the contents' sheet names went to a second page).
            for (Sheet sheet : wb) {
                assertTrue(sheet.getFitToPage(), sheet.getSheetName());
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), sheet.getSheetName());
                assertEquals(0, sheet.getPrintSetup().getFitHeight(), sheet.getSheetName());
            }
            // The contents are printed landscape, their column as wide as the longest title (up to 160 characters)
            // since LibreOffice does not wrap a link, and the sheet names' column holds a name of 31 characters.
            assertTrue(contents.getPrintSetup().getLandscape());
            int longest = 0;
            for (org.apache.poi.ss.usermodel.Hyperlink h : contents.getHyperlinkList()) {
                longest = Math.max(longest, contents.getRow(h.getFirstRow()).getCell(0).getStringCellValue().length());
            }
            assertEquals(Math.min(160, Math.max(20, longest)) * 256, contents.getColumnWidth(0));
            assertEquals(31 * 256, contents.getColumnWidth(1));
            Sheet qpv = wb.getSheet("qpv");
            Row oui = rowStartingWith(qpv, "Oui");
            assertEquals(CellType.NUMERIC, oui.getCell(1).getCellType());
            assertEquals(41, oui.getCell(1).getNumericCellValue());
            assertEquals(0.4505, oui.getCell(2).getNumericCellValue(), 1e-12, "45,05 % stored as a fraction");
            // A no-break space before "%" in French: Excel showed "45,05%" beside the other formats' "45,05 %".
            assertEquals("0.00\"\u00A0\"%", oui.getCell(2).getCellStyle().getDataFormatString());
            assertEquals("45,05\u00A0%", new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.FRANCE).formatCellValue(oui.getCell(2)));
            assertTrue(qpv.getPaneInformation() != null && qpv.getPaneInformation().isFreezePane(), "header frozen");
            Row sum = rowStartingWith(wb.getSheet("adherents"), "Somme");
            assertEquals(65951, sum.getCell(1).getNumericCellValue());
            assertEquals("#,##0", sum.getCell(1).getCellStyle().getDataFormatString());
            // A year is a number without a thousands separator (it was a text cell, "1992,5" unusable in a formula).
            Row median = rowStartingWith(wb.getSheet("creation"), "Année médiane");
            assertEquals(CellType.NUMERIC, median.getCell(1).getCellType());
            assertEquals(1992.5, median.getCell(1).getNumericCellValue(), 1e-12);
            assertEquals("0.0", median.getCell(1).getCellStyle().getDataFormatString());
            Row q3 = rowStartingWith(wb.getSheet("salaries"), "3ème quartile (Q3)");
            assertEquals(24.75, q3.getCell(1).getNumericCellValue(), 1e-12);
            assertEquals(charts, wb.getAllPictures().size());
            // A verbatim is a string cell, whatever it starts with.
            Row quote = rowStartingWith(wb.getSheet("vieiprecis"), "Conférence des financeurs");
            assertEquals(CellType.STRING, quote.getCell(0).getCellType());
        }
    }

    /**
     * A scale's summary (280 characters: "Sur les 77 répondants qui se placent sur l'échelle…") sat in one cell that did
     * not wrap; printed one page wide, the numevol sheet shrank to a quarter. Long notes wrap over the quotes' width.
     */
    @Test
    void workbookWrapsALongNote() throws IOException {
        byte[] xlsx = bytes(out -> new XlsxReportWriter().write(report, out));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet numevol = wb.getSheet("numevol");
            Row note = null;
            for (Row row : numevol) {
                Cell c = row.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("Sur les 77 répondants")) {
                    note = row;
                }
            }
            assertTrue(note != null, "the scale's summary");
            int at = note.getRowNum();
            String text = note.getCell(0).getStringCellValue();
            assertTrue(text.length() > 200, text);
            assertTrue(note.getCell(0).getCellStyle().getWrapText(), "the note wraps");
            assertTrue(numevol.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == at && m.getLastColumn() > 0),
                    "the note spans columns");
            assertTrue(note.getHeightInPoints() >= 30, "as high as its lines: " + note.getHeightInPoints());
            // A note a little longer than a quote's width ("Plusieurs réponses possibles…", 107 characters) wraps in the
            // columns the sheet has: widening them for it turned the partenaires sheet landscape, its 19 bars split
            // over two pages.
            XSSFSheet partners = wb.getSheet("partenaires");
            assertFalse(partners.getPrintSetup().getLandscape(), "the partenaires sheet stays portrait");
        }
    }

    /** A long note in a sheet no table gives widths to wraps over a quote's width, not every nine characters. */
    @Test
    void workbookWrapsANoteOfASheetWithoutATable() throws IOException {
        String note = "Sur les 77 répondants qui se placent sur l'échelle (hors 8 « Je ne peux pas me prononcer » et 6 non-réponses), "
                + "« Très fortement » ou « Fortement » : 79,22 % ; « Pas du tout » ou « Faiblement » : 20,78 %.";
        Report alone = new Report("Rapport", "", "", Lang.FR, List.of(new Report.Section(2, "q1", "q1", "Diriez-vous que ces demandes augmentent ?",
                "", List.of(new Report.Paragraph(note, true)))));
        byte[] xlsx = bytes(out -> new XlsxReportWriter().write(alone, out));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheet("q1");
            Row row = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && r.getCell(0).getStringCellValue().startsWith("Sur les 77")) {
                    row = r;
                }
            }
            assertTrue(row != null, "the note");
            int at = row.getRowNum();
            assertTrue(sheet.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == at && m.getLastColumn() >= 10), "over default columns");
            // 190 characters over about a hundred: two lines, not twenty-two.
            assertTrue(row.getHeightInPoints() <= 45, "height " + row.getHeightInPoints());
        }
    }

    /** A part's introduction in the contents is wrapped across both columns, its row as high as its lines (a study's ran past the page). */
    @Test
    void workbookContentsWrapAPartsIntroduction() throws IOException {
        String intro = "Les directeurs des centres sociaux de la région ont répondu au questionnaire entre mars et mai ; "
                + "les questions ouvertes ont été lues une à une, leurs termes comptés par lemme, et les verbatims masqués "
                + "(noms, téléphones, adresses) avant toute publication, comme le prévoit le protocole de l'étude.";
        List<Report.Section> sections = new ArrayList<>();
        sections.add(new Report.Section(1, "part1", "", "Enquête auprès des centres sociaux", "", List.of(new Report.Paragraph(intro, false))));
        sections.addAll(report.sections());
        Report withPart = new Report(report.title(), report.author(), report.subtitle(), report.lang(), sections);
        assertTrue(sections.get(0).isPart());
        byte[] xlsx = bytes(out -> new XlsxReportWriter().write(withPart, out));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet contents = wb.getSheetAt(0);
            // Written with French typography's no-break space before ";".
            Row row = rowStartingWith(contents, fr.enquete.report.Guillemets.frenchSpaces(intro));
            assertTrue(row.getCell(0).getCellStyle().getWrapText());
            assertTrue(contents.getMergedRegions().stream()
                    .anyMatch(m -> m.getFirstRow() == row.getRowNum() && m.getFirstColumn() == 0 && m.getLastColumn() == 1));
            double lines = Math.ceil(intro.length() / (double) (contents.getColumnWidth(0) / 256 + 31));
            assertTrue(lines >= 2, "a long introduction");
            assertEquals(15 * lines, row.getHeightInPoints(), 0.01);
        }
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row '" + text + "' in " + sheet.getSheetName());
    }

    @Test
    void markdownHasPipeTablesAndItsChartFiles() throws IOException {
        Path md = dir.resolve("report.md");
        new MarkdownReportWriter().write(report, md);
        String text = Files.readString(md);
        assertTrue(text.contains("| Oui | 41 | 45,05\u00A0% |"), "QPV row");
        assertTrue(text.contains("| *Sans réponse* | *11* | *12,09\u00A0%* |"));
        assertTrue(text.contains("| Réponse | Décompte | Pourcentage |\n| --- | ---: | ---: |"));
        long images = text.lines().filter(l -> l.startsWith("![")).count();
        assertEquals(charts, images);
        try (var files = Files.list(dir.resolve("charts"))) {
            assertEquals(charts, files.filter(p -> p.toString().endsWith(".png")).count());
        }
    }

    @Test
    void htmlHasEverySectionWithItsChart() throws IOException {
        String html = new String(bytes(out -> new HtmlReportWriter(Lang.FR).write(report, out)), StandardCharsets.UTF_8);
        for (QuestionResult q : shown) {
            int at = html.indexOf("data-question=\"" + q.question().id() + "\"");
            assertTrue(at > 0, q.question().id());
            String section = html.substring(at, html.indexOf("</section>", at));
            boolean drawn = q.question().type() != QuestionType.DATE && !q.question().id().equals("numdomautre");
            assertEquals(drawn, section.contains("<svg"), q.question().id());
            if (q.question().id().equals("numdomautre")) {
                // Its six answers share no term: no table of fourteen terms all at rank 1, no cloud, the answers quoted.
                assertTrue(section.contains("Pas de table des termes ni de nuage de mots\u00A0: aucun terme n&#39;est présent dans plus d&#39;une réponse"),
                        section);
                assertFalse(section.contains("<table"), section);
                assertTrue(section.contains("Dossier retraite"), section);
            }
            // Compound words ("Êtes-vous") are in no-wrap spans.
            assertTrue(section.replace('\u00A0', ' ').replace("&nbsp;", " ").replaceAll("</?span[^>]*>", "")
                            .contains("<h2>" + q.question().label().replace("&", "&amp;").replace("'", "&#39;") + "</h2>"),
                    q.question().id());
        }
        assertFalse(html.contains("http://") || html.contains("https://"));
        assertEquals(charts, html.split("<svg", -1).length - 1);
    }

    /**
     * Ids are global to a page and a browser resolves url(#id) to the first element with that id: every chart's
     * clip paths must be its own, or a chart is cut at another chart's size (9 of the demo's 32 charts were).
     */
    @Test
    void htmlChartsReferOnlyToTheirOwnClipPaths() throws IOException {
        String html = new String(bytes(out -> new HtmlReportWriter(Lang.FR).write(report, out)), StandardCharsets.UTF_8);
        java.util.regex.Pattern idAttr = java.util.regex.Pattern.compile("\\sid=['\"]([^'\"]+)['\"]");
        java.util.regex.Pattern ref = java.util.regex.Pattern.compile("url\\(#([^)]+)\\)");
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.regex.Matcher all = idAttr.matcher(html);
        while (all.find()) {
            assertTrue(ids.add(all.group(1)), "id repeated in the page: " + all.group(1));
        }
        java.util.regex.Matcher svg = java.util.regex.Pattern.compile("(?s)<svg.*?</svg>").matcher(html);
        int svgs = 0;
        int refs = 0;
        while (svg.find()) {
            svgs++;
            java.util.Set<String> own = new java.util.HashSet<>();
            idAttr.matcher(svg.group()).results().forEach(m -> own.add(m.group(1)));
            for (java.util.regex.MatchResult m : ref.matcher(svg.group()).results().toList()) {
                refs++;
                assertTrue(own.contains(m.group(1)), "chart " + svgs + " refers to " + m.group(1) + ", defined elsewhere");
            }
        }
        assertEquals(charts, svgs);
        assertTrue(refs > charts, "the charts do clip (" + refs + " references)");
    }

    /** Parts and the questions inside them are numbered apart: part 3's first question is 1, not 20. */
    @Test
    void htmlContentsNumbersQuestionsWithinTheirPart() throws IOException {
        Report withParts = new ReportBuilder(Lang.FR).build(result, Map.of(),
                fr.enquete.spec.SpecReader.read(Fixtures.spec()).report());
        String html = new String(bytes(out -> new HtmlReportWriter(Lang.FR).write(withParts, out)), StandardCharsets.UTF_8);
        String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
        // Top-level items are the parts; each holds its own list of questions.
        List<String> parts = withParts.sections().stream().filter(Report.Section::isPart).map(Report.Section::anchor).toList();
        assertEquals(4, parts.size());
        for (String anchor : parts) {
            int at = nav.indexOf("<li class=\"part\"><a href=\"#" + anchor + "\">");
            assertTrue(at > 0, anchor);
            int close = nav.indexOf("</a>", at) + 4;
            assertTrue(nav.startsWith("<ol>", close), anchor + " opens its own list");
        }
        // Part 3 ("3. Accès au droit...") lists its 10 questions in a list of its own: they are numbered 1 to 10.
        int part3 = nav.indexOf("href=\"#part3\"");
        String list = nav.substring(nav.indexOf("<ol>", part3), nav.indexOf("</ol>", part3));
        assertEquals(10, list.split("<li>", -1).length - 1);
        assertTrue(nav.startsWith("<ol class=\"contents\">", nav.indexOf("<ol")));
        assertTrue(html.contains("nav ol.contents { columns: 2; column-gap: 2.5rem; font-size: .9rem; list-style: none; padding-left: 0; }"),
                "parts unnumbered by the list (their titles carry the spec's numbers), no marker outside its column");
    }

    /**
     * Every chart image of the workbook is anchored from its first cell to the cell where it ends, at the chart's
     * size: POI's resize() had anchored all 32 from column A to column A, so no spreadsheet program showed them.
     */
    @Test
    void workbookChartsAreAnchoredAtTheirSize() throws IOException {
        byte[] xlsx = bytes(out -> new XlsxReportWriter().write(report, out));
        // Sheets follow the sections and a sheet's pictures its charts: the i-th anchor is the i-th chart.
        List<Report.Chart> expected = report.charts();
        int anchored = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                var drawing = ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getDrawingPatriarch();
                if (drawing == null) {
                    continue;
                }
                for (var shape : drawing.getShapes()) {
                    var anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) shape.getAnchor();
                    double width = anchor.getDx2() / (double) org.apache.poi.util.Units.EMU_PER_PIXEL;
                    for (int c = anchor.getCol1(); c < anchor.getCol2(); c++) {
                        width += sheet.getColumnWidthInPixels(c);
                    }
                    double height = anchor.getDy2() / (double) org.apache.poi.util.Units.EMU_PER_PIXEL
                            + (anchor.getRow2() - anchor.getRow1()) * sheet.getDefaultRowHeightInPoints() * 96 / 72;
                    assertTrue(anchor.getCol2() > anchor.getCol1() || anchor.getDx2() > 0, sheet.getSheetName() + ": zero width");
                    assertTrue(anchor.getRow2() > anchor.getRow1(), sheet.getSheetName() + ": zero height");
                    Report.Chart chart = expected.get(anchored++);
                    // At the size its PNG is drawn at (the print size: a chart is laid out again for it).
                    assertEquals(chart.print().width(), width, 1, sheet.getSheetName() + " width");
                    assertEquals(chart.print().height(), height, 1, sheet.getSheetName() + " height");
                }
            }
        }
        assertEquals(charts, anchored);
    }
}
