package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The --format names of report and study: one parser, the same aliases, the accepted names in the error. */
class DocumentFormatsTest {

    @Test
    void aliasesAllAndOrderAreTheSameForReportAndStudy() {
        assertEquals(EnumSet.of(ReportCommand.Format.docx, ReportCommand.Format.md),
                ReportCommand.parse(List.of(" Word", "markdown")));
        assertEquals(EnumSet.allOf(StudyFiles.Format.class), StudyFiles.parse(List.of("md", "all")));
        assertEquals(List.of(StudyFiles.Format.docx, StudyFiles.Format.html), List.copyOf(StudyFiles.parse(List.of("html", "docx"))));
    }

    @Test
    void anUnknownNameListsTheAcceptedOnes() {
        UsageException report = assertThrows(UsageException.class, () -> ReportCommand.parse(List.of("pdf")));
        assertEquals("--format: unknown format 'pdf'; expected html, docx, xlsx, md or all", report.getMessage());
        UsageException study = assertThrows(UsageException.class, () -> StudyFiles.parse(List.of("odt")));
        assertEquals("--format: unknown format 'odt'; expected docx, html, xlsx, md or all", study.getMessage());
    }
}
