package fr.enquete.weight;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableHandler;
import fr.enquete.model.CellValues;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file of populations by category (CSV/XLSX, two columns: the category, as the question's answers, then its
 * population, e.g. {@code territoire;centres / Nord;152}), for response rates by stratum and raking margins.
 */
public final class PopulationFile {

    /** One category's population and the cell it was read from. */
    public record Population(double value, SourceLocation where) {
    }

    private PopulationFile() {
    }

    /** The populations in file order; {@code whole}: only whole numbers above 0 are accepted (numbers of people). */
    public static Map<String, Population> read(Path file, boolean whole) {
        Map<String, Population> out = new LinkedHashMap<>();
        String name = file.toString();
        Importers.table(file, ImportOptions.DEFAULTS).read(new TableHandler() {
            private Header header;

            @Override
            public void header(Header h) {
                if (h.size() < 2) {
                    throw new InputException(SourceLocation.file(name), Message.of("population.columns"));
                }
                header = h;
            }

            @Override
            public void row(Row row) {
                String category = row.get(0).strip();
                double n = CellValues.parseNumber(row.get(1));
                SourceLocation at = SourceLocation.cell(name, row.number(), header.names().get(1));
                if (Double.isNaN(n) || Double.isInfinite(n) || n <= 0 || (whole && n != Math.rint(n))) {
                    throw new InputException(at, Message.of(whole ? "population.expected.whole" : "population.expected", row.get(1)));
                }
                if (out.put(category, new Population(n, at)) != null) {
                    throw new InputException(SourceLocation.cell(name, row.number(), header.names().get(0)),
                            Message.of("population.twice", category));
                }
            }
        });
        if (out.isEmpty()) {
            throw new InputException(SourceLocation.file(name), Message.of("population.none"));
        }
        return out;
    }
}
