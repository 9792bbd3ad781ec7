package fr.enquete.importer;

/**
 * What an import accepts before it stops with a clear error instead of running out of time or memory on
 * a hostile or broken file. Every limit can be raised from the command line for a genuine file.
 *
 * @param maxColumns   columns in the header ({@code --max-columns}, default 100 000)
 * @param maxCellChars characters in one cell ({@code --max-cell-chars}, default 1 000 000; a free-text
 *                     answer of a million characters is not an answer)
 * @param maxExpansion how many times a workbook or document may expand when unzipped ({@code --max-expansion},
 *                     default 100; zip bombs expand thousands of times)
 */
public record Limits(int maxColumns, int maxCellChars, int maxExpansion) {

    public static final Limits DEFAULTS = new Limits(100_000, 1_000_000, 100);

    public Limits {
        if (maxColumns < 1 || maxCellChars < 1 || maxExpansion < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Applies the expansion limit to Apache POI, which reads every workbook and Word document (process-wide):
     * set when it changes, not again on every open ({@link ZipLimits}).
     */
    public void applyToZipReaders() {
        ZipLimits.apply(maxExpansion);
    }
}
