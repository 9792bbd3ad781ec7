package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.enquete.report.doc.ReportFormat;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The --format names of report and study: one parser, the same aliases, the accepted names in the error (report: with the
 * test class path's OutlineFormat, registered through META-INF/services). */
class DocumentFormatsTest {

    @Test
    void aliasesAllAndOrderAreTheSameForReportAndStudy() {
        assertEquals(List.of("docx", "md"),
                ReportCommand.parse(List.of(" markdown", "Word")).stream().map(ReportFormat::name).toList());
        assertEquals(EnumSet.allOf(StudyFiles.Format.class), StudyFiles.parse(List.of("md", "all")));
        assertEquals(List.of(StudyFiles.Format.docx, StudyFiles.Format.html), List.copyOf(StudyFiles.parse(List.of("html", "docx"))));
    }

    @Test
    void anUnknownNameListsTheAcceptedOnes() {
        UsageException report = assertThrows(UsageException.class, () -> ReportCommand.parse(List.of("pdf")));
        assertEquals("--format: unknown format 'pdf'; expected html, docx, xlsx, md, outline or all", report.text(java.util.Locale.ENGLISH));
        UsageException study = assertThrows(UsageException.class, () -> StudyFiles.parse(List.of("odt")));
        assertEquals("--format: unknown format 'odt'; expected docx, html, xlsx, md or all", study.text(java.util.Locale.ENGLISH));
    }
}
