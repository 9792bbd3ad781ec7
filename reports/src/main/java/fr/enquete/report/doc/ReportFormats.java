package fr.enquete.report.doc;

import fr.enquete.report.FormatRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The report formats: the built-in ones, then those named in {@code META-INF/services} (see {@link ReportFormat}). */
public final class ReportFormats {

    private ReportFormats() {
    }

    /**
     * Every format, in the order files are written and listed: the built-in ones ({@link ReportFiles.Format}: html,
     * docx, xlsx, md), then those {@link java.util.ServiceLoader} finds on the class path (a jar's
     * {@code META-INF/services/fr.enquete.report.doc.ReportFormat}). A registered format named like a built-in one
     * takes its place, so that a format can be taken over, not only added.
     */
    public static List<ReportFormat> registered() {
        return Registry.ALL;
    }

    /** The format {@code --format} calls {@code name} (or an alias of it), ignoring case and surrounding spaces. */
    public static Optional<ReportFormat> named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return registered().stream().filter(f -> f.name().equals(n) || f.aliases().contains(n)).findFirst();
    }

    /** Read once, at first use: the class path does not change while the program runs. */
    private static final class Registry {
        static final List<ReportFormat> ALL = FormatRegistry.load(ReportFormat.class, List.of(ReportFiles.Format.values()),
                ReportFormat::name);
    }
}
