package fr.enquete.privacy;

import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Where the names to mask come from: the export's own name columns, and a user's list. */
public final class NameSources {

    private NameSources() {
    }

    /**
     * The names in the export's name columns ({@code Nom}, {@code Prénom}, {@code Name}...), each row's
     * columns joined ("Claire" + "Vasseur" gives "Claire Vasseur"), in file order, without repeats; none
     * when the export has no name column (reading then stops at the header).
     */
    public static List<String> fromExport(TableSource source) {
        try {
            return read(source);
        } catch (NoNames none) {
            return List.of();
        }
    }

    private static List<String> read(TableSource source) {
        Set<String> names = new LinkedHashSet<>();
        source.read(new TableHandler() {
            private int[] columns = new int[0];

            @Override
            public void header(Header header) {
                List<Integer> found = new ArrayList<>();
                for (int i = 0; i < header.names().size(); i++) {
                    if (PersonalData.isNameColumn(header.names().get(i))) {
                        found.add(i);
                    }
                }
                columns = found.stream().mapToInt(Integer::intValue).toArray();
                if (columns.length == 0) {
                    throw new NoNames();
                }
            }

            @Override
            public void row(Row row) {
                StringBuilder full = new StringBuilder();
                for (int c : columns) {
                    String v = row.get(c).strip();
                    if (!v.isEmpty()) {
                        full.append(full.isEmpty() ? "" : " ").append(v);
                    }
                }
                if (!full.isEmpty()) {
                    names.add(full.toString());
                }
            }
        });
        return List.copyOf(names);
    }

    /** Stops reading an export that has no name column. */
    private static final class NoNames extends RuntimeException {
        NoNames() {
            super(null, null, false, false);
        }
    }

    /** A user's list: one name per line, blank lines and {@code #} comments ignored. */
    public static List<String> fromFile(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new InputException(SourceLocation.file(file.toString()), Files.exists(file) ? "cannot read: " + e.getMessage()
                    : "no such name list", e);
        }
    }
}
