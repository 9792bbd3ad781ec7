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
