package fr.enquete.report;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The list behind each output registry ({@link StatsFormats}, {@code doc.ReportFormats}): the built-in formats in
 * their fixed order, then the implementations {@link ServiceLoader} finds on the class path
 * ({@code META-INF/services/<interface>}). The built-in formats are an explicit list, not services: a class path
 * does not order services, and the order of the files written and of the names listed is part of what a run prints.
 */
public final class FormatRegistry {

    private FormatRegistry() {
    }

    /** {@code builtIn}, merged with the {@code type}s found through enquete's own class loader (see {@link #merge}). */
    public static <T> List<T> load(Class<T> type, List<? extends T> builtIn, Function<? super T, String> name) {
        // Enquete's own class loader: a format must implement enquete's interface, not a copy loaded elsewhere.
        return merge(builtIn, ServiceLoader.load(type, FormatRegistry.class.getClassLoader()), name);
    }

    /**
     * {@code builtIn} in its order, each replaced by the extra of the same name if any (so that a format can be taken
     * over, not only added), then the other extras in their order.
     */
    public static <T> List<T> merge(List<? extends T> builtIn, Iterable<? extends T> extras, Function<? super T, String> name) {
        List<T> all = new ArrayList<>(builtIn);
        for (T extra : extras) {
            int same = -1;
            for (int i = 0; i < all.size(); i++) {
                if (name.apply(all.get(i)).equals(name.apply(extra))) {
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
