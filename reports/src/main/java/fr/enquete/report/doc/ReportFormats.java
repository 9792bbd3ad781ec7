package fr.enquete.report.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/** The report formats: the built-in ones, then those named in {@code META-INF/services} (see {@link ReportFormat}). */
public final class ReportFormats {

    private ReportFormats() {
    }

    /**
     * Every format, in the order files are written and listed: the built-in ones ({@link ReportFiles.Format}: html,
     * docx, xlsx, md), then those {@link ServiceLoader} finds on the class path (a jar's
     * {@code META-INF/services/fr.enquete.report.doc.ReportFormat}). A registered format named like a built-in one
     * takes its place, so that a format can be taken over, not only added.
     *
     * <p>The built-in formats are an explicit list, not services: a class path does not order services, and the
     * order of the files written and listed is part of what a run prints.
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
        static final List<ReportFormat> ALL = load();

        private static List<ReportFormat> load() {
            // Enquete's own class loader: a format must implement this ReportFormat, not a copy loaded elsewhere.
            return merge(List.of(ReportFiles.Format.values()), ServiceLoader.load(ReportFormat.class, ReportFormats.class.getClassLoader()));
        }
    }

    /** {@code builtIn} in its order, each replaced by the extra of the same name if any, then the other extras in theirs. */
    static List<ReportFormat> merge(List<? extends ReportFormat> builtIn, Iterable<? extends ReportFormat> extras) {
        List<ReportFormat> all = new ArrayList<>(builtIn);
        for (ReportFormat extra : extras) {
            int same = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).name().equals(extra.name())) {
                    same = i;
                }
            }
            if (same >= 0) {
                all.set(same, extra);
            } else {
                all.add(extra);
            }
        }
        return List.copyOf(all);
    }
}
