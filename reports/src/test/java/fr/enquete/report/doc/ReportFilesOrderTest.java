package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.analysis.Analysis;
import fr.enquete.analysis.AnalysisResult;
import fr.enquete.report.Lang;
import fr.enquete.testing.Fixtures;
import fr.enquete.text.TermOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReportFiles} renders the charts (PNGs and the HTML page's SVGs) and writes the formats as tasks of one pool,
 * in an order made for speed: every file must be the same bytes as when each format is written alone, in one thread,
 * by its writer drawing its own charts, and the same from one run to the next.
 */
class ReportFilesOrderTest {

    private static AnalysisResult analysis;

    @TempDir
    Path dir;

    @BeforeAll
    static void analyse() {
        analysis = Analysis.of(Fixtures.export()).spec(Fixtures.spec()).terms(TermOptions.defaults(), null, false).run();
    }

    @Test
    void theFilesOfAllFormatsAreTheBytesEachWriterGivesAlone() throws IOException {
        Path all = dir.resolve("all");
        ReportFiles.write(analysis, Lang.FR, all, EnumSet.allOf(ReportFiles.Format.class), null);
        Path again = dir.resolve("again");
        ReportFiles.write(analysis, Lang.FR, again, EnumSet.allOf(ReportFiles.Format.class), null);

        // Each writer alone, on this thread, on a report of its own whose charts nothing rendered before.
        byte[] html = bytes(out -> new HtmlReportWriter(Lang.FR).write(fresh(), out));
        byte[] docx = bytes(out -> new DocxReportWriter().write(fresh(), out));
        byte[] xlsx = bytes(out -> new XlsxReportWriter().write(fresh(), out));
        Path md = dir.resolve("md");
        Files.createDirectories(md);
        new MarkdownReportWriter().write(fresh(), md.resolve("report.md"));

        assertArrayEquals(html, Files.readAllBytes(all.resolve("report.html")));
        assertArrayEquals(docx, Files.readAllBytes(all.resolve("report.docx")));
        assertArrayEquals(xlsx, Files.readAllBytes(all.resolve("report.xlsx")));
        List<Path> mdFiles = files(md);
        assertEquals(mdFiles, files(all).stream().filter(p -> p.startsWith("charts") || p.toString().equals("report.md")).toList());
        assertTrue(mdFiles.size() > 20, "the Markdown report and its charts' PNGs: " + mdFiles.size());
        for (Path p : mdFiles) {
            assertArrayEquals(Files.readAllBytes(md.resolve(p)), Files.readAllBytes(all.resolve(p)), p.toString());
        }
        // And from one run to the next.
        assertEquals(files(all), files(again));
        for (Path p : files(all)) {
            assertArrayEquals(Files.readAllBytes(all.resolve(p)), Files.readAllBytes(again.resolve(p)), p.toString());
        }
    }

    @Test
    void theHtmlPageAloneIsTheSameAsWithTheOtherFormats() throws IOException {
        Path alone = dir.resolve("html");
        ReportFiles.write(analysis, Lang.FR, alone, EnumSet.of(ReportFiles.Format.html), null);
        byte[] html = bytes(out -> new HtmlReportWriter(Lang.FR).write(fresh(), out));
        assertArrayEquals(html, Files.readAllBytes(alone.resolve("report.html")));
        // Every chart of the report drawn inline, once.
        assertEquals(fresh().charts().size(), count(new String(html, java.nio.charset.StandardCharsets.UTF_8), "<svg"));
    }

    /** The command's way: personal data masked, the charts of the tables drawn while the free text is analysed. */
    private static Analysis masking() {
        return Analysis.of(Fixtures.export()).spec(Fixtures.spec()).terms(TermOptions.defaults(), null, false)
                .disclosure((asks, export) -> fr.enquete.privacy.Disclosure.masking(new fr.enquete.privacy.Pseudonymiser(true,
                        List.of(), fr.enquete.privacy.NameSources.fromExport(export), fr.enquete.text.StopWords.french().words())));
    }

    @Test
    void chartsDrawnAheadFromTheTablesGiveTheFilesWrittenAfterTheAnalysis() throws IOException {
        Path after = dir.resolve("after");
        ReportFiles.write(masking().run(), Lang.FR, after, EnumSet.allOf(ReportFiles.Format.class), null);
        Path ahead = dir.resolve("ahead");
        List<fr.enquete.stats.SurveyResult> heard = new java.util.ArrayList<>();
        try (ReportFiles.Session s = ReportFiles.start(Lang.FR, EnumSet.allOf(ReportFiles.Format.class))) {
            AnalysisResult r = masking().tablesRead((tables, layout) -> {
                heard.add(tables);
                s.tablesRead(tables, layout);
            }).run();
            s.write(r, ahead, null);
        }
        assertEquals(files(after), files(ahead));
        for (Path p : files(after)) {
            assertArrayEquals(Files.readAllBytes(after.resolve(p)), Files.readAllBytes(ahead.resolve(p)), p.toString());
        }
        // Heard once, before the masking: every text a respondent wrote was given blank.
        assertEquals(1, heard.size());
        List<String> texts = new java.util.ArrayList<>();
        heard.get(0).mapTexts(t -> {
            texts.add(t);
            return t;
        });
        assertTrue(texts.size() > 50, "free-text answers: " + texts.size());
        assertTrue(texts.stream().allMatch(String::isEmpty), "unmasked text given to the listener");
    }

    @Test
    void aClosedSessionSaysSo() throws IOException {
        AnalysisResult r = masking().run();
        ReportFiles.Session s = ReportFiles.start(Lang.FR, EnumSet.of(ReportFiles.Format.html));
        s.write(r, dir.resolve("first"), null);
        s.close();
        // It was a RejectedExecutionException from the pool the session had shut down.
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> s.tablesRead(r.result(), r.layout()));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> s.write(r, dir.resolve("second"), null));
    }

    @Test
    void theChartsPreparedFromTheTablesAreTheReportsOwnWhenTheirQuestionIsUnchanged() {
        AnalysisResult r = masking().run();
        ReportBuilder builder = new ReportBuilder(Lang.FR);
        List<Report.Chart> prepared = builder.prepare(r.result(), r.layout());
        Report report = builder.build(r);
        // The fixture's numeric and closed questions: every one of their charts prepared, and the very same object
        // in the report (so rendered once, ahead); the word clouds are not among them.
        List<Report.Chart> built = report.charts();
        assertTrue(prepared.size() > 20, "prepared: " + prepared.size());
        assertTrue(prepared.stream().noneMatch(c -> c.name().endsWith("-cloud")));
        for (Report.Chart c : prepared) {
            assertTrue(built.stream().anyMatch(b -> b == c), c.name() + " prepared but not used");
        }
        assertEquals(built.size() - prepared.size(), built.stream().filter(c -> c.name().endsWith("-cloud")).count());
        // A result that changed (a choice's count) gets a chart of its own, not the prepared one.
        ReportBuilder other = new ReportBuilder(Lang.FR);
        List<Report.Chart> before = other.prepare(r.result(), r.layout());
        fr.enquete.stats.QuestionResult.Choices first = r.result().questions().stream()
                .filter(q -> q instanceof fr.enquete.stats.QuestionResult.Choices).map(q -> (fr.enquete.stats.QuestionResult.Choices) q)
                .findFirst().orElseThrow();
        List<fr.enquete.stats.ChoiceRow> rows = new java.util.ArrayList<>(first.rows());
        fr.enquete.stats.ChoiceRow row = rows.get(0);
        rows.set(0, new fr.enquete.stats.ChoiceRow(row.label(), row.count() + 1, row.weighted() + 1, row.percent(), row.missing(),
                row.listed(), row.masked()));
        List<fr.enquete.stats.QuestionResult> questions = new java.util.ArrayList<>(r.result().questions());
        questions.set(questions.indexOf(first), first.withRows(rows));
        fr.enquete.stats.SurveyResult changed = new fr.enquete.stats.SurveyResult(r.result().title(), r.result().respondents(),
                questions, r.result().diagnostics(), r.result().precision(), r.result().secret(), r.result().rates(), r.result().weights());
        Report rebuilt = other.build(changed, r.terms(), r.naive(), r.segments(), r.layout(), r.crosstabs());
        long reused = rebuilt.charts().stream().filter(c -> before.stream().anyMatch(b -> b == c)).count();
        assertEquals(before.size() - 1, reused, "all but the changed question's chart reused");
    }

    @Test
    void anSvgRenderedBeforeItsPlaceIsKnownIsTheSvgRenderedWithItsPrefix() {
        for (Report.Chart c : fresh().charts().subList(0, 6)) {
            String direct = fr.enquete.report.chart.ChartFiles.inlineSvg(c.width(), c.height(), c.title(), c.drawing(), "enquete12-");
            c.renderSvg();
            assertEquals(direct, c.inlineSvg("enquete12-"), c.name());
            assertTrue(direct.contains("enquete12-"), "the prefix is used: " + c.name());
            String other = fr.enquete.report.chart.ChartFiles.inlineSvg(c.width(), c.height(), c.title(), c.drawing(), "enquete3-");
            assertEquals(other, c.inlineSvg("enquete3-"), c.name());
        }
    }

    private static Report fresh() {
        return new ReportBuilder(Lang.FR).build(analysis)
                .withNote(ReportFiles.privacyNote(analysis.disclosure(), Lang.FR));
    }

    private interface Writing {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static byte[] bytes(Writing w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(out);
        return out.toByteArray();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
