package fr.enquete.cli;

import fr.enquete.io.AtomicFiles;
import fr.enquete.report.doc.Report;
import fr.enquete.report.doc.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A report format added the way a user would add one: this class, and its name in the test class path's
 * {@code META-INF/services/fr.enquete.report.doc.ReportFormat}. It writes the report's outline, one section title a
 * line, indented by level.
 */
public final class OutlineFormat implements ReportFormat {

    @Override
    public String name() {
        return "outline";
    }

    @Override
    public List<String> aliases() {
        return List.of("toc");
    }

    @Override
    public String file() {
        return "report.outline.txt";
    }

    @Override
    public boolean charts() {
        return false;
    }

    @Override
    public void write(Report report, Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Report.Section s : report.sections()) {
            text.append("  ".repeat(s.level() - 1)).append(s.title()).append('\n');
        }
        AtomicFiles.write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
