package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import fr.enquete.report.FormatRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry's order: built-in formats first, in theirs; a registered format takes a built-in's place by its name. */
class ReportFormatsTest {

    /** A format known by its name only. */
    private record Named(String name) implements ReportFormat {
        @Override
        public String file() {
            return "report." + name;
        }

        @Override
        public boolean charts() {
            return false;
        }

        @Override
        public void write(Report report, Path file) {
            throw new UnsupportedOperationException("not written here");
        }
    }

    @Test
    void withoutExtrasTheBuiltInFormatsInTheOrderFilesAreListed() {
        List<ReportFormat> all = FormatRegistry.<ReportFormat>merge(List.of(ReportFiles.Format.values()), List.of(), ReportFormat::name);
        assertEquals(List.of("html", "docx", "xlsx", "md"), all.stream().map(ReportFormat::name).toList());
        assertEquals(List.of("report.html", "report.docx", "report.xlsx", "report.md"), all.stream().map(ReportFormat::file).toList());
        // Only the formats that embed charts have them rendered first: HTML draws its charts as SVG.
        assertEquals(List.of(false, true, true, true), all.stream().map(ReportFormat::charts).toList());
    }

    @Test
    void anExtraNamedLikeABuiltInTakesItsPlaceAndTheOthersFollow() {
        Named pdf = new Named("pdf");
        Named html = new Named("html");
        List<ReportFormat> all = FormatRegistry.<ReportFormat>merge(List.of(ReportFiles.Format.values()), List.of(pdf, html), ReportFormat::name);
        assertEquals(List.of("html", "docx", "xlsx", "md", "pdf"), all.stream().map(ReportFormat::name).toList());
        assertSame(html, all.get(0));
        assertSame(pdf, all.get(4));
        assertSame(ReportFiles.Format.docx, all.get(1));
    }
}
