package fr.enquete.importer;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's zip-bomb ratio is a process-wide static setting. It is set here once per distinct
 * {@code --max-expansion} rather than on every open: opening a file then no longer writes shared state, and
 * a library user who tuned POI themselves keeps their setting until enquete is asked for another limit.
 */
final class ZipLimits {

    /** The expansion last applied; 0 before the first open. */
    private static int applied;

    private ZipLimits() {
    }

    /** Makes POI refuse entries that expand more than {@code maxExpansion} times, if not already so. */
    static synchronized void apply(int maxExpansion) {
        if (maxExpansion != applied) {
            ZipSecureFile.setMinInflateRatio(1.0 / maxExpansion);
            applied = maxExpansion;
        }
    }
}
