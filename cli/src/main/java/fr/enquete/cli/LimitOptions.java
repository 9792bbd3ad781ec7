package fr.enquete.cli;

import fr.enquete.importer.Limits;
import picocli.CommandLine.Option;

/** The import limits, raisable for genuine files (see {@link Limits}). */
final class LimitOptions {

    @Option(names = "--max-columns", paramLabel = "N")
    int maxColumns = Limits.DEFAULTS.maxColumns();

    @Option(names = "--max-cell-chars", paramLabel = "N")
    int maxCellChars = Limits.DEFAULTS.maxCellChars();

    @Option(names = "--max-expansion", paramLabel = "N")
    int maxExpansion = Limits.DEFAULTS.maxExpansion();

    Limits limits() {
        if (maxColumns < 1 || maxCellChars < 1 || maxExpansion < 1) {
            throw new UsageException(fr.enquete.model.Message.of("usage.limits"));
        }
        return new Limits(maxColumns, maxCellChars, maxExpansion);
    }
}
