package fr.enquete.qual;

import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Segments coded in a qualitative-analysis tool and exported as a table (CSV or XLSX), so that teams who
 * coded in QDA Miner, Taguette or NVivo can build the grids here. Columns are found by their usual names:
 * the document ({@code document}, {@code doc}, {@code case}, {@code source}, {@code fichier}), the code
 * ({@code code}, {@code tag}, {@code codes}), an optional category ({@code category}, {@code catégorie},
 * {@code thème}), the text ({@code text}, {@code segment}, {@code content}, {@code extrait}, {@code texte},
 * {@code highlight}) and an optional speaker. A code is a path such as {@code Faiblesse > Logement >
 * Délais} or {@code logement/menace}: the part naming a quadrant gives the quadrant, the first other part the
 * theme (or the category column), the last other part the item.
 */
public final class CodedSegmentImport {

    private static final List<String> DOCUMENT = List.of("document", "doc", "document name", "documents", "case", "cas",
            "source", "fichier", "file", "entretien");
    private static final List<String> CODE = List.of("code", "codes", "tag", "tags", "node", "noeud", "code path");
    private static final List<String> CATEGORY = List.of("category", "categorie", "theme", "thème");
    private static final List<String> TEXT = List.of("text", "texte", "segment", "content", "contenu", "extrait", "extract",
            "highlight", "coded text", "passage", "quote", "citation");
    private static final List<String> SPEAKER = List.of("speaker", "locuteur", "interlocuteur");
    private static final List<String> START = List.of("start", "begin", "debut", "début");
    private static final List<String> END = List.of("end", "fin");

    private CodedSegmentImport() {
    }

    /** Whether a header looks like a coded-segments export (a document, a code and a text column). */
    public static boolean recognises(Header header) {
        return find(header, DOCUMENT).isPresent() && find(header, CODE).isPresent() && find(header, TEXT).isPresent();
    }

    public static Material read(TableSource table) {
        String file = table.file().toString();
        Map<String, Source> sources = new LinkedHashMap<>();
        List<CodedSegment> coded = new ArrayList<>();
        // Rows of one passage (its document, words and, when the export gives them, positions) are one segment, placed
        // at its first row: a passage coded under two items is one coded expression, as in a transcript.
        Map<List<String>, Long> passages = new java.util.HashMap<>();
        table.read(new TableHandler() {
            private int document;
            private int code;
            private int text;
            private int category = -1;
            private int speaker = -1;
            private int start = -1;
            private int end = -1;
            private String codeName;
            private String documentName;
            private String textName;

            @Override
            public void header(Header header) {
                if (!recognises(header)) {
                    throw new InputException(SourceLocation.file(file), Message.of("qual.segments.header", String.join(", ", DOCUMENT.subList(0, 4)),
                            String.join(", ", header.names())));
                }
                document = find(header, DOCUMENT).getAsInt();
                code = find(header, CODE).getAsInt();
                text = find(header, TEXT).getAsInt();
                category = find(header, CATEGORY).orElse(-1);
                speaker = find(header, SPEAKER).orElse(-1);
                start = find(header, START).orElse(-1);
                end = find(header, END).orElse(-1);
                codeName = header.names().get(code);
                documentName = header.names().get(document);
                textName = header.names().get(text);
            }

            @Override
            public void row(Row row) {
                String doc = row.get(document).strip();
                String words = row.get(text).strip();
                if (doc.isEmpty() && words.isEmpty()) {
                    return;
                }
                // A segment without its document would be a source named "", one without words a quote « ».
                if (doc.isEmpty()) {
                    throw new InputException(SourceLocation.cell(file, row.number(), documentName),
                            Message.of("qual.segment.nodoc", Excerpt.of(words, 60)));
                }
                if (words.isEmpty()) {
                    throw new InputException(SourceLocation.cell(file, row.number(), textName),
                            Message.of("qual.segment.notext", row.get(code).strip(), doc));
                }
                sources.computeIfAbsent(doc, d -> new Source(d, Source.Kind.IMPORTED, Map.of(), file));
                Code c = parse(row.get(code), category >= 0 ? row.get(category) : "")
                        .orElseThrow(() -> new InputException(SourceLocation.cell(file, row.number(), codeName),
                                Message.of("qual.segment.quadrant", row.get(code))));
                long line = passages.computeIfAbsent(List.of(doc, words, start >= 0 ? row.get(start).strip() : "",
                        end >= 0 ? row.get(end).strip() : ""), k -> row.number());
                coded.add(new CodedSegment(new Segment(doc, speaker >= 0 ? row.get(speaker).strip() : "", line, words, ""), c));
            }
        });
        return new Material(List.copyOf(sources.values()), List.of(), coded);
    }

    /** Reads a code path; empty when no part is a quadrant. */
    public static Optional<Code> parse(String path, String category) {
        String[] parts = path.split("\\s*(?:>|/|::|\\\\|\\|)\\s*");
        Quadrant quadrant = null;
        List<String> others = new ArrayList<>();
        for (String p : parts) {
            if (p.isBlank()) {
                continue;
            }
            Optional<Quadrant> q = Quadrant.parse(p);
            if (q.isPresent() && quadrant == null) {
                quadrant = q.get();
            } else {
                others.add(p.strip());
            }
        }
        if (quadrant == null) {
            return Optional.empty();
        }
        String theme = !category.isBlank() ? category.strip() : others.isEmpty() ? "" : others.get(0);
        String item = others.isEmpty() ? theme : others.get(others.size() - 1);
        return Optional.of(new Code(theme.isEmpty() ? item : theme, quadrant, item, Code.Origin.IMPORTED));
    }

    private static OptionalInt find(Header header, List<String> names) {
        for (String n : names) {
            for (int i = 0; i < header.names().size(); i++) {
                if (TranscriptReader.fold(header.names().get(i)).equals(TranscriptReader.fold(n))) {
                    return OptionalInt.of(i);
                }
            }
        }
        return OptionalInt.empty();
    }

}
