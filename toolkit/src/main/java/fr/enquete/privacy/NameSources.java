package fr.enquete.privacy;

import fr.enquete.importer.EarlyStop;
import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where the names to mask come from: the export's own name columns, and a user's list. */
public final class NameSources {

    private NameSources() {
    }

    /**
     * The names in the export's name columns ({@code Nom}, {@code Prénom}, {@code Name}, {@code Nom et prénom}...), in
     * file order, without repeats: a row's name parts joined ("Claire" + "Vasseur" gives "Claire Vasseur"; "Nom du
     * contact" + "Prénom du contact" give the contact's name apart from the respondent's), then each whole name
     * ("Nom et prénom") alone, never glued to the parts (which would make a name nobody writes); none when the export
     * has no name column (reading then stops at the header).
     */
    public static List<String> fromExport(TableSource source) {
        Set<String> names = new LinkedHashSet<>();
        EarlyStop.read(source, new TableHandler() {
            /** The columns of each person's name parts, by whose they are ("" for the respondent's). */
            private final Map<String, List<Integer>> parts = new LinkedHashMap<>();
            private final List<Integer> whole = new ArrayList<>();

            @Override
            public void header(Header header) {
                for (int i = 0; i < header.names().size(); i++) {
                    String h = header.names().get(i);
                    if (!PersonalData.isNameColumn(h)) {
                        continue;
                    }
                    if (PersonalData.isNamePartColumn(h)) {
                        parts.computeIfAbsent(PersonalData.nameOwner(h), k -> new ArrayList<>()).add(i);
                    } else {
                        whole.add(i);
                    }
                }
                if (parts.isEmpty() && whole.isEmpty()) {
                    throw EarlyStop.now();
                }
            }

            @Override
            public void row(Row row) {
                for (List<Integer> columns : parts.values()) {
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
                for (int c : whole) {
                    String v = row.get(c).strip();
                    if (!v.isEmpty()) {
                        names.add(v);
                    }
                }
            }
        });
        return List.copyOf(names);
    }

    /** A user's list: one name per line, blank lines and {@code #} comments ignored. */
    public static List<String> fromFile(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new InputException(SourceLocation.file(file.toString()), Files.exists(file)
                    ? Message.of("input.read", fr.enquete.io.SystemErrors.reason(e)) : Message.of("privacy.names.missing"), e);
        }
    }
}
