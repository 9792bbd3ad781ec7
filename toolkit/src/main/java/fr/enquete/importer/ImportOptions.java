package fr.enquete.importer;

import java.nio.charset.Charset;

/**
 * What the user may force instead of letting the importer sniff it.
 *
 * @param sheet     the worksheet to read (first one when null)
 * @param charset   the text encoding of a delimited file (sniffed when null)
 * @param delimiter the cell delimiter of a delimited file (sniffed when null)
 * @param limits    what the import accepts (columns, cell length, zip expansion)
 * @param platform  the platform the export comes from, when the user says so ({@code --format-hint}); null to detect it
 * @param bareNa    whether an unquoted {@code NA} cell of a delimited file is no answer, as R writes its missing values
 *                  ({@code write.csv} quotes text and leaves {@code NA} bare; readr and pandas read it so); false keeps
 *                  it as the text "NA" ({@code --keep-na})
 */
public record ImportOptions(String sheet, Charset charset, Character delimiter, Limits limits, Platform platform, boolean bareNa) {

    public static final ImportOptions DEFAULTS = new ImportOptions(null, null, null);

    public ImportOptions(String sheet, Charset charset, Character delimiter, Limits limits, Platform platform) {
        this(sheet, charset, delimiter, limits, platform, true);
    }

    public ImportOptions(String sheet, Charset charset, Character delimiter) {
        this(sheet, charset, delimiter, Limits.DEFAULTS, null);
    }

    public ImportOptions(String sheet, Charset charset, Character delimiter, Limits limits) {
        this(sheet, charset, delimiter, limits, null);
    }
}
