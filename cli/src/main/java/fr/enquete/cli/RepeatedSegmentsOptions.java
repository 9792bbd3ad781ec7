package fr.enquete.cli;

import fr.enquete.text.RepeatedSegments;
import picocli.CommandLine.Option;

/** {@code --repeated-segments} and its two settings, the same on {@code terms} and {@code report}. */
final class RepeatedSegmentsOptions {

    @Option(names = "--repeated-segments")
    boolean repeatedSegments;

    @Option(names = "--repeated-min", paramLabel = "N")
    int repeatedMin = RepeatedSegments.Settings.DEFAULT.min();

    @Option(names = "--repeated-words", paramLabel = "N")
    int repeatedWords = RepeatedSegments.Settings.DEFAULT.maxWords();

    /** The settings asked for, or null without {@code --repeated-segments}; a usage error when out of range. */
    RepeatedSegments.Settings settings() {
        if (!RepeatedSegments.Settings.allows(repeatedMin, repeatedWords)) {
            throw new UsageException(fr.enquete.model.Message.of("usage.repeated.sizes"));
        }
        return repeatedSegments ? new RepeatedSegments.Settings(repeatedMin, repeatedWords) : null;
    }

    /** As {@link #settings()}, for a command whose term tables {@code --no-terms} can turn off: the segments need them. */
    RepeatedSegments.Settings settings(TextOptions text) {
        RepeatedSegments.Settings s = settings();
        if (s != null && text.noTerms) {
            throw new UsageException(fr.enquete.model.Message.of("usage.repeated.terms"));
        }
        return s;
    }
}
