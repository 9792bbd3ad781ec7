package fr.enquete.qual;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What a project unpacked by {@code import-qda} keeps beside its {@code segments.csv}, given back to it: the segments
 * name their documents and codes only, while the roles, services and territories are in {@code cases.csv} and the
 * code tree's order in {@code codebook.csv}. Read only where the folder's {@link #MANIFEST} says an import wrote it,
 * so that a {@code cases.csv} of someone else's never changes an export's sources.
 */
public final class ImportedProject {

    /** The list of files an import wrote into its folder. */
    public static final String MANIFEST = "enquete-import.txt";
    public static final String CASES = "cases.csv";
    public static final String CODEBOOK = "codebook.csv";

    private ImportedProject() {
    }

    /**
     * The material with each source's case attributes ({@code Rôle} as the role, as in a transcript's header) when
     * {@code segments} is an import's segments file; the material unchanged otherwise.
     */
    public static Material attach(Material material, Path segments) {
        Optional<Path> cases = besides(segments, CASES);
        if (cases.isEmpty()) {
            return material;
        }
        Map<String, Map<String, String>> attributes = read(cases.get());
        List<Source> sources = material.sources().stream().map(s -> {
            Map<String, String> found = attributes.get(s.id());
            if (found == null) {
                return s;
            }
            Map<String, String> meta = new LinkedHashMap<>(s.meta());
            found.forEach(meta::putIfAbsent);
            return new Source(s.id(), s.kind(), meta, s.file());
        }).toList();
        return new Material(sources, material.uncoded(), material.coded());
    }

    /**
     * The codes' paths in the code tree's order ("Forces > Logement > Permanence"), when {@code segments} is an
     * import's segments file: its grids then list themes in the project's order, as the {@code .qdpx} read directly
     * does; empty otherwise.
     */
    public static List<String> codePaths(Path segments) {
        List<String> paths = new java.util.ArrayList<>();
        besides(segments, CODEBOOK).ifPresent(codebook -> read(codebook, "code", null, (names, rec) -> paths.add(rec.get(0))));
        return List.copyOf(paths);
    }

    /** The import's file {@code name} beside {@code segments}, when an import wrote that folder (its manifest is there). */
    private static Optional<Path> besides(Path segments, String name) {
        Path folder = segments.toAbsolutePath().getParent();
        Path file = folder.resolve(name);
        return Files.isRegularFile(folder.resolve(MANIFEST)) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Document name to its attributes, by their transcript keys; empty values left out. */
    private static Map<String, Map<String, String>> read(Path cases) {
        Map<String, Map<String, String>> out = new HashMap<>();
        read(cases, "case", "documents", (names, rec) -> {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 2; i < names.size() && i < rec.size(); i++) {
                if (!rec.get(i).isBlank()) {
                    attrs.put(TranscriptReader.metaKey(names.get(i)), rec.get(i).strip());
                }
            }
            for (String doc : rec.get(1).split(";")) {
                if (!doc.isBlank()) {
                    out.computeIfAbsent(doc.strip(), d -> new LinkedHashMap<>()).putAll(attrs);
                }
            }
        });
        return out;
    }

    /** Reads one of the import's CSV files, whose first columns must be {@code first} and {@code second} (if given). */
    private static void read(Path file, String first, String second, java.util.function.BiConsumer<List<String>, CSVRecord> each) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parsed = format.parse(r);
            List<String> names = parsed.getHeaderNames();
            if (names.size() < 2 || !names.get(0).equals(first) || second != null && !names.get(1).equals(second)) {
                throw new InputException(SourceLocation.file(file.toString()), Message.of("qual.project.columns",
                        first + (second == null ? "" : ", " + second), String.valueOf(names)));
            }
            for (CSVRecord rec : parsed) {
                each.accept(names, rec);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new InputException(SourceLocation.file(file.toString()), Message.of("qual.project.unreadable",
                    String.valueOf(file.getFileName()), String.valueOf(e.getMessage())));
        }
    }
}
